import { expect, it } from 'vitest'
import { runCli } from './fixtures/run-cli.js'
import { pendingPgMigrations } from '../src/db/pg-migrate.js'
import { PG_MODULES } from '../src/app-pg-migrations.js'
import { describeOnPostgres } from './support/postgres.js'
import { TAXONOMY_PATH } from './fixtures/catalogue/helpers.js'
import { fileURLToPath } from 'node:url'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const GOOD_CSV = fileURLToPath(new URL('./fixtures/catalogue/good.csv', import.meta.url))
const T = ['--taxonomy', TAXONOMY_PATH]

describeOnPostgres('learnfinder commands on PostgreSQL', (db) => {
  it('migrates the database in DATABASE_URL, then finds nothing left to do', async () => {
    const { pool, url, close } = await db.freshPool()
    try {
      const first = await runCli(['migrate'], { env: { DATABASE_URL: url } })
      expect(first.err).toBe('')
      expect(first.code).toBe(0)
      expect(await pendingPgMigrations(pool, PG_MODULES)).toEqual([])
      const again = await runCli(['migrate', '--lang', 'en'], { env: { DATABASE_URL: url } })
      expect(again.out).toMatch(/up to date/)
    } finally {
      await close()
    }
  })

  it('refuses to serve or import on an unmigrated database with one line naming the fix, in Chinese unless --lang en', async () => {
    const { url, close } = await db.freshPool()
    try {
      for (const argv of [['serve'], ['import', GOOD_CSV, ...T], ['admin', 'list']]) {
        const r = await runCli(argv, { env: { DATABASE_URL: url, LOG_SALT: 'a-test-salt' } })
        expect(r.code).toBe(1)
        expect(r.err.trim().split('\n')).toHaveLength(1)
        expect(r.err).toMatch(/还没有升级.*请先运行 `learnfinder migrate`/)
      }
      const en = await runCli(['serve', '--lang', 'en'], { env: { DATABASE_URL: url, LOG_SALT: 'a-test-salt' } })
      expect(en.err).toMatch(/not migrated .*run `learnfinder migrate` first/)
    } finally {
      await close()
    }
  })

  it('imports, lists, rolls back and manages admins in PostgreSQL, never touching the SQLite file', async () => {
    const { url, pool, close } = await db.freshPool()
    const env = { DATABASE_URL: url }
    const noDir = mkdtempSync(join(tmpdir(), 'lf-no-file-'))
    const noFile = join(noDir, 'never-created.db')
    try {
      await runCli(['migrate'], { env })
      const imported = await runCli(['import', GOOD_CSV, ...T, '--db', noFile], { env })
      expect(imported.err).toBe('')
      expect(imported.code).toBe(0)
      const rows = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM projects WHERE status = 'active'`)
      expect(rows.rows[0].n).toBeGreaterThan(0)
      const listed = await runCli(['list', ...T, '--db', noFile, '--lang', 'en'], { env })
      expect(listed.out).toContain(`${rows.rows[0].n} active projects`)
      expect((await runCli(['history', '--db', noFile, '--lang', 'en'], { env })).out).toMatch(/import/)
      const first = (await pool.query<{ data: string }>(`SELECT data FROM projects ORDER BY id LIMIT 1`)).rows[0]
      const cache = join(mkdtempSync(join(tmpdir(), 'lf-search-cache-')), 'cache.db')
      const hit = await runCli(['search', (JSON.parse(first.data) as { title: string }).title, '--json', '--db', cache], { env })
      expect(hit.err).toBe('')
      expect((JSON.parse(hit.out) as { hits: { id: string }[] }).hits.map((h) => h.id)).toContain(JSON.parse(first.data).id)
      rmSync(dirname(cache), { recursive: true, force: true })
      expect((await runCli(['rollback', '--db', noFile], { env })).code).toBe(0)
      expect((await pool.query('SELECT count(*)::int AS n FROM projects')).rows[0].n).toBe(0)
      expect((await runCli(['admin', 'add', 'telegram', '4242', '--db', noFile], { env })).code).toBe(0)
      expect((await runCli(['admin', 'list', '--db', noFile], { env })).out).toMatch(/telegram\t4242/)
      expect(existsSync(noFile)).toBe(false)
    } finally {
      rmSync(noDir, { recursive: true, force: true })
      await close()
    }
  })

  it('keeps web accounts in PostgreSQL, so an account added from one machine lists on another, and audits them there', async () => {
    const { url, pool, close } = await db.freshPool()
    const env = { DATABASE_URL: url, USER: 'ops' }
    const dir = mkdtempSync(join(tmpdir(), 'lf-local-'))
    const [one, two] = [join(dir, 'worker-1.db'), join(dir, 'worker-2.db')]
    try {
      await runCli(['migrate'], { env })
      const added = await runCli(['admin', 'web', 'add', 'alice', '--password-stdin', '--db', one], { env, stdin: 'a long enough password 42\n' })
      expect(added.err).toBe('')
      expect((await runCli(['admin', 'web', 'list', '--db', two], { env })).out).toMatch(/^alice\teditor/m)
      expect(existsSync(one) || existsSync(two)).toBe(false)
      const audit = await pool.query<{ detail: string }>(`SELECT detail FROM admin_actions WHERE action = 'web account add'`)
      expect(audit.rows.map((r) => r.detail)).toEqual(['alice (editor)'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
      await close()
    }
  })
})

it('says there is nothing to migrate without DATABASE_URL', async () => {
  const r = await runCli(['migrate', '--lang', 'en'], { env: {} })
  expect(r.code).toBe(0)
  expect(r.out).toMatch(/SQLite database migrates itself/)
})
