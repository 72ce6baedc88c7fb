/**
 * A worker on PostgreSQL follows the shared catalogue: a write by another
 * process (the CLI) reaches its search index through LISTEN/NOTIFY long
 * before the periodic check would, again after its LISTEN connection is cut,
 * and through the periodic check alone when no notification comes. /healthz
 * names the worker and reports the database and index versions. A large
 * catalogue's index is built in a worker thread from PostgreSQL itself.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it, vi } from 'vitest'
import type pg from 'pg'
import { loadConfig } from '../src/config.js'
import { createApp, type App } from '../src/main.js'
import { pgMigrate } from '../src/db/pg-migrate.js'
import { PG_MODULES } from '../src/app-pg-migrations.js'
import { PgCatalogueStore } from '../src/catalogue/pg-catalogue-store.js'
import { buildIndexOffThread } from '../src/search/index-build-worker.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { WORKER_ID } from '../src/app-pg-worker.js'
import { describeOnPostgres } from './support/postgres.js'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

const base = { id: 'T-0', title: '', provider: '示范大学', summary: '', topics: ['ai'], audiences: ['elderly'], format: 'online' as const,
  region: null, fee: 0, duration: null, start_date: null, end_date: null, enroll: null, contact: null, url: null,
  title_en: null, summary_en: null, tags: [], status: 'active' as const, extra: {} }
const TITLES = ['人工智能入门', '智能手机课堂', '书法基础', '家庭教育讲座']
/** A small catalogue, so each index build takes milliseconds, not the sample's seconds. */
const small = () => TITLES.map((t, i) => ({ ...base, id: `T-${i}`, title: t, summary: `${t}的课程` }))

/** A started app (no channels) on a fresh migrated schema, and a second "process" writing to its catalogue. */
async function worker(db: { freshPool(): Promise<{ pool: pg.Pool; url: string; close: () => Promise<void> }> }, refreshMs: number) {
  const { pool, url, close } = await db.freshPool()
  await pgMigrate(pool, PG_MODULES)
  const cli = new PgCatalogueStore(pool)
  await cli.applyImport(small(), { who: 'cli', files: ['small.csv'] })
  const dir = mkdtempSync(join(tmpdir(), 'lf-follow-'))
  dirs.push(dir)
  const config = loadConfig({ DATABASE_URL: url, DATABASE_POOL_MAX: '2', CATALOGUE_REFRESH_MS: String(refreshMs) })
  const app: App = await createApp(config, { dbPath: join(dir, 'cache.db'), channels: false, extensions: [] })
  await app.start()
  let n = 0
  const importOne = async (title: string) => {
    const sample = (await cli.list())[0]
    await cli.applyImport([{ ...sample, id: `FOLLOW-${++n}`, title, summary: `${title}入门`, tags: [title] }], { who: 'cli', files: ['x.csv'] })
    return cli.version()
  }
  return { app, pool, url, importOne, stop: async () => (await app.stop(), await close()) }
}

describeOnPostgres('a worker following the shared catalogue', (db) => {
  it('re-indexes on the NOTIFY of another process\'s import, also after its LISTEN connection was cut', async () => {
    const w = await worker(db, 600_000) // the periodic check never fires during this test
    try {
      await vi.waitFor(async () => expect((await w.app.health()).listen).toBe('listening'), { timeout: 10_000, interval: 20 })
      const v1 = await w.importOne('珐琅彩绘')
      await vi.waitFor(() => expect(w.app.search.indexedVersion()).toBe(v1), { timeout: 10_000, interval: 20 })
      expect((await w.app.search.search({ text: '珐琅彩绘', k: 3 })).hits.map((h) => h.project.id)).toContain('FOLLOW-1')

      const cut = await w.pool.query(
        `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = 'learnfinder listen' AND pid <> pg_backend_pid()`,
      )
      expect(cut.rows.length).toBeGreaterThan(0)
      const v2 = await w.importOne('古琴演奏')
      await vi.waitFor(() => expect(w.app.search.indexedVersion()).toBe(v2), { timeout: 15_000, interval: 20 })
      const health = await w.app.health()
      expect(health).toMatchObject({
        ok: true, worker: WORKER_ID, backend: 'postgres', db: 'ok', catalogueVersion: v2, indexVersion: v2, index: 'ready',
      })
    } finally {
      await w.stop()
    }
  }, 120_000)

  it('falls back to the periodic version check when no notification comes', async () => {
    const w = await worker(db, 300)
    try {
      await w.pool.query('DROP TRIGGER catalogue_meta_notify ON catalogue_meta')
      const v = await w.importOne('篆刻')
      await vi.waitFor(() => expect(w.app.search.indexedVersion()).toBe(v), { timeout: 10_000, interval: 20 })
    } finally {
      await w.stop()
    }
  }, 120_000)

  it('builds a large catalogue\'s vector index in a worker thread that reads PostgreSQL', async () => {
    const { pool, url, close } = await db.freshPool()
    try {
      await pgMigrate(pool, PG_MODULES)
      const store = new PgCatalogueStore(pool)
      await store.applyImport(small(), { who: 't', files: ['t.csv'] })
      const dir = mkdtempSync(join(tmpdir(), 'lf-offthread-'))
      dirs.push(dir)
      const taxonomy = loadTaxonomy()
      const built = await buildIndexOffThread({
        dbPath: join(dir, 'cache.db'), databaseUrl: url, indexPath: join(dir, 'cache.db.hnsw'),
        taxonomy: { topics: taxonomy.topics, audiences: taxonomy.audiences },
      })
      expect(built.version).toBe(await store.version())
      expect(built.vocabulary).toEqual(expect.arrayContaining(['书法', '家庭教育']))
    } finally {
      await close()
    }
  }, 120_000)
})
