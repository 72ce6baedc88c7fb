/**
 * @module catalogue/catalogue-store
 * The contract for the catalogue, the source of truth the bot recommends
 * from: reading projects, all-or-nothing imports with a plan first, single
 * archives, the history of writes and the undo of the last import, and a
 * version every write bumps so derived indexes know when they are stale.
 * Async, so a shared PostgreSQL implementation can follow the SQLite one
 * (sqlite-catalogue-store.ts) without changing callers; the contract tests
 * in test/contracts/catalogue-store.contract.ts hold every one.
 */
import type { Project } from './project.js'
import type { CatalogueStats } from './store-stats.js'

export type { CatalogueStats } from './store-stats.js'

/** What an import would do (or did), by project id. "archived": archived in the file and not archived before. */
export interface ImportPlan {
  added: string[]
  updated: string[]
  unchanged: string[]
  archived: string[]
}

/** One recorded write: an import, a single archive, or a rollback of an import. */
export interface ImportRecord {
  id: number
  kind: 'import' | 'archive' | 'rollback'
  who: string
  /** ISO time. */
  at: string
  files: string[]
  added: number
  updated: number
  unchanged: number
  archived: number
  /** Projects deleted (only a rollback of an import that added them deletes). */
  removed: number
  /** For a rollback: the import it undid. */
  undoes: number | null
  /** For an import: the rollback that undid it, if any. */
  rolledBackBy: number | null
  /** The catalogue version this write produced. */
  version: number
}

/** Which projects {@link CatalogueStore.list} returns. */
export interface ListFilter {
  topic?: string
  audience?: string
  status?: 'active' | 'archived' | 'all'
}

/** The catalogue; see the module comment. */
export interface CatalogueStore {
  /** The catalogue version: bumped by every write, so derived indexes know when they are stale. */
  version(): Promise<number>
  /** The project with this id, archived or not. */
  get(id: string): Promise<Project | undefined>
  /** Projects in id order; active ones unless `status` says otherwise. */
  list(filter?: ListFilter): Promise<Project[]>
  /** How many projects are active and archived. */
  count(): Promise<{ active: number; archived: number }>
  /** Active projects counted by topic, audience, region (province) and format. */
  stats(): Promise<CatalogueStats>
  /** What importing `projects` would change, without changing anything; UserError on repeated ids. */
  planImport(projects: Project[]): Promise<ImportPlan>
  /** Imports `projects` all or nothing; projects absent from the list are left as they are. */
  applyImport(projects: Project[], meta: { who: string; files: string[] }): Promise<ImportRecord>
  /** Archives one project so it is never recommended again; recorded like an import. UserError for an unknown id. */
  archive(id: string, who: string): Promise<Project>
  /** Recorded writes, newest first. */
  history(limit?: number): Promise<ImportRecord[]>
  /** Undoes the last import not yet rolled back; recorded as a 'rollback'. UserError when there is none. */
  rollbackLast(who: string): Promise<ImportRecord>
}
