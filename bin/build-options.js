// The esbuild options of the compiled JavaScript learnfinder ships (dist/, built by bin/build-dist.js at
// `npm install`). One module so that anything timing "what ships" (npm run bench compiles its search bench
// with them) cannot drift from the build users run: change an option here and both change.

/** Native addons, packages that read their own files, and big ones loaded only for a channel: left in node_modules. */
export const SHIPPED_EXTERNAL = [
  'better-sqlite3', 'hnswlib-node', '@node-rs/jieba', '@node-rs/jieba/*', 'opencc-js', 'ogg-opus-decoder', 'silk-wasm',
  'wechaty', 'wechaty-puppet', 'wechaty-puppet-*', 'file-box', 'grammy', 'grammy/*', '@grammyjs/*', 'exceljs', 'pg', 'pino',
  'hono', 'hono/*', '@hono/*', 'playwright-core', 'tsx', 'tsx/*',
]

/**
 * The options of the shipped build, for `entryPoints` bundled into `outdir` (which must sit directly below the
 * package, as src/paths.ts expects): one bundle split at every dynamic import, pure-JavaScript packages inside it.
 * `extraExternal` adds packages to leave outside (a bench's own dev dependencies), nothing else differs.
 */
export function shippedBuildOptions({ root, entryPoints, outdir, extraExternal = [] }) {
  return {
    entryPoints,
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    outdir,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node has had `\p{…}` in patterns since 10, but esbuild's table for every node target lowers a `/\p{…}/u`
    // literal to `new RegExp("\\p{…}", "u")`, whose source is parsed and looked up again at each evaluation
    // (51 patterns in dist/, some inside per-message functions). Kept as literals, the same patterns are cloned
    // from their site's compiled copy.
    supported: { 'regexp-unicode-property-escapes': true },
    external: [...SHIPPED_EXTERNAL, ...extraExternal],
    // CommonJS packages inside the bundle may call require() for Node's own modules.
    banner: { js: "import { createRequire as __lfRequire } from 'node:module'; const require = __lfRequire(import.meta.url);" },
    // Less text to parse at every start; identifiers keep their names for readable stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    // Which chunk holds each module: the start-up snapshot gives a module its chunk's import.meta.url.
    metafile: true,
    logLevel: 'warning',
  }
}
