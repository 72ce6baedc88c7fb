// The entry of dist/snapshot.blob, the start-up snapshot `learnfinder ask`, `search` and `show` start from
// (bin/build-snapshot.js bundles this file with the sources, and `node --build-snapshot` runs it once at build
// time). Running it evaluates the whole pure-JavaScript module graph of those commands and builds pinyin-pro's
// phrase automaton; V8 then saves the heap, so a start deserializes all of that instead of parsing and running
// ~2.5 MB of JavaScript again. Nothing that depends on the machine, the files or the time is done here: no file
// is read, no random id drawn (a UUID pool filled now would hand every start the same ids), no native package
// loaded (bin/build-snapshot.js makes them load at their first use, after the start). A build that breaks one
// of those rules fails, and the command runs dist/ as before.
import v8 from 'node:v8'
import { release } from './snapshot-guard.cjs'
import { main } from '../src/cli.ts'
import '../src/cli/ask.ts'
import '../src/cli/search.ts'
import '../src/cli/show.ts'
import { readingOf } from '../src/text/pinyin.ts'

// pinyin-pro builds its phrase automaton (some 0.1 s) at the first reading; the module graph is already evaluated.
readingOf('中文')
release()

v8.startupSnapshot.setDeserializeMainFunction(() => {
  globalThis.__lfSnapshotStarted()
  // `learnfinder list | head` closes the pipe early: that is not an error (as in bin/learnfinder.js).
  process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw err
  })
  const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }
  main(process.argv.slice(1), io).then(
    (code) => (process.exitCode = code),
    (err) => {
      console.error(err)
      process.exitCode = 70
    },
  )
})
