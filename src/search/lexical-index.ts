/**
 * @module search/lexical-index
 * BM25 over the catalogue with SQLite FTS5. Text is segmented by our own
 * `segment` before it reaches FTS5 (whose tokenizers know no Chinese words),
 * plus Chinese character bigrams in a low-weight column, so a query still
 * matches when jieba cut it differently from the project. The table is kept
 * in step by a catalogue hook that runs inside the import transaction, so an
 * import and its lexical index commit or roll back together.
 */
import type { Database } from 'better-sqlite3'
import type { CatalogueHook } from '../catalogue/sqlite-catalogue-store.js'
import type { Project } from '../catalogue/project.js'
import type { Taxonomy } from '../catalogue/taxonomy.js'
import { normalizeText } from '../text/normalize.js'
import { segment } from '../text/segment.js'
import { STOP_WORDS, hanBigrams } from './features.js'
import { DEFAULT_TUNING, type Tuning } from './tuning.js'
import { buildLexicalStage, STAGE_MIN_PROJECTS, swapLexicalStage, type LexicalStage } from './lexical-stage.js'
import { FTS_COLUMNS, SqliteLexicalStore } from './sqlite-lexical-store.js'
import { MemoryBm25, type Bm25Phrase } from './memory-bm25.js'
import { stageClock } from './stage-clock.js'

export { SEARCH_MIGRATIONS } from './sqlite-lexical-store.js'

/** One lexical match. */
export interface LexicalHit {
  id: string
  /** BM25 (higher is better). */
  score: number
}

/** The columns of one project, segmented and space-joined, as FTS5 stores them. */
export function lexicalColumns(p: Project, taxonomy: Taxonomy, memo?: Map<string, string>): Record<string, string> {
  // Short cells (providers, regions, labels, tags) repeat across a catalogue: segment each once per rebuild.
  const words = (text: string) => {
    if (!memo || text.length > 40) return segment(text).join(' ')
    let w = memo.get(text)
    if (w === undefined) memo.set(text, (w = segment(text).join(' ')))
    return w
  }
  const labels = [
    ...p.topics.flatMap((id) => { const e = taxonomy.get('topics', id); return e ? [e.zh, e.en] : [id] }),
    ...p.audiences.flatMap((id) => { const e = taxonomy.get('audiences', id); return e ? [e.zh, e.en] : [id] }),
  ]
  const extra = [p.title_en ?? '', p.summary_en ?? '', ...Object.values(p.extra ?? {})].join(' ')
  return {
    title: words(p.title),
    summary: words(p.summary),
    tags: words(p.tags.join(' ')),
    labels: words(labels.join(' ')),
    provider: words(p.provider),
    region: words(p.region ?? ''),
    extra: words(extra),
    grams: hanBigrams(normalizeText(`${p.title} ${p.summary} ${p.tags.join(' ')}`)).join(' '),
  }
}

/**
 * The phrases of a lexical query: each of `words` in any column, each Chinese
 * bigram of `unknown` (words the index does not hold) in the bigram column.
 */
export function queryPhrases(words: string[], unknown: string[] = []): Bm25Phrase[] {
  const ws = [...new Set(words.map((t) => t.trim()).filter(Boolean))].slice(0, 32)
  // Bigrams never generic ones ("培训"); a 2-character word is its own bigram.
  const grams = [...new Set(unknown.flatMap((w) => hanBigrams(w)))].filter((g) => !STOP_WORDS.has(g)).slice(0, 32)
  return [...ws.map((text) => ({ text, column: null })), ...grams.map((text) => ({ text, column: GRAMS_COLUMN }))]
}

/** {@link queryPhrases} as an FTS5 MATCH expression (null when there is none). */
export function ftsQuery(words: string[], unknown: string[] = []): string | null {
  const quote = (t: string) => `"${t.replace(/"/g, '""')}"`
  const phrases = queryPhrases(words, unknown)
  const ws = phrases.filter((p) => p.column === null).map((p) => quote(p.text))
  const grams = phrases.filter((p) => p.column !== null).map((p) => quote(p.text))
  if (grams.length) ws.push(`grams : (${grams.join(' OR ')})`)
  return ws.length ? ws.join(' OR ') : null
}

const GRAMS_COLUMN = FTS_COLUMNS.indexOf('grams')
/** Catalogues up to this many indexed projects are searched from memory ({@link MemoryBm25}); larger ones by FTS5. */
export const MEMORY_BM25_MAX_ROWS = 2000
/** How many searches at one index version FTS5 answers before the in-memory copy is built. */
export const MEMORY_BM25_AFTER_SEARCHES = 8

/** The lexical side of search: a hook for the catalogue store, BM25 queries and a full rebuild. */
export interface LexicalIndex {
  /** Register with `store.addHook`: keeps the table in step inside each import. */
  readonly hook: CatalogueHook
  /** Top `limit` projects for `terms`, best first. */
  search(terms: string[], limit: number, df?: (term: string) => number): LexicalHit[]
  /** About how many indexed projects contain `term` as a word, in their most common column (0 for unknown words). */
  documentFrequency(term: string): number
  /**
   * The version of the SQLite catalogue in this same file, read with the index's own version by one statement; the
   * index then answers from that reading until the current synchronous job ends (a search's version check and its
   * lexical step run in one), so a search pays one read transaction for both instead of two. Undefined when the
   * catalogue has no version row; only for a catalogue stored in this file.
   */
  catalogueVersion(): number | undefined
  /** True when the table reflects this catalogue version (the store's current one). */
  inStep(version: number): boolean
  /** Lets go of what the index holds open beside the connection (the file its version check reads). */
  close(): void
  /** Re-indexes these active projects as catalogue `version` (used at start when out of step). */
  rebuild(active: Project[], version: number): void
}

