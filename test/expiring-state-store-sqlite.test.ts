/** The chat state contract against SQLite on disk: written on the store's own connection, and by the writer thread. */
import { describeInBothWriteModes } from './fixtures/sqlite-write-modes.js'
import { SqliteExpiringStateStore } from '../src/channels/shared/sqlite-expiring-state-store.js'
import { describeExpiringStateStoreContract } from './contracts/expiring-state-store.contract.js'

describeInBothWriteModes(describeExpiringStateStoreContract, (db, writes) => new SqliteExpiringStateStore(db, writes))
