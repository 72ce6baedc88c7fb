/** The SubscriptionStore contract against SQLite on disk (a temp folder). */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteSubscriptionStore } from '../src/staff/sqlite-subscription-store.js'
import { describeSubscriptionStoreContract } from './contracts/subscription-store.contract.js'

describeSubscriptionStoreContract(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lf-subscriptions-'))
  const db = openDatabase(join(dir, 'lf.db'))
  return {
    store: new SqliteSubscriptionStore(db),
    close: async () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})