/** Creates the FTS5 table if needed and returns the index over it. */
export function createLexicalIndex(db: Database, taxonomy: Taxonomy,
  tuning: Pick<Tuning, 'columnWeights' | 'lexicalCommonShare' | 'lexicalCommonMin'> = DEFAULT_TUNING): LexicalIndex {
  // Words in more than this share of the catalogue are left out of the FTS query (they rank little and cost a scan).
  const { columnWeights, lexicalCommonShare, lexicalCommonMin } = tuning
  if (columnWeights.length !== 8 || !columnWeights.every((w) => Number.isFinite(w))) throw new Error('columnWeights needs 8 numbers, one per FTS5 column')
  const rows = new SqliteLexicalStore(db, columnWeights)
  let docs: number | undefined
  // A small index held in memory, for the lexical version it was read at (see MEMORY_BM25_MAX_ROWS).
  let memory: { version: string; index: MemoryBm25 } | null = null
  let ftsServed = { version: '', count: 0 }
  // The index version catalogueVersion() read, held until the job that read it ends (see LexicalIndex.catalogueVersion).
  let holding = false
  let heldVersion: string | undefined
  const release = () => { holding = false }
  /** The in-memory copy of the table, read again when the table changed (here or in another process). */
  const inMemory = (): MemoryBm25 | null => {
    if ((docs ?? 0) > MEMORY_BM25_MAX_ROWS) return null
    const version = holding ? heldVersion : rows.indexedVersion()
    if (version === undefined) return null
    if (memory?.version !== version) {
      // The copy pays off over many searches, not one: FTS5 answers the first few at each version, so a
      // one-question command (`learnfinder ask`) never reads every row to build it.
      if (ftsServed.version !== version) ftsServed = { version, count: 0 }
      if (ftsServed.count++ < MEMORY_BM25_AFTER_SEARCHES) return null
      memory = { version, index: new MemoryBm25(rows.allRows(), columnWeights) }
    }
    return memory.index.size <= MEMORY_BM25_MAX_ROWS ? memory.index : null
  }

  // Columns segmented by prepare(), before the import's transaction, so the write lock is held briefly.
  let prepared = new WeakMap<Project, Record<string, string>>()
  let stage: LexicalStage | null = null
  const put = (p: Project, memo?: Map<string, string>) => {
    docs = undefined
    rows.remove(p.id)
    if (p.status === 'active') rows.insert(p.id, prepared.get(p) ?? lexicalColumns(p, taxonomy, memo))
  }

  return {
    hook: {
      prepare(projects, current, removed = []) {
        const memo = new Map<string, string>()
        if (projects.length + removed.length >= STAGE_MIN_PROJECTS) {
          stage = buildLexicalStage(rows, current.active(), projects, current.version(), (p) => lexicalColumns(p, taxonomy, memo), removed)
          return
        }
        for (const p of projects) if (p.status === 'active') prepared.set(p, lexicalColumns(p, taxonomy, memo))
      },
      onChange(_db, change) {
        // Only a SQLite catalogue in this same file calls the hook (on PostgreSQL the catalogue is elsewhere).
        const versionBefore = (rows.currentCatalogueVersion() ?? 1) - 1
        const swapped = stage !== null && swapLexicalStage(rows, stage, versionBefore, change.upserted, change.removed)
        stage = null
        if (swapped) docs = undefined
        else {
          for (const p of change.upserted) put(p)
          for (const id of change.removed) rows.remove(id)
        }
        // The store bumps its version before calling hooks, in the same transaction.
        rows.recordVersion(rows.currentCatalogueVersion() ?? 0)
        prepared = new WeakMap()
        memory = null
        holding = false
      },
    },
    search(terms, limit, df = (t) => rows.documentFrequency(t)) {
      docs ??= rows.count()
      const cap = Math.max(lexicalCommonMin, docs * lexicalCommonShare)
      const withDf = [...new Set(terms)].map((t) => ({ t, df: df(t) }))
      const known = withDf.filter((w) => w.df > 0).sort((a, b) => a.df - b.df)
      let words = known.filter((w) => w.df <= cap).map((w) => w.t)
      if (words.length === 0 && known.length > 0) words = [known[0].t]
      const unknown = withDf.filter((w) => w.df === 0).map((w) => w.t)
      const small = inMemory()
      stageClock.mark?.('lexical-prep')
      if (small) return small.search(queryPhrases(words, unknown), limit)
      const q = ftsQuery(words, unknown)
      if (!q) return []
      return rows.search(q, limit)
    },
    documentFrequency(term) {
      return rows.documentFrequency(term)
    },
    catalogueVersion() {
      const both = rows.versions()
      if (!holding) queueMicrotask(release)
      holding = true
      heldVersion = both.lexical
      return both.catalogue
    },
    inStep(version) {
      return rows.indexedVersion() === String(version)
    },
    close() {
      rows.close()
    },
    rebuild(active, version) {
      const memo = new Map<string, string>()
      rows.replaceAll(version, () => {
        for (const p of active) put(p, memo)
      })
      memory = null
      holding = false
    },
  }
}
