/** The StaffWordStore contract against PostgreSQL (a fresh schema per test on the run's throwaway cluster). */
import { pgMigrate } from '../src/db/pg-migrate.js'
import { PG_STAFF_WORD_MIGRATIONS, PgStaffWordStore } from '../src/staff/pg-staff-word-store.js'
import { describeStaffWordStoreContract } from './contracts/staff-word-store.contract.js'
import { describeOnPostgres } from './support/postgres.js'

describeOnPostgres('PgStaffWordStore', (db) => {
  describeStaffWordStoreContract(async () => {
    const { pool, close } = await db.freshPool()
    await pgMigrate(pool, [PG_STAFF_WORD_MIGRATIONS])
    return { store: new PgStaffWordStore(pool), close }
  })
})
