/**
 * @module bench/bench-search-size
 * One measurement of the search bench, run in its own process so peak RSS
 * and cold start are that of one system on one catalogue:
 *   --part build  import the catalogue, build both indexes, time 1,000 searches
 *                 of texts never seen before, with the recent-message memo off
 *                 (first sight), then, memo on, the 1,000 bench
 *                 queries (226 texts, so mostly remembered answers), HNSW vs
 *                 exact scan latency and recall@10
 *   --part cold   open the database and saved index, answer one query
 *   --part orama  the same catalogue and vectors in @orama/orama, hybrid search,
 *                 over the same two query lists
 *   --part paired both engines in this one process, timed alternately in
 *                 rounds of the same first-sight texts (bench/paired-part;
 *                 `--rounds N`, default 20 of 50 texts)
 * Prints one JSON line. Used by bench/bench.ts.
 */
import { parseArgs } from 'node:util'
import { join } from 'node:path'
import { existsSync } from 'node:fs'
import { percentilesOf } from './percentile.js'

const started = performance.now()
const { values } = parseArgs({ options: { part: { type: 'string' }, rows: { type: 'string' }, dir: { type: 'string' }, rounds: { type: 'string' } } })
const part = values.part ?? 'build'
const dir = values.dir ?? '/tmp'
const dbPath = join(dir, 'catalogue.db')

function percentiles(ms: number[]): { p50: number; p90: number; p99: number; mean: number } {
  const at = percentilesOf(ms, [50, 90, 99])
  return { p50: at[50], p90: at[90], p99: at[99], mean: ms.reduce((a, b) => a + b, 0) / ms.length }
}
const rssMb = () => process.resourceUsage().maxRSS / 1024

async function loadProjects() {
  const { loadTaxonomy } = await import('../src/catalogue/taxonomy.js')
  const taxonomy = loadTaxonomy()
  if (values.rows === 'sample') {
    const { readCatalogueFile } = await import('../src/catalogue/read-catalogue.js')
    const { SAMPLE_CATALOGUE_PATH } = await import('../src/catalogue/sample.js')
    return { taxonomy, projects: (await readCatalogueFile(SAMPLE_CATALOGUE_PATH, { taxonomy })).projects }
  }
  const { generateProjects } = await import('./generate-catalogue.js')
  return { taxonomy, projects: [...generateProjects({ rows: Number(values.rows), taxonomy, seed: 1 })] }
}

async function build() {
  const { openDatabase } = await import('../src/db/open-database.js')
  const { SqliteCatalogueStore } = await import('../src/catalogue/sqlite-catalogue-store.js')
  const { loadRegions } = await import('../src/catalogue/regions.js')
  const { createLexicalIndex } = await import('../src/search/lexical-index.js')
  const { createSearchService } = await import('../src/search/create-search-service.js')
  const { loadVectorIndex } = await import('../src/search/vector-index.js')
  const { FlatIndex } = await import('../src/search/exact-scan.js')
  const { benchQueries, distinctBenchQueries, warmUpQueries } = await import('./bench-queries.js')
  const { taxonomy, projects } = await loadProjects()
  const regions = loadRegions()
  const db = openDatabase(dbPath)
  const store = new SqliteCatalogueStore(db)
  let t = performance.now()
  await store.applyImport(projects, { who: 'bench', files: [] })
  const importMs = performance.now() - t
  t = performance.now()
  createLexicalIndex(db, taxonomy).rebuild(await store.list({ status: 'active' }), await store.version())
  const lexicalMs = performance.now() - t
  t = performance.now()
  // First sight with nothing remembered: the memo keys FTS5 hits by words, and texts that differ only in
  // filler ("我想学…", "…的课") share them, so even different texts would be partly remembered answers.
  const service = await createSearchService({ db, store, taxonomy, regions, rememberRecent: false })
  const vectorMs = performance.now() - t
  // First sight: warm the code on other texts, then each text once (what a learner's new message costs).
  for (const q of warmUpQueries()) await service.search({ text: q, k: 5 })
  const firstMs: number[] = []
  for (const q of distinctBenchQueries(1000)) {
    t = performance.now()
    await service.search({ text: q, k: 5 })
    firstMs.push(performance.now() - t)
  }
  const rssOurs = rssMb()
  // The bench queries repeat their texts: most answers are remembered (search/recent-memo), by the bot's own
  // service (memo on), opened on the index saved above.
  const remembering = await createSearchService({ db, store, taxonomy, regions })
  const queries = benchQueries(1000)
  for (const q of queries.slice(0, 50)) await remembering.search({ text: q, k: 5 })
  const searchMs: number[] = []
  let empty = 0
  for (const q of queries) {
    t = performance.now()
    const r = await remembering.search({ text: q, k: 5 })
    searchMs.push(performance.now() - t)
    if (r.hits.length === 0) empty++
  }
  // Vector side alone: the same query vectors through HNSW and through an exact scan.
  const vi = (await loadVectorIndex(`${dbPath}.hnsw`, await store.version(), { taxonomy }))!
  t = performance.now()
  const flat = new FlatIndex(vi.store.options.dimensions, projects.length)
  for (const id of vi.store.ids()) flat.add(id, vi.store.vector(id)!)
  const flatBuildMs = performance.now() - t
  const hnswMs: number[] = []
  const exactMs: number[] = []
  let recallSum = 0
  let recallN = 0
  for (const q of queries) {
    const v = await vi.embedQuery(q)
    if (!Array.from(v).some((x) => x !== 0)) continue
    t = performance.now()
    const approx = vi.store.searchIds(v, 10)
    hnswMs.push(performance.now() - t)
    t = performance.now()
    const exact = flat.search(v, 10)
    exactMs.push(performance.now() - t)
    // Tie-aware: a hit scoring at least the exact 10th score is a true top-10 neighbour.
    const bar = exact[exact.length - 1].score - 1e-5
    recallSum += Math.min(exact.length, approx.filter((h) => h.score >= bar).length) / exact.length
    recallN++
  }
  service.close()
  remembering.close()
  db.close()
  return {
    part, rows: projects.length, active: projects.filter((p) => p.status === 'active').length, dims: vi.store.options.dimensions,
    importMs, lexicalMs, vectorMs, buildMs: lexicalMs + vectorMs,
    firstSight: percentiles(firstMs), search: percentiles(searchMs), emptyShare: empty / queries.length,
    hnsw: percentiles(hnswMs), exact: percentiles(exactMs), flatBuildMs, recall10: recallSum / Math.max(1, recallN), recallQueries: recallN,
    rssMb: rssOurs, rssWithFlatMb: rssMb(),
  }
}

