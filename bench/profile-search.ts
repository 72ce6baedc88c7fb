/**
 * @module bench/profile-search
 * A search loop to profile: imports a catalogue (the sample, or generated
 * rows) into a temporary database, then answers the bench queries `--rounds`
 * times. Run under `node --cpu-prof` to see where a search spends its time;
 * prints the p50 of the last round, and of the first round's first sight of
 * each text (`firstSight`: what a message never seen before costs, since
 * the search path remembers recent messages). `--memo off` forgets every
 * message, so each round times first sight with the code already warm.
 *
 * @example node --cpu-prof --cpu-prof-dir=/tmp/prof bin/run-ts.js bench/profile-search.ts --rows sample --rounds 5
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteCatalogueStore } from '../src/catalogue/sqlite-catalogue-store.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { readCatalogueFile } from '../src/catalogue/read-catalogue.js'
import { SAMPLE_CATALOGUE_PATH } from '../src/catalogue/sample.js'
import { createSearchService } from '../src/search/create-search-service.js'
import { benchQueries } from './bench-queries.js'
import { generateProjects } from './generate-catalogue.js'
import { percentilesOf } from './percentile.js'

const { values } = parseArgs({ options: { rows: { type: 'string' }, rounds: { type: 'string' }, only: { type: 'string' }, memo: { type: 'string' } } })
const taxonomy = loadTaxonomy()
const rows = values.rows ?? 'sample'
const projects = rows === 'sample'
  ? (await readCatalogueFile(SAMPLE_CATALOGUE_PATH, { taxonomy })).projects
  : [...generateProjects({ rows: Number(rows), taxonomy, seed: 1 })]
const dir = mkdtempSync(join(tmpdir(), 'lf-prof-'))
const db = openDatabase(join(dir, 'catalogue.db'))
const store = new SqliteCatalogueStore(db)
await store.applyImport(projects, { who: 'profile', files: [] })
const service = await createSearchService({ db, store, taxonomy, regions: loadRegions(), rememberRecent: values.memo !== 'off' })
const queries = benchQueries(1000)
const only = values.only ?? 'search'
let ms: number[] = []
const firstSight: number[] = []
const seen = new Set<string>()
for (let round = 0; round < Number(values.rounds ?? 5); round++) {
  ms = []
  for (const q of queries) {
    const t = performance.now()
    if (only === 'understand') service.understand(q)
    else await service.search({ text: q, k: 5 })
    ms.push(performance.now() - t)
    if (!seen.has(q)) firstSight.push(ms.at(-1)!)
    seen.add(q)
  }
}
const p = (xs: number[], q: number) => percentilesOf(xs, [q * 100])[q * 100]
console.log(JSON.stringify({
  rows, only, memo: values.memo !== 'off', p50: p(ms, 0.5), p90: p(ms, 0.9), mean: ms.reduce((a, b) => a + b, 0) / ms.length,
  firstSight: { texts: firstSight.length, p50: p(firstSight, 0.5), p90: p(firstSight, 0.9) },
}))
service.close()
db.close()
rmSync(dir, { recursive: true, force: true })
