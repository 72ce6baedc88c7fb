/**
 * @module bench/orama-engine
 * The @orama/orama side of the search bench, in one place so the separate
 * Orama phase and the paired timing (bench/paired-part.ts) ask the same
 * engine: the same active projects and LSA vectors as learnfinder's, text
 * pre-segmented by learnfinder's segmenter, hybrid search with the query
 * embedded by the same embedder.
 */
import type { Project } from '../src/catalogue/project.js'
import type { Taxonomy } from '../src/catalogue/taxonomy.js'

/** A built Orama index over `projects`' active rows: how long the insert took and a search of one text. */
export interface OramaEngine {
  buildMs: number
  active: number
  ask: (text: string) => Promise<unknown>
}

/** Builds the Orama side of the bench over `projects` (the active ones), with learnfinder's segmenter and vectors. */
export async function oramaEngine(projects: Project[], taxonomy: Taxonomy): Promise<OramaEngine> {
  const { create, insertMultiple, search } = await import('@orama/orama')
  const { LocalEmbeddings } = await import('../src/search/local-embeddings.js')
  const { embeddingText } = await import('../src/search/vector-index.js')
  const { segment } = await import('../src/text/segment.js')
  const active = projects.filter((p) => p.status === 'active')
  const emb = new LocalEmbeddings({ taxonomy })
  const vectors = emb.fitTransform(active.map((p) => embeddingText(p, taxonomy)))
  const docs = active.map((p, i) => ({
    id: p.id,
    title: segment(p.title).join(' '),
    body: segment(`${p.summary} ${p.tags.join(' ')} ${p.provider}`).join(' '),
    embedding: Array.from(vectors[i]),
  }))
  const tokenizer = { language: 'chinese', normalizationCache: new Map<string, string>(), tokenize: (raw: string) => raw.split(' ').filter(Boolean) }
  const t = performance.now()
  const db = create({ schema: { id: 'string', title: 'string', body: 'string', embedding: `vector[${emb.dimensions}]` } as const, components: { tokenizer } })
  await insertMultiple(db, docs, 1000)
  const buildMs = performance.now() - t
  const ask = async (q: string) => {
    const vector = Array.from(emb.embed(q))
    return search(db, { mode: 'hybrid', term: segment(q).join(' '), vector: { value: vector, property: 'embedding' }, similarity: 0.1, limit: 5 } as never)
  }
  return { buildMs, active: active.length, ask }
}
