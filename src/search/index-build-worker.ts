/**
 * @module search/index-build-worker
 * Rebuilding the search index after a large import took the bot's event loop
 * for seconds (fitting the local embedder, the HNSW inserts, the typo
 * vocabulary, reading 25,000 rows), so learners' questions stalled. This runs
 * that work in a worker thread: the worker reads the catalogue through its own
 * read-only connection, builds and saves the vector index beside the database,
 * prepares the typo repairer's vocabulary, and hands the active projects back
 * as one transferred buffer of small JSON slices, which the bot parses one
 * slice per turn of its event loop (turning 25,000 rows into objects at once
 * took it over a second); the bot then loads the saved index and swaps it in.
 * On PostgreSQL the worker reads the shared catalogue through its own
 * connection instead (`databaseUrl`), and `dbPath` is only the local cache.
 * The same file is the worker's entry (it runs when started as the worker).
 */
import { runInWorker, serveWorkerJob } from '../db/worker-thread.js'
import type { TaxonomyEntry } from '../catalogue/taxonomy.js'
import type { Project } from '../catalogue/project.js'
import type { PreparedVocabulary } from '../text/repair.js'

/** Catalogues at least this large are re-indexed off the event loop (smaller ones take milliseconds). */
export const OFF_THREAD_MIN_PROJECTS = 2000
/** Projects per JSON slice handed back: parsing one takes the bot some 10-25 ms. */
const SLICE = 400

/** What the worker is asked to build. */
interface BuildJob {
  kind: 'learnfinder-index-build'
  dbPath: string
  /** The shared PostgreSQL catalogue to read instead of the SQLite file at dbPath. */
  databaseUrl?: string
  indexPath: string
  taxonomy: { topics: TaxonomyEntry[]; audiences: TaxonomyEntry[] }
  /** The repairer's words around the catalogue vocabulary (query/repair-words' repairWordParts), to prepare its pinyin. */
  repairWords?: { before: string[]; after: string[] }
}

/**
 * What the worker built: the catalogue version the saved index reflects, the
 * typo vocabulary (and the repairer's prepared form of it), and the active
 * projects as UTF-8 JSON arrays in one buffer (slice i ends at byte `ends[i]`).
 */
export interface OffThreadBuild {
  version: number
  vocabulary: string[]
  preparedRepair?: PreparedVocabulary
  projects: { bytes: Uint8Array; ends: number[] }
}

/** The projects of an {@link OffThreadBuild}, one parsed slice at a time. */
export function* projectSlices(built: OffThreadBuild): Generator<Project[]> {
  const decoder = new TextDecoder()
  let start = 0
  for (const end of built.projects.ends) {
    yield JSON.parse(decoder.decode(built.projects.bytes.subarray(start, end))) as Project[]
    start = end
  }
}

/**
 * Builds the local vector index of the catalogue in `dbPath` in a worker
 * thread and saves it at `indexPath`. Resolves with the version it built.
 */
export function buildIndexOffThread(job: Omit<BuildJob, 'kind'>): Promise<OffThreadBuild> {
  return runInWorker<OffThreadBuild>(import.meta.url, KIND, job)
}

const KIND = 'learnfinder-index-build'

/** The active projects of the shared PostgreSQL catalogue and their version, read so the two agree. */
async function readPostgres(url: string): Promise<{ version: number; projects: Project[] }> {
  const { createPgPool } = await import('../db/postgres.js')
  const { PgCatalogueStore } = await import('../catalogue/pg-catalogue-store.js')
  const pool = createPgPool({ url, max: 1, applicationName: 'learnfinder index build' })
  try {
    const store = new PgCatalogueStore(pool)
    for (;;) {
      // Unchanged version before and after the read: the rows are that version's.
      const version = await store.version()
      const projects = await store.list({ status: 'active' })
      if ((await store.version()) === version) return { version, projects }
    }
  } finally {
    await pool.end()
  }
}

async function runJob(job: BuildJob): Promise<OffThreadBuild> {
  const { Taxonomy } = await import('../catalogue/taxonomy.js')
  const { buildVectorIndex, saveVectorIndex } = await import('./vector-index.js')
  const { catalogueVocabulary } = await import('./catalogue-vocabulary.js')
  const { prepareRepairVocabulary } = await import('../text/repair.js')
  const taxonomy = new Taxonomy(job.taxonomy)
  const { version, projects } = job.databaseUrl ? await readPostgres(job.databaseUrl) : await readSqlite(job.dbPath)
  const index = await buildVectorIndex(projects, version, { taxonomy })
  await saveVectorIndex(index, job.indexPath)
  const vocabulary = catalogueVocabulary(projects)
  const words = job.repairWords
  const preparedRepair = words ? prepareRepairVocabulary([...words.before, ...vocabulary, ...words.after]) : undefined
  return { version, vocabulary, preparedRepair, projects: packSlices(projects) }
}

/** The active projects of the SQLite catalogue at `dbPath` and their version, in one read transaction. */
async function readSqlite(dbPath: string): Promise<{ version: number; projects: Project[] }> {
  const { default: BetterSqlite3 } = await import('better-sqlite3')
  const { SqliteCatalogueStore } = await import('../catalogue/sqlite-catalogue-store.js')
  const db = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true })
  let version: number
  let projects: Project[]
  try {
    // One read transaction: the version and the projects agree.
    ;({ version, active: projects } = await new SqliteCatalogueStore(db).activeSnapshot())
  } finally {
    db.close()
  }
  return { version, projects }
}

/** The projects as JSON slices of {@link SLICE} in one byte array (transferred, not copied). */
function packSlices(projects: Project[]): OffThreadBuild['projects'] {
  const encoder = new TextEncoder()
  const parts: Uint8Array[] = []
  const ends: number[] = []
  let size = 0
  for (let i = 0; i < projects.length; i += SLICE) {
    const part = encoder.encode(JSON.stringify(projects.slice(i, i + SLICE)))
    parts.push(part)
    ends.push((size += part.length))
  }
  const bytes = new Uint8Array(size)
  parts.forEach((part, i) => bytes.set(part, i === 0 ? 0 : ends[i - 1]))
  return { bytes, ends }
}

serveWorkerJob(KIND, runJob, (built) => [built.projects.bytes.buffer as ArrayBuffer])
