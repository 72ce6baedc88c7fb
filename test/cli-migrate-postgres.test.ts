import { expect, it } from 'vitest'
import { runCli } from './fixtures/run-cli.js'
import { pendingPgMigrations } from '../src/db/pg-migrate.js'
import { PG_MODULES } from '../src/app-pg-migrations.js'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('learnfinder migrate and serve on PostgreSQL', (db) => {
  it('migrates the database in DATABASE_URL, then finds nothing left to do', async () => {
    const { pool, url, close } = await db.freshPool()
    try {
      const first = await runCli(['migrate'], { env: { DATABASE_URL: url } })
      expect(first.err).toBe('')
      expect(first.code).toBe(0)
      expect(await pendingPgMigrations(pool, PG_MODULES)).toEqual([])
      const again = await runCli(['migrate'], { env: { DATABASE_URL: url } })
      expect(again.out).toMatch(/up to date/)
    } finally {
      await close()
    }
  })

  it('refuses to serve on an unmigrated database with one line naming the fix', async () => {
    const { url, close } = await db.freshPool()
    try {
      const r = await runCli(['serve'], { env: { DATABASE_URL: url } })
      expect(r.code).toBe(1)
      expect(r.err.trim().split('\n')).toHaveLength(1)
      expect(r.err).toMatch(/not migrated .*run `learnfinder migrate` first/)
    } finally {
      await close()
    }
  })
})

it('says there is nothing to migrate without DATABASE_URL', async () => {
  const r = await runCli(['migrate'], { env: {} })
  expect(r.code).toBe(0)
  expect(r.out).toMatch(/SQLite database migrates itself/)
})
