import { expect, it } from 'vitest'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('the test cluster', (db) => {
  it('gives each pool its own empty schema in the file’s own database', async () => {
    const a = await db.freshPool()
    const b = await db.freshPool()
    try {
      await a.pool.query('CREATE TABLE t (x int)')
      await a.pool.query('INSERT INTO t VALUES (1)')
      const other = await b.pool.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()`)
      expect(other.rows[0].n).toBe(0)
      const name = await a.pool.query('SELECT current_database() AS d')
      expect(db.url()).toContain(`/${name.rows[0].d}`)
      expect(name.rows[0].d).toMatch(/^lf_test_/)
    } finally {
      await a.close()
      await b.close()
    }
  })
})
