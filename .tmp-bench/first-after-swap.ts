import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteCatalogueStore } from '../src/catalogue/sqlite-catalogue-store.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { createSearchService } from '../src/search/create-search-service.js'
import { generateProjects } from '../bench/generate-catalogue.js'
import { Session } from 'node:inspector/promises'
import { writeFileSync } from 'node:fs'
const session = new Session(); session.connect()
const taxonomy = loadTaxonomy()
const dir = mkdtempSync(join(tmpdir(), 'lf-sw-'))
const db = openDatabase(join(dir, 'c.db'))
const store = new SqliteCatalogueStore(db)
await store.applyImport([...generateProjects({ rows: 1000, taxonomy, seed: 1 })], { who: 'x', files: [] })
const service = await createSearchService({ db, store, taxonomy, regions: loadRegions() })
const qs = ['我想学人工智能', '老年人手机课', '免费的线上课程', '南昌 电工', 'elderly care online', '家庭教育 家长', '乡村振兴 电商', '书法']
for (const q of qs) { const t = performance.now(); await service.search({ text: q, k: 5 }); console.log('before', q, (performance.now() - t).toFixed(1)) }
await store.applyImport([...generateProjects({ rows: 25000, taxonomy, seed: 2 })], { who: 'x', files: [] })
const t0 = performance.now(); await service.refresh(); console.log('refresh', (performance.now() - t0).toFixed(0))
await session.post('Profiler.enable'); await session.post('Profiler.start')
for (const q of [...qs, ...qs.map((q) => q + '吗')]) { const t = performance.now(); const u = service.understand(q); const t1 = performance.now(); await service.search({ text: q, k: 5, understanding: u } as any); console.log('after', q, 'understand', (t1 - t).toFixed(1), 'search', (performance.now() - t1).toFixed(1)) }
const { profile } = await session.post('Profiler.stop'); writeFileSync('/tmp/after.cpuprofile', JSON.stringify(profile))
await service.close?.()
