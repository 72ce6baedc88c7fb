/**
 * @module bench/eval/retrieval
 * The retrieval evaluation behind `npm run eval`: every labelled query of
 * the main and held-out sets goes to our SearchService and to each baseline
 * in the same process; hit@3, precision@3, MRR and nDCG@5 are printed per
 * kind and overall, with "asks back" for vague queries and "returns nothing"
 * for unanswerable ones. Labels come from bench/eval/labels*.json (made by
 * build-labels.ts), never from the system under test.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SearchService } from '../../src/search/types.js'
import { KNOWLEDGE_DIR } from '../../src/paths.js'
import { ANSWERABLE, KINDS, SETS, readLabelledSet, type Kind, type LabelledQuery } from './query-set.js'
import type { Baseline } from './baseline-minisearch.js'
import { formatReport } from './retrieval-report.js'
import { formatSlotAccuracy, slotAccuracy, type SlotAccuracy } from './slot-accuracy.js'
import type { Regions } from '../../src/catalogue/regions.js'
import { percentile } from '../percentile.js'

/** Mean scores over a group of answerable queries. */
export interface Scores {
  n: number
  hit3: number
  precision3: number
  mrr: number
  ndcg5: number
}

/** One system on one kind of query. */
export interface KindResult {
  kind: Kind
  n: number
  /** Ranking scores (answerable kinds only). */
  scores: Scores | null
  /** Vague kind: share of queries understood as vague (our system only; null for baselines). */
  asksBack: number | null
  /** Unanswerable kind: share of queries with an empty hit list. */
  empty: number | null
}

/** One system on one set. */
export interface SystemResult {
  system: string
  kinds: KindResult[]
  /** Over all answerable queries. */
  overall: Scores
  latencyMs: { p50: number; p99: number }
}

/** A query our system got wrong, for the report's "misses" list. */
export interface Miss {
  id: string
  kind: Kind
  text: string
  got: string[]
  relevant: number
  why: string
}

/** One labelled set, every system. */
export interface SetResult {
  set: string
  queries: number
  catalogue: string
  stale: boolean
  systems: SystemResult[]
  misses: Miss[]
  /** Our query understanding against the labelled intents. */
  slots: SlotAccuracy[]
}

/** What {@link runRetrievalEval} returns and prints. */
export interface Report {
  sets: SetResult[]
  text: string
}

/** Options for {@link runRetrievalEval}. */
export interface RetrievalEvalOptions {
  search: SearchService
  baselines: Baseline[]
  /** Name of our system in the table (default "learnfinder"). */
  name?: string
  /** Which sets to run (default: all in SETS that have labels). */
  sets?: { name: string; labels: string }[]
  /** Where lines go (default console.log); pass () => {} to stay quiet. */
  print?: (text: string) => void
  /** To compare understood regions with labelled ones by place rather than by name. */
  regions?: Regions
}

const K = 10

/** precision@3 divides by min(3, |relevant|), so a query with one relevant project can still score 1. */
export function scoreRanking(got: readonly string[], relevant: readonly string[]): Omit<Scores, 'n'> {
  const rel = new Set(relevant)
  const top3 = got.slice(0, 3).filter((id) => rel.has(id)).length
  const first = got.findIndex((id) => rel.has(id))
  let dcg = 0
  got.slice(0, 5).forEach((id, i) => {
    if (rel.has(id)) dcg += 1 / Math.log2(i + 2)
  })
  let idcg = 0
  for (let i = 0; i < Math.min(5, rel.size); i++) idcg += 1 / Math.log2(i + 2)
  return {
    hit3: top3 > 0 ? 1 : 0,
    precision3: rel.size === 0 ? 0 : top3 / Math.min(3, rel.size),
    mrr: first >= 0 ? 1 / (first + 1) : 0,
    ndcg5: idcg === 0 ? 0 : dcg / idcg,
  }
}

function mean(rows: Omit<Scores, 'n'>[]): Scores {
  const n = rows.length
  const sum = (f: (r: Omit<Scores, 'n'>) => number) => (n === 0 ? 0 : rows.reduce((a, r) => a + f(r), 0) / n)
  return { n, hit3: sum((r) => r.hit3), precision3: sum((r) => r.precision3), mrr: sum((r) => r.mrr), ndcg5: sum((r) => r.ndcg5) }
}


