/**
 * @module db/open-database
 * Opens the SQLite file that is learnfinder's source of truth, in WAL mode so
 * readers (the bot answering learners) never wait for a writer (an import).
 */
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

/** Where the database lives when neither `--db` nor `LEARNFINDER_DB` says otherwise. */
export const DEFAULT_DB_PATH = 'data/learnfinder.db'

/** Opens (creating if needed) the database at `path`, or an in-memory one for ':memory:'. */
export function openDatabase(path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const db = new BetterSqlite3(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  return db
}

/** The health check's view of the database: 'ok' when it answers a trivial query, else why not. */
export function databaseHealth(db: Database): string {
  try {
    db.prepare('SELECT 1').get()
    return 'ok'
  } catch (err) {
    return (err as Error).message
  }
}

export type { Database }
