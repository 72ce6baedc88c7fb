/**
 * @module search/create-search-service
 * Wires the search side together: the FTS5 index (kept in step by a catalogue
 * hook), the vector index (loaded from beside the database when it matches
 * the catalogue version, else built), the query understander, and the
 * ranking. When the catalogue changes, a new table and vector index are built
 * in the background (search/search-snapshot) and swapped in with one
 * assignment; searches meanwhile are answered from the old ones.
 */
import type { Embeddings } from '@langchain/core/embeddings'
import type { Database } from 'better-sqlite3'
import type { SqliteCatalogueStore } from '../catalogue/sqlite-catalogue-store.js'
import type { CatalogueStore } from '../catalogue/catalogue-store.js'
import type { Project } from '../catalogue/project.js'
import type { Regions } from '../catalogue/regions.js'
import type { Taxonomy } from '../catalogue/taxonomy.js'
import { isDictionaryWord } from '../text/segment.js'
import { loadRelatedWords, type RelatedWords } from '../query/related-words.js'
import type { Understanding } from '../query/types.js'
import { hasAnySlot } from '../query/slots.js'
import { retrieve, type RetrieverParts } from './hybrid-retriever.js'
import { suggestions } from './suggestions.js'
import { DEFAULT_TUNING, type Tuning } from './tuning.js'
import { untaughtOf } from './untaught-subject.js'
import { createLexicalIndex } from './lexical-index.js'
import { createRegionResolver, hasHardFilter } from './slot-match.js'
import type { SearchRequest, SearchResult, SearchService } from './types.js'
import { saveVectorIndex } from './vector-index.js'
import { OFF_THREAD_MIN_PROJECTS } from './index-build-worker.js'
import { snapshotMaker, warmUp, type Snapshot } from './search-snapshot.js'
import { stageClock } from './stage-clock.js'

/** Everything the search service needs; see {@link createSearchService}. */
export interface SearchServiceDeps {
  db: Database
  /**
   * The catalogue. A SqliteCatalogueStore on `db` keeps the lexical index in
   * step inside its writes (a hook); any other store (PostgreSQL) is followed
   * by its version, and `db` is then this worker's local cache of the index.
   */
  store: CatalogueStore | SqliteCatalogueStore
  taxonomy: Taxonomy
  regions?: Regions
  /** The PostgreSQL URL of `store`, when it is there: a large catalogue's index is then built off-thread from it. */
  databaseUrl?: string
  /** Default: the local offline embedder, fitted on the catalogue. */
  embeddings?: Embeddings
  /** Where the vector index lives; default `${dbPath}.hnsw`, in memory only for a ':memory:' database. */
  indexPath?: string
  today?: () => Date
  tuning?: Partial<Tuning>
  /** Everyday words → the catalogue's words; default: knowledge/related-words.yaml, read once here. */
  relatedWords?: RelatedWords
  /**
   * Whether recent messages' understanding, query vector and FTS5 hits are remembered (default true).
   * The bench and the profile turn it off to time a message seen for the first time.
   */
  rememberRecent?: boolean
}

/** The search service plus what the eval, the bench and tests look at. */
export interface HybridSearchService extends SearchService {
  /** The vectors-only baseline: nearest active projects to the text, no slots, no floor. */
  vectorOnly(text: string, k: number): Promise<string[]>
  /** Catalogue version the live indexes reflect. */
  indexedVersion(): number
  /** Whether the live vector index was loaded from disk or built (the last time it changed). */
  vectorIndexSource(): 'loaded' | 'built'
  /** How many warm-up messages the live snapshot answered before it was swapped in (0 for a small catalogue). */
  warmedUp(): number
  /** The refresh in progress, if any (tests await it). */
  pendingRefresh(): Promise<void> | null
  /** Replaces the related-words table (staff added a word): the next message is understood with it. */
  setRelatedWords(related: RelatedWords): void
  /**
   * The active projects learners can be shown now (the live table less those archived since), from memory:
   * the bot's periodic notices read these instead of the whole catalogue from the database each minute.
   */
  activeProjects(): Project[]
}

export { catalogueVocabulary } from './catalogue-vocabulary.js'

/**
 * Opens hybrid search over the catalogue in `deps.db`.
 *
 * @example
 * const search = await createSearchService({ db, store, taxonomy, regions })
 * const { hits } = await search.search({ text: '退休了想学用手机挂号', k: 3 })
 */
