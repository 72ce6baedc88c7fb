import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteLeaseStore } from '../src/db/sqlite-lease-store.js'
import { describeLeaseStoreContract } from './contracts/lease-store.contract.js'

describeLeaseStoreContract(async ({ now }) => {
  const dir = mkdtempSync(join(tmpdir(), 'lf-lease-'))
  const db = openDatabase(join(dir, 'lf.db'))
  return { store: new SqliteLeaseStore(db, now), close: async () => { db.close(); rmSync(dir, { recursive: true, force: true }) } }
})
