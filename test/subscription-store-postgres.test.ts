/** The SubscriptionStore contract against PostgreSQL (a fresh schema per test on the run's throwaway cluster). */
import { expect, it } from 'vitest'
import { pgMigrate } from '../src/db/pg-migrate.js'
import { PG_SUBSCRIPTION_MIGRATIONS, PgSubscriptionStore } from '../src/staff/pg-subscription-store.js'
import { describeSubscriptionStoreContract } from './contracts/subscription-store.contract.js'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('PgSubscriptionStore', (db) => {
  describeSubscriptionStoreContract(async () => {
    const { pool, close } = await db.freshPool()
    await pgMigrate(pool, [PG_SUBSCRIPTION_MIGRATIONS])
    return { store: new PgSubscriptionStore(pool), close }
  })

  it('keeps both of one learner’s requests when two workers add them at once', async () => {
    const { pool, close } = await db.freshPool()
    try {
      await pgMigrate(pool, [PG_SUBSCRIPTION_MIGRATIONS])
      const a = new PgSubscriptionStore(pool)
      const b = new PgSubscriptionStore(pool)
      const ask = (topic: string) => ({ channel: 'telegram', userId: '7', chatId: '7', topics: [topic], audiences: [], region: null, lang: 'zh' as const })
      await Promise.all([a.subscribe(ask('ai')), b.subscribe(ask('music')), a.subscribe(ask('health'))])
      expect((await a.get('telegram', '7'))!.topics.sort()).toEqual(['ai', 'health', 'music'])
    } finally {
      await close()
    }
  })
})
