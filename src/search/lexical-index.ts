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
import { migrate } from '../db/migrate.js'
import type { CatalogueHook } from '../catalogue/sqlite-catalogue-store.js'
import type { Project } from '../catalogue/project.js'
import type { Taxonomy } from '../catalogue/taxonomy.js'
import { normalizeText } from '../text/normalize.js'
import { segment } from '../text/segment.js'
import { STOP_WORDS, hanBigrams } from './features.js'
import { DEFAULT_TUNING, type Tuning } from './tuning.js'
import { buildLexicalStage, STAGE_MIN_PROJECTS, swapLexicalStage, type LexicalStage } from './lexical-stage.js'

/** The search module's tables, applied with migrate(db, 'search', …). */
export const SEARCH_MIGRATIONS = [
  `CREATE VIRTUAL TABLE search_fts USING fts5(
     id UNINDEXED, title, summary, tags, labels, provider, region, extra, grams,
     tokenize = 'unicode61 remove_diacritics 0');
   CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
   CREATE TABLE search_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // v2: rows keyed by an integer rowid (an UNINDEXED id column made every delete a full scan).
  `DROP TABLE search_vocab;
   DROP TABLE search_fts;
   CREATE VIRTUAL TABLE search_fts USING fts5(
     title, summary, tags, labels, provider, region, extra, grams,
     tokenize = 'unicode61 remove_diacritics 0');
   CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
   CREATE TABLE search_ids (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
   DELETE FROM search_state WHERE key = 'lexical_version';`,
  // v3: per-column vocabulary, so a word's document frequency ignores the bigram column ("教学点" holds the bigram 学点, not the word).
  `CREATE VIRTUAL TABLE search_vocab_col USING fts5vocab(search_fts, 'col');`,
]

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
 * An FTS5 query matching any of `words`, or any Chinese bigram of `unknown`
 * (words the index does not hold, matched against the bigram column).
 */
export function ftsQuery(words: string[], unknown: string[] = []): string | null {
  const quote = (t: string) => `"${t.replace(/"/g, '""')}"`
  const ws = [...new Set(words.map((t) => t.trim()).filter(Boolean))].slice(0, 32)
  // Bigrams never generic ones ("培训"); a 2-character word is its own bigram.
  const grams = [...new Set(unknown.flatMap((w) => hanBigrams(w)))].filter((g) => !STOP_WORDS.has(g)).slice(0, 32)
  const parts = ws.map(quote)
  if (grams.length) parts.push(`grams : (${grams.map(quote).join(' OR ')})`)
  return parts.length ? parts.join(' OR ') : null
}

/** The lexical side of search: a hook for the catalogue store, BM25 queries and a full rebuild. */
export interface LexicalIndex {
  /** Register with `store.addHook`: keeps the table in step inside each import. */
  readonly hook: CatalogueHook
  /** Top `limit` projects for `terms`, best first. */
  search(terms: string[], limit: number, df?: (term: string) => number): LexicalHit[]
  /** About how many indexed projects contain `term` as a word, in their most common column (0 for unknown words). */
  documentFrequency(term: string): number
  /** True when the table reflects this catalogue version (the store's current one). */
  inStep(version: number): boolean
  /** Re-indexes these active projects as catalogue `version` (used at start when out of step). */
  rebuild(active: Project[], version: number): void
}

