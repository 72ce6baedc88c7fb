/** The TurnLogStore contract against SQLite on disk (a temp folder). */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteTurnLogStore } from '../src/staff/sqlite-turn-log-store.js'
import { describeTurnLogStoreContract } from './contracts/turn-log-store.contract.js'

describeTurnLogStoreContract(async (opts) => {
  const dir = mkdtempSync(join(tmpdir(), 'lf-turns-'))
  const db = openDatabase(join(dir, 'lf.db'))
  return {
    store: new SqliteTurnLogStore(db, opts),
    close: async () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})
