/** The TurnLogStore contract against SQLite on disk (a temp folder): rows written on the store's own connection, and by the writer thread as `serve` does. */
import { describeInBothWriteModes } from './fixtures/sqlite-write-modes.js'
import { SqliteTurnLogStore } from '../src/staff/sqlite-turn-log-store.js'
import type { MakeTurnLogStore } from './contracts/turn-log-store.contract.js'
import { describeTurnLogStoreContract } from './contracts/turn-log-store.contract.js'

describeInBothWriteModes(describeTurnLogStoreContract, (db, writes, opts: Parameters<MakeTurnLogStore>[0]) => new SqliteTurnLogStore(db, opts, writes))
