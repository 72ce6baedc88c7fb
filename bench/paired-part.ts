/**
 * @module bench/paired-part
 * `bench-search-size --part paired`: learnfinder and Orama timed alternately
 * in one process on the same catalogue, so both meet the same load (see
 * bench/paired-timing.ts for why and for the statistics). learnfinder opens
 * the database and index the build part saved, with the recent-message memo
 * off (first sight); Orama is built over the same projects. Both warm up on
 * the same 300 texts, then each round asks both engines the same slice of
 * the 1,000 first-sight texts, in ABBA order.
 */
import type { Project } from '../src/catalogue/project.js'
import type { Taxonomy } from '../src/catalogue/taxonomy.js'
import { oramaEngine } from './orama-engine.js'
import { oursFirst, roundTexts, summarisePaired, type PairedRound, type PairedSummary } from './paired-timing.js'

/** Options of one paired timing: the database the build part left, its projects, and the rounds' shape. */
export interface PairedOptions {
  dbPath: string
  projects: Project[]
  taxonomy: Taxonomy
  rounds?: number
  size?: number
}

let fillers = 0
/**
 * The two engines share learnfinder's text-keyed memos (the last 64 normal forms and word groups: Orama's query
 * side is our segmenter and embedder), so the engine going second would find the other's texts remembered. Asking
 * 65 texts never asked before pushes every timed text out of them (each is cleared when full).
 */
async function forgetRecentTexts(): Promise<void> {
  const { normalizeText } = await import('../src/text/normalize.js')
  const { segment } = await import('../src/text/segment.js')
  for (let i = 0; i < 65; i++) {
    const filler = `填充${++fillers}`
    normalizeText(filler)
    segment(filler)
  }
}

const cpuUs = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since)
  return c.user + c.system
}

/** Times both engines alternately on the same texts; returns the paired summary. */
export async function pairedPart(options: PairedOptions): Promise<PairedSummary> {
  const { openDatabase } = await import('../src/db/open-database.js')
  const { SqliteCatalogueStore } = await import('../src/catalogue/sqlite-catalogue-store.js')
  const { loadRegions } = await import('../src/catalogue/regions.js')
  const { createSearchService } = await import('../src/search/create-search-service.js')
  const { distinctBenchQueries, warmUpQueries } = await import('./bench-queries.js')
  const db = openDatabase(options.dbPath)
  const store = new SqliteCatalogueStore(db)
  const service = await createSearchService({ db, store, taxonomy: options.taxonomy, regions: loadRegions(), rememberRecent: false })
  const orama = await oramaEngine(options.projects, options.taxonomy)
  const ours = (text: string) => service.search({ text, k: 5 })
  for (const q of warmUpQueries()) {
    await ours(q)
    await orama.ask(q)
  }
  // Each search's CPU too (getrusage: about a microsecond, paid alike by both engines), for a CPU p50.
  const time = async (ask: (text: string) => Promise<unknown>, texts: string[]) => {
    const ms: number[] = []
    const each: number[] = []
    const cpu = process.cpuUsage()
    for (const q of texts) {
      const c = process.cpuUsage()
      const t = performance.now()
      await ask(q)
      ms.push(performance.now() - t)
      each.push(cpuUs(c))
    }
    return { ms, cpu: cpuUs(cpu), each }
  }
  const rounds: PairedRound[] = []
  for (const [i, texts] of roundTexts(distinctBenchQueries(1000), options.rounds ?? 20, options.size ?? 50).entries()) {
    const a = oursFirst(i) ? await time(ours, texts) : null
    if (a) await forgetRecentTexts()
    const b = await time(orama.ask, texts)
    if (!a) await forgetRecentTexts()
    const o = a ?? await time(ours, texts)
    rounds.push({ ours: o.ms, theirs: b.ms, oursCpuUs: o.cpu, theirsCpuUs: b.cpu, oursCpu: o.each, theirsCpu: b.each })
  }
  service.close()
  db.close()
  return summarisePaired(rounds)
}
