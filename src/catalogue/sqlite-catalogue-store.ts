/**
 * @module catalogue/sqlite-catalogue-store
 * The {@link CatalogueStore} in SQLite: the source of truth the bot recommends
 * from. Every write (import, archive, rollback) is one transaction that also
 * bumps the catalogue version, records who did it and what it replaced (so it
 * can be undone), and runs the registered hooks, which is how the search side
 * keeps its own tables in the same database in step without a second write.
 */
import type { Database } from 'better-sqlite3'
import { UserError } from '../errors.js'
import { migrate } from '../db/migrate.js'
import type { Project } from './project.js'
import { CATALOGUE_MIGRATIONS, canonicalJson, checkUniqueIds, type ImportRow } from './store-schema.js'
import { catalogueStats, type CatalogueStats } from './store-stats.js'
import { takeImportLock } from './import-lock.js'

import type { CatalogueStore, ImportPlan, ImportRecord, ListFilter } from './catalogue-store.js'

export type { CatalogueStore, ImportPlan, ImportRecord, ListFilter } from './catalogue-store.js'

/** Called inside the transaction of every write; throwing aborts the write. */
export interface CatalogueHook {
  onChange(db: Database, change: { upserted: Project[]; removed: string[] }): void
  /**
   * Called before an import's transaction with the projects it will probably
   * write: slow work (segmenting text) belongs here, so the write lock is held
   * briefly and the running bot's own writes never wait long. A rollback
   * also names the ids it will probably delete (`removed`).
   */
  prepare?(projects: Project[], current: CatalogueSnapshot, removed?: string[]): void
}

/** The catalogue as it stands before an import, read synchronously (a hook runs outside any await). */
export interface CatalogueSnapshot {
  /** The active projects. */
  active(): Project[]
  /** The catalogue version. */
  version(): number
}

function toRecord(r: ImportRow): ImportRecord {
  return {
    id: r.id, kind: r.kind, who: r.who, at: r.at, files: JSON.parse(r.files) as string[],
    added: r.added, updated: r.updated, unchanged: r.unchanged, archived: r.archived, removed: r.removed,
    undoes: r.undoes, rolledBackBy: r.rolled_back_by, version: r.version,
  }
}

/** The catalogue tables of one SQLite database; create one per open database. */
export class SqliteCatalogueStore implements CatalogueStore {
  private readonly hooks: CatalogueHook[] = []
  private readonly sql

  constructor(private readonly db: Database) {
    migrate(db, 'catalogue', CATALOGUE_MIGRATIONS)
    this.sql = {
      get: db.prepare<[string], { data: string; status: string }>('SELECT data, status FROM projects WHERE id = ?'),
      upsert: db.prepare(`INSERT INTO projects (id, data, status, format, region, updated_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET data = excluded.data, status = excluded.status, format = excluded.format,
        region = excluded.region, updated_at = excluded.updated_at`),
      remove: db.prepare('DELETE FROM projects WHERE id = ?'),
      version: db.prepare<[], { version: number }>('SELECT version FROM catalogue_meta WHERE id = 1'),
      bump: db.prepare('UPDATE catalogue_meta SET version = version + 1 WHERE id = 1'),
      record: db.prepare(`INSERT INTO imports (kind, who, at, files, undoes) VALUES (?, ?, ?, ?, ?)`),
      counts: db.prepare(`UPDATE imports SET added = ?, updated = ?, unchanged = ?, archived = ?, removed = ?,
        version = (SELECT version FROM catalogue_meta WHERE id = 1) WHERE id = ?`),
      undo: db.prepare('INSERT INTO import_undo (import_id, project_id, before) VALUES (?, ?, ?)'),
      importRow: db.prepare<[number], ImportRow>('SELECT * FROM imports WHERE id = ?'),
    }
  }

  /** Registers a hook run inside every write transaction (see {@link CatalogueHook}). */
  addHook(hook: CatalogueHook): void {
    this.hooks.push(hook)
  }

  /** Whether this store reads and writes through `db` (search then reads its version with the index's, one read for both). */
  usesConnection(db: Database): boolean {
    return this.db === db
  }

  async version(): Promise<number> {
    return this.sql.version.get()!.version
  }

  async get(id: string): Promise<Project | undefined> {
    return this.getNow(id)
  }

  private getNow(id: string): Project | undefined {
    const row = this.sql.get.get(id)
    return row ? (JSON.parse(row.data) as Project) : undefined
  }