/** Creates the FTS5 table if needed and returns the index over it. */
export function createLexicalIndex(db: Database, taxonomy: Taxonomy,
  tuning: Pick<Tuning, 'columnWeights' | 'lexicalCommonShare' | 'lexicalCommonMin'> = DEFAULT_TUNING): LexicalIndex {
  // Words in more than this share of the catalogue are left out of the FTS query (they rank little and cost a scan).
  const { columnWeights, lexicalCommonShare, lexicalCommonMin } = tuning
  if (columnWeights.length !== 8 || !columnWeights.every((w) => Number.isFinite(w))) throw new Error('columnWeights needs 8 numbers, one per FTS5 column')
  migrate(db, 'search', SEARCH_MIGRATIONS)
  const rowOf = db.prepare<[string], { rowid: number }>('SELECT rowid FROM search_ids WHERE id = ?')
  const newRow = db.prepare('INSERT INTO search_ids (id) VALUES (?)')
  const dropRow = db.prepare('DELETE FROM search_ids WHERE rowid = ?')
  const delFts = db.prepare('DELETE FROM search_fts WHERE rowid = ?')
  const ins = db.prepare(`INSERT INTO search_fts (rowid, title, summary, tags, labels, provider, region, extra, grams)
    VALUES (@rowid, @title, @summary, @tags, @labels, @provider, @region, @extra, @grams)`)
  const del = {
    run(id: string) {
      const row = rowOf.get(id)
      if (!row) return
      delFts.run(row.rowid)
      dropRow.run(row.rowid)
    },
  }
  const setVersion = db.prepare(`INSERT INTO search_state (key, value) VALUES ('lexical_version', ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
  const getVersion = db.prepare<[], { value: string }>(`SELECT value FROM search_state WHERE key = 'lexical_version'`)
  // Prepared when a hook first runs: only a SQLite catalogue in this same file has the table and calls the hook;
  // a worker on PostgreSQL keeps only the index here.
  let currentVersion: { get(): { version: number } | undefined } | undefined
  const query = db.prepare<[string, number], { id: string; score: number }>(
    `SELECT s.id AS id, -f.score AS score FROM
       (SELECT rowid, bm25(search_fts, ${columnWeights.join(', ')}) AS score FROM search_fts
        WHERE search_fts MATCH ? ORDER BY score LIMIT ?) AS f
     JOIN search_ids AS s ON s.rowid = f.rowid ORDER BY f.score`)

  const vocab = db.prepare<[string], { doc: number | null }>(
    "SELECT MAX(doc) AS doc FROM search_vocab_col WHERE term = ? AND col != 'grams'")

  const countDocs = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM search_ids')
  let docs: number | undefined

  // Columns segmented by prepare(), before the import's transaction, so the write lock is held briefly.
  let prepared = new WeakMap<Project, Record<string, string>>()
  let stage: LexicalStage | null = null
  const put = (p: Project, memo?: Map<string, string>) => {
    docs = undefined
    del.run(p.id)
    if (p.status === 'active') {
      const rowid = Number(newRow.run(p.id).lastInsertRowid)
      ins.run({ rowid, ...(prepared.get(p) ?? lexicalColumns(p, taxonomy, memo)) })
    }
  }

  return {
    hook: {
      prepare(projects, current, removed = []) {
        const memo = new Map<string, string>()
        if (projects.length + removed.length >= STAGE_MIN_PROJECTS) {
          stage = buildLexicalStage(db, current.active(), projects, current.version(), (p) => lexicalColumns(p, taxonomy, memo), removed)
          return
        }
        for (const p of projects) if (p.status === 'active') prepared.set(p, lexicalColumns(p, taxonomy, memo))
      },
      onChange(_db, change) {
        // Prepared lazily: on PostgreSQL the catalogue (and this table) is not in the index's file.
        currentVersion ??= db.prepare<[], { version: number }>('SELECT version FROM catalogue_meta WHERE id = 1')
        const versionBefore = (currentVersion.get()?.version ?? 1) - 1
        const swapped = stage !== null && swapLexicalStage(db, stage, versionBefore, change.upserted, change.removed)
        stage = null
        if (swapped) docs = undefined
        else {
          for (const p of change.upserted) put(p)
          for (const id of change.removed) del.run(id)
        }
        // The store bumps its version before calling hooks, in the same transaction.
        setVersion.run(String(currentVersion.get()?.version ?? 0))
        prepared = new WeakMap()
      },
    },
    search(terms, limit, df = (t) => vocab.get(t)?.doc ?? 0) {
      docs ??= countDocs.get()!.n
      const cap = Math.max(lexicalCommonMin, docs * lexicalCommonShare)
      const withDf = [...new Set(terms)].map((t) => ({ t, df: df(t) }))
      const known = withDf.filter((w) => w.df > 0).sort((a, b) => a.df - b.df)
      let words = known.filter((w) => w.df <= cap).map((w) => w.t)
      if (words.length === 0 && known.length > 0) words = [known[0].t]
      const q = ftsQuery(words, withDf.filter((w) => w.df === 0).map((w) => w.t))
      if (!q) return []
      return query.all(q, limit)
    },
    documentFrequency(term) {
      return vocab.get(term)?.doc ?? 0
    },
    inStep(version) {
      return getVersion.get()?.value === String(version)
    },
    rebuild(active, version) {
      db.transaction(() => {
        db.prepare('DELETE FROM search_fts').run()
        db.prepare('DELETE FROM search_ids').run()
        const memo = new Map<string, string>()
        for (const p of active) put(p, memo)
        setVersion.run(String(version))
      })()
    },
  }
}
