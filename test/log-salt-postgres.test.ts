/**
 * LOG_SALT is required on PostgreSQL by every command that writes the turn
 * log (serve, ask, report's purge): one line in the staff member's language,
 * before anything starts; commands that never touch the log still run.
 */
import { expect, it } from 'vitest'
import { PG_MODULES } from '../src/app-pg-migrations.js'
import { pgMigrate } from '../src/db/pg-migrate.js'
import { runCli } from './fixtures/run-cli.js'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('LOG_SALT on PostgreSQL', (db) => {
  it('refuses serve, ask and report without LOG_SALT in one Chinese line, or English with --lang en, writing nothing', async () => {
    const { pool, url, close } = await db.freshPool()
    try {
      await pgMigrate(pool, PG_MODULES)
      const env = { DATABASE_URL: url }
      for (const argv of [['serve'], ['ask', '我想学书法'], ['report']]) {
        const r = await runCli(argv, { env })
        expect(r.code).toBe(1)
        expect(r.err.trim().split('\n')).toHaveLength(1)
        expect(r.err).toMatch(new RegExp(`^learnfinder ${argv[0]}: 已设置 DATABASE_URL.*没有设置 LOG_SALT`))
      }
      for (const argv of [['serve', '--lang', 'en'], ['--lang', 'en', 'report']]) {
        const r = await runCli(argv, { env })
        expect(r.code).toBe(1)
        expect(r.err.trim().split('\n')).toHaveLength(1)
        expect(r.err).toMatch(/DATABASE_URL is set \(PostgreSQL\) but LOG_SALT is not: set the same long random value on every worker/)
      }
      const written = await pool.query<{ turns: number; meta: number; projects: number }>(
        'SELECT (SELECT count(*) FROM turns)::int AS turns, (SELECT count(*) FROM staff_meta)::int AS meta, (SELECT count(*) FROM projects)::int AS projects',
      )
      expect(written.rows[0]).toEqual({ turns: 0, meta: 0, projects: 0 })
      // Commands that never write the turn log keep working without it.
      const listed = await runCli(['admin', 'list'], { env })
      expect(listed.err).toBe('')
      expect(listed.code).toBe(0)
    } finally {
      await close()
    }
  })

  it('lets ask write its turns once LOG_SALT is set', async () => {
    const { pool, url, close } = await db.freshPool()
    try {
      await pgMigrate(pool, PG_MODULES)
      const r = await runCli(['ask', '我想学书法', '--json'], { env: { DATABASE_URL: url, LOG_SALT: 'a long shared test salt' } })
      expect(r.err).toBe('')
      expect(r.code).toBe(0)
      const turns = await pool.query<{ user_hash: string }>('SELECT user_hash FROM turns')
      expect(turns.rows).toHaveLength(1)
      expect(turns.rows[0].user_hash).toMatch(/^[0-9a-f]{32}$/)
    } finally {
      await close()
    }
  })
})
