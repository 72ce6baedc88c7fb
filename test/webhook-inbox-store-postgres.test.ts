/** The webhook inbox contract against PostgreSQL (a fresh schema per test on the run's throwaway cluster). */
import { pgMigrate } from '../src/db/pg-migrate.js'
import { PG_WEBHOOK_INBOX_MIGRATIONS, PgWebhookInboxStore } from '../src/channels/telegram/pg-webhook-inbox-store.js'
import { describeWebhookInboxStoreContract } from './contracts/webhook-inbox-store.contract.js'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('PgWebhookInboxStore', (db) => {
  describeWebhookInboxStoreContract(async () => {
    const { pool, close } = await db.freshPool()
    await pgMigrate(pool, [PG_WEBHOOK_INBOX_MIGRATIONS])
    return { store: new PgWebhookInboxStore(pool), close }
  })
})
