/**
 * @module catalogue/pg-catalogue-store
 * The {@link CatalogueStore} in PostgreSQL, the one catalogue every worker
 * recommends from. Same tables and rules as SQLite's (store-schema.ts): the
 * project kept as its canonical JSON text (so "unchanged" is still a string
 * comparison), every write one transaction that bumps the version, records
 * who did it and what it replaced. Writes from different workers or CLI runs
 * take turns on the catalogue_meta row, as SQLite's BEGIN IMMEDIATE does.
 * Unlike SQLite there are no in-transaction hooks: each worker rebuilds its
 * search index when {@link PgCatalogueStore.version} moves.
 */
import { UserError } from '../errors.js'
import type { PgModuleMigrations } from '../db/pg-migrate.js'
import { inPgTransaction, type PgClient, type PgPool } from '../db/postgres.js'
import type { Project } from './project.js'
import { canonicalJson, checkUniqueIds, type ImportRow } from './store-schema.js'
import type { CatalogueStats } from './store-stats.js'
import type { CatalogueStore, ImportPlan, ImportRecord, ListFilter } from './catalogue-store.js'

/** The 'catalogue' module's PostgreSQL steps, applied by `learnfinder migrate`. */
export const PG_CATALOGUE_MIGRATIONS: PgModuleMigrations = {
  module: 'catalogue',
  migrations: [
    `CREATE TABLE projects (
       id TEXT PRIMARY KEY,
       data TEXT NOT NULL,
       status TEXT NOT NULL CHECK (status IN ('active', 'archived')),
       format TEXT NOT NULL,
       region TEXT,
       updated_at TEXT NOT NULL);
     CREATE INDEX projects_status ON projects (status);
     CREATE INDEX projects_format ON projects (format);
     CREATE TABLE catalogue_meta (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
     INSERT INTO catalogue_meta (id, version) VALUES (1, 0);
     CREATE TABLE imports (
       id SERIAL PRIMARY KEY,
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
       version INTEGER NOT NULL DEFAULT 0);
     CREATE TABLE import_undo (
       import_id INTEGER NOT NULL REFERENCES imports (id),
       project_id TEXT NOT NULL,
       before TEXT,
       PRIMARY KEY (import_id, project_id))`,
  ],
}

type Counts = { added: number; updated: number; unchanged: number; archived: number; removed: number }
const zero = (): Counts => ({ added: 0, updated: 0, unchanged: 0, archived: 0, removed: 0 })

function toRecord(r: ImportRow): ImportRecord {
  return {
    id: r.id, kind: r.kind, who: r.who, at: r.at, files: JSON.parse(r.files) as string[],
    added: r.added, updated: r.updated, unchanged: r.unchanged, archived: r.archived, removed: r.removed,
    undoes: r.undoes, rolledBackBy: r.rolled_back_by, version: r.version,
  }
}

type Db = PgPool | PgClient

async function rowOf(db: Db, id: string): Promise<{ data: string; status: string } | undefined> {
  const res = await db.query<{ data: string; status: string }>('SELECT data, status FROM projects WHERE id = $1', [id])
  return res.rows[0]
}

/** The catalogue tables of the shared PostgreSQL database (migrated beforehand). */
export class PgCatalogueStore implements CatalogueStore {
  constructor(private readonly pool: PgPool) {}

  async version(): Promise<number> {
    const res = await this.pool.query<{ version: number }>('SELECT version FROM catalogue_meta WHERE id = 1')
    return res.rows[0].version
  }

  async get(id: string): Promise<Project | undefined> {
    const row = await rowOf(this.pool, id)
    return row ? (JSON.parse(row.data) as Project) : undefined
  }

  async list(filter: ListFilter = {}): Promise<Project[]> {
    const where: string[] = []
    const params: string[] = []
    const status = filter.status ?? 'active'
    if (status !== 'all') { params.push(status); where.push(`status = $${params.length}`) }
    if (filter.topic) { params.push(filter.topic); where.push(`(data::jsonb -> 'topics') ? $${params.length}`) }
    if (filter.audience) { params.push(filter.audience); where.push(`(data::jsonb -> 'audiences') ? $${params.length}`) }
    const sql = `SELECT data FROM projects ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id COLLATE "C"`
    const res = await this.pool.query<{ data: string }>(sql, params)
    return res.rows.map((r) => JSON.parse(r.data) as Project)
  }

