// The entry of dist/snapshot.blob, the start-up snapshot `learnfinder ask`, `search` and `show` start from
// (bin/build-snapshot.js bundles this file with the sources, and `node --build-snapshot` runs it once at build
// time). Running it evaluates the whole pure-JavaScript module graph of those commands and builds pinyin-pro's
// phrase automaton; V8 then saves the heap, so a start deserializes all of that instead of parsing and running
// ~2.5 MB of JavaScript again. Nothing that depends on the machine, the files or the time is done here: no file
// is read, no random id drawn (a UUID pool filled now would hand every start the same ids), no native package
// loaded (bin/build-snapshot.js makes them load at their first use, after the start). A build that breaks one
// of those rules fails, and the command runs dist/ as before.
import v8 from 'node:v8'
import { spawnSync } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { release } from './snapshot-guard.cjs'
import { distIsFresh } from './dist-stamp.js'
import { fileURLToPath } from 'node:url'
import { SNAPSHOT_BLOB, snapshotMatches } from './snapshot-stamp.js'
import { main } from '../src/cli.ts'
import '../src/cli/ask.ts'
import '../src/cli/search.ts'
import '../src/cli/show.ts'
import { readingOf } from '../src/text/pinyin.ts'

// pinyin-pro builds its phrase automaton (some 0.1 s) at the first reading; the module graph is already evaluated.
readingOf('中文')
release()

/**
 * The package folder this start's snapshot was read from, when the snapshot still matches it (bin/snapshot-
 * stamp.js: this node, this folder, dist/ as built, and dist/ fresh); else undefined. The shell half of
 * bin/learnfinder.js starts the snapshot without asking node first, so the snapshot asks itself.
 */
function usableHere() {
  const at = process.execArgv.findIndex((a) => a === '--snapshot-blob' || a.startsWith('--snapshot-blob='))
  if (at < 0) return undefined
  const blob = process.execArgv[at].includes('=') ? process.execArgv[at].slice('--snapshot-blob='.length) : process.execArgv[at + 1]
  try {
    const root = realpathSync(resolve(dirname(blob), '..'))
    if (realpathSync(resolve(blob)) !== join(root, SNAPSHOT_BLOB)) return undefined
    return distIsFresh(root) && snapshotMatches(root) ? root : undefined
  } catch {
    return undefined
  }
}

/** A snapshot that no longer matches its folder: the command runs as `node bin/learnfinder.js` would. */
function runWithoutSnapshot(args) {
  if (process.env.LEARNFINDER_SNAPSHOT_TRIAL === '1') {
    // bin/build-snapshot.js trying the new snapshot: it must answer itself.
    console.error('learnfinder snapshot: it does not match its folder and dist/')
    process.exitCode = 1
    return
  }
  const root = join(dirname(fileURLToPath(__lfBundleUrl)), '..')
  const run = spawnSync(process.execPath, [join(root, 'bin', 'learnfinder.js'), ...args], {
    stdio: 'inherit',
    env: { ...process.env, LEARNFINDER_SNAPSHOT: 'off' },
  })
  if (run.error) throw run.error
  if (run.signal) process.kill(process.pid, run.signal)
  process.exitCode = run.status ?? 1
}

v8.startupSnapshot.setDeserializeMainFunction(() => {
  globalThis.__lfSnapshotStarted()
  // `learnfinder list | head` closes the pipe early: that is not an error (as in bin/learnfinder.js).
  process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw err
  })
  const args = process.argv.slice(1)
  if (!usableHere()) return runWithoutSnapshot(args)
  const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }
  main(args, io).then(
    (code) => (process.exitCode = code),
    (err) => {
      console.error(err)
      process.exitCode = 70
    },
  )
})
