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
import type { Project } from '../catalogue/project.js'
import type { LexicalColumns, SqliteLexicalStore } from './sqlite-lexical-store.js'

/** Imports changing at least this many projects are staged; smaller ones are quick enough in the transaction. */
export const STAGE_MIN_PROJECTS = 2000
/** Projects written per staging transaction: the bot waits at most for one of these. */
const CHUNK = 400

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
  rows: SqliteLexicalStore,
  live: Project[],
  incoming: Project[],
  baseVersion: number,
  columnsOf: (p: Project) => LexicalColumns,
  removed: string[] = [],
): LexicalStage {
  rows.startStage()
  const ids = new Set(incoming.map((p) => p.id))
  const removing = new Set(removed)
  const all = [...live.filter((p) => !ids.has(p.id) && !removing.has(p.id)), ...incoming.filter((p) => p.status === 'active')]
  for (let i = 0; i < all.length; i += CHUNK) {
    // Segmenting (the slow part) happens here, outside the write lock.
    rows.writeStage(all.slice(i, i + CHUNK).map((p) => ({ id: p.id, cols: columnsOf(p) })))
  }
  return { baseVersion, incoming: ids, removing }
}

/**
 * Inside the import's transaction: swaps the staged tables in when nothing
 * else wrote since staging (`versionBefore` is the version before this
 * import's bump) and the write changed exactly the staged projects. False: the stage
 * was dropped and the caller must index in the transaction itself.
 */
export function swapLexicalStage(rows: SqliteLexicalStore, stage: LexicalStage, versionBefore: number, upserted: Project[], removed: string[] = []): boolean {
  const fits =
    stage.baseVersion === versionBefore &&
    upserted.length === stage.incoming.size &&
    upserted.every((p) => stage.incoming.has(p.id)) &&
    removed.length === stage.removing.size &&
    removed.every((id) => stage.removing.has(id))
  if (!fits) {
    rows.dropStage()
    return false
  }
  rows.swapInStage()
  return true
}
