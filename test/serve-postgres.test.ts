/**
 * Two workers (two wired apps, each with its own pools and its own local
 * search-index cache file) on one PostgreSQL database: a conversation whose
 * turns alternate between them keeps its state, and a catalogue import
 * through one is found on the other.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { loadConfig } from '../src/config.js'
import { createApp, type App } from '../src/main.js'
import { pgMigrate } from '../src/db/pg-migrate.js'
import { PG_MODULES } from '../src/app-pg-migrations.js'
import { describeOnPostgres } from './support/postgres.js'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

describeOnPostgres('serve on PostgreSQL', (db) => {
  it('continues one learner’s conversation on whichever worker gets the turn', async () => {
    const { pool, url, close } = await db.freshPool()
    const apps: App[] = []
    try {
      await pgMigrate(pool, PG_MODULES)
      const config = loadConfig({ DATABASE_URL: url, DATABASE_POOL_MAX: '3' })
      for (const name of ['w1', 'w2']) {
        const dir = mkdtempSync(join(tmpdir(), `lf-worker-${name}-`))
        dirs.push(dir)
        apps.push(await createApp(config, { dbPath: join(dir, 'cache.db'), channels: false, extensions: [] }))
      }
      const say = (app: App, text: string) =>
        app.engine.handle({ channel: 'cli', userId: 'grandma', chatId: 'grandma', text, lang: 'zh' })
      const list = await say(apps[0], '我想学人工智能')
      expect(list.projects.length).toBeGreaterThan(1)
      const second = await say(apps[1], '2')
      expect(second.projects.map((p) => p.id)).toEqual([list.projects[1].id])
      const imports = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM imports`)
      expect(imports.rows[0].n).toBe(1) // the sample catalogue, loaded once into the shared database

      const sample = (await apps[0].store.list())[0]
      const added = { ...sample, id: 'PG-NEW-1', title: '珐琅彩绘工作坊', summary: '学习珐琅彩绘的入门课程', tags: ['珐琅彩绘'] }
      await apps[0].store.applyImport([added], { who: 'test', files: ['new.csv'] })
      // Worker 2 follows the shared catalogue's version (every search looks at it and refreshes in the background).
      await apps[1].search.refresh()
      expect(apps[1].search.indexedVersion()).toBe(await apps[0].store.version())
      const found = await apps[1].search.search({ text: '珐琅彩绘', k: 5 })
      expect(found.hits.map((h) => h.project.id)).toContain('PG-NEW-1')
    } finally {
      for (const app of apps) await app.stop()
      await close()
    }
  }, 120_000) // two index builds of the sample catalogue: slow on a busy machine
})
