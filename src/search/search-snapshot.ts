/**
 * @module search/search-snapshot
 * One catalogue snapshot the search service answers from: the project table, the vector index, an understander
 * over the snapshot's vocabulary, and the memos that are only true while the snapshot lives. Building one (here on
 * the thread for a small catalogue, in a worker for a large one) and warming a large one up before it is swapped
 * in sit here; create-search-service keeps the swapping, the write hook and the requests.
 */
import type { Embeddings } from '@langchain/core/embeddings'
import type { CatalogueStore } from '../catalogue/catalogue-store.js'
import type { Project } from '../catalogue/project.js'
import type { Regions } from '../catalogue/regions.js'
import type { Taxonomy } from '../catalogue/taxonomy.js'
import { createQueryUnderstander } from '../query/understand.js'
import { repairWordParts } from '../query/repair-words.js'
import type { RelatedWords } from '../query/related-words.js'
import type { Understanding } from '../query/types.js'
import type { PreparedVocabulary } from '../text/repair.js'
import { ProjectTable } from './project-table.js'
import { buildVectorIndex, loadVectorIndex, type VectorIndex, type VectorIndexOptions } from './vector-index.js'
import { LocalEmbeddings } from './local-embeddings.js'
import { catalogueVocabulary } from './catalogue-vocabulary.js'
import { buildIndexOffThread, OFF_THREAD_MIN_PROJECTS, projectSlices } from './index-build-worker.js'
import { plainCopy, RecentMemo } from './recent-memo.js'
import type { LexicalHit } from './lexical-index.js'
import { withCatalogueTopic } from './topic-evidence.js'
import { createRegionResolver } from './slot-match.js'

/** Lets waiting requests in between slices of work. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

/** What one snapshot holds; a new catalogue version gets a new one, swapped in with one assignment. */
export interface Snapshot {
  table: ProjectTable
  vectors: VectorIndex
  understand: (text: string) => Understanding
  /** Whether the vectors were built (to be saved) rather than loaded. */
  built: boolean
  /** How many warm-up messages it answered before it went live. */
  warmed: number
  /** Document frequencies of query words: asked several times per search, and the same words come again and again. */
  df: Map<string, number>
  lexicalHits: RecentMemo<LexicalHit[]>
  queryVectors: RecentMemo<Promise<ArrayLike<number>>>
  /** The local embedder's query vectors (see VectorIndex.embedNow). */
  localVectors: RecentMemo<ArrayLike<number>>
}

/** What snapshots are built from; fixed for the service's life except the related words staff may change. */
export interface SnapshotSource {
  store: CatalogueStore
  taxonomy: Taxonomy
  regions?: Regions
  today: () => Date
  relatedWords: () => RelatedWords
  /** Entries each memo keeps; 0 remembers nothing (the bench's first-sight figures), undefined the default. */
  memoLimit?: number
  dbPath: string
  databaseUrl?: string
  indexPath: string
  /** False for a ':memory:' index: nothing is loaded from or saved to disk. */
  persist: boolean
  embeddings?: Embeddings
  vectorOptions: VectorIndexOptions
  isClosed: () => boolean
}

/**
 * The builders of snapshots over `src`.
 *
 * @example const snapshots = snapshotMaker(src); let live = await snapshots.build(version, active, null)
 */