  async count(): Promise<{ active: number; archived: number }> {
    const res = await this.pool.query<{ status: string; n: number }>('SELECT status, COUNT(*)::int AS n FROM projects GROUP BY status')
    const out = { active: 0, archived: 0 }
    for (const r of res.rows) out[r.status as 'active' | 'archived'] = r.n
    return out
  }

  async stats(): Promise<CatalogueStats> {
    const tally = async (sql: string): Promise<Record<string, number>> => {
      const out: Record<string, number> = {}
      for (const r of (await this.pool.query<{ k: string | null; n: number }>(sql)).rows) out[r.k ?? '(not given)'] = r.n
      return out
    }
    const active = `FROM projects WHERE status = 'active'`
    const each = (field: string) =>
      `SELECT j AS k, COUNT(*)::int AS n FROM projects, jsonb_array_elements_text(COALESCE(data::jsonb -> '${field}', '[]'::jsonb)) AS j
       WHERE status = 'active' GROUP BY j ORDER BY n DESC`
    const byRegion: Record<string, number> = {}
    for (const r of (await this.pool.query<{ region: string | null; n: number }>(`SELECT region, COUNT(*)::int AS n ${active} GROUP BY region`)).rows) {
      const key = r.region?.trim().split(/\s+/)[0] || '(not given)'
      byRegion[key] = (byRegion[key] ?? 0) + r.n
    }
    return {
      ...(await this.count()),
      byTopic: await tally(each('topics')),
      byAudience: await tally(each('audiences')),
      byRegion,
      byFormat: await tally(`SELECT format AS k, COUNT(*)::int AS n ${active} GROUP BY format ORDER BY n DESC`),
    }
  }

  async planImport(projects: Project[]): Promise<ImportPlan> {
    checkUniqueIds(projects)
    const plan: ImportPlan = { added: [], updated: [], unchanged: [], archived: [] }
    const old = await this.rowsOf(this.pool, projects.map((p) => p.id))
    for (const p of projects) plan[classify(p, canonicalJson(p), old.get(p.id))].push(p.id)
    return plan
  }

  private async rowsOf(db: Db, ids: string[]): Promise<Map<string, { data: string; status: string }>> {
    const res = await db.query<{ id: string; data: string; status: string }>(
      'SELECT id, data, status FROM projects WHERE id = ANY($1::text[])', [ids])
    return new Map(res.rows.map((r) => [r.id, r]))
  }

