#!/usr/bin/env node
// The learnfinder command. Runs the compiled JavaScript in dist/ when it is up
// to date with src/ (built at `npm install` by the `prepare` script), else the
// TypeScript sources through tsx, so `npx learnfinder` works either way and an
// edited source is never shadowed by an old build.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'
import { distIsFresh } from './dist-stamp.js'
import { usableSnapshot } from './snapshot-stamp.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// `learnfinder list | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw err
})
const fromDist = process.env.LEARNFINDER_FROM_SOURCE !== '1' && distIsFresh(root)
const args = process.argv.slice(2)
// ask, search and show start from the snapshot of dist/'s code when there is one (bin/snapshot-stamp.js).
const snapshot = fromDist ? usableSnapshot(root, args, process.env) : undefined
// Node exits with 14 when it cannot load a snapshot, before running any of it: then dist/ answers instead.
const SNAPSHOT_UNREADABLE = 14
const run = snapshot ? spawnSync(process.execPath, ['--snapshot-blob', snapshot, ...args], { stdio: 'inherit' }) : undefined
if (run?.error) throw run.error
if (run?.signal) process.kill(process.pid, run.signal)
if (run && run.status !== SNAPSHOT_UNREADABLE) process.exit(run.status ?? 1)
let cli
if (fromDist) {
  cli = await import('../dist/cli.js')
} else {
  const { register } = await import('tsx/esm/api')
  register()
  cli = await import('../src/cli.ts')
}
process.exitCode = await cli.main(args)
