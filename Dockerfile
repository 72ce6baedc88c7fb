# learnfinder in a container. Build: docker build -t learnfinder .
# Run:  docker compose up -d   (see compose.yaml; settings come from .env)
# This machine has no container engine: test/container/container-steps.ts runs these
# same steps (parsed from this file) in a temp folder instead, see docs/container.md.

# --- build stage: the C++ toolchain compiles the native modules (better-sqlite3, hnswlib-node)
FROM node:20-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY prompts ./prompts
COPY knowledge ./knowledge
# With dev dependencies: the `prepare` script (bin/build-dist.js, esbuild) builds dist/ during npm ci.
RUN npm ci --no-audit --no-fund
RUN test -f dist/stamp.json
# Then only what the bot runs on goes on: the runtime stage copies node_modules and dist/ from here.
RUN npm prune --omit=dev --no-audit --no-fund

# --- runtime stage: the same Debian release, without the toolchain
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production LEARNFINDER_DB=/app/data/learnfinder.db HTTP_HOST=0.0.0.0 HTTP_PORT=3000
WORKDIR /app
COPY --from=build /app /app
VOLUME /app/data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 CMD node -e "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "bin/learnfinder.js", "serve"]
