/**
 * @module search/vector-index
 * The vector side of search as one swappable unit: an embedder (the local
 * one fitted on this catalogue, or a configured one), the HNSW store of every
 * active project, and the catalogue version they were built from. Built in
 * the background in small slices (searches keep running), saved beside the
 * database, and reloaded at start only if the catalogue version and the
 * embedder are still the same.
 */
import type { Embeddings } from '@langchain/core/embeddings'
import { createHash } from 'node:crypto'
import type { Project } from '../catalogue/project.js'
import type { Taxonomy } from '../catalogue/taxonomy.js'
import { HnswVectorStore, type HnswOptions } from './hnsw-store.js'
import { LocalEmbeddings } from './local-embeddings.js'

/** An embedder, the index built with it, and the catalogue version it reflects. */
export interface VectorIndex {
  store: HnswVectorStore
  embeddings: Embeddings
  /** Catalogue version the vectors were built from. */
  version: number
  /** Which embedder (and model) made the vectors. */
  signature: string
  /** The query's vector; all zeros when it shares nothing with the catalogue. */
  embedQuery(text: string): Promise<ArrayLike<number>>
  /** The same vector without a promise, for the local embedder (a search need not wait a turn for arithmetic). */
  embedNow?(text: string): ArrayLike<number>
  /** For a configured (remote) embedder: a hash of each project's embedded text, so unchanged projects are not sent again. */
  textHashes?: Map<string, string>
}

/** What the vector side needs to build or load an index. */
export interface VectorIndexOptions {
  taxonomy: Taxonomy
  /** A configured embedder; undefined means the local one, fitted on the catalogue at each build. */
  embeddings?: Embeddings
  hnsw?: Partial<HnswOptions>
  /** The local embedder's feature weights (default: DEFAULT_TUNING's). */
  local?: { conceptWeight?: number; bigramWeight?: number }
}

const LOCAL_KIND = 'local-lsa-v1'

/** The text a project is embedded from: what it teaches and for whom, not who runs it or where. */
export function embeddingText(p: Project, taxonomy: Taxonomy): string {
  const labels = [
    ...p.topics.map((id) => taxonomy.get('topics', id)?.zh ?? id),
    ...p.audiences.map((id) => taxonomy.get('audiences', id)?.zh ?? id),
  ]
  return [p.title, p.title, p.summary, p.tags.join(' '), labels.join(' '), p.title_en ?? '', p.summary_en ?? '',
    ...Object.values(p.extra ?? {})].join(' ')
}

/** A stable name for a configured embedder (class and model), so a different one forces a rebuild. */
export function embedderSignature(e: Embeddings): string {
  const named = e as unknown as { signature?: () => string; model?: string; modelName?: string }
  if (typeof named.signature === 'function' && !(e instanceof LocalEmbeddings)) return named.signature()
  return `${e.constructor.name}:${named.model ?? named.modelName ?? ''}`
}

