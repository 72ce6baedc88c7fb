/** The WebAccountStore contract against PostgreSQL (a fresh schema per test on the run's throwaway cluster). */
import { pgMigrate } from '../src/db/pg-migrate.js'
import { PG_WEB_ACCOUNT_MIGRATIONS, PgWebAccountStore } from '../src/staff/pg-web-account-store.js'
import { describeWebAccountStoreContract } from './contracts/web-account-store.contract.js'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('PgWebAccountStore', (db) => {
  describeWebAccountStoreContract(async () => {
    const { pool, close } = await db.freshPool()
    await pgMigrate(pool, [PG_WEB_ACCOUNT_MIGRATIONS])
    return { store: new PgWebAccountStore(pool), close }
  })
})
