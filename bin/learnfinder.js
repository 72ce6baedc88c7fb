#!/bin/sh
":" //; self=$0; case $self in */*) ;; *) self=./$self ;; esac
":" //; while [ -L "$self" ]; do l=$(readlink "$self"); case $l in /*) self=$l ;; *) self=${self%/*}/$l ;; esac; done
":" //; b=${self%/*}/../dist/snapshot.blob; case $1 in ask|search|show) if [ -f "$b" ] && [ "$LEARNFINDER_SNAPSHOT" != off ] && [ "$LEARNFINDER_FROM_SOURCE" != 1 ] && [ -z "$NODE_OPTIONS" ]; then node --snapshot-blob "$b" "$@"; s=$?; [ $s -eq 14 ] || exit $s; LEARNFINDER_SNAPSHOT=off; export LEARNFINDER_SNAPSHOT; fi ;; esac
":" //; exec node "$self" "$@"
// The learnfinder command, both a POSIX shell script and a JavaScript module. Run as a program (`npx
// learnfinder`, node_modules/.bin/learnfinder, ./bin/learnfinder.js) the shell reads the lines above: it finds
// this file through any symlinks and starts ask, search and show straight from the start-up snapshot of
// dist/'s code (one node process; the snapshot itself checks that it still matches dist/, bin/snapshot-main.js),
// and anything else, or a node that cannot read the snapshot (exit code 14), as `node` on this file (with the
// snapshot off, so it is not tried twice). To JavaScript those lines are strings and comments.
//
// As JavaScript (`node bin/learnfinder.js`, `npm start`): ask, search and show start the same snapshot in a
// second node process, on the same rules as the shell (bin/snapshot-stamp.js, snapshotAllowed): node cannot
// load a snapshot into a process already started, and a second node start costs less than parsing and running
// dist/'s modules here (docs/startup.md, round 12). Anything else, or a snapshot node cannot read, runs the
// compiled JavaScript in dist/ when it is up to date with src/ (built at `npm install` by the `prepare` script),
// else the TypeScript sources through tsx, so the command works either way and an edited source is never
// shadowed by an old build.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { distIsFresh } from './dist-stamp.js'
import { SNAPSHOT_BLOB, snapshotAllowed } from './snapshot-stamp.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const blob = join(root, SNAPSHOT_BLOB)
if (snapshotAllowed(args, process.env) && existsSync(blob)) {
  const run = spawnSync(process.execPath, ['--snapshot-blob', blob, ...args], { stdio: 'inherit' })
  if (run.error) throw run.error
  if (run.signal) process.kill(process.pid, run.signal)
  // Node exits with 14 when it cannot load a snapshot, before running any of it: then dist/ answers here.
  if (run.status !== 14) process.exit(run.status ?? 1)
}
// `learnfinder list | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw err
})
const fromDist = process.env.LEARNFINDER_FROM_SOURCE !== '1' && distIsFresh(root)
let cli
if (fromDist) {
  cli = await import('../dist/cli.js')
} else {
  const { register } = await import('tsx/esm/api')
  register()
  cli = await import('../src/cli.ts')
}
process.exitCode = await cli.main(args)
