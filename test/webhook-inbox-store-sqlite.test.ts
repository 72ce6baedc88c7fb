/** The webhook inbox contract against SQLite on disk. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteWebhookInboxStore } from '../src/channels/telegram/sqlite-webhook-inbox-store.js'
import { describeWebhookInboxStoreContract } from './contracts/webhook-inbox-store.contract.js'

describeWebhookInboxStoreContract(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lf-inbox-'))
  const db = openDatabase(join(dir, 'lf.db'))
  return {
    store: new SqliteWebhookInboxStore(db),
    close: async () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})
