/** The AdminStore contract against SQLite on disk (a temp folder): rows written on the store's own connection, and by the writer thread. */
import { describeInBothWriteModes } from './fixtures/sqlite-write-modes.js'
import { SqliteAdminStore } from '../src/staff/sqlite-admin-store.js'
import { describeAdminStoreContract } from './contracts/admin-store.contract.js'

describeInBothWriteModes(describeAdminStoreContract, (db, writes, opts?: { now?: () => Date }) => new SqliteAdminStore(db, opts?.now, writes))
