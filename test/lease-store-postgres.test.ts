/** The LeaseStore contract against PostgreSQL (a fresh schema per test on the run's throwaway cluster). */
import { expect, it } from 'vitest'
import { pgMigrate } from '../src/db/pg-migrate.js'
import { PG_LEASE_MIGRATIONS, PgLeaseStore } from '../src/db/pg-lease-store.js'
import { describeLeaseStoreContract } from './contracts/lease-store.contract.js'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('PgLeaseStore', (db) => {
  describeLeaseStoreContract(async ({ now }) => {
    const { pool, close } = await db.freshPool()
    await pgMigrate(pool, [PG_LEASE_MIGRATIONS])
    return { store: new PgLeaseStore(pool, now), close }
  })

  it('times leases by the database server\'s clock when given none', async () => {
    const { pool, close } = await db.freshPool()
    try {
      await pgMigrate(pool, [PG_LEASE_MIGRATIONS])
      const store = new PgLeaseStore(pool)
      expect(await store.acquire('wechat', 'w1', 60_000)).toBe(true)
      const left = await pool.query<{ ms: number }>(`SELECT extract(epoch FROM expires_at - now()) * 1000 AS ms FROM leases`)
      expect(Number(left.rows[0].ms)).toBeGreaterThan(50_000)
      expect(Number(left.rows[0].ms)).toBeLessThanOrEqual(61_000)
      expect(await store.acquire('wechat', 'w2', 60_000)).toBe(false)
      expect(await store.holder('wechat')).toBe('w1')
    } finally {
      await close()
    }
  })
})
