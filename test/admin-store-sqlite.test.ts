/** The AdminStore contract against SQLite on disk (a temp folder): rows written on the store's own connection, and by the writer thread. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe } from 'vitest'
import { openDatabase } from '../src/db/open-database.js'
import { writerThread } from '../src/db/sqlite-writer.js'
import { SqliteAdminStore } from '../src/staff/sqlite-admin-store.js'
import { describeAdminStoreContract } from './contracts/admin-store.contract.js'

for (const thread of [false, true]) {
  describe(thread ? 'written by the writer thread' : 'written on the store’s connection', () => {
    describeAdminStoreContract(async (opts) => {
      const dir = mkdtempSync(join(tmpdir(), 'lf-admins-'))
      const file = join(dir, 'lf.db')
      const db = openDatabase(file)
      const writes = thread ? writerThread(file) : undefined
      return {
        store: new SqliteAdminStore(db, opts?.now, writes),
        close: async () => {
          await writes?.close()
          db.close()
          rmSync(dir, { recursive: true, force: true })
        },
      }
    })
  })
}