async function cold() {
  const t0 = performance.now()
  const { openDatabase } = await import('../src/db/open-database.js')
  const { SqliteCatalogueStore } = await import('../src/catalogue/sqlite-catalogue-store.js')
  const { loadTaxonomy } = await import('../src/catalogue/taxonomy.js')
  const { loadRegions } = await import('../src/catalogue/regions.js')
  const { createSearchService } = await import('../src/search/create-search-service.js')
  const importMs = performance.now() - t0
  const t1 = performance.now()
  const db = openDatabase(dbPath)
  const store = new SqliteCatalogueStore(db)
  const service = await createSearchService({ db, store, taxonomy: loadTaxonomy(), regions: loadRegions() })
  const openMs = performance.now() - t1
  const r = await service.search({ text: '老年人学用智能手机', k: 3 })
  const firstAnswerMs = performance.now() - t1
  const source = service.vectorIndexSource()
  service.close()
  db.close()
  return { part, importMs, openMs, firstAnswerMs, processToAnswerMs: performance.now() - started, hits: r.hits.length, source, rssMb: rssMb() }
}

async function orama() {
  const { oramaEngine } = await import('./orama-engine.js')
  const { benchQueries, distinctBenchQueries, warmUpQueries } = await import('./bench-queries.js')
  const { taxonomy, projects } = await loadProjects()
  const { buildMs, active, ask } = await oramaEngine(projects, taxonomy)
  const queries = benchQueries(1000)
  for (const q of [...warmUpQueries().slice(0, active > 50_000 ? 30 : undefined), ...queries.slice(0, 20)]) await ask(q)
  const n = active > 50_000 ? 100 : queries.length
  const time = async (list: string[]) => {
    const ms: number[] = []
    for (const q of list.slice(0, n)) {
      const t = performance.now()
      await ask(q)
      ms.push(performance.now() - t)
    }
    return percentiles(ms)
  }
  const firstSight = await time(distinctBenchQueries(1000))
  const repeated = await time(queries)
  return { part, rows: projects.length, buildMs, firstSight, search: repeated, queries: n, rssMb: rssMb() }
}

/** Both engines timed alternately in this one process, on the database the build part left (bench/paired-part). */
async function paired() {
  const { pairedPart } = await import('./paired-part.js')
  const { taxonomy, projects } = await loadProjects()
  const rounds = values.rounds ? Number(values.rounds) : undefined
  return { part, rows: projects.length, ...(await pairedPart({ dbPath, projects, taxonomy, rounds })) }
}

const parts = { cold, orama, paired, build } as Record<string, () => Promise<object>>
const result = await (parts[part] ?? build)()
if (part === 'build' && !existsSync(`${dbPath}.hnsw`)) throw new Error('the index was not saved')
process.stdout.write(JSON.stringify(result) + '\n')
