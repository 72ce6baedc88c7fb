/**
 * @module search/hnsw-store
 * Our own small LangChain `VectorStore` over hnswlib-node (cosine): upsert and
 * delete by project id, filters, and a crash-safe save beside the database.
 * The community HNSWLib wrapper keeps every document's text in a docstore and
 * has no per-id update; the catalogue needs both the other way round.
 *
 * Files: `path` is a small JSON manifest naming generation files
 * (`path.<gen>.bin` for the graph, `path.<gen>.<name>` for attachments such
 * as the embedding model). New files are written first and the manifest is
 * renamed over the old one last, so a reader sees the old index or the new
 * one, never half of each.
 */
import { VectorStore } from '@langchain/core/vectorstores'
import type { EmbeddingsInterface } from '@langchain/core/embeddings'
import { Document, type DocumentInterface } from '@langchain/core/documents'
import hnswlib from 'hnswlib-node'
import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'
import { exactCosineSearch, rowDots } from './exact-scan.js'

const { HierarchicalNSW } = hnswlib

/** Which ids may be returned: an allow-list, or a predicate on the id. */
export type HnswFilter = ReadonlySet<string> | ((id: string) => boolean)

/** Graph parameters; defaults suit catalogues of up to ~100k projects. */
export interface HnswOptions {
  dimensions: number
  /** Links per node; default 32 (16 loses recall on catalogues of many near-identical projects). */
  m?: number
  /** Build-time beam; default 200. */
  efConstruction?: number
  /** Search-time beam (raised to k when smaller); default 200. */
  efSearch?: number
  /** Initial capacity; grows by doubling. Default 1024. */
  capacity?: number
  /** Allow-lists at most this big (or 2% of the index, if more) are scanned exactly instead of walking the graph; default 200. */
  exactBelow?: number
  /**
   * An index of at most this many live vectors answers every search by an exact scan of a flat
   * copy of its vectors: at catalogue sizes like these, walking the graph (and calling into the
   * native index once per vector) costs more than reading them all. Default 2000.
   */
  exactAll?: number
}

/** One vector hit. */
export interface VectorHit {
  id: string
  /** Cosine similarity, -1..1. */
  score: number
}

const manifestSchema = z.object({
  format: z.literal(1),
  dims: z.number().int().positive(),
  m: z.number().int().positive(),
  efConstruction: z.number().int().positive(),
  labels: z.array(z.string().nullable()),
  index: z.string(),
  attachments: z.record(z.string(), z.string()),
  meta: z.record(z.string(), z.unknown()),
})
type Manifest = z.infer<typeof manifestSchema>

/** What {@link HnswVectorStore.load} gives back besides the store. */
export interface LoadedIndex {
  store: HnswVectorStore
  meta: Record<string, unknown>
  attachments: Record<string, Buffer>
}

/**
 * Vectors of catalogue projects keyed by project id.
 *
 * @example
 * const store = new HnswVectorStore(embeddings, { dimensions: 128 })
 * await store.addVectors(vectors, docs, { ids })
 * store.searchIds(queryVector, 10, allowedIds)
 */
export class HnswVectorStore extends VectorStore {
  declare FilterType: HnswFilter
  readonly options: Required<HnswOptions>
  private index: InstanceType<typeof HierarchicalNSW>
  private labels: (string | null)[] = []
  private byId = new Map<string, number>()
  private texts = new Map<string, DocumentInterface>()
  /** Unit vectors of the live ids, row by row, for {@link HnswOptions.exactAll}; rebuilt after a change. */
  private flat: { ids: string[]; data: Float32Array } | null = null

  constructor(embeddings: EmbeddingsInterface, options: HnswOptions) {
    super(embeddings, options as unknown as Record<string, unknown>)
    this.options = { m: 32, efConstruction: 200, efSearch: 200, capacity: 1024, exactBelow: 200, exactAll: 2000, ...options }
    this.index = new HierarchicalNSW('cosine', this.options.dimensions)
    this.index.initIndex({
      maxElements: Math.max(1, this.options.capacity),
      m: this.options.m,
      efConstruction: this.options.efConstruction,
      randomSeed: 100,
      allowReplaceDeleted: true,
    })
  }

  _vectorstoreType(): string {
    return 'learnfinder-hnsw'
  }

  /** How many ids are live (added and not deleted). */
  get size(): number {
    return this.byId.size
  }

  /** True when `id` has a live vector. */
  has(id: string): boolean {
    return this.byId.has(id)
  }

  /** Live ids, in insertion order. */
  ids(): string[] {
    return [...this.byId.keys()]
  }