function localKind(taxonomy: Taxonomy): string {
  const h = createHash('sha1')
  for (const kind of ['topics', 'audiences'] as const) for (const [t, id] of taxonomy.terms(kind)) h.update(`${kind}:${t}=${id};`)
  return `${LOCAL_KIND}:${h.digest('hex').slice(0, 12)}`
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

function wrap(store: HnswVectorStore, embeddings: Embeddings, version: number, signature: string, textHashes?: Map<string, string>): VectorIndex {
  const local = embeddings instanceof LocalEmbeddings ? embeddings : null
  return {
    store, embeddings, version, signature, textHashes,
    embedQuery: async (text) => (local ? local.embed(text) : embeddings.embedQuery(text)),
    embedNow: local ? (text) => local.embed(text) : undefined,
  }
}

const textHash = (text: string) => createHash('sha1').update(text).digest('base64').slice(0, 16)

/**
 * Embeds every project and builds a fresh index, yielding to the event loop
 * between slices so searches on the old index keep being answered. With a
 * configured embedder, projects whose text is unchanged since `previous`
 * reuse their vectors instead of being sent again.
 */
export async function buildVectorIndex(projects: Project[], version: number, options: VectorIndexOptions,
  previous?: VectorIndex | null): Promise<VectorIndex> {
  const texts = projects.map((p) => embeddingText(p, options.taxonomy))
  let embeddings = options.embeddings
  let fitted: Float32Array[] | null = null
  if (!embeddings || (embeddings instanceof LocalEmbeddings && !embeddings.fitted)) {
    const local = embeddings instanceof LocalEmbeddings ? embeddings : new LocalEmbeddings({ taxonomy: options.taxonomy, ...options.local })
    fitted = local.fitTransform(texts.length ? texts : [''])
    embeddings = local
  }
  const local = embeddings instanceof LocalEmbeddings ? embeddings : null
  const signature = local ? `${localKind(options.taxonomy)}:${local.signature()}` : embedderSignature(embeddings)
  await pause()
  const vectors: (ArrayLike<number> | null)[] = fitted ? fitted.slice(0, projects.length) : texts.map(() => null)
  let hashes: Map<string, string> | undefined
  if (!local) {
    hashes = new Map(projects.map((p, i) => [p.id, textHash(texts[i])]))
    const reuse = previous?.signature === signature ? previous : null
    projects.forEach((p, i) => {
      if (reuse && reuse.textHashes?.get(p.id) === hashes!.get(p.id)) vectors[i] = reuse.store.vector(p.id)
    })
    const todo = vectors.flatMap((v, i) => (v ? [] : [i]))
    for (let b = 0; b < todo.length; b += 64) {
      const batch = todo.slice(b, b + 64)
      const got = await embeddings.embedDocuments(batch.map((i) => texts[i]))
      batch.forEach((i, j) => (vectors[i] = got[j]))
    }
  } else if (!fitted) {
    texts.forEach((t, i) => (vectors[i] = local.embed(t)))
  }
  const dims = local?.dimensions || vectors[0]?.length || 1
  const store = new HnswVectorStore(embeddings, { ...options.hnsw, dimensions: dims, capacity: Math.max(16, projects.length) })
  for (let i = 0; i < projects.length; i += 256) {
    for (let j = i; j < Math.min(i + 256, projects.length); j++) store.upsert(projects[j].id, vectors[j]!)
    await pause()
  }
  return wrap(store, embeddings, version, signature, hashes)
}

/** Saves the index (and the local model, if any) at `path`, atomically. */
export async function saveVectorIndex(index: VectorIndex, path: string): Promise<void> {
  const attachments: Record<string, Buffer> = {}
  if (index.embeddings instanceof LocalEmbeddings) attachments.model = index.embeddings.serialize()
  const meta: Record<string, unknown> = { catalogueVersion: index.version, signature: index.signature }
  if (index.textHashes) meta.textHashes = Object.fromEntries(index.textHashes)
  await index.store.save(path, meta, attachments)
}

/**
 * Loads the index at `path` if it was built from catalogue `version` (any
 * version when null) with the same embedder; null when it is missing, stale
 * or damaged (then rebuild).
 */
export async function loadVectorIndex(path: string, version: number | null, options: VectorIndexOptions): Promise<VectorIndex | null> {
  try {
    const placeholder = options.embeddings ?? new LocalEmbeddings({ taxonomy: options.taxonomy, ...options.local })
    const loaded = await HnswVectorStore.load(path, placeholder, options.hnsw)
    if (version !== null && loaded.meta.catalogueVersion !== version) return null
    let embeddings: Embeddings
    let signature: string
    if (!options.embeddings || (options.embeddings instanceof LocalEmbeddings && !options.embeddings.fitted)) {
      if (!loaded.attachments.model) return null
      const local = (options.embeddings as LocalEmbeddings | undefined) ?? (placeholder as LocalEmbeddings)
      local.load(loaded.attachments.model)
      embeddings = local
      signature = `${localKind(options.taxonomy)}:${local.signature()}`
    } else {
      embeddings = options.embeddings
      signature = options.embeddings instanceof LocalEmbeddings
        ? `${localKind(options.taxonomy)}:${options.embeddings.signature()}`
        : embedderSignature(options.embeddings)
    }
    if (loaded.meta.signature !== signature) return null
    loaded.store.embeddings = embeddings
    const hashes = loaded.meta.textHashes && typeof loaded.meta.textHashes === 'object'
      ? new Map(Object.entries(loaded.meta.textHashes as Record<string, string>)) : undefined
    return wrap(loaded.store, embeddings, Number(loaded.meta.catalogueVersion), signature, hashes)
  } catch {
    return null
  }
}
