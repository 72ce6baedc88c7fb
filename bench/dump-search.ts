/**
 * @module bench/dump-search
 * Prints, one JSON line per text, the understanding and the hits (ids and
 * rounded scores) of every bench, warm-up and first-sight text, on the sample
 * or a generated catalogue: dumped before and after a speed change and
 * diffed, it shows the answers stayed the same. `--texts all` adds every
 * question of the eval's labelled retrieval sets and every phrase of the spent
 * simulator banks and scripted dialogues (bench/understand-texts; held-out
 * banks are never read), about 17,000 texts more.
 *
 * @example node bin/run-ts.js bench/dump-search.ts --rows sample > before.jsonl
 * @example node bin/run-ts.js bench/dump-search.ts --rows sample --texts all > before-all.jsonl
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
import { benchQueries, distinctBenchQueries, warmUpQueries } from './bench-queries.js'
import { generateProjects } from './generate-catalogue.js'
import { readQuerySet, SETS } from './eval/query-set.js'
import { understandTexts } from './understand-texts.js'

const { values } = parseArgs({ options: { rows: { type: 'string' }, texts: { type: 'string' } } })
const taxonomy = loadTaxonomy()
const rows = values.rows ?? 'sample'
const projects = rows === 'sample'
  ? (await readCatalogueFile(SAMPLE_CATALOGUE_PATH, { taxonomy })).projects
  : [...generateProjects({ rows: Number(rows), taxonomy, seed: 1 })]
const dir = mkdtempSync(join(tmpdir(), 'lf-dump-'))
const db = openDatabase(join(dir, 'catalogue.db'))
const store = new SqliteCatalogueStore(db)
await store.applyImport(projects, { who: 'dump', files: [] })
const service = await createSearchService({ db, store, taxonomy, regions: loadRegions(), rememberRecent: false, today: () => new Date('2026-06-01T08:00:00Z') })
const round = (x: number | null | undefined) => (x == null ? x : Math.round(x * 1e6) / 1e6)
const more = values.texts === 'all' ? [...SETS.flatMap((set) => readQuerySet(set.queries).map((q) => q.text)), ...understandTexts().bankTexts] : []
const texts = [...new Set([...warmUpQueries(), ...distinctBenchQueries(1106), ...benchQueries(1000), ...more])]
for (const text of texts) {
  for (const k of [5, 3]) {
    const r = await service.search({ text, k })
    const hits = r.hits.map((h) => [h.project.id, round(h.score), round(h.scores.lexical), round(h.scores.vector), round(h.scores.slot), round(h.scores.fused), round(h.scores.coverage)])
    process.stdout.write(JSON.stringify({ text, k, u: r.understanding, hits }) + '\n')
  }
}
service.close()
db.close()
rmSync(dir, { recursive: true, force: true })
