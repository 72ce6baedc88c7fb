// When bin/learnfinder.js starts a command from dist/snapshot.blob (built by bin/build-snapshot.js): only for
// the commands staff run by hand and the snapshot holds (ask, search, show), only when dist/ itself is fresh,
// and only with the node binary, the package folder and the dist/ build the snapshot was made with (a snapshot
// is readable by the node that wrote it alone), and only for a plain `node` (V8 refuses a snapshot when any
// V8 option differs from the build's, so node options on the command line or in NODE_OPTIONS run dist/).
// LEARNFINDER_SNAPSHOT=off turns it off. The shell half of bin/learnfinder.js applies the command and
// environment rules before starting node (usableSnapshot is their JavaScript statement, for the bench and the
// tests), and the snapshot itself checks the rest at its start (snapshotMatches, bin/snapshot-main.js).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The bundle the snapshot is built from, and the snapshot, relative to the package. */
export const SNAPSHOT_BUNDLE = 'dist/snapshot.cjs'
export const SNAPSHOT_BLOB = 'dist/snapshot.blob'

/** The commands the snapshot holds the code of. */
export const SNAPSHOT_COMMANDS = new Set(['ask', 'search', 'show'])

/** What a snapshot must match to be used: this node, this folder, the dist/ build it was made beside. */
export function snapshotStamp(root) {
  return { node: process.version, execPath: process.execPath, arch: process.arch, root, dist: readFileSync(join(root, 'dist', 'stamp.json'), 'utf8') }
}

/** True when dist/snapshot.json says the snapshot was made by this node, in this folder, beside this dist/ build. */
export function snapshotMatches(root) {
  try {
    const stamp = JSON.parse(readFileSync(join(root, 'dist', 'snapshot.json'), 'utf8'))
    const now = snapshotStamp(root)
    return Object.keys(now).every((k) => stamp[k] === now[k])
  } catch {
    return false
  }
}

/**
 * The snapshot to start `argv`'s command from, or undefined to run dist/ (or the sources) as before. Call it
 * only when dist/ is fresh.
 */
export function usableSnapshot(root, argv, env, execArgv = process.execArgv) {
  if (!snapshotAllowed(argv, env, execArgv)) return undefined
  return snapshotMatches(root) ? join(root, SNAPSHOT_BLOB) : undefined
}

/**
 * The command and environment rules alone (what the shell half of bin/learnfinder.js checks): a command the
 * snapshot holds, not turned off, not run from the sources, and no node options. bin/learnfinder.js run as
 * JavaScript starts the snapshot on these alone; the snapshot checks the rest at its start.
 */
export function snapshotAllowed(argv, env, execArgv = process.execArgv) {
  if (env.LEARNFINDER_SNAPSHOT === 'off' || env.LEARNFINDER_FROM_SOURCE === '1' || !SNAPSHOT_COMMANDS.has(argv[0])) return false
  return execArgv.length === 0 && (env.NODE_OPTIONS ?? '').trim() === ''
}