  /** One write: waits for other writers (the meta row's lock), records it, bumps the version. */
  private write<T>(kind: ImportRecord['kind'], who: string, files: string[], undoes: number | null,
    body: (client: PgClient, id: number) => Promise<{ counts: Counts; result: T }>): Promise<{ record: ImportRecord; result: T }> {
    return inPgTransaction(this.pool, async (client) => {
      await client.query('SELECT version FROM catalogue_meta WHERE id = 1 FOR UPDATE')
      const rec = await client.query<{ id: number }>(
        'INSERT INTO imports (kind, who, at, files, undoes) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [kind, who, new Date().toISOString(), JSON.stringify(files), undoes])
      const id = rec.rows[0].id
      const { counts: c, result } = await body(client, id)
      await client.query('UPDATE catalogue_meta SET version = version + 1 WHERE id = 1')
      const done = await client.query<ImportRow>(
        `UPDATE imports SET added = $1, updated = $2, unchanged = $3, archived = $4, removed = $5,
           version = (SELECT version FROM catalogue_meta WHERE id = 1) WHERE id = $6 RETURNING *`,
        [c.added, c.updated, c.unchanged, c.archived, c.removed, id])
      return { record: toRecord(done.rows[0]), result }
    })
  }

  async applyImport(projects: Project[], meta: { who: string; files: string[] }): Promise<ImportRecord> {
    checkUniqueIds(projects)
    const { record } = await this.write('import', meta.who, meta.files, null, async (client, id) => {
      const counts = zero()
      const old = await this.rowsOf(client, projects.map((p) => p.id))
      const now = new Date().toISOString()
      for (const p of projects) {
        const json = canonicalJson(p)
        const before = old.get(p.id)
        const kind = classify(p, json, before)
        counts[kind]++
        if (kind === 'unchanged') continue
        await saveUndo(client, id, p.id, before?.data ?? null)
        await upsert(client, p, json, now)
      }
      return { counts, result: undefined }
    })
    return record
  }

  async archive(id: string, who: string): Promise<Project> {
    const current = await this.get(id)
    if (!current) throw new UserError(`there is no project with id "${id}" (try \`learnfinder list\`)`, [], { key: 'catalogue.no_project', vars: { id } })
    if (current.status === 'archived') return current
    const { result } = await this.write('archive', who, [], null, async (client, rec) => {
      const row = (await rowOf(client, id))!
      const now = JSON.parse(row.data) as Project
      const archived: Project = { ...now, status: 'archived' }
      await saveUndo(client, rec, id, row.data)
      await upsert(client, archived, canonicalJson(archived), new Date().toISOString())
      return { counts: { ...zero(), archived: 1 }, result: archived }
    })
    return result
  }

  async history(limit = 20): Promise<ImportRecord[]> {
    const res = await this.pool.query<ImportRow>('SELECT * FROM imports ORDER BY id DESC LIMIT $1', [limit])
    return res.rows.map(toRecord)
  }

  async rollbackLast(who: string): Promise<ImportRecord> {
    // Found again under the writers' lock inside write(): two rollbacks at once undo two imports, not one twice.
    const { record } = await this.write('rollback', who, [], null, async (client, id) => {
      const found = await client.query<ImportRow>(
        `SELECT * FROM imports WHERE kind = 'import' AND rolled_back_by IS NULL ORDER BY id DESC LIMIT 1`)
      const target = found.rows[0]
      if (!target) throw new UserError('there is no import to undo', [], { key: 'catalogue.no_import_to_undo', vars: {} })
      await client.query('UPDATE imports SET files = $1, undoes = $2 WHERE id = $3', [target.files, target.id, id])
      const undo = await client.query<{ project_id: string; before: string | null }>(
        'SELECT project_id, before FROM import_undo WHERE import_id = $1', [target.id])
      const counts = zero()
      const now = new Date().toISOString()
      for (const u of undo.rows) {
        const current = await rowOf(client, u.project_id)
        await saveUndo(client, id, u.project_id, current?.data ?? null)
        if (u.before === null) {
          if (current) { await client.query('DELETE FROM projects WHERE id = $1', [u.project_id]); counts.removed++ }
          continue
        }
        await upsert(client, JSON.parse(u.before) as Project, u.before, now)
        if (!current) counts.added++
        else counts.updated++
      }
      await client.query('UPDATE imports SET rolled_back_by = $1 WHERE id = $2', [id, target.id])
      return { counts, result: undefined }
    })
    return record
  }
}

function classify(p: Project, json: string, old: { data: string; status: string } | undefined): keyof ImportPlan {
  if (!old) return p.status === 'archived' ? 'archived' : 'added'
  if (old.data === json) return 'unchanged'
  if (p.status === 'archived' && old.status !== 'archived') return 'archived'
  return 'updated'
}

async function saveUndo(client: PgClient, importId: number, projectId: string, before: string | null): Promise<void> {
  await client.query('INSERT INTO import_undo (import_id, project_id, before) VALUES ($1, $2, $3)', [importId, projectId, before])
}

async function upsert(client: PgClient, p: Project, json: string, now: string): Promise<void> {
  await client.query(
    `INSERT INTO projects (id, data, status, format, region, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET data = excluded.data, status = excluded.status, format = excluded.format,
       region = excluded.region, updated_at = excluded.updated_at`,
    [p.id, json, p.status, p.format, p.region ?? null, now])
}
