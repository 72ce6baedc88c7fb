#!/bin/sh
":" //; self=$0; case $self in */*) ;; *) self=./$self ;; esac
":" //; while [ -L "$self" ]; do l=$(readlink "$self"); case $l in /*) self=$l ;; *) self=${self%/*}/$l ;; esac; done
":" //; b=${self%/*}/../dist/snapshot.blob; case $1 in ask|search|show) if [ -f "$b" ] && [ "$LEARNFINDER_SNAPSHOT" != off ] && [ "$LEARNFINDER_FROM_SOURCE" != 1 ] && [ -z "$NODE_OPTIONS" ]; then node --snapshot-blob "$b" "$@"; s=$?; [ $s -eq 14 ] || exit $s; fi ;; esac
":" //; exec node "$self" "$@"
// The learnfinder command, both a POSIX shell script and a JavaScript module. Run as a program (`npx
// learnfinder`, node_modules/.bin/learnfinder, ./bin/learnfinder.js) the shell reads the lines above: it finds
// this file through any symlinks and starts ask, search and show straight from the start-up snapshot of
// dist/'s code (one node process; the snapshot itself checks that it still matches dist/, bin/snapshot-main.js),
// and anything else, or a node that cannot read the snapshot (exit code 14), as `node` on this file. To
// JavaScript those lines are strings and comments.
//
// As JavaScript (`node bin/learnfinder.js`, `npm start`): runs the compiled JavaScript in dist/ when it is up
// to date with src/ (built at `npm install` by the `prepare` script), else the TypeScript sources through
// tsx, so the command works either way and an edited source is never shadowed by an old build. It starts no
// snapshot: a second node process and the snapshot's 20 MB cost about what the snapshot saves on a quiet
// machine (docs/startup.md).
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { distIsFresh } from './dist-stamp.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// `learnfinder list | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw err
})
const fromDist = process.env.LEARNFINDER_FROM_SOURCE !== '1' && distIsFresh(root)
const args = process.argv.slice(2)
let cli
if (fromDist) {
  cli = await import('../dist/cli.js')
} else {
  const { register } = await import('tsx/esm/api')
  register()
  cli = await import('../src/cli.ts')
}
process.exitCode = await cli.main(args)
