/**
 * @module search/local-embeddings
 * The default, offline embedder: no model download, no network, the same
 * vectors on every machine. It learns from the catalogue itself: TF-IDF over
 * words, Chinese character bigrams and taxonomy concepts, reduced by latent
 * semantic analysis (truncated SVD), so words that occur in the same kind of
 * project ("挂号", "预约", "就医", "看病") end up close even when a query and a
 * project share no word.
 */
import { Embeddings } from '@langchain/core/embeddings'
import { createHash } from 'node:crypto'
import type { Taxonomy } from '../catalogue/taxonomy.js'
import { createFeaturizer, type FeatureCounts, type Featurizer } from './features.js'
import { DEFAULT_TUNING } from './tuning.js'
import { truncatedSvd, type Csr } from './lsa.js'

/** Tuning knobs; defaults are what the eval was run with. */
export interface LocalEmbeddingsOptions {
  taxonomy: Taxonomy
  /** Latent dimensions (fewer when the catalogue is tiny); default 128. */
  dimensions?: number
  /** At most this many documents are used to fit (an even sample of the catalogue); default 4000. */
  maxFitDocuments?: number
  /** At most this many features, most frequent first; default 60000. */
  maxFeatures?: number
  /** Power iterations of the randomized SVD; default 3. */
  iterations?: number
  /** Weight of a taxonomy concept feature (every synonym of an entry gives the same one); default DEFAULT_TUNING.conceptWeight. */
  conceptWeight?: number
  /** Weight of a Chinese character bigram relative to a word; default DEFAULT_TUNING.bigramWeight. */
  bigramWeight?: number
  /** Singular-value exponent applied to each latent coordinate (0 = plain projection); default 0. */
  singularPower?: number
}

/** The fitted state: everything needed to embed a text, and what gets saved beside the index. */
export interface LocalModel {
  features: string[]
  idf: Float32Array
  /** Feature loadings, features×dims row-major. */
  components: Float32Array
  singular: Float32Array
  dims: number
}

const MAGIC = 'LFLSA1'
/** Bump when featurisation changes (features.ts), so models fitted by older code are rebuilt, not misread. */
const FEATURES_VERSION = 2

/**
 * Latent-semantic embeddings fitted on the catalogue.
 *
 * @example
 * const emb = new LocalEmbeddings({ taxonomy }).fit(projects.map(projectText))
 * const v = await emb.embedQuery('学用手机挂号看病')
 */
export class LocalEmbeddings extends Embeddings {
  private readonly options: LocalEmbeddingsOptions
  private readonly featurize: Featurizer
  private model: LocalModel | null = null
  private lookup = new Map<string, number>()
  private sig = ''

  constructor(options: LocalEmbeddingsOptions) {
    super({})
    this.options = options
    this.featurize = createFeaturizer({ taxonomy: options.taxonomy, conceptWeight: options.conceptWeight ?? DEFAULT_TUNING.conceptWeight, bigramWeight: options.bigramWeight ?? DEFAULT_TUNING.bigramWeight })
  }

  /** Vector length; 0 until fitted or loaded. */
  get dimensions(): number {
    return this.model?.dims ?? 0
  }

  /** True once {@link fit} or {@link load} gave it a model. */
  get fitted(): boolean {
    return this.model !== null
  }

  /** A short hash of the model: an index built with another model must be rebuilt. */
  signature(): string {
    return this.sig
  }

  /** Learns the vocabulary and latent space from `texts` (deterministic); returns `this`. */
  fit(texts: string[]): this {
    this.fitFeatures(texts, new Map())
    return this
  }

  /** {@link fit}, then the embedding of every text (features computed once for both). */
  fitTransform(texts: string[]): Float32Array[] {
    const cache = new Map<number, FeatureCounts>()
    this.fitFeatures(texts, cache)
    return texts.map((t, i) => this.project(cache.get(i) ?? this.featurize(t)))
  }

  private fitFeatures(texts: string[], cache: Map<number, FeatureCounts>): void {
    const max = this.options.maxFitDocuments ?? 4000
    const picks = texts.length <= max ? texts.map((_, i) => i) : Array.from({ length: max }, (_, i) => Math.floor((i * texts.length) / max))
    const docs = picks.map((i) => {
      const f = this.featurize(texts[i])
      cache.set(i, f)
      return f
    })
    const df = new Map<string, number>()
    for (const d of docs) for (const f of d.keys()) df.set(f, (df.get(f) ?? 0) + 1)
    const features = [...df.keys()]
      .sort((a, b) => df.get(b)! - df.get(a)! || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, this.options.maxFeatures ?? 60000)
    const n = docs.length
    const idf = Float32Array.from(features, (f) => Math.log((1 + n) / (1 + df.get(f)!)) + 1)
    const lookup = new Map(features.map((f, i) => [f, i]))
    const csr = toCsr(docs, lookup, idf)
    const svd = truncatedSvd(csr, Math.max(1, Math.min(this.options.dimensions ?? 128, n)), {
      iterations: this.options.iterations ?? 3,
    })
    this.setModel({ features, idf, components: svd.components, singular: svd.singular, dims: svd.k })
  }

  /** The embedding of one text, synchronously (all-zero when it shares nothing with the catalogue). */
  embed(text: string): Float32Array {
    return this.project(this.featurize(text))
  }

