/**
 * The TurnLogStore contract against SQLite on disk (a temp folder): rows
 * written on the store's own connection, and by the writer thread as `serve` does.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe } from 'vitest'
import { openDatabase } from '../src/db/open-database.js'
import { writerThread } from '../src/db/sqlite-writer.js'
import { SqliteTurnLogStore } from '../src/staff/sqlite-turn-log-store.js'
import { describeTurnLogStoreContract } from './contracts/turn-log-store.contract.js'

for (const thread of [false, true]) {
  describe(thread ? 'written by the writer thread' : 'written on the store’s connection', () => {
    describeTurnLogStoreContract(async (opts) => {
      const dir = mkdtempSync(join(tmpdir(), 'lf-turns-'))
      const file = join(dir, 'lf.db')
      const db = openDatabase(file)
      const writes = thread ? writerThread(file) : undefined
      return {
        store: new SqliteTurnLogStore(db, opts, writes),
        close: async () => {
          await writes?.close()
          db.close()
          rmSync(dir, { recursive: true, force: true })
        },
      }
    })
  })
}
