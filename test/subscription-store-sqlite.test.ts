/** The SubscriptionStore contract against SQLite on disk (a temp folder): rows written on the store's own connection, and by the writer thread. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe } from 'vitest'
import { openDatabase } from '../src/db/open-database.js'
import { writerThread } from '../src/db/sqlite-writer.js'
import { SqliteSubscriptionStore } from '../src/staff/sqlite-subscription-store.js'
import { describeSubscriptionStoreContract } from './contracts/subscription-store.contract.js'

for (const thread of [false, true]) {
  describe(thread ? 'written by the writer thread' : 'written on the store’s connection', () => {
    describeSubscriptionStoreContract(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lf-subscriptions-'))
      const file = join(dir, 'lf.db')
      const db = openDatabase(file)
      const writes = thread ? writerThread(file) : undefined
      return {
        store: new SqliteSubscriptionStore(db, undefined, writes),
        close: async () => {
          await writes?.close()
          db.close()
          rmSync(dir, { recursive: true, force: true })
        },
      }
    })
  })
}
