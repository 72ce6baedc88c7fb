/**
 * @module bench/profile-search
 * A search loop to profile: imports a catalogue (the sample, or generated
 * rows) into a temporary database, then answers the bench queries `--rounds`
 * times. Run under `node --cpu-prof` to see where a search spends its time;
 * prints the p50 of the last round, and of the first round's first sight of
 * each text (`firstSight`: what a message never seen before costs, since
 * the search path remembers recent messages). `--memo off` forgets every
 * message, so each round times first sight with the code already warm.
 * `cpuMeanUs` is the process's CPU µs per search over the last round, which
 * waiting for a core on a loaded machine does not inflate. `--profile FILE`
 * writes a CPU profile of the rounds after the first `--warm` (default 2):
 * the steady state, without the first compile of every function and pattern.
 *
 * @example node --cpu-prof --cpu-prof-dir=/tmp/prof bin/run-ts.js bench/profile-search.ts --rows sample --rounds 5
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'
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
import { stageClock } from '../src/search/stage-clock.js'

const { values } = parseArgs({ options: { rows: { type: 'string' }, rounds: { type: 'string' }, only: { type: 'string' }, memo: { type: 'string' }, stages: { type: 'boolean' }, cpu: { type: 'boolean' }, profile: { type: 'string' }, warm: { type: 'string' } } })
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
// --stages: µs per step of each search (see search/stage-clock), 'other' being what no step names (the await's return).
const stages = new Map<string, number[]>()
let current = new Map<string, number>()
let last = 0
// --cpu: the process's CPU time instead of wall time (a loaded machine's scheduler adds nothing to it; each mark
// costs a system call, the same in every stage).
const clock = values.cpu ? () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000 } : () => performance.now()
if (values.stages) stageClock.mark = (stage) => {
  const now = clock()
  current.set(stage, (current.get(stage) ?? 0) + (now - last) * 1000)
  last = now
}
// --profile FILE: a V8 CPU profile (100 µs sampling) of the rounds after the first --warm (default 2) only, so the
// first compile of every function and pattern stays out of it: the steady state a running bot is in.
const session = values.profile ? new Session() : null
session?.connect()
const post = (method: string, params?: object) => new Promise<any>((ok, fail) => session!.post(method, params, (e, r) => e ? fail(e) : ok(r)))
let cpuRound = 0
for (let round = 0; round < Number(values.rounds ?? 5); round++) {
  const cpuStart = process.cpuUsage()
  if (session && round === Number(values.warm ?? 2)) {
    await post('Profiler.enable')
    await post('Profiler.setSamplingInterval', { interval: 100 })
    await post('Profiler.start')
  }
  ms = []
  for (const q of queries) {
    current = new Map()
    const t = performance.now()
    const t0 = (last = clock())
    if (only === 'understand') service.understand(q)
    else await service.search({ text: q, k: 5 })
    const end = performance.now()
    ms.push(end - t)
    if (values.stages) {
      const stop = clock()
      current.set('other', (stop - last) * 1000)
      current.set('whole', (stop - t0) * 1000)
      for (const [stage, us] of current) (stages.get(stage) ?? stages.set(stage, []).get(stage)!).push(us)
    }
    if (!seen.has(q)) firstSight.push(ms.at(-1)!)
    seen.add(q)
  }
  const cpu = process.cpuUsage(cpuStart)
  cpuRound = (cpu.user + cpu.system) / queries.length
}
if (session) writeFileSync(values.profile!, JSON.stringify((await post('Profiler.stop')).profile))
const p = (xs: number[], q: number) => percentilesOf(xs, [q * 100])[q * 100]
console.log(JSON.stringify({
  rows, only, memo: values.memo !== 'off', p50: p(ms, 0.5), p90: p(ms, 0.9), mean: ms.reduce((a, b) => a + b, 0) / ms.length,
  // The process's CPU µs per search over the last round (waiting for a core does not inflate it).
  cpuMeanUs: cpuRound,
  firstSight: { texts: firstSight.length, p50: p(firstSight, 0.5), p90: p(firstSight, 0.9) },
}))
if (values.stages) {
  // Every stage over every search (0 where a search skipped it), so the means add up to the whole.
  const searches = stages.get('whole')!.length
  console.log('| stage | p50 µs | mean µs | searches that ran it |\n|---|---|---|---|')
  for (const [stage, list] of stages) {
    const all = [...list, ...Array<number>(searches - list.length).fill(0)]
    console.log(`| ${stage} | ${p(all, 0.5).toFixed(1)} | ${(all.reduce((a, b) => a + b, 0) / all.length).toFixed(1)} | ${list.length} |`)
  }
}
service.close()
db.close()
rmSync(dir, { recursive: true, force: true })
