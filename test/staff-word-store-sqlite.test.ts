/**
 * The staff words contract against SQLite on disk: written on the store's own connection, and by the writer thread.
 * The clock stands still, so words added together carry the same moment and only the write can tell their ids apart.
 */
import { describeInBothWriteModes } from './fixtures/sqlite-write-modes.js'
import { SqliteStaffWordStore } from '../src/staff/sqlite-staff-word-store.js'
import { describeStaffWordStoreContract } from './contracts/staff-word-store.contract.js'

describeInBothWriteModes(describeStaffWordStoreContract, (db, writes) => new SqliteStaffWordStore(db, () => new Date('2026-03-01T08:00:00Z'), writes))
