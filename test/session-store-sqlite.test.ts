/** The SessionStore contract against SQLite on disk (a temp folder). */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteSessionStore } from '../src/dialogue/sqlite-session-store.js'
import { describeSessionStoreContract } from './contracts/session-store.contract.js'

describeSessionStoreContract(async (opts) => {
  const dir = mkdtempSync(join(tmpdir(), 'lf-sessions-'))
  const db = openDatabase(join(dir, 'lf.db'))
  return {
    store: new SqliteSessionStore(db, opts),
    close: async () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})
