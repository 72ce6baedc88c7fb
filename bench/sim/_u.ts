import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../src/db/open-database.js'
import { SqliteCatalogueStore } from '../../src/catalogue/sqlite-catalogue-store.js'
import { ensureSampleCatalogue } from '../../src/catalogue/sample.js'
import { loadTaxonomy } from '../../src/catalogue/taxonomy.js'
import { loadRegions } from '../../src/catalogue/regions.js'
import { createSearchService } from '../../src/search/create-search-service.js'
const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'u-')), 'x.db'))
const taxonomy = loadTaxonomy(); const store = new SqliteCatalogueStore(db)
await ensureSampleCatalogue(store, taxonomy)
const s = await createSearchService({ db, store, taxonomy, regions: loadRegions() })
for (const t of process.argv.slice(2)) {
  const u = s.understand(t)
  console.log(t, '\n  norm:', u.normalized, '\n  needs:', JSON.stringify(u.needs), 'vague', u.vague, '\n  slots:', JSON.stringify({ ...u.slots, topics: u.slots.topics.map(x => x.id + (x.explicit ? '!' : x.related ? '~' : '?')), audiences: u.slots.audiences.map(x => x.id + (x.explicit ? '!' : x.related ? '~' : '?')) }))
}
s.close()
