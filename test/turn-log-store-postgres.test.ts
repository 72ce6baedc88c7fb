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
    return { store: new PgTurnLogStore(pool, opts), close }
  })

  it('refuses to write a turn without LOG_SALT and never keeps a key in the database, while reading and purging still work', async () => {
    const { pool, close } = await db.freshPool()
    try {
      await pgMigrate(pool, [PG_TURN_LOG_MIGRATIONS])
      const store = new PgTurnLogStore(pool)
      const turn = { channel: 'telegram', userId: '42', text: '我想学书法', slots: null, projectIds: [], matched: false }
      await expect(store.record(turn)).rejects.toThrow(/needs LOG_SALT/)
      await expect(store.forget('telegram', '42')).rejects.toThrow(/needs LOG_SALT/)
      expect(await store.since(new Date(0))).toEqual([])
      expect(await store.purge()).toBe(0)
      expect((await pool.query('SELECT count(*)::int AS n FROM staff_meta')).rows[0].n).toBe(0)
      const [a, b] = [new PgTurnLogStore(pool, { salt: 'shared' }), new PgTurnLogStore(pool, { salt: 'shared' })]
      expect(a.hashUser('telegram', '42')).toBe(b.hashUser('telegram', '42'))
    } finally {
      await close()
    }
  })
})
