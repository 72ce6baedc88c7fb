/**
 * @module search/lsa
 * The small dense linear algebra behind the local embedder: a truncated SVD
 * of a sparse document-term matrix by randomized power iterations (Halko,
 * Martinsson & Tropp 2011), with a cyclic Jacobi eigen-solver for the small
 * l×l problems. No native code and no model download; deterministic given the
 * seed, and a few hundred milliseconds for thousands of documents.
 */

/** A sparse matrix in compressed-row form (rows = documents, columns = features). */
export interface Csr {
  rows: number
  cols: number
  indptr: Int32Array
  indices: Int32Array
  values: Float32Array
}

/** The top singular directions in feature space. */
export interface Svd {
  /** Number of components kept. */
  k: number
  /** Feature loadings, row-major cols×k: feature f's coordinates are [f*k, f*k+k). */
  components: Float32Array
  /** Singular values, descending. */
  singular: Float32Array
}

/** A seeded uniform PRNG (mulberry32): the same seed gives the same model on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand())
}

/** Eigen-decomposition of a symmetric n×n matrix (row-major) by cyclic Jacobi; eigenvectors are columns. */
export function symmetricEigen(input: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input)
  const v = new Float64Array(n * n)
  for (let i = 0; i < n; i++) v[i * n + i] = 1
  for (let sweep = 0; sweep < 20; sweep++) {
    let off = 0
    let total = 0
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const x = a[i * n + j] * a[i * n + j]
        total += x
        if (i !== j) off += x
      }
    }
    if (off <= 1e-18 * Math.max(total, 1e-300)) break
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]
        if (Math.abs(apq) < 1e-300) continue
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let r = 0; r < n; r++) {
          const arp = a[r * n + p]
          const arq = a[r * n + q]
          a[r * n + p] = c * arp - s * arq
          a[r * n + q] = s * arp + c * arq
        }
        for (let r = 0; r < n; r++) {
          const apr = a[p * n + r]
          const aqr = a[q * n + r]
          a[p * n + r] = c * apr - s * aqr
          a[q * n + r] = s * apr + c * aqr
        }
        for (let r = 0; r < n; r++) {
          const vrp = v[r * n + p]
          const vrq = v[r * n + q]
          v[r * n + p] = c * vrp - s * vrq
          v[r * n + q] = s * vrp + c * vrq
        }
      }
    }
  }
  const values = new Float64Array(n)
  for (let i = 0; i < n; i++) values[i] = a[i * n + i]
  return { values, vectors: v }
}

/** Gram matrix YᵀY of a row-major rows×l matrix. */
function gram(y: Float64Array, rows: number, l: number): Float64Array {
  const g = new Float64Array(l * l)
  for (let r = 0; r < rows; r++) {
    const o = r * l
    for (let i = 0; i < l; i++) {
      const yi = y[o + i]
      if (yi === 0) continue
      for (let j = i; j < l; j++) g[i * l + j] += yi * y[o + j]
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) g[i * l + j] = g[j * l + i]
  return g
}

/** Orthonormal columns spanning Y (Y W Λ^-1/2); directions with no energy become zero columns. */
function orthonormalize(y: Float64Array, rows: number, l: number): Float64Array {
  const { values, vectors } = symmetricEigen(gram(y, rows, l), l)
  const max = Math.max(...values, 0)
  const scale = new Float64Array(l)
  for (let j = 0; j < l; j++) scale[j] = values[j] > max * 1e-10 && values[j] > 0 ? 1 / Math.sqrt(values[j]) : 0
  const m = new Float64Array(l * l)
  for (let i = 0; i < l; i++) for (let j = 0; j < l; j++) m[i * l + j] = vectors[i * l + j] * scale[j]
  return multiplyDense(y, rows, l, m, l)
}

function multiplyDense(a: Float64Array, rows: number, inner: number, b: Float64Array, cols: number): Float64Array {
  const out = new Float64Array(rows * cols)
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < inner; i++) {
      const x = a[r * inner + i]
      if (x === 0) continue
      const bo = i * cols
      const oo = r * cols
      for (let j = 0; j < cols; j++) out[oo + j] += x * b[bo + j]
    }
  }
  return out
}

/** A·M for sparse A (rows×cols) and dense M (cols×l). */
function sparseTimes(a: Csr, m: Float64Array, l: number): Float64Array {
  const out = new Float64Array(a.rows * l)
  for (let r = 0; r < a.rows; r++) {
    const o = r * l
    for (let p = a.indptr[r]; p < a.indptr[r + 1]; p++) {
      const v = a.values[p]
      const mo = a.indices[p] * l
      for (let j = 0; j < l; j++) out[o + j] += v * m[mo + j]
    }
  }
  return out
}

/** Aᵀ·M for sparse A (rows×cols) and dense M (rows×l). */
function sparseTransposeTimes(a: Csr, m: Float64Array, l: number): Float64Array {
  const out = new Float64Array(a.cols * l)
  for (let r = 0; r < a.rows; r++) {
    const mo = r * l
    for (let p = a.indptr[r]; p < a.indptr[r + 1]; p++) {
      const v = a.values[p]
      const o = a.indices[p] * l
      for (let j = 0; j < l; j++) out[o + j] += v * m[mo + j]
    }
  }
  return out
}

/**
 * The top-`k` right singular vectors of `a` (feature loadings) by randomized
 * SVD with `iterations` power iterations; deterministic for a given `seed`.
 */
export function truncatedSvd(a: Csr, k: number, options: { oversample?: number; iterations?: number; seed?: number } = {}): Svd {
  const rank = Math.max(1, Math.min(k, a.rows, a.cols))
  const l = Math.min(rank + (options.oversample ?? 10), a.rows, a.cols)
  const rand = seededRandom(options.seed ?? 42)
  const omega = new Float64Array(a.cols * l)
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(rand)
  let q = orthonormalize(sparseTimes(a, omega, l), a.rows, l)
  // Power iterations; only the (smaller) document side is re-orthonormalised, which float64 keeps stable for a few rounds.
  for (let it = 0; it < (options.iterations ?? 3); it++) {
    q = orthonormalize(sparseTimes(a, sparseTransposeTimes(a, q, l), l), a.rows, l)
  }
  // B = QᵀA, held transposed (cols×l); its small Gram matrix gives B's singular values and vectors.
  const bt = sparseTransposeTimes(a, q, l)
  const { values, vectors } = symmetricEigen(gram(bt, a.cols, l), l)
  const order = [...values.keys()].sort((x, y) => values[y] - values[x]).slice(0, rank)
  const singular = new Float32Array(rank)
  const pick = new Float64Array(l * rank)
  order.forEach((src, j) => {
    const s = Math.sqrt(Math.max(values[src], 0))
    singular[j] = s
    for (let i = 0; i < l; i++) pick[i * rank + j] = s > 1e-9 ? vectors[i * l + src] / s : 0
  })
  const comps = multiplyDense(bt, a.cols, l, pick, rank)
  return { k: rank, components: Float32Array.from(comps), singular }
}