interface Answer {
  ids: string[]
  vague: boolean | null
  ms: number
}

async function runSystem(name: string, queries: LabelledQuery[], ask: (q: LabelledQuery) => Promise<Omit<Answer, 'ms'>>) {
  const answers = new Map<string, Answer>()
  for (const q of queries) {
    const t = performance.now()
    const a = await ask(q)
    answers.set(q.id, { ...a, ms: performance.now() - t })
  }
  const kinds: KindResult[] = []
  const answerable: Omit<Scores, 'n'>[] = []
  for (const kind of KINDS) {
    const qs = queries.filter((q) => q.kind === kind)
    if (qs.length === 0) continue
    const row: KindResult = { kind, n: qs.length, scores: null, asksBack: null, empty: null }
    if (ANSWERABLE.includes(kind)) {
      const rows = qs.map((q) => scoreRanking(answers.get(q.id)!.ids, q.relevant))
      answerable.push(...rows)
      row.scores = mean(rows)
    } else if (kind === 'vague') {
      const known = qs.map((q) => answers.get(q.id)!.vague)
      row.asksBack = known.every((v) => v === null) ? null : known.filter((v) => v === true).length / qs.length
    } else {
      row.empty = qs.filter((q) => answers.get(q.id)!.ids.length === 0).length / qs.length
    }
    kinds.push(row)
  }
  const times = [...answers.values()].map((a) => a.ms).sort((a, b) => a - b)
  const result: SystemResult = {
    system: name, kinds, overall: mean(answerable), latencyMs: { p50: percentile(times, 50), p99: percentile(times, 99) },
  }
  return { result, answers }
}

/**
 * Runs every labelled set against our search service and the baselines,
 * prints the tables and returns them. Labels made against another version of
 * the sample catalogue are still used but flagged as stale.
 */
export async function runRetrievalEval(options: RetrievalEvalOptions): Promise<Report> {
  const print = options.print ?? ((t: string) => console.log(t))
  const name = options.name ?? 'learnfinder'
  const defs = options.sets ?? SETS.filter((s) => existsSync(s.labels))
  const catalogueFile = join(KNOWLEDGE_DIR, 'sample-catalogue.csv')
  const currentSha = existsSync(catalogueFile) ? createHash('sha256').update(readFileSync(catalogueFile)).digest('hex') : ''
  const sets: SetResult[] = []
  for (const def of defs) {
    const labelled = readLabelledSet(def.labels)
    const queries = labelled.queries
    const ours = await runSystem(name, queries, async (q) => {
      const r = await options.search.search({ text: q.text, k: K })
      return { ids: r.hits.map((h) => h.project.id), vague: r.understanding.vague }
    })
    const systems = [ours.result]
    for (const b of options.baselines) {
      systems.push((await runSystem(b.name, queries, async (q) => ({ ids: await b.search(q.text, K), vague: null }))).result)
    }
    const misses: Miss[] = []
    for (const q of queries) {
      const a = ours.answers.get(q.id)!
      let why = ''
      if (q.kind === 'vague' && a.vague !== true) why = 'not understood as vague'
      else if (q.kind === 'unanswerable' && a.ids.length > 0) why = 'returned projects'
      else if (ANSWERABLE.includes(q.kind)) {
        const s = scoreRanking(a.ids, q.relevant)
        if (s.hit3 === 0) why = 'no relevant project in top 3'
        else if (s.precision3 < 1) why = `precision@3 ${s.precision3.toFixed(2)}`
        if (a.vague) why = [why, 'understood as vague (the dialogue would ask back)'].filter(Boolean).join('; ')
      }
      if (why) misses.push({ id: q.id, kind: q.kind, text: q.text, got: a.ids.slice(0, 3), relevant: q.relevant.length, why })
    }
    const result: SetResult = {
      set: labelled.name,
      queries: queries.length,
      catalogue: `${labelled.catalogue.file}, ${labelled.catalogue.active} active projects`,
      stale: currentSha !== '' && currentSha !== labelled.catalogue.sha256,
      systems,
      misses,
      slots: slotAccuracy(queries, (t) => options.search.understand(t), options.regions),
    }
    sets.push(result)
  }
  const text = formatReport(sets)
  print(text)
  return { sets, text }
}
