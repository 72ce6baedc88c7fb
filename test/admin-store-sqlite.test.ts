/** The AdminStore contract against SQLite on disk (a temp folder). */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteAdminStore } from '../src/staff/sqlite-admin-store.js'
import { describeAdminStoreContract } from './contracts/admin-store.contract.js'

describeAdminStoreContract(async (opts) => {
  const dir = mkdtempSync(join(tmpdir(), 'lf-admins-'))
  const db = openDatabase(join(dir, 'lf.db'))
  return {
    store: new SqliteAdminStore(db, opts?.now),
    close: async () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})
