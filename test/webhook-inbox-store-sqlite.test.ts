/**
 * The webhook inbox contract against SQLite on disk: with rows written on the
 * store's own connection, and through the writer thread as `serve` does (so an
 * update is stored while another process holds the write lock).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe } from 'vitest'
import { openDatabase } from '../src/db/open-database.js'
import { writerThread } from '../src/db/sqlite-writer.js'
import { SqliteWebhookInboxStore } from '../src/channels/telegram/sqlite-webhook-inbox-store.js'
import { describeWebhookInboxStoreContract } from './contracts/webhook-inbox-store.contract.js'

for (const thread of [false, true]) {
  describe(thread ? 'written by the writer thread' : 'written on the store’s connection', () => {
    describeWebhookInboxStoreContract(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lf-inbox-'))
      const file = join(dir, 'lf.db')
      const db = openDatabase(file)
      const writes = thread ? writerThread(file) : undefined
      return {
        store: new SqliteWebhookInboxStore(db, writes),
        close: async () => {
          await writes?.close()
          db.close()
          rmSync(dir, { recursive: true, force: true })
        },
      }
    })
  })
}
