/**
 * @module search/lexical-stage
 * A large import re-indexes thousands of projects; written inside the
 * import's transaction that held SQLite's write lock for seconds, and the
 * running bot's own writes (sessions, the query log) failed with "database
 * is locked". Instead the next FTS tables are built beside the live ones in
 * small transactions (segmenting outside them), and the import's transaction
 * only swaps them in by renaming, which takes milliseconds. If anything else
 * wrote the catalogue meanwhile, the swap is refused and the caller indexes
 * inside the transaction as before, so the result is always consistent.
 */
import type { Database } from 'better-sqlite3'
import type { Project } from '../catalogue/project.js'

/** Imports changing at least this many projects are staged; smaller ones are quick enough in the transaction. */
export const STAGE_MIN_PROJECTS = 2000
/** Projects written per staging transaction: the bot waits at most for one of these. */
const CHUNK = 400

const FTS_COLUMNS = 'title, summary, tags, labels, provider, region, extra, grams'

/** A staged FTS index waiting for its import's transaction. */
export interface LexicalStage {
  /** The catalogue version the stage was built against. */
  baseVersion: number
  /** Ids of the projects the import will write (their new text is staged). */
  incoming: Set<string>
  /** Ids a rollback will delete (left out of the stage). */
  removing: Set<string>
}

/**
 * Builds `search_fts_next`/`search_ids_next` holding every active project
 * after the import (or rollback): the live ones it does not touch plus the
 * incoming ones, less the `removed` ones.
 */
export function buildLexicalStage(
  db: Database,
  live: Project[],
  incoming: Project[],
  baseVersion: number,
  columnsOf: (p: Project) => Record<string, string>,
  removed: string[] = [],
): LexicalStage {
  db.exec(`DROP TABLE IF EXISTS search_fts_next; DROP TABLE IF EXISTS search_ids_next;
    CREATE VIRTUAL TABLE search_fts_next USING fts5(${FTS_COLUMNS}, tokenize = 'unicode61 remove_diacritics 0');
    CREATE TABLE search_ids_next (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);`)
  const ids = new Set(incoming.map((p) => p.id))
  const removing = new Set(removed)
  const all = [...live.filter((p) => !ids.has(p.id) && !removing.has(p.id)), ...incoming.filter((p) => p.status === 'active')]
  const newRow = db.prepare('INSERT INTO search_ids_next (id) VALUES (?)')
  const ins = db.prepare(`INSERT INTO search_fts_next (rowid, ${FTS_COLUMNS})
    VALUES (@rowid, @title, @summary, @tags, @labels, @provider, @region, @extra, @grams)`)
  const write = db.transaction((rows: { id: string; cols: Record<string, string> }[]) => {
    for (const r of rows) ins.run({ rowid: Number(newRow.run(r.id).lastInsertRowid), ...r.cols })
  })
  for (let i = 0; i < all.length; i += CHUNK) {
    // Segmenting (the slow part) happens here, outside the write lock.
    write(all.slice(i, i + CHUNK).map((p) => ({ id: p.id, cols: columnsOf(p) })))
  }
  return { baseVersion, incoming: ids, removing }
}

/**
 * Inside the import's transaction: swaps the staged tables in when nothing
 * else wrote since staging (`versionBefore` is the version before this
 * import's bump) and the write changed exactly the staged projects. False: the stage
 * was dropped and the caller must index in the transaction itself.
 */
export function swapLexicalStage(db: Database, stage: LexicalStage, versionBefore: number, upserted: Project[], removed: string[] = []): boolean {
  const fits =
    stage.baseVersion === versionBefore &&
    upserted.length === stage.incoming.size &&
    upserted.every((p) => stage.incoming.has(p.id)) &&
    removed.length === stage.removing.size &&
    removed.every((id) => stage.removing.has(id))
  if (!fits) {
    db.exec('DROP TABLE IF EXISTS search_fts_next; DROP TABLE IF EXISTS search_ids_next;')
    return false
  }
  db.exec(`DROP TABLE IF EXISTS search_vocab_col; DROP TABLE IF EXISTS search_vocab;
    DROP TABLE search_fts; DROP TABLE search_ids;
    ALTER TABLE search_fts_next RENAME TO search_fts;
    ALTER TABLE search_ids_next RENAME TO search_ids;
    CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
    CREATE VIRTUAL TABLE search_vocab_col USING fts5vocab(search_fts, 'col');`)
  return true
}
