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
}

/** What the vector side needs to build or load an index. */
export interface VectorIndexOptions {
  taxonomy: Taxonomy
  /** A configured embedder; undefined means the local one, fitted on the catalogue at each build. */
  embeddings?: Embeddings
  hnsw?: Partial<HnswOptions>
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

function wrap(store: HnswVectorStore, embeddings: Embeddings, version: number, signature: string): VectorIndex {
  const local = embeddings instanceof LocalEmbeddings ? embeddings : null
  return {
    store, embeddings, version, signature,
    embedQuery: async (text) => (local ? local.embed(text) : embeddings.embedQuery(text)),
  }
}

/**
 * Embeds every project and builds a fresh index, yielding to the event loop
 * between slices so searches on the old index keep being answered.
 */
export async function buildVectorIndex(projects: Project[], version: number, options: VectorIndexOptions): Promise<VectorIndex> {
  const texts = projects.map((p) => embeddingText(p, options.taxonomy))
  let embeddings = options.embeddings
  let signature: string
  let fitted: Float32Array[] | null = null
  if (!embeddings || (embeddings instanceof LocalEmbeddings && !embeddings.fitted)) {
    const local = embeddings instanceof LocalEmbeddings ? embeddings : new LocalEmbeddings({ taxonomy: options.taxonomy })
    fitted = local.fitTransform(texts.length ? texts : [''])
    embeddings = local
  }
  if (embeddings instanceof LocalEmbeddings) signature = `${localKind(options.taxonomy)}:${embeddings.signature()}`
  else signature = embedderSignature(embeddings)
  await pause()
  const local = embeddings instanceof LocalEmbeddings ? embeddings : null
  let dims = local?.dimensions ?? 0
  let store: HnswVectorStore | null = null
  const slice = local ? 256 : 64
  for (let i = 0; i < texts.length; i += slice) {
    const batch = texts.slice(i, i + slice)
    const vectors: ArrayLike<number>[] = fitted ? fitted.slice(i, i + slice)
      : local ? batch.map((t) => local.embed(t)) : await embeddings.embedDocuments(batch)
    if (!store) {
      dims ||= vectors[0]?.length ?? 0
      store = new HnswVectorStore(embeddings, { ...options.hnsw, dimensions: dims, capacity: Math.max(16, projects.length) })
    }
    vectors.forEach((v, j) => store!.upsert(projects[i + j].id, v))
    await pause()
  }
  store ??= new HnswVectorStore(embeddings, { ...options.hnsw, dimensions: Math.max(1, dims), capacity: 16 })
  return wrap(store, embeddings, version, signature)
}

/** Saves the index (and the local model, if any) at `path`, atomically. */
export async function saveVectorIndex(index: VectorIndex, path: string): Promise<void> {
  const attachments: Record<string, Buffer> = {}
  if (index.embeddings instanceof LocalEmbeddings) attachments.model = index.embeddings.serialize()
  await index.store.save(path, { catalogueVersion: index.version, signature: index.signature }, attachments)
}

/**
 * Loads the index at `path` if it was built from catalogue `version` with the
 * same embedder; null when it is missing, stale or damaged (then rebuild).
 */
export async function loadVectorIndex(path: string, version: number, options: VectorIndexOptions): Promise<VectorIndex | null> {
  try {
    const placeholder = options.embeddings ?? new LocalEmbeddings({ taxonomy: options.taxonomy })
    const loaded = await HnswVectorStore.load(path, placeholder, options.hnsw)
    if (loaded.meta.catalogueVersion !== version) return null
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
    return wrap(loaded.store, embeddings, version, signature)
  } catch {
    return null
  }
}
