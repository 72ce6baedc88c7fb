/** The SubscriptionStore contract against SQLite on disk (a temp folder): rows written on the store's own connection, and by the writer thread. */
import { describeInBothWriteModes } from './fixtures/sqlite-write-modes.js'
import { SqliteSubscriptionStore } from '../src/staff/sqlite-subscription-store.js'
import { describeSubscriptionStoreContract } from './contracts/subscription-store.contract.js'

describeInBothWriteModes(describeSubscriptionStoreContract, (db, writes) => new SqliteSubscriptionStore(db, undefined, writes))
