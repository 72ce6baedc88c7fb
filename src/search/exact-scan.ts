/**
 * @module search/exact-scan
 * Exact cosine nearest neighbours by scanning every vector. The vector store
 * uses it when a filter leaves few candidates (walking the graph would visit
 * mostly rejected nodes) and, through {@link FlatIndex}, for every search of a
 * small index; the bench uses {@link FlatIndex} as the ground truth for HNSW
 * recall and as the brute-force baseline.
 */

/** One scored id. */
export interface ScoredId {
  id: string
  score: number
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i]
    na += a[i] * a[i]
    nb += b[i] * b[i]
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0
}

/** The `k` points most cosine-similar to `query`, best first. */
export function exactCosineSearch(query: ArrayLike<number>, points: { id: string; vector: ArrayLike<number> }[], k: number): ScoredId[] {
  return points
    .map((p) => ({ id: p.id, score: cosine(query, p.vector) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k)
}

/** Unit vectors in one flat Float32Array: the brute-force baseline, and the small vector store's whole search. */
export class FlatIndex {
  private data: Float32Array
  private readonly ids: string[] = []
  private readonly rowOf = new Map<string, number>()

  constructor(readonly dims: number, capacity = 1024) {
    this.data = new Float32Array(dims * Math.max(1, capacity))
  }

  get size(): number {
    return this.ids.length
  }

  /** Appends one vector (normalised on the way in). */
  add(id: string, vector: ArrayLike<number>): void {
    if ((this.ids.length + 1) * this.dims > this.data.length) {
      const grown = new Float32Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    let norm = 0
    for (let i = 0; i < this.dims; i++) norm += vector[i] * vector[i]
    const s = norm > 0 ? 1 / Math.sqrt(norm) : 0
    const o = this.ids.length * this.dims
    for (let i = 0; i < this.dims; i++) this.data[o + i] = vector[i] * s
    if (!this.rowOf.has(id)) this.rowOf.set(id, this.ids.length)
    this.ids.push(id)
  }

  /**
   * The exact top `k` by cosine similarity among the ids `allow` passes (all by default), best first; ties by
   * insertion order. An allow-list of fewer than half the rows is scored alone (a filtered request need not pay
   * for the whole catalogue): each row's dot product is the same sum as in the full scan, bit for bit.
   */
  search(query: ArrayLike<number>, k: number, allow?: ((id: string) => boolean) | ReadonlySet<string>): ScoredId[] {
    const d = this.dims
    let norm = 0
    for (let i = 0; i < d; i++) norm += query[i] * query[i]
    const s = norm > 0 ? 1 / Math.sqrt(norm) : 0
    const q = new Float32Array(d)
    for (let i = 0; i < d; i++) q[i] = query[i] * s
    let rows: Int32Array | null = null
    let test = typeof allow === 'function' ? allow : undefined
    if (allow !== undefined && typeof allow !== 'function') {
      if (allow.size * 2 < this.ids.length) rows = this.rowsOf(allow)
      else test = (id) => allow.has(id)
    }
    const n = rows ? rows.length : this.ids.length
    const dots = rows ? rowDotsAt(q, this.data, rows, d) : rowDots(q, this.data, n, d)
    if (k <= 0) return []
    // A small sorted buffer beats sorting every score: typed arrays, shifted in place (no splice, no boxed numbers).
    // A score joins only when above the k-th (ties keep the earlier row), as the sorted insertion always did.
    const topScore = new Float64Array(k)
    const topIdx = new Int32Array(k)
    let size = 0
    for (let j = 0; j < n; j++) {
      const dot = dots[j]
      if (size === k && !(dot > topScore[k - 1])) continue
      const r = rows ? rows[j] : j
      if (test && !test(this.ids[r])) continue
      let at = size < k ? size++ : k - 1
      while (at > 0 && topScore[at - 1] < dot) {
        topScore[at] = topScore[at - 1]
        topIdx[at] = topIdx[at - 1]
        at--
      }
      topScore[at] = dot
      topIdx[at] = r
    }
    const out: ScoredId[] = []
    for (let i = 0; i < size; i++) out.push({ id: this.ids[topIdx[i]], score: topScore[i] })
    return out
  }

  /** The rows of the allowed ids, in insertion order (the order the full scan meets them). */
  private rowsOf(allow: ReadonlySet<string>): Int32Array {
    const rows = new Int32Array(allow.size)
    let n = 0
    for (const id of allow) {
      const r = this.rowOf.get(id)
      if (r !== undefined && this.ids[r] === id) rows[n++] = r
    }
    return rows.subarray(0, n).sort()
  }
}

/**
 * Each row's dot product with `q`, four rows at a time: each row's sum is still added in dimension order (the
 * same number, bit for bit, as one row at a time), but four independent sums keep the processor busy while
 * each addition waits for the previous one, nearly twice as fast on a catalogue-sized scan.
 */
export function rowDots(q: Float32Array, data: Float32Array, rows: number, d: number): Float64Array {
  const out = new Float64Array(rows)
  let r = 0
  for (; r + 4 <= rows; r += 4) dots4(q, data, r * d, (r + 1) * d, (r + 2) * d, (r + 3) * d, d, out, r)
  for (; r < rows; r++) out[r] = dot1(q, data, r * d, d)
  return out
}

/** {@link rowDots} for the listed rows only (four at a time, each sum in dimension order): `out[j]` is row `rows[j]`'s. */
export function rowDotsAt(q: Float32Array, data: Float32Array, rows: Int32Array, d: number): Float64Array {
  const out = new Float64Array(rows.length)
  let j = 0
  for (; j + 4 <= rows.length; j += 4) dots4(q, data, rows[j] * d, rows[j + 1] * d, rows[j + 2] * d, rows[j + 3] * d, d, out, j)
  for (; j < rows.length; j++) out[j] = dot1(q, data, rows[j] * d, d)
  return out
}

/** The four rows at offsets o0..o3 dotted with `q`, into out[at..at+3]: four independent sums, each in dimension order. */
function dots4(q: Float32Array, data: Float32Array, o0: number, o1: number, o2: number, o3: number, d: number, out: Float64Array, at: number): void {
  let a = 0
  let b = 0
  let c = 0
  let e = 0
  for (let i = 0; i < d; i++) {
    const x = q[i]
    a += x * data[o0 + i]
    b += x * data[o1 + i]
    c += x * data[o2 + i]
    e += x * data[o3 + i]
  }
  out[at] = a
  out[at + 1] = b
  out[at + 2] = c
  out[at + 3] = e
}

/** One row at offset `o` dotted with `q`, in dimension order. */
function dot1(q: Float32Array, data: Float32Array, o: number, d: number): number {
  let dot = 0
  for (let i = 0; i < d; i++) dot += q[i] * data[o + i]
  return dot
}
