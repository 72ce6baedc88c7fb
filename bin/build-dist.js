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
import { shippedBuildOptions } from './build-options.js'
import { buildSnapshot } from './build-snapshot.js'

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
// The options live in bin/build-options.js, shared with the bench that times what ships.
const built = await esbuild.build(shippedBuildOptions({ root, entryPoints: ['src/cli.ts'], outdir: 'dist' }))
// Written after dist/ is whole: a build cut short leaves no stamp, and the command falls back to tsx.
writeFileSync(join(dist, 'stamp.json'), JSON.stringify(before))
// The start-up snapshot of ask, search and show (bin/build-snapshot.js); without it they run dist/.
await buildSnapshot({ root, esbuild, distMetafile: built.metafile })
