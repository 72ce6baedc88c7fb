/** The SessionStore contract against SQLite on disk (a temp folder): with rows written on the store's own connection, and written behind by the writer thread as `serve` does. */
import { describeInBothWriteModes } from './fixtures/sqlite-write-modes.js'
import { SqliteSessionStore } from '../src/dialogue/sqlite-session-store.js'
import type { SessionStoreOptions } from '../src/dialogue/session-store.js'
import { describeSessionStoreContract } from './contracts/session-store.contract.js'

describeInBothWriteModes(describeSessionStoreContract, (db, writes, opts: SessionStoreOptions) => new SqliteSessionStore(db, opts, writes))
