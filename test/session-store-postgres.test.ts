/** The SessionStore contract against PostgreSQL (a fresh schema per test on the run's throwaway cluster). */
import { pgMigrate } from '../src/db/pg-migrate.js'
import { PG_SESSION_MIGRATIONS, PgSessionStore } from '../src/dialogue/pg-session-store.js'
import { describeSessionStoreContract } from './contracts/session-store.contract.js'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('PgSessionStore', (db) => {
  describeSessionStoreContract(async (opts) => {
    const { pool, close } = await db.freshPool()
    await pgMigrate(pool, [PG_SESSION_MIGRATIONS])
    return { store: new PgSessionStore(pool, opts), close }
  })
})
