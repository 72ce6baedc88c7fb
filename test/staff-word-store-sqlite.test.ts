import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteStaffWordStore } from '../src/staff/sqlite-staff-word-store.js'
import { describeStaffWordStoreContract } from './contracts/staff-word-store.contract.js'

describeStaffWordStoreContract(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lf-words-'))
  const db = openDatabase(join(dir, 'lf.db'))
  return { store: new SqliteStaffWordStore(db), close: async () => { db.close(); rmSync(dir, { recursive: true, force: true }) } }
})
