/**
 * The SessionStore contract against SQLite on disk (a temp folder): with rows
 * written on the store's own connection, and written behind by the writer
 * thread as `serve` does.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe } from 'vitest'
import { openDatabase } from '../src/db/open-database.js'
import { writerThread } from '../src/db/sqlite-writer.js'
import { SqliteSessionStore } from '../src/dialogue/sqlite-session-store.js'
import { describeSessionStoreContract } from './contracts/session-store.contract.js'

for (const thread of [false, true]) {
  describe(thread ? 'written behind by the writer thread' : 'written on the store’s connection', () => {
    describeSessionStoreContract(async (opts) => {
      const dir = mkdtempSync(join(tmpdir(), 'lf-sessions-'))
      const file = join(dir, 'lf.db')
      const db = openDatabase(file)
      const writes = thread ? writerThread(file) : undefined
      return {
        store: new SqliteSessionStore(db, opts, writes),
        close: async () => {
          await writes?.close()
          db.close()
          rmSync(dir, { recursive: true, force: true })
        },
      }
    })
  })
}
