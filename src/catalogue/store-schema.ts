/**
 * @module catalogue/store-schema
 * The catalogue's tables and the one canonical JSON form of a project.
 * Comparing canonical JSON is how an import tells "unchanged" from
 * "updated", so the form must not depend on key order in the source file.
 */
import type { Migration } from '../db/migrate.js'
import { UserError } from '../errors.js'
import { PROJECT_FIELDS, type Project } from './project.js'

/** The catalogue module's migrations, applied with migrate(db, 'catalogue', …). */
export const CATALOGUE_MIGRATIONS: readonly Migration[] = [
  `CREATE TABLE projects (
     id TEXT PRIMARY KEY,
     data TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('active', 'archived')),
     format TEXT NOT NULL,
     region TEXT,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX projects_status ON projects (status);
   CREATE INDEX projects_format ON projects (format);
   CREATE TABLE catalogue_meta (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     version INTEGER NOT NULL
   );
   INSERT INTO catalogue_meta (id, version) VALUES (1, 0);
   CREATE TABLE imports (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     kind TEXT NOT NULL CHECK (kind IN ('import', 'archive', 'rollback')),
     who TEXT NOT NULL,
     at TEXT NOT NULL,
     files TEXT NOT NULL,
     added INTEGER NOT NULL DEFAULT 0,
     updated INTEGER NOT NULL DEFAULT 0,
     unchanged INTEGER NOT NULL DEFAULT 0,
     archived INTEGER NOT NULL DEFAULT 0,
     removed INTEGER NOT NULL DEFAULT 0,
     undoes INTEGER REFERENCES imports (id),
     rolled_back_by INTEGER REFERENCES imports (id),
     version INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE import_undo (
     import_id INTEGER NOT NULL REFERENCES imports (id),
     project_id TEXT NOT NULL,
     before TEXT,
     PRIMARY KEY (import_id, project_id)
   ) WITHOUT ROWID;`,
]

/** The project as canonical JSON: spec field order, missing optional fields as null, extra keys sorted. */
export function canonicalJson(p: Project): string {
  const out: Record<string, unknown> = {}
  for (const f of PROJECT_FIELDS) out[f] = p[f] ?? (f === 'tags' ? [] : null)
  const extra = p.extra ?? {}
  out.extra = Object.fromEntries(Object.keys(extra).sort().map((k) => [k, extra[k]]))
  return JSON.stringify(out)
}

/** A row of the imports table as the database holds it. */
export interface ImportRow {
  id: number
  kind: 'import' | 'archive' | 'rollback'
  who: string
  at: string
  files: string
  added: number
  updated: number
  unchanged: number
  archived: number
  removed: number
  undoes: number | null
  rolled_back_by: number | null
  version: number
}

/** Refuses an import that names one id twice (both stores check it before anything is written). */
export function checkUniqueIds(projects: Project[]): void {
  const seen = new Set<string>()
  const dups = new Set<string>()
  for (const p of projects) (seen.has(p.id) ? dups : seen).add(p.id)
  if (dups.size) {
    const ids = [...dups].slice(0, 20).join(', ')
    throw new UserError(`the same id appears more than once: ${ids}; every project needs its own id`, [], { key: 'catalogue.ids_repeated', vars: { ids } })
  }
}
