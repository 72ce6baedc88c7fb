/** The PendingUploadStore contract against SQLite on disk (a temp folder). */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/db/open-database.js'
import { SqlitePendingUploadStore } from '../src/staff/sqlite-pending-upload-store.js'
import { describePendingUploadStoreContract } from './contracts/pending-upload-store.contract.js'

describePendingUploadStoreContract(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lf-uploads-'))
  const db = openDatabase(join(dir, 'lf.db'))
  return {
    store: new SqlitePendingUploadStore(db),
    close: async () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})
