/** The AdminStore contract against PostgreSQL (a fresh schema per test on the run's throwaway cluster). */
import { pgMigrate } from '../src/db/pg-migrate.js'
import { PG_ADMIN_MIGRATIONS, PgAdminStore } from '../src/staff/pg-admin-store.js'
import { describeAdminStoreContract } from './contracts/admin-store.contract.js'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('PgAdminStore', (db) => {
  describeAdminStoreContract(async (opts) => {
    const { pool, close } = await db.freshPool()
    await pgMigrate(pool, [PG_ADMIN_MIGRATIONS])
    return { store: new PgAdminStore(pool, opts?.now), close }
  })
})