  /** The stored (unit-length) vector of `id`, or null when it has none. */
  vector(id: string): number[] | null {
    const label = this.byId.get(id)
    return label === undefined ? null : this.index.getPoint(label)
  }

  /** Adds or replaces vectors; ids come from `options.ids`, else each document's `metadata.id`. */
  async addVectors(vectors: number[][], documents: DocumentInterface[], options?: { ids?: string[] }): Promise<string[]> {
    const ids = documents.map((d, i) => options?.ids?.[i] ?? (d.metadata?.id as string | undefined) ?? d.id)
    if (vectors.length !== documents.length) throw new Error(`got ${vectors.length} vectors for ${documents.length} documents`)
    ids.forEach((id, i) => {
      if (typeof id !== 'string' || !id) throw new Error(`document ${i} has no id (metadata.id or options.ids)`)
      this.upsert(id, vectors[i])
      if (documents[i].pageContent) this.texts.set(id, documents[i])
      else this.texts.delete(id)
    })
    return ids as string[]
  }

  async addDocuments(documents: DocumentInterface[], options?: { ids?: string[] }): Promise<string[]> {
    const vectors = await this.embeddings.embedDocuments(documents.map((d) => d.pageContent))
    return this.addVectors(vectors, documents, options)
  }

  /** Adds or replaces one vector synchronously (no Document kept). */
  upsert(id: string, vector: ArrayLike<number>): void {
    if (vector.length !== this.options.dimensions) {
      throw new Error(`vector for ${id} has ${vector.length} dimensions, the index has ${this.options.dimensions}`)
    }
    const point = Array.from(vector)
    this.flat = null
    const old = this.byId.get(id)
    if (old !== undefined) {
      this.index.markDelete(old)
      this.labels[old] = null
    }
    if (this.index.getCurrentCount() >= this.index.getMaxElements()) {
      this.index.resizeIndex(Math.max(16, this.index.getMaxElements() * 2))
    }
    const label = this.labels.length
    this.index.addPoint(point, label, true)
    this.labels.push(id)
    this.byId.set(id, label)
  }

  /** Removes vectors by id (`{ ids }`); unknown ids are ignored. */
  async delete(params?: { ids?: string[] }): Promise<void> {
    for (const id of params?.ids ?? []) this.remove(id)
  }

  /** Removes one id's vector synchronously; false when it was not there. */
  remove(id: string): boolean {
    const label = this.byId.get(id)
    if (label === undefined) return false
    this.flat = null
    this.index.markDelete(label)
    this.labels[label] = null
    this.byId.delete(id)
    this.texts.delete(id)
    return true
  }

  /** The `k` nearest live ids by cosine similarity, best first, among those `filter` allows. */
  searchIds(query: ArrayLike<number>, k: number, filter?: HnswFilter): VectorHit[] {
    const live = this.byId.size
    if (live === 0 || k <= 0) return []
    if (live <= this.options.exactAll) return this.scanAll(query, k, filter)
    if (filter instanceof Set || (filter && typeof filter !== 'function')) {
      const allow = filter as ReadonlySet<string>
      if (allow.size <= Math.max(this.options.exactBelow, live * 0.02)) {
        const points: { id: string; vector: ArrayLike<number> }[] = []
        for (const id of allow) {
          const label = this.byId.get(id)
          if (label !== undefined) points.push({ id, vector: this.index.getPoint(label) })
        }
        return exactCosineSearch(query, points, k)
      }
    }
    const want = Math.min(k, live)
    this.index.setEf(Math.max(this.options.efSearch, want))
    const labelFilter = filter === undefined ? undefined
      : typeof filter === 'function'
        ? (label: number) => { const id = this.labels[label]; return id != null && filter(id) }
        : (label: number) => { const id = this.labels[label]; return id != null && filter.has(id) }
    const res = this.index.searchKnn(Array.from(query), Math.min(want, this.index.getMaxElements()), labelFilter)
    return res.neighbors.map((label, i) => ({ id: this.labels[label] as string, score: 1 - res.distances[i] }))
  }

  /** The flat copy of the live vectors (read from the native index once after each change). */
  private flatVectors(): { ids: string[]; data: Float32Array } {
    if (this.flat) return this.flat
    const d = this.options.dimensions
    const ids = [...this.byId.keys()]
    const data = new Float32Array(ids.length * d)
    ids.forEach((id, r) => {
      const v = this.index.getPoint(this.byId.get(id)!)
      let norm = 0
      for (let i = 0; i < d; i++) norm += v[i] * v[i]
      const s = norm > 0 ? 1 / Math.sqrt(norm) : 0
      for (let i = 0; i < d; i++) data[r * d + i] = v[i] * s
    })
    return (this.flat = { ids, data })
  }

