/**
 * @module disk-cache
 * A small on-disk memo for work every start-up would otherwise repeat
 * (parsing the knowledge YAML, the pinyin of the catalogue's vocabulary):
 * a result is stored as JSON under a key made of its inputs' hash and of the
 * code that computes it (the files named by the caller, and the installed
 * packages), so an edited file, a changed function or an upgraded package
 * never meets an old entry. A cache that cannot be read or written only
 * makes things slower, never wrong.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PACKAGE_ROOT } from './paths.js'

/**
 * node_modules/.cache/learnfinder in the package, or LEARNFINDER_CACHE_DIR;
 * LEARNFINDER_CACHE_DIR=off turns the cache off.
 */
function cacheRoot(): string | null {
  const env = process.env.LEARNFINDER_CACHE_DIR
  if (env === 'off') return null
  return env || join(PACKAGE_ROOT, 'node_modules', '.cache', 'learnfinder')
}

const codeKeys = new Map<string, string>()

/** A fingerprint of the computing code: the given module files' contents and the installed packages. */
function codeKey(moduleUrls: readonly string[]): string {
  const id = moduleUrls.join('\n')
  let key = codeKeys.get(id)
  if (key === undefined) {
    const h = createHash('sha256')
    for (const url of moduleUrls) {
      const path = url.startsWith('file:') ? fileURLToPath(url) : url
      // A sibling named with `.js` is the `.ts` source when running from src/.
      const candidates = path.endsWith('.js') ? [path, path.replace(/\.js$/, '.ts')] : [path]
      const text = candidates.map(readOrNull).find((t) => t !== null)
      h.update(text ?? `missing ${url}`)
    }
    try {
      const lock = statSync(join(PACKAGE_ROOT, 'node_modules', '.package-lock.json'))
      h.update(`${lock.size}:${lock.mtimeMs}`)
    } catch {
      // No lock file: the module files alone.
    }
    key = h.digest('hex')
    codeKeys.set(id, key)
  }
  return key
}

function readOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path)
  } catch {
    return null
  }
}

/** Where the entry for `input` computed by `code` lives (null: the cache is off). */
function entryPath(name: string, input: string, code: readonly string[], ext: string): string | null {
  const root = cacheRoot()
  if (!root) return null
  const key = createHash('sha256').update(codeKey(code)).update('\0').update(input).digest('hex').slice(0, 40)
  return join(root, name, `${key}.${ext}`)
}

/** Keeps `data` at `path` (written aside, then renamed); a cache that cannot be written is no error. */
function keep(path: string, data: string | Uint8Array): void {
  try {
    mkdirSync(dirname(path), { recursive: true })
    const tmp = `${path}.${process.pid}.tmp`
    writeFileSync(tmp, data)
    renameSync(tmp, path)
  } catch {
    // A read-only install still works, only slower.
  }
}

/**
 * `compute()`, or what it returned for the same `input` and code before.
 * `input` is the exact text the result depends on; `code` lists the module
 * URLs (`import.meta.url`) whose logic produces it. The result must survive
 * JSON (plain objects, arrays, strings, numbers, booleans, null).
 *
 * @example const value = diskMemo('yaml', text, [import.meta.url], () => parse(text))
 */
export function diskMemo<T>(name: string, input: string, code: readonly string[], compute: () => T): T {
  const path = entryPath(name, input, code, 'json')
  if (!path) return compute()
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { value: T }).value
  } catch {
    // Missing or damaged: compute and (try to) keep it.
  }
  const value = compute()
  keep(path, JSON.stringify({ value }))
  return value
}

/**
 * {@link diskMemo} for a result that is raw bytes, kept as they are: a start reads them without parsing
 * anything (the caller's own layout says where to look). Null when the cache is off, so a caller can do
 * without the layout altogether. The bytes must carry their own check that they are whole, as a truncated
 * file is read as it is.
 */
export function diskMemoBytes(name: string, input: string, code: readonly string[], compute: () => Uint8Array): Buffer | null {
  const path = entryPath(name, input, code, 'bin')
  if (!path) return null
  try {
    return readFileSync(path)
  } catch {
    // Missing: compute and (try to) keep it.
  }
  const value = Buffer.from(compute())
  keep(path, value)
  return value
}
