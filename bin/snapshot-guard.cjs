// Imported first by bin/snapshot-main.js, so it is in place before any module of the snapshot runs: while the
// start-up snapshot is built, reading a file or drawing a random number throws, since its result would be
// frozen into every later start (a UUID pool filled now would give every `ask` the same session ids). The build
// then fails and the command runs dist/ as before. `release()` puts the real functions back.
const GUARDED = [
  [require('node:crypto'), ['randomUUID', 'randomBytes', 'randomFillSync', 'randomInt']],
  [require('node:fs'), ['readFileSync', 'readdirSync', 'statSync', 'lstatSync', 'existsSync', 'openSync', 'readFile', 'stat', 'open', 'mkdirSync', 'writeFileSync']],
]
const restore = []
for (const [mod, names] of GUARDED) {
  for (const name of names) {
    const real = mod[name]
    mod[name] = () => {
      throw new Error(`learnfinder snapshot: ${name} was called while the snapshot was built`)
    }
    restore.push(() => (mod[name] = real))
  }
}

exports.release = () => {
  for (const undo of restore) undo()
}
