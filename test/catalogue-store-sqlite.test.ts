/** The CatalogueStore contract against SQLite on disk (a temp folder). */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteCatalogueStore } from '../src/catalogue/sqlite-catalogue-store.js'
import { describeCatalogueStoreContract } from './contracts/catalogue-store.contract.js'

describeCatalogueStoreContract(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lf-catalogue-'))
  const db = openDatabase(join(dir, 'lf.db'))
  return {
    store: new SqliteCatalogueStore(db),
    close: async () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})