  /** Exact top `k` by cosine over every live vector `filter` allows, best first (ties by insertion order). */
  private scanAll(query: ArrayLike<number>, k: number, filter?: HnswFilter): VectorHit[] {
    const { ids, data } = this.flatVectors()
    const d = this.options.dimensions
    let norm = 0
    for (let i = 0; i < d; i++) norm += query[i] * query[i]
    const s = norm > 0 ? 1 / Math.sqrt(norm) : 0
    const q = new Float32Array(d)
    for (let i = 0; i < d; i++) q[i] = query[i] * s
    const allow = filter === undefined ? null : typeof filter === 'function' ? filter : (id: string) => filter.has(id)
    const top: VectorHit[] = []
    const dots = rowDots(q, data, ids.length, d)
    for (let r = 0; r < ids.length; r++) {
      const dot = dots[r]
      if (top.length === k && dot <= top[k - 1].score) continue
      if (allow && !allow(ids[r])) continue
      let at = top.length
      while (at > 0 && top[at - 1].score < dot) at--
      top.splice(at, 0, { id: ids[r], score: dot })
      if (top.length > k) top.pop()
    }
    return top
  }

  async similaritySearchVectorWithScore(query: number[], k: number, filter?: HnswFilter): Promise<[DocumentInterface, number][]> {
    return this.searchIds(query, k, filter).map(({ id, score }) => [
      this.texts.get(id) ?? new Document({ pageContent: '', metadata: { id }, id }),
      score,
    ])
  }

  /** Writes the index, its id map, `meta` and `attachments` beside `path`, atomically (see module doc). */
  async save(path: string, meta: Record<string, unknown> = {}, attachments: Record<string, Buffer> = {}): Promise<void> {
    const old = await readManifest(path).catch(() => null)
    const gen = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`
    const index = `${basename(path)}.${gen}.bin`
    await this.index.writeIndex(join(dirname(path), index))
    const files: Record<string, string> = {}
    for (const [name, buf] of Object.entries(attachments)) {
      files[name] = `${basename(path)}.${gen}.${name}`
      await writeFile(join(dirname(path), files[name]), buf)
    }
    const manifest: Manifest = {
      format: 1, dims: this.options.dimensions, m: this.options.m, efConstruction: this.options.efConstruction,
      labels: this.labels, index, attachments: files, meta,
    }
    const tmp = `${path}.tmp-${process.pid}-${gen}`
    await writeFile(tmp, JSON.stringify(manifest))
    await rename(tmp, path)
    if (old) {
      for (const f of [old.index, ...Object.values(old.attachments)]) await rm(join(dirname(path), f), { force: true })
    }
  }

  /** Reads an index written by {@link save}; throws when it is missing or damaged. */
  static async load(path: string, embeddings: EmbeddingsInterface, options: Partial<HnswOptions> = {}): Promise<LoadedIndex> {
    const manifest = await readManifest(path)
    const store = new HnswVectorStore(embeddings, { ...options, dimensions: manifest.dims, m: manifest.m, efConstruction: manifest.efConstruction, capacity: 1 })
    await store.index.readIndex(join(dirname(path), manifest.index), true)
    if (store.index.getNumDimensions() !== manifest.dims) throw new Error(`index ${path} does not match its manifest`)
    store.labels = manifest.labels
    manifest.labels.forEach((id, label) => {
      if (id !== null) store.byId.set(id, label)
    })
    const attachments: Record<string, Buffer> = {}
    for (const [name, file] of Object.entries(manifest.attachments)) attachments[name] = await readFile(join(dirname(path), file))
    return { store, meta: manifest.meta, attachments }
  }

  /** LangChain's constructor-from-texts; each metadata object needs an `id`. */
  static async fromTexts(texts: string[], metadatas: object[] | object, embeddings: EmbeddingsInterface, dbConfig: HnswOptions): Promise<HnswVectorStore> {
    const docs = texts.map((t, i) => new Document({ pageContent: t, metadata: Array.isArray(metadatas) ? metadatas[i] : metadatas }))
    return HnswVectorStore.fromDocuments(docs, embeddings, dbConfig)
  }

  static async fromDocuments(docs: DocumentInterface[], embeddings: EmbeddingsInterface, dbConfig: HnswOptions): Promise<HnswVectorStore> {
    const store = new HnswVectorStore(embeddings, { capacity: docs.length, ...dbConfig })
    await store.addDocuments(docs)
    return store
  }
}

async function readManifest(path: string): Promise<Manifest> {
  return manifestSchema.parse(JSON.parse(await readFile(path, 'utf8')))
}

