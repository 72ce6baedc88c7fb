/** The LeaseStore contract against SQLite on disk: rows written on the store's own connection, and by the writer thread. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe } from 'vitest'
import { openDatabase } from '../src/db/open-database.js'
import { writerThread } from '../src/db/sqlite-writer.js'
import { SqliteLeaseStore } from '../src/db/sqlite-lease-store.js'
import { describeLeaseStoreContract } from './contracts/lease-store.contract.js'

for (const thread of [false, true]) {
  describe(thread ? 'written by the writer thread' : 'written on the store’s connection', () => {
    describeLeaseStoreContract(async ({ now }) => {
      const dir = mkdtempSync(join(tmpdir(), 'lf-lease-'))
      const file = join(dir, 'lf.db')
      const db = openDatabase(file)
      const writes = thread ? writerThread(file) : undefined
      return {
        store: new SqliteLeaseStore(db, now, writes),
        close: async () => {
          await writes?.close()
          db.close()
          rmSync(dir, { recursive: true, force: true })
        },
      }
    })
  })
}
