import { expect, it } from 'vitest'
import { pendingPgMigrations, pgMigrate } from '../src/db/pg-migrate.js'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('PostgreSQL migrations', (db) => {
  it('applies each step once per module and reports what is still missing', async () => {
    const { pool, close } = await db.freshPool()
    try {
      const m1 = { module: 'm1', migrations: ['CREATE TABLE a (x int)', 'INSERT INTO a VALUES (1)'] }
      expect(await pendingPgMigrations(pool, [m1])).toEqual(['m1 (0/2)'])
      expect(await pgMigrate(pool, [m1])).toEqual(['m1 1', 'm1 2'])
      expect(await pgMigrate(pool, [m1])).toEqual([])
      const grown = { ...m1, migrations: [...m1.migrations, 'INSERT INTO a VALUES (2)'] }
      const m2 = { module: 'm2', migrations: [async (c: import('pg').PoolClient) => void (await c.query('CREATE TABLE b (y text)'))] }
      expect(await pendingPgMigrations(pool, [grown, m2])).toEqual(['m1 (2/3)', 'm2 (0/1)'])
      await pgMigrate(pool, [grown, m2])
      expect(await pendingPgMigrations(pool, [grown, m2])).toEqual([])
      expect((await pool.query('SELECT x FROM a ORDER BY x')).rows).toEqual([{ x: 1 }, { x: 2 }])
    } finally {
      await close()
    }
  })

  it('rolls a failing step back and keeps the steps before it', async () => {
    const { pool, close } = await db.freshPool()
    try {
      const bad = { module: 'bad', migrations: ['CREATE TABLE ok (x int)', 'CREATE TABLE broken (x nosuchtype)'] }
      await expect(pgMigrate(pool, [bad])).rejects.toThrow(/nosuchtype/)
      expect(await pendingPgMigrations(pool, [bad])).toEqual(['bad (1/2)'])
    } finally {
      await close()
    }
  })

  it('lets two processes migrate at once without applying a step twice', async () => {
    const a = await db.freshPool()
    try {
      const steps = { module: 'race', migrations: ['CREATE TABLE r (x int)', 'INSERT INTO r VALUES (1)'] }
      const [x, y] = await Promise.all([pgMigrate(a.pool, [steps]), pgMigrate(a.pool, [steps])])
      expect([...x, ...y].sort()).toEqual(['race 1', 'race 2'])
      expect((await a.pool.query('SELECT count(*)::int AS n FROM r')).rows[0].n).toBe(1)
    } finally {
      await a.close()
    }
  })
})
