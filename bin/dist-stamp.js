// Whether dist/ (the compiled JavaScript, built by `npm run build`, which
// `npm install` runs through the `prepare` script) is up to date with src/:
// the learnfinder command runs dist/ when it is, and the TypeScript sources
// through tsx when it is not (a source edited since the build, no build yet).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** The sources' fingerprint: how many .ts files and the newest modification time. */
export function sourceFingerprint(srcDir) {
  let files = 0
  let newest = 0
  for (const entry of readdirSync(srcDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue
    files++
    const m = statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs
    if (m > newest) newest = m
  }
  return { files, newest }
}

/** How far a copied file's mtime may move when copied with its timestamps kept. */
const MTIME_ROUNDING_MS = 2

/** True when dist/ was built from the sources as they are now. */
export function distIsFresh(root) {
  try {
    const stamp = JSON.parse(readFileSync(join(root, 'dist', 'stamp.json'), 'utf8'))
    const now = sourceFingerprint(join(root, 'src'))
    // Copies that keep timestamps (docker COPY --from, cp -p, cpSync's preserveTimestamps) may round
    // an mtime up by up to a millisecond; an edit after a build comes far later than that.
    return stamp.files === now.files && now.newest - stamp.newest < MTIME_ROUNDING_MS
  } catch {
    return false
  }
}
