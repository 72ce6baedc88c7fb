/** The chat state contract against PostgreSQL (a fresh schema per test on the run's throwaway cluster). */
import { pgMigrate } from '../src/db/pg-migrate.js'
import { PG_EXPIRING_STATE_MIGRATIONS, PgExpiringStateStore } from '../src/channels/shared/pg-expiring-state-store.js'
import { describeExpiringStateStoreContract } from './contracts/expiring-state-store.contract.js'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('PgExpiringStateStore', (db) => {
  describeExpiringStateStoreContract(async () => {
    const { pool, close } = await db.freshPool()
    await pgMigrate(pool, [PG_EXPIRING_STATE_MIGRATIONS])
    return { store: new PgExpiringStateStore(pool), close }
  })
})
