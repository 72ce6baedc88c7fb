/** The TurnLogStore contract against PostgreSQL (a fresh schema per test on the run's throwaway cluster). */
import { expect, it } from 'vitest'
import { pgMigrate } from '../src/db/pg-migrate.js'
import { PG_TURN_LOG_MIGRATIONS, PgTurnLogStore } from '../src/staff/pg-turn-log-store.js'
import { describeTurnLogStoreContract } from './contracts/turn-log-store.contract.js'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('PgTurnLogStore', (db) => {
  describeTurnLogStoreContract(async (opts) => {
    const { pool, close } = await db.freshPool()
    await pgMigrate(pool, [PG_TURN_LOG_MIGRATIONS])
    return { store: await PgTurnLogStore.open(pool, opts), close }
  })

  it('hashes alike on every worker when the salt is generated in the database', async () => {
    const { pool, close } = await db.freshPool()
    try {
      await pgMigrate(pool, [PG_TURN_LOG_MIGRATIONS])
      const [a, b] = await Promise.all([PgTurnLogStore.open(pool), PgTurnLogStore.open(pool)])
      expect(a.hashUser('telegram', '42')).toBe(b.hashUser('telegram', '42'))
      expect(a.hashUser('telegram', '42')).not.toBe(a.hashUser('telegram', '43'))
    } finally {
      await close()
    }
  })
})
