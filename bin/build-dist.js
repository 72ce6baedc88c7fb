#!/usr/bin/env node
// Compiles src/ to dist/ so the learnfinder command starts without
// transpiling TypeScript: one bundle from src/cli.ts, split at every dynamic
// import (channels, commands), with the pure-JavaScript packages inside it
// (loading LangChain's 350 small modules one by one costs more than running
// them). Packages with native code or their own files stay outside. Run by
// `npm install` (the `prepare` script) and by `npm run build`; dist/ is not in
// git. All output sits directly in dist/, one level below the package, as
// src/paths.ts expects.
// Without esbuild (a production install) it does nothing: the command then
// runs the sources through tsx.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sourceFingerprint } from './dist-stamp.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
let esbuild
try {
  esbuild = await import('esbuild')
} catch {
  console.error('learnfinder: esbuild is not installed; the command will run the TypeScript sources through tsx')
  process.exit(0)
}
const before = sourceFingerprint(join(root, 'src'))
const dist = join(root, 'dist')
rmSync(dist, { recursive: true, force: true })
mkdirSync(dist, { recursive: true })
// Native addons, packages that read their own files, and big ones loaded only for a channel.
const external = [
  'better-sqlite3', 'hnswlib-node', '@node-rs/jieba', '@node-rs/jieba/*', 'opencc-js', 'ogg-opus-decoder', 'silk-wasm',
  'wechaty', 'wechaty-puppet', 'wechaty-puppet-*', 'file-box', 'grammy', 'grammy/*', '@grammyjs/*', 'exceljs', 'pg', 'pino',
  'hono', 'hono/*', '@hono/*', 'playwright-core', 'tsx', 'tsx/*',
]
await esbuild.build({
  entryPoints: ['src/cli.ts'],
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  outdir: 'dist',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // CommonJS packages inside the bundle may call require() for Node's own modules.
  banner: { js: "import { createRequire as __lfRequire } from 'node:module'; const require = __lfRequire(import.meta.url);" },
  // Less text to parse at every start; identifiers keep their names for readable stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
})
// Written last: a build cut short leaves no stamp, and the command falls back to tsx.
writeFileSync(join(dist, 'stamp.json'), JSON.stringify(before))