  private project(counts: FeatureCounts): Float32Array {
    const model = this.requireModel()
    // Locals, not property reads in the inner loop (a query's embedding is on every search's path).
    const dims = model.dims
    const components = model.components
    const out = new Float32Array(dims)
    const weights = tfidf(counts, this.lookup, model.idf)
    const power = this.options.singularPower ?? 0
    for (let p = 0; p < weights.length; p++) {
      const w = weights[p][1]
      const o = weights[p][0] * dims
      for (let j = 0; j < dims; j++) out[j] += w * components[o + j]
    }
    if (power !== 0) for (let j = 0; j < dims; j++) out[j] *= Math.pow(model.singular[j] || 1, power)
    let norm = 0
    for (let j = 0; j < dims; j++) norm += out[j] * out[j]
    if (norm > 0) {
      const s = 1 / Math.sqrt(norm)
      for (let j = 0; j < dims; j++) out[j] *= s
    }
    return out
  }

  /**
   * How much of a text the model knows: the share of its feature weight
   * (unknown features weighted as the rarest known one) that is in the
   * vocabulary. A vector made from a small known share ("学开直升机": only a
   * stray bigram is known) says little, however high its similarity.
   */
  knownShare(text: string): number {
    const model = this.requireModel()
    let known = 0
    let total = 0
    const unknownIdf = model.idf.reduce((a, b) => Math.max(a, b), 1)
    for (const [f, c] of this.featurize(text)) {
      const i = this.lookup.get(f)
      const w = (1 + Math.log(c > 0 ? c : 1)) * (i === undefined ? unknownIdf : model.idf[i])
      total += w
      if (i !== undefined) known += w
    }
    return total > 0 ? known / total : 0
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => Array.from(this.embed(d)))
  }

  async embedQuery(document: string): Promise<number[]> {
    return Array.from(this.embed(document))
  }

  /** The model as bytes, to store beside the vector index. */
  serialize(): Buffer {
    const m = this.requireModel()
    const json = Buffer.from(JSON.stringify({ dims: m.dims, features: m.features }), 'utf8')
    // Spaces after the JSON (which JSON.parse skips) start the floats at a multiple of 4 bytes: load() then reads
    // them in place instead of copying megabytes at every start.
    const header = Buffer.concat([json, Buffer.alloc((4 - ((MAGIC.length + 4 + json.length) % 4)) % 4, ' ')])
    const head = Buffer.alloc(MAGIC.length + 4)
    head.write(MAGIC, 0, 'ascii')
    head.writeUInt32LE(header.length, MAGIC.length)
    const bytes = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)
    return Buffer.concat([head, header, bytes(m.idf), bytes(m.singular), bytes(m.components)])
  }

  /** Takes a model written by {@link serialize}; throws on anything else. */
  load(buf: Buffer): this {
    if (buf.toString('ascii', 0, MAGIC.length) !== MAGIC) throw new Error('not a learnfinder embedding model')
    const len = buf.readUInt32LE(MAGIC.length)
    let at = MAGIC.length + 4
    const header = JSON.parse(buf.toString('utf8', at, at + len)) as { dims: number; features: string[] }
    at += len
    // Floats starting at a multiple of 4 bytes (every file serialize() writes now) are read in place; an older
    // file's are copied. The model then keeps `buf`'s memory: callers hand over a buffer they no longer change.
    const floats = (count: number) => {
      if (at + count * 4 > buf.length) throw new Error('embedding model file is truncated or corrupt')
      const start = buf.byteOffset + at
      at += count * 4
      if (start % 4 === 0) return new Float32Array(buf.buffer, start, count)
      const copy = new Float32Array(count)
      Buffer.from(copy.buffer).set(buf.subarray(at - count * 4, at))
      return copy
    }
    const v = header.features.length
    const idf = floats(v)
    const singular = floats(header.dims)
    const components = floats(v * header.dims)
    if (at !== buf.length) throw new Error('embedding model file is truncated or corrupt')
    this.setModel({ features: header.features, idf, components, singular, dims: header.dims })
    return this
  }

  private setModel(model: LocalModel): void {
    this.model = model
    this.lookup = new Map(model.features.map((f, i) => [f, i]))
    const h = createHash('sha1')
    h.update(JSON.stringify({ v: FEATURES_VERSION, dims: model.dims, n: model.features.length, p: this.options.singularPower ?? 0, c: this.options.conceptWeight ?? DEFAULT_TUNING.conceptWeight, b: this.options.bigramWeight ?? DEFAULT_TUNING.bigramWeight }))
    h.update(new Uint8Array(model.components.buffer, model.components.byteOffset, model.components.byteLength))
    h.update(model.features.join('\u0001'))
    this.sig = 'lsa-' + h.digest('hex').slice(0, 16)
  }

  private requireModel(): LocalModel {
    if (!this.model) throw new Error('LocalEmbeddings: call fit() or load() before embedding')
    return this.model
  }
}

/** Sub-linear TF × IDF, L2-normalised, over known features only. */
function tfidf(counts: FeatureCounts, lookup: Map<string, number>, idf: Float32Array): [number, number][] {
  const out: [number, number][] = []
  let norm = 0
  for (const [f, c] of counts) {
    const i = lookup.get(f)
    if (i === undefined) continue
    const w = (1 + Math.log(c > 0 ? c : 1)) * idf[i]
    out.push([i, w])
    norm += w * w
  }
  if (norm > 0) {
    const s = 1 / Math.sqrt(norm)
    for (const p of out) p[1] *= s
  }
  return out
}

function toCsr(docs: FeatureCounts[], lookup: Map<string, number>, idf: Float32Array): Csr {
  const rows = docs.map((d) => tfidf(d, lookup, idf).sort((a, b) => a[0] - b[0]))
  const nnz = rows.reduce((s, r) => s + r.length, 0)
  const indptr = new Int32Array(docs.length + 1)
  const indices = new Int32Array(nnz)
  const values = new Float32Array(nnz)
  let p = 0
  rows.forEach((r, i) => {
    for (const [f, w] of r) {
      indices[p] = f
      values[p++] = w
    }
    indptr[i + 1] = p
  })
  return { rows: docs.length, cols: lookup.size, indptr, indices, values }
}