export function snapshotMaker(src: SnapshotSource) {
  const { taxonomy, today, memoLimit, persist, indexPath, vectorOptions } = src

  /**
   * The understander over this vocabulary, remembering recent messages per China date (time words such as
   * 下个月 depend on it). Each caller gets its own copy, so no caller can change what the next one is given.
   */
  const understander = (table: ProjectTable, vocabulary: string[], preparedRepair?: PreparedVocabulary) => {
    const words = createQueryUnderstander({ taxonomy, regions: src.regions, today, vocabulary, relatedWords: src.relatedWords(), preparedRepair })
    // A subject said in words no reader knows gets its topic from the catalogue's own text (search/topic-evidence).
    const understand = withCatalogueTopic(table, words,
      (w) => taxonomy.resolve('topics', w) !== null || taxonomy.namesWholeTopic(w) || taxonomy.isFamilyWord(w), createRegionResolver(src.regions))
    const memo = new RecentMemo<Understanding>(memoLimit)
    // Nothing remembered (memo off): nothing to key, and no one else holds the answer, so no copy either.
    if (memoLimit === 0) return understand
    // The China date changes on the hour (UTC+8): formatted once an hour, not once a message.
    let hour = NaN
    let day = ''
    return (text: string): Understanding => {
      const ms = today().getTime()
      if (Math.floor(ms / 3600_000) !== hour) {
        hour = Math.floor(ms / 3600_000)
        day = new Date(ms + 8 * 3600_000).toISOString().slice(0, 10)
      }
      return plainCopy(memo.get(`${day}\u0000${text}`, () => understand(text)))
    }
  }
  /** The memos a snapshot keeps beside its table and index: see search/recent-memo. A new snapshot starts new ones. */
  const memos = () => ({ df: new Map<string, number>(), lexicalHits: new RecentMemo<LexicalHit[]>(memoLimit), queryVectors: new RecentMemo<Promise<ArrayLike<number>>>(memoLimit),
    localVectors: new RecentMemo<ArrayLike<number>>(memoLimit) })

  /** A snapshot of these active projects, here on the thread: vectors reused, loaded from disk, or built. */
  const build = async (version: number, projects: Project[], previous: VectorIndex | null): Promise<Snapshot> => {
    const table = new ProjectTable(projects, version, taxonomy)
    let vectors = previous?.version === version ? previous : null
    if (!vectors && persist) vectors = await loadVectorIndex(indexPath, version, vectorOptions)
    let built = false
    if (!vectors) {
      // A configured embedder re-sends only changed projects: start from the last saved index, whatever its version.
      const base = previous ?? (persist && src.embeddings && !(src.embeddings instanceof LocalEmbeddings)
        ? await loadVectorIndex(indexPath, null, vectorOptions) : null)
      vectors = await buildVectorIndex([...table.byId.values()], version, vectorOptions, base)
      built = true
    }
    return { table, vectors, understand: understander(table, catalogueVocabulary(projects)), built, warmed: 0, ...memos() }
  }

  // A large catalogue's local index is rebuilt in a worker thread, so learners are answered meanwhile: it reads the
  // rows, builds and saves the vectors, and prepares the typo vocabulary; here only slices of cheap work remain.
  /** The next snapshot built off the thread, or null when the catalogue is small, the embedder remote, or the index in memory. */
  const buildOffThread = async (): Promise<Snapshot | null> => {
    if (!persist || src.embeddings || (await src.store.count()).active < OFF_THREAD_MIN_PROJECTS) return null
    for (let attempt = 0; attempt < 3 && !src.isClosed(); attempt++) {
      const repairWords = repairWordParts({ taxonomy, regions: src.regions, relatedWords: src.relatedWords() })
      const built = await buildIndexOffThread({ dbPath: src.dbPath, databaseUrl: src.databaseUrl, indexPath, taxonomy: { topics: taxonomy.topics, audiences: taxonomy.audiences }, repairWords })
      if (built.version !== (await src.store.version())) continue // written again meanwhile: build once more
      const vectors = await loadVectorIndex(indexPath, built.version, vectorOptions)
      if (!vectors) return null
      // One slice of projects per turn of the event loop: waiting learners get in between.
      const table = new ProjectTable([], built.version, taxonomy)
      for (const slice of projectSlices(built)) {
        await pause()
        table.add(slice)
      }
      await pause()
      return { table, vectors, understand: understander(table, built.vocabulary, built.preparedRepair), built: false, warmed: 0, ...memos() }
    }
    return null
  }

  /** The same snapshot understanding with the related words as they are now (staff added a word). */
  const withNewWords = (snap: Snapshot): Snapshot => ({ ...snap, understand: understander(snap.table, catalogueVocabulary([...snap.table.byId.values()])) })

  return { build, buildOffThread, withNewWords }
}

/**
 * Messages a new large snapshot answers once before it is swapped in. Its first answers cost far more than later
 * ones (its understander and memos are new, V8 has no feedback for them yet, its words' frequencies are unread):
 * 0.1-0.5 s at 25,000 projects. Paid here, one message per turn of the event loop, no learner waits for them.
 * They cover the paths a message takes: Chinese topic, audience, place, format and fee words, and English.
 */
const WARM_UP_TEXTS = ['我想学用智能手机', '有没有适合老年人的免费线上课', '南昌的电工培训', '农民工 职业技能 线下', 'free elderly care classes online']

/** Answers the warm-up messages on a snapshot not yet live; a failure here is the live search's to meet, not this one's. */
export async function warmUp(snap: Snapshot, answer: (text: string) => Promise<unknown>, isClosed: () => boolean): Promise<void> {
  for (const text of WARM_UP_TEXTS) {
    await pause()
    if (isClosed()) return
    try {
      await answer(text)
      snap.warmed++
    } catch {
      // Only a warm-up: the same message from a learner would meet the same failure and handle it there.
    }
  }
}
