/** The staff words contract against SQLite on disk: written on the store's own connection, and by the writer thread. */
import { describeInBothWriteModes } from './fixtures/sqlite-write-modes.js'
import { SqliteStaffWordStore } from '../src/staff/sqlite-staff-word-store.js'
import { describeStaffWordStoreContract } from './contracts/staff-word-store.contract.js'

describeInBothWriteModes(describeStaffWordStoreContract, (db, writes) => new SqliteStaffWordStore(db, undefined, writes))
