/** The SessionStore contract against PostgreSQL (a fresh schema per test on the run's throwaway cluster). */
import { it } from 'vitest'
import { pgMigrate } from '../src/db/pg-migrate.js'
import { PG_SESSION_MIGRATIONS, PgSessionStore } from '../src/dialogue/pg-session-store.js'
import { describeSessionStoreContract, expectOneTurnAtATime } from './contracts/session-store.contract.js'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('PgSessionStore', (db) => {
  describeSessionStoreContract(async (opts) => {
    const { pool, close } = await db.freshPool()
    await pgMigrate(pool, [PG_SESSION_MIGRATIONS])
    return { store: new PgSessionStore(pool, opts), close }
  })

  it('runs one chat’s turns one at a time across two workers with their own pools', async () => {
    const one = await db.freshPool()
    const two = await db.freshPool()
    const opts = { idleMinutes: 30, now: () => new Date() }
    try {
      await expectOneTurnAtATime(new PgSessionStore(one.pool, opts), new PgSessionStore(two.pool, opts))
    } finally {
      await one.close()
      await two.close()
    }
  })
})
