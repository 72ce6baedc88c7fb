#!/usr/bin/env node
// The learnfinder command. Runs the compiled JavaScript in dist/ when it is up
// to date with src/ (built at `npm install` by the `prepare` script), else the
// TypeScript sources through tsx, so `npx learnfinder` works either way and an
// edited source is never shadowed by an old build.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { distIsFresh } from './dist-stamp.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// `learnfinder list | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw err
})
let cli
if (process.env.LEARNFINDER_FROM_SOURCE !== '1' && distIsFresh(root)) {
  cli = await import('../dist/cli.js')
} else {
  const { register } = await import('tsx/esm/api')
  register()
  cli = await import('../src/cli.ts')
}
process.exitCode = await cli.main(process.argv.slice(2))
