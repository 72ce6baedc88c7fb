/**
 * @module cli/open-catalogue-for-write
 * The catalogue a staff command works on: the SQLite file at `--db`, or the
 * shared PostgreSQL database when DATABASE_URL is set (app-stores.ts picks).
 * On SQLite, writes (import, archive, rollback) keep the FTS5 lexical index
 * in step inside the same transaction as the catalogue change, exactly as the
 * running bot does, so search never sees one without the other. On
 * PostgreSQL each worker rebuilds its index when the catalogue version moves.
 * The catalogue module knows nothing of search; this wiring does.
 */
import { loadConfig } from '../config.js'
import type { CatalogueStore } from '../catalogue/catalogue-store.js'
import { SqliteCatalogueStore } from '../catalogue/sqlite-catalogue-store.js'
import { loadTaxonomy, type Taxonomy } from '../catalogue/taxonomy.js'
import { createLexicalIndex } from '../search/lexical-index.js'
import { openStores } from '../app-stores.js'
import type { Database } from '../db/open-database.js'

/** A catalogue store and how to let go of it. */
export interface CliCatalogue {
  store: CatalogueStore
  /** The SQLite file (catalogue and lexical index) when on SQLite; absent on PostgreSQL. */
  db?: Database
  close(): Promise<void>
}

/** Opens the catalogue for reading (list, show, stats, history, export, a dry run). */
export async function openCatalogueForRead(dbPath: string, env: Record<string, string | undefined>): Promise<CliCatalogue> {
  const stores = await openStores(loadConfig(env), { dbPath })
  return { store: stores.catalogue, close: () => stores.close() }
}

/** Opens the catalogue with, on SQLite, the lexical index hooked into every write. */
export async function openCatalogueForWrite(
  dbPath: string,
  env: Record<string, string | undefined>,
  taxonomy: Taxonomy = loadTaxonomy(),
): Promise<CliCatalogue> {
  const stores = await openStores(loadConfig(env), { dbPath })
  try {
    const store = stores.catalogue
    if (stores.sqlite && store instanceof SqliteCatalogueStore) {
      const lexical = createLexicalIndex(stores.sqlite, taxonomy)
      const version = await store.version()
      if (!lexical.inStep(version)) lexical.rebuild(await store.list({ status: 'active' }), version)
      store.addHook(lexical.hook)
    }
    return { store, db: stores.sqlite, close: () => stores.close() }
  } catch (err) {
    await stores.close()
    throw err
  }
}
