/**
 * @module search/hnsw-store
 * Our own small LangChain `VectorStore` over hnswlib-node (cosine): upsert and
 * delete by project id, filters, and a crash-safe save beside the database.
 * The community HNSWLib wrapper keeps every document's text in a docstore and
 * has no per-id update; the catalogue needs both the other way round.
 * Files and their crash-safe replacement: search/hnsw-files.
 */
import { VectorStore } from '@langchain/core/vectorstores'
import type { EmbeddingsInterface } from '@langchain/core/embeddings'
import { Document, type DocumentInterface } from '@langchain/core/documents'
import hnswlib from 'hnswlib-node'
import { exactCosineSearch, FlatIndex } from './exact-scan.js'
import { readIndexFiles, writeIndexFiles } from './hnsw-files.js'

type HierarchicalNSW = InstanceType<typeof hnswlib.HierarchicalNSW>

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
  private index: HierarchicalNSW
  private labels: (string | null)[] = []
  private byId = new Map<string, number>()
  private texts = new Map<string, DocumentInterface>()
  /** Unit vectors of the live ids, row by row, for {@link HnswOptions.exactAll}; rebuilt after a change. */
  private flat: FlatIndex | null = null

  constructor(embeddings: EmbeddingsInterface, options: HnswOptions) {
    super(embeddings, options as unknown as Record<string, unknown>)
    this.options = { m: 32, efConstruction: 200, efSearch: 200, capacity: 1024, exactBelow: 200, exactAll: 2000, ...options }
    // Read from the package at first use, not at import: the start-up snapshot (bin/build-snapshot.js) loads no addon.
    this.index = new hnswlib.HierarchicalNSW('cosine', this.options.dimensions)
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
    if (live <= this.options.exactAll) return this.flatVectors().search(query, k, filter)
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
  private flatVectors(): FlatIndex {
    if (this.flat) return this.flat
    const flat = new FlatIndex(this.options.dimensions, this.byId.size)
    for (const [id, label] of this.byId) flat.add(id, this.index.getPoint(label))
    return (this.flat = flat)
  }

  async similaritySearchVectorWithScore(query: number[], k: number, filter?: HnswFilter): Promise<[DocumentInterface, number][]> {
    return this.searchIds(query, k, filter).map(({ id, score }) => [
      this.texts.get(id) ?? new Document({ pageContent: '', metadata: { id }, id }),
      score,
    ])
  }

  /** Writes the index, its id map, `meta` and `attachments` beside `path`, atomically (see search/hnsw-files). */
  async save(path: string, meta: Record<string, unknown> = {}, attachments: Record<string, Buffer> = {}): Promise<void> {
    const { dimensions: dims, m, efConstruction } = this.options
    await writeIndexFiles(path, { dims, m, efConstruction, labels: this.labels, meta }, (file) => this.index.writeIndex(file), attachments)
  }

  /** Reads an index written by {@link save}; throws when it is missing or damaged. */
  static async load(path: string, embeddings: EmbeddingsInterface, options: Partial<HnswOptions> = {}): Promise<LoadedIndex> {
    const { header, graphFile, attachments } = await readIndexFiles(path)
    const store = new HnswVectorStore(embeddings, { ...options, dimensions: header.dims, m: header.m, efConstruction: header.efConstruction, capacity: 1 })
    await store.index.readIndex(graphFile, true)
    if (store.index.getNumDimensions() !== header.dims) throw new Error(`index ${path} does not match its manifest`)
    store.labels = header.labels
    header.labels.forEach((id, label) => {
      if (id !== null) store.byId.set(id, label)
    })
    return { store, meta: header.meta, attachments }
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
