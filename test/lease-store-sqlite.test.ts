/** The LeaseStore contract against SQLite on disk: rows written on the store's own connection, and by the writer thread. */
import { describeInBothWriteModes } from './fixtures/sqlite-write-modes.js'
import { SqliteLeaseStore } from '../src/db/sqlite-lease-store.js'
import { describeLeaseStoreContract } from './contracts/lease-store.contract.js'

describeInBothWriteModes(describeLeaseStoreContract, (db, writes, opts: { now: () => Date }) => new SqliteLeaseStore(db, opts.now, writes))