export async function createSearchService(deps: SearchServiceDeps): Promise<HybridSearchService> {
  const { db, store, taxonomy } = deps
  const memoLimit = deps.rememberRecent === false ? 0 : undefined
  const tuning: Tuning = { ...DEFAULT_TUNING, ...deps.tuning }
  const lexical = createLexicalIndex(db, taxonomy, tuning)
  let closed = false
  // The store has no removeHook: after close() this hook does nothing, and the index is re-checked at the next start.
  // Projects archived or deleted since the live table was read: never returned, even before the refresh swaps it.
  const gone = new Set<string>()
  let forgetLexicalHits = () => {}
  if ('addHook' in store) store.addHook({
    onChange: (hookDb, change) => {
      if (closed) return
      lexical.hook.onChange(hookDb, change)
      forgetLexicalHits() // the index changed under the snapshot: ask FTS5 again
      for (const p of change.upserted) (p.status === 'active' ? gone.delete(p.id) : gone.add(p.id))
      for (const id of change.removed) gone.add(id)
    },
  })
  /** The active rows and their version, read once per index build. */
  const readCatalogue = async () => {
    const version = await store.version()
    return { version, active: await store.list({ status: 'active' }) }
  }
  // A SQLite catalogue on this connection: its version is read with the lexical index's, one statement per search.
  const catalogueVersion = 'usesConnection' in store && store.usesConnection(db)
    ? async () => lexical.catalogueVersion() ?? store.version() : () => store.version()
  const first = await readCatalogue()
  if (!lexical.inStep(first.version)) lexical.rebuild(first.active, first.version)
  const dbPath = (db as unknown as { name?: string }).name ?? ':memory:'
  const indexPath = deps.indexPath ?? (dbPath === ':memory:' || dbPath === '' ? ':memory:' : `${dbPath}.hnsw`)
  const persist = indexPath !== ':memory:'
  const vectorOptions = { taxonomy, embeddings: deps.embeddings, local: { conceptWeight: tuning.conceptWeight, bigramWeight: tuning.bigramWeight } }
  const resolveRegion = createRegionResolver(deps.regions)
  const today = deps.today ?? (() => new Date())
  let relatedWords = deps.relatedWords ?? loadRelatedWords()
  const snapshots = snapshotMaker({
    store, taxonomy, regions: deps.regions, today, relatedWords: () => relatedWords, memoLimit, dbPath, databaseUrl: deps.databaseUrl,
    indexPath, persist, embeddings: deps.embeddings, vectorOptions, isClosed: () => closed,
  })

  let live = await snapshots.build(first.version, first.active, null)
  forgetLexicalHits = () => live.lexicalHits.clear()
  if (live.built && persist) await saveVectorIndex(live.vectors, indexPath)
  let refreshing: Promise<void> | null = null

  // One set of parts per snapshot (a new catalogue version or related-words table is a new snapshot).
  const partsOf = new WeakMap<Snapshot, RetrieverParts>()
  const parts = (snap: Snapshot = live): RetrieverParts => {
    let made = partsOf.get(snap)
    if (!made) partsOf.set(snap, (made = makeParts(snap)))
    return made
  }
  const makeParts = (snap: Snapshot): RetrieverParts => {
    const df = (term: string) => {
      let n = snap.df.get(term)
      if (n === undefined) snap.df.set(term, (n = lexical.documentFrequency(term)))
      return n
    }
    const embedQuery = (text: string) => snap.queryVectors.get(text, () => {
      const vector = snap.vectors.embedQuery(text)
      vector.catch(() => snap.queryVectors.delete(text)) // a remote embedder's failure is not remembered
      return vector
    })
    const embedNow = snap.vectors.embedNow
    return {
      table: snap.table,
      lexical: {
        ...lexical,
        documentFrequency: df,
        // With the memo off (the bench's first sight) no key is built for it.
        search: (terms, limit) => memoLimit === 0 ? lexical.search(terms, limit, df)
          : snap.lexicalHits.get(`${limit}\u0000${terms.join('\u0000')}`, () => lexical.search(terms, limit, df)),
      },
      vectors: { ...snap.vectors, embedQuery, embedNow: embedNow && ((text) => snap.localVectors.get(text, () => embedNow(text))) },
      resolveRegion,
      // Every project of the snapshot's table was active when it was read; the write hook names those archived since.
      isActive: (id) => snap.table.byId.has(id) && !gone.has(id),
      isPlace: deps.regions ? (word) => deps.regions!.resolve(word) !== null : undefined,
      keepsNeed: (word) => taxonomy.isFamilyWord(word),
      familyWordIn: (phrase) => taxonomy.familyWordsIn(phrase)[0] ?? null,
      topicTerm: (word) => (taxonomy.namesWholeTopic(word) || taxonomy.isFamilyWord(word) ? 'label' : taxonomy.resolve('topics', word) ? 'synonym' : null),
    }
  }

  const refresh = (): Promise<void> => {
    if (refreshing) return refreshing
    if (closed) return Promise.resolve()
    refreshing = (async () => {
      try {
        for (;;) {
          const version = await store.version()
          if (closed || version === live.table.version) return
          // A large catalogue is indexed in a worker (it reads the rows itself); otherwise here.
          let next = await snapshots.buildOffThread()
          if (!next) {
            const { version: v, active } = await readCatalogue()
            if (!lexical.inStep(v)) lexical.rebuild(active, v)
            next = await snapshots.build(v, active, live.vectors)
          } else if (!lexical.inStep(next.table.version)) {
            lexical.rebuild([...next.table.byId.values()], next.table.version)
          }
          const snap = next
          if (snap.table.byId.size >= OFF_THREAD_MIN_PROJECTS) await warmUp(snap, (text) => retrieve(parts(snap), snap.understand(text), { k: 3, exclude: [] }, tuning), () => closed)
          if (closed) return
          live = next // the swap: one assignment, searches after it see the new table and index together
          for (const id of gone) if (!next.table.byId.has(id)) gone.delete(id) // the new table already lacks it
          if (next.built && persist) await saveVectorIndex(next.vectors, indexPath)
        }
      } finally {
        refreshing = null
      }
    })()
    return refreshing
  }

  const understandRequest = (request: SearchRequest): Understanding => {
    const u = request.understanding?.text === request.text ? request.understanding : live.understand(request.text ?? '')
    return request.slots ? { ...u, slots: request.slots, vague: u.vague && !hasHardFilter(request.slots) } : u
  }

  return {
    understand: (text) => live.understand(text),
    async search(request: SearchRequest): Promise<SearchResult> {
      // Writes from another process (the CLI) fire no hook: look at the version, and refresh in the background.
      if (!refreshing && !closed) void catalogueVersion().then((v) => (v !== live.table.version ? refresh() : undefined)).catch(() => undefined)
      stageClock.mark?.('version')
      const u = understandRequest(request)
      stageClock.mark?.('understanding')
      const k = Math.max(1, request.k ?? 3)
      const exclude = request.exclude ?? []
      if (u.vague && !hasAnySlot(u.slots)) {
        return { understanding: u, hits: suggestions(parts(), k, exclude, today().toISOString().slice(0, 10)) }
      }
      const hits = await retrieve(parts(), u, { k, exclude }, tuning)
      const untaught = hits.length ? null : untaughtOf(parts(), u, tuning)
      return { understanding: u, hits, ...(untaught ? { untaught } : {}) }
    },
    refresh,
    close() {
      closed = true
      lexical.close()
    },
    async vectorOnly(text: string, k: number): Promise<string[]> {
      const v = live.vectors
      const q = await v.embedQuery(text)
      return v.store.searchIds(q, k, (id) => live.table.byId.has(id)).map((h) => h.id)
    },
    indexedVersion: () => live.table.version,
    vectorIndexSource: () => (live.built ? 'built' : 'loaded'),
    warmedUp: () => live.warmed,
    pendingRefresh: () => refreshing,
    activeProjects: () => {
      const out: Project[] = []
      for (const p of live.table.byId.values()) if (!gone.has(p.id)) out.push(p)
      return out
    },
    setRelatedWords(related) {
      relatedWords = related
      live = snapshots.withNewWords(live)
    },
  }
}

/**
 * The vectors-only baseline the eval compares against: `(text, k) → ids`.
 *
 * @example const baseline = vectorOnlySearch(service); await baseline('学用手机', 3)
 */
export function vectorOnlySearch(service: HybridSearchService): (text: string, k: number) => Promise<string[]> {
  return (text, k) => service.vectorOnly(text, k)
}