  async list(filter: ListFilter = {}): Promise<Project[]> {
    const where: string[] = []
    const params: string[] = []
    const status = filter.status ?? 'active'
    if (status !== 'all') { where.push('status = ?'); params.push(status) }
    if (filter.topic) { where.push(`EXISTS (SELECT 1 FROM json_each(data, '$.topics') WHERE value = ?)`); params.push(filter.topic) }
    if (filter.audience) { where.push(`EXISTS (SELECT 1 FROM json_each(data, '$.audiences') WHERE value = ?)`); params.push(filter.audience) }
    const sql = `SELECT data FROM projects ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id`
    return (this.db.prepare<string[], { data: string }>(sql).all(...params)).map((r) => JSON.parse(r.data) as Project)
  }

  /** The version and the active projects from one read transaction, so they agree (the off-thread index build). */
  async activeSnapshot(): Promise<{ version: number; active: Project[] }> {
    return this.db.transaction(() => ({
      version: this.sql.version.get()!.version,
      active: this.db.prepare<[], { data: string }>("SELECT data FROM projects WHERE status = 'active' ORDER BY id").all()
        .map((r) => JSON.parse(r.data) as Project),
    }))()
  }

  async count(): Promise<{ active: number; archived: number }> {
    return this.countNow()
  }

  private countNow(): { active: number; archived: number } {
    const rows = this.db.prepare<[], { status: string; n: number }>('SELECT status, COUNT(*) AS n FROM projects GROUP BY status').all()
    const out = { active: 0, archived: 0 }
    for (const r of rows) out[r.status as 'active' | 'archived'] = r.n
    return out
  }

  async stats(): Promise<CatalogueStats> {
    return catalogueStats(this.db, this.countNow())
  }

  async planImport(projects: Project[]): Promise<ImportPlan> {
    checkUniqueIds(projects)
    const plan: ImportPlan = { added: [], updated: [], unchanged: [], archived: [] }
    for (const p of projects) plan[this.classify(p, canonicalJson(p))].push(p.id)
    return plan
  }

  private classify(p: Project, json: string): keyof ImportPlan {
    const old = this.sql.get.get(p.id)
    if (!old) return p.status === 'archived' ? 'archived' : 'added'
    if (old.data === json) return 'unchanged'
    if (p.status === 'archived' && old.status !== 'archived') return 'archived'
    return 'updated'
  }

  private write(p: Project, json: string, now: string): void {
    this.sql.upsert.run(p.id, json, p.status, p.format, p.region, now)
  }

  private begin(kind: ImportRecord['kind'], who: string, files: string[], undoes: number | null): number {
    const info = this.sql.record.run(kind, who, new Date().toISOString(), JSON.stringify(files), undoes)
    return Number(info.lastInsertRowid)
  }

  private finish(id: number, c: { added: number; updated: number; unchanged: number; archived: number; removed: number },
    change: { upserted: Project[]; removed: string[] }): ImportRecord {
    this.sql.bump.run()
    this.sql.counts.run(c.added, c.updated, c.unchanged, c.archived, c.removed, id)
    for (const hook of this.hooks) hook.onChange(this.db, change)
    return toRecord(this.sql.importRow.get(id)!)
  }

  /**
   * Imports `projects` in ONE transaction: all of them or, on any failure
   * (including a hook's), none. Projects absent from the list are left as they are.
   */
  async applyImport(projects: Project[], meta: { who: string; files: string[] }): Promise<ImportRecord> {
    checkUniqueIds(projects)
    const unlock = takeImportLock((this.db as unknown as { name: string }).name)
    try {
      return this.importLocked(projects, meta)
    } finally {
      unlock()
    }
  }

  private importLocked(projects: Project[], meta: { who: string; files: string[] }): ImportRecord {
    // Everything slow happens before the write lock is taken (see CatalogueHook.prepare).
    const jsons = projects.map(canonicalJson)
    const likely = projects.filter((p, i) => this.classify(p, jsons[i]) !== 'unchanged')
    for (const hook of this.hooks) hook.prepare?.(likely, this.snapshot())
    return this.db.transaction(() => {
      const id = this.begin('import', meta.who, meta.files, null)
      const counts = { added: 0, updated: 0, unchanged: 0, archived: 0, removed: 0 }
      const upserted: Project[] = []
      const now = new Date().toISOString()
      for (const [i, p] of projects.entries()) {
        const json = jsons[i]
        const kind = this.classify(p, json)
        counts[kind]++
        if (kind === 'unchanged') continue
        this.sql.undo.run(id, p.id, this.sql.get.get(p.id)?.data ?? null)
        this.write(p, json, now)
        upserted.push(p)
      }
      return this.finish(id, counts, { upserted, removed: [] })
    }).immediate()
  }

