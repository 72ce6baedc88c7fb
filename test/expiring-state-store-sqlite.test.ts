/** The chat state contract against SQLite on disk. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteExpiringStateStore } from '../src/channels/shared/sqlite-expiring-state-store.js'
import { describeExpiringStateStoreContract } from './contracts/expiring-state-store.contract.js'

describeExpiringStateStoreContract(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lf-state-'))
  const db = openDatabase(join(dir, 'lf.db'))
  return {
    store: new SqliteExpiringStateStore(db),
    close: async () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})
