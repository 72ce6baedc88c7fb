/**
 * @module search/index-build-worker
 * Rebuilding the search index after a large import took the bot's event loop
 * for seconds (fitting the local embedder, the HNSW inserts, the typo
 * vocabulary), so learners' questions stalled. This runs that work in a
 * worker thread: the worker reads the catalogue through its own read-only
 * connection, builds and saves the vector index beside the database, and
 * returns the vocabulary; the bot then loads the saved index and swaps it in.
 * On PostgreSQL the worker reads the shared catalogue through its own
 * connection instead (`databaseUrl`), and `dbPath` is only the local cache.
 * The same file is the worker's entry (it runs when started as the worker).
 */
import { Worker, parentPort, workerData } from 'node:worker_threads'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { dirname, join } from 'node:path'
import type { TaxonomyEntry } from '../catalogue/taxonomy.js'
import type { Project } from '../catalogue/project.js'

/** Catalogues at least this large are re-indexed off the event loop (smaller ones take milliseconds). */
export const OFF_THREAD_MIN_PROJECTS = 2000

/** What the worker is asked to build. */
interface BuildJob {
  kind: 'learnfinder-index-build'
  dbPath: string
  /** The shared PostgreSQL catalogue to read instead of the SQLite file at dbPath. */
  databaseUrl?: string
  indexPath: string
  taxonomy: { topics: TaxonomyEntry[]; audiences: TaxonomyEntry[] }
}

/** What the worker built: the catalogue version the saved index reflects, and the typo vocabulary. */
export interface OffThreadBuild {
  version: number
  vocabulary: string[]
}

/**
 * Builds the local vector index of the catalogue in `dbPath` in a worker
 * thread and saves it at `indexPath`. Resolves with the version it built.
 */
export function buildIndexOffThread(job: Omit<BuildJob, 'kind'>): Promise<OffThreadBuild> {
  // The worker runs TypeScript like the CLI does: tsx is registered first, then this file is imported.
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'))
  const tsx = pathToFileURL(join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href
  const self = pathToFileURL(fileURLToPath(import.meta.url)).href
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self)}) })`
  const worker = new Worker(boot, { eval: true, workerData: { ...job, kind: 'learnfinder-index-build' } satisfies BuildJob })
  return new Promise((resolve, reject) => {
    worker.once('message', (m: OffThreadBuild | { error: string }) => {
      if ('error' in m) reject(new Error(m.error))
      else resolve(m)
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the index worker stopped (exit ${code}) before it finished`)))
  })
}

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
  const taxonomy = new Taxonomy(job.taxonomy)
  const { version, projects } = job.databaseUrl ? await readPostgres(job.databaseUrl) : await readSqlite(job.dbPath)
  const index = await buildVectorIndex(projects, version, { taxonomy })
  await saveVectorIndex(index, job.indexPath)
  return { version, vocabulary: catalogueVocabulary(projects) }
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

const job = workerData as BuildJob | undefined
if (parentPort && job?.kind === 'learnfinder-index-build') {
  runJob(job).then(
    (built) => parentPort!.postMessage(built),
    (err: Error) => parentPort!.postMessage({ error: err.message }),
  )
}