  /** The catalogue as it stands now, for the hooks' work before a write's transaction. */
  private snapshot(): CatalogueSnapshot {
    return {
      active: () => this.db.prepare<[], { data: string }>("SELECT data FROM projects WHERE status = 'active' ORDER BY id").all().map((r) => JSON.parse(r.data) as Project),
      version: () => this.sql.version.get()!.version,
    }
  }

  /** Archives one project so it is never recommended again; recorded like an import. */
  async archive(id: string, who: string): Promise<Project> {
    const current = this.getNow(id)
    if (!current) throw new UserError(`there is no project with id "${id}" (try \`learnfinder list\`)`, [], { key: 'catalogue.no_project', vars: { id } })
    if (current.status === 'archived') return current
    const archived: Project = { ...current, status: 'archived' }
    this.db.transaction(() => {
      const rec = this.begin('archive', who, [], null)
      this.sql.undo.run(rec, id, this.sql.get.get(id)!.data)
      this.write(archived, canonicalJson(archived), new Date().toISOString())
      this.finish(rec, { added: 0, updated: 0, unchanged: 0, archived: 1, removed: 0 }, { upserted: [archived], removed: [] })
    }).immediate()
    return archived
  }

  async history(limit = 20): Promise<ImportRecord[]> {
    return this.db.prepare<[number], ImportRow>('SELECT * FROM imports ORDER BY id DESC LIMIT ?').all(limit).map(toRecord)
  }

  /**
   * Puts back what the last import (not yet rolled back) replaced: projects it
   * added are deleted, projects it changed get their earlier state. Recorded
   * as a 'rollback' write. UserError when there is no import to undo.
   */
  async rollbackLast(who: string): Promise<ImportRecord> {
    // Like an import: one at a time per database, and the slow work (re-indexing) before the write lock.
    const unlock = takeImportLock((this.db as unknown as { name: string }).name)
    try {
      this.prepareRollback()
      return this.rollbackLocked(who)
    } finally {
      unlock()
    }
  }

  private lastImport(): ImportRow | undefined {
    return this.db.prepare<[], ImportRow>(
      `SELECT * FROM imports WHERE kind = 'import' AND rolled_back_by IS NULL ORDER BY id DESC LIMIT 1`).get()
  }

  private undoRows(importId: number): { project_id: string; before: string | null }[] {
    return this.db.prepare<[number], { project_id: string; before: string | null }>(
      'SELECT project_id, before FROM import_undo WHERE import_id = ?').all(importId)
  }

  /**
   * Before the rollback's transaction: tells the hooks what it will probably
   * restore and delete, so a large import's rollback holds the write lock
   * about as briefly as the import did (the transaction checks it again).
   */
  private prepareRollback(): void {
    const target = this.hooks.some((h) => h.prepare) ? this.lastImport() : undefined
    if (!target) return
    const restored: Project[] = []
    const removed: string[] = []
    for (const u of this.undoRows(target.id)) {
      if (u.before === null) removed.push(u.project_id)
      else restored.push(JSON.parse(u.before) as Project)
    }
    for (const hook of this.hooks) hook.prepare?.(restored, this.snapshot(), removed)
  }

  private rollbackLocked(who: string): ImportRecord {
    return this.db.transaction(() => {
      const target = this.lastImport()
      if (!target) throw new UserError('there is no import to undo', [], { key: 'catalogue.no_import_to_undo', vars: {} })
      const id = this.begin('rollback', who, JSON.parse(target.files) as string[], target.id)
      const undo = this.undoRows(target.id)
      const counts = { added: 0, updated: 0, unchanged: 0, archived: 0, removed: 0 }
      const change = { upserted: [] as Project[], removed: [] as string[] }
      const now = new Date().toISOString()
      for (const u of undo) {
        const now_ = this.sql.get.get(u.project_id)
        this.sql.undo.run(id, u.project_id, now_?.data ?? null)
        if (u.before === null) {
          if (now_) { this.sql.remove.run(u.project_id); change.removed.push(u.project_id); counts.removed++ }
          continue
        }
        const p = JSON.parse(u.before) as Project
        this.write(p, u.before, now)
        change.upserted.push(p)
        if (!now_) counts.added++
        else counts.updated++
      }
      this.db.prepare('UPDATE imports SET rolled_back_by = ? WHERE id = ?').run(id, target.id)
      return this.finish(id, counts, change)
    }).immediate()
  }
}
