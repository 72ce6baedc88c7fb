/**
 * @module catalogue/open-catalogue
 * What every staff catalogue command starts with: the database at `--db`,
 * its catalogue store, and the name recorded as "who" in the import history.
 */
import { userInfo } from 'node:os'
import { openDatabase, type Database } from '../db/open-database.js'
import { SqliteCatalogueStore } from './sqlite-catalogue-store.js'

/** An open database with its catalogue store; call `close()` when done. */
export interface OpenCatalogue {
  db: Database
  store: SqliteCatalogueStore
  close(): void
}

/** Opens (creating if needed) the database at `path` and its catalogue tables. */
export function openCatalogue(path: string): OpenCatalogue {
  const db = openDatabase(path)
  try {
    const store = new SqliteCatalogueStore(db)
    return { db, store, close: () => db.close() }
  } catch (err) {
    db.close()
    throw err
  }
}

/** Who a CLI write is recorded as: "cli:<login name>" (LEARNFINDER_STAFF overrides it). */
export function cliWho(env: Record<string, string | undefined>): string {
  if (env.LEARNFINDER_STAFF?.trim()) return env.LEARNFINDER_STAFF.trim()
  try {
    return `cli:${userInfo().username}`
  } catch {
    return 'cli'
  }
}
