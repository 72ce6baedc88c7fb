/**
 * @module bench/eval/baseline-minisearch
 * The "BM25 alone" baseline of the retrieval eval: MiniSearch (BM25+) over
 * every text column of the catalogue row (title ×2, summary, tags, provider,
 * English fields, and the topic, audience, region and format cells as
 * labels), with the same normalisation and segmentation as our own index.
 * No typo repair, no slots, no vectors, no cut-off: what a plain full-text
 * search would return, so the gap to the real system is what those add.
 */
import MiniSearch from 'minisearch'
import type { Project } from '../../src/catalogue/project.js'
import type { Taxonomy } from '../../src/catalogue/taxonomy.js'
import { segment } from '../../src/text/segment.js'

/** A baseline as runRetrievalEval takes it. */
export interface Baseline {
  name: string
  search: (text: string, k: number) => Promise<string[]>
}

const FORMAT_WORDS = { online: '线上 online', offline: '线下 面授 offline', hybrid: '线上线下 混合 hybrid' } as const

/** Builds the BM25 baseline over the active projects. */
export function createMiniSearchBaseline(projects: readonly Project[], taxonomy: Taxonomy): Baseline {
  const label = (kind: 'topics' | 'audiences', ids: string[]) =>
    ids.map((id) => {
      const e = taxonomy.get(kind, id)
      return e ? `${e.zh} ${e.en}` : id
    }).join(' ')
  const index = new MiniSearch({
    fields: ['title', 'body', 'labels'],
    tokenize: (text) => segment(text),
    processTerm: (term) => term,
    searchOptions: { boost: { title: 2 }, combineWith: 'OR' },
  })
  index.addAll(
    projects
      .filter((p) => p.status === 'active')
      .map((p) => ({
        id: p.id,
        title: [p.title, p.title_en ?? ''].join(' '),
        body: [p.summary, p.summary_en ?? '', p.tags.join(' '), p.provider, ...Object.values(p.extra)].join(' '),
        labels: [label('topics', p.topics), label('audiences', p.audiences), p.region ?? '', FORMAT_WORDS[p.format],
          p.fee === 0 ? '免费 free' : ''].join(' '),
      })),
  )
  return {
    name: 'bm25-minisearch',
    search: async (text, k) => index.search(text).slice(0, k).map((r) => String(r.id)),
  }
}
