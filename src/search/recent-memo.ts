/**
 * @module search/recent-memo
 * A small bounded memo for the search path: the same message comes again and
 * again ("推荐一下", "老年人学手机", a learner pressing "more"), and its
 * understanding, query vector and lexical hits do not change while the
 * catalogue snapshot stays the same. Each snapshot owns its memos, so a new
 * catalogue starts empty; the oldest entry goes first when one is full.
 */

/** A map of at most `limit` recent entries (none: a limit of 0 remembers nothing); see the module comment for why it exists. */
export class RecentMemo<V> {
  private readonly entries = new Map<string, V>()

  constructor(private readonly limit = 500) {}

  /** The value for `key`, computed by `make` (and remembered) when absent. */
  get(key: string, make: () => V): V {
    const hit = this.entries.get(key)
    if (hit !== undefined || this.entries.has(key)) return hit as V
    const value = make()
    if (this.limit <= 0) return value
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, value)
    return value
  }

  /** Forgets one entry (a remote embedder's failed answer is not kept). */
  delete(key: string): void {
    this.entries.delete(key)
  }

  /** Forgets everything (the index changed under the snapshot). */
  clear(): void {
    this.entries.clear()
  }

  /** How many entries are held. */
  get size(): number {
    return this.entries.size
  }
}

/**
 * A deep copy of plain data (objects, arrays, strings, numbers…), as `structuredClone` makes it but
 * several times faster: every remembered understanding is copied out on each search, so that no caller
 * can change what the next one is given. Anything else (a Date, a Map) is left to `structuredClone`.
 *
 * @example plainCopy({ terms: ['手机'], slots: { region: null } })
 */
export function plainCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(plainCopy) as T
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value)
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) out[key] = plainCopy((value as Record<string, unknown>)[key])
  return out as T
}
