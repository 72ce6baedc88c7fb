/**
 * @module cli/search
 * `learnfinder search "<query>"`: the staff hit test. Shows which projects a
 * learner's words find, and with `--explain` why: the slots understood from
 * the words, and each hit's lexical (BM25), vector (cosine), slot and fused
 * scores, so staff can see why a project came up or did not.
 */
import { existsSync } from 'node:fs'
import { loadRegions, type Regions } from '../catalogue/regions.js'
import { loadTaxonomy, type Taxonomy } from '../catalogue/taxonomy.js'
import { openStores } from '../app-stores.js'
import { openDatabase } from '../db/open-database.js'
import { UserError } from '../errors.js'
import { emptySlots, type SlotValue, type Understanding } from '../query/types.js'
import { createSearchService } from '../search/create-search-service.js'
import { embeddingsFromConfig } from '../search/openai-embeddings.js'
import type { SearchHit } from '../search/types.js'
import { feeText, labelled, resolveFlag } from './catalogue-format.js'
import { println, type CliCommand } from './command.js'
import { loadConfig } from '../config.js'

const num = (v: number | null, digits: number) => (v === null ? '-' : v.toFixed(digits))

function slotList(taxonomy: Taxonomy, kind: 'topics' | 'audiences', values: SlotValue[]): string {
  if (values.length === 0) return '-'
  return values.map((v) => `${labelled(taxonomy, kind, v.id)} ${v.explicit ? 'explicit (filter)' : v.related ? 'related word (half boost)' : 'implied (boost)'} from "${v.matched}"`).join('; ')
}

/** The understood slots, one per line, for --explain. */
export function explainUnderstanding(u: Understanding, taxonomy: Taxonomy): string[] {
  const s = u.slots
  return [
    `Understood "${u.text}"`,
    `  normalized: ${u.normalized}`,
    `  terms:      ${u.terms.join(' ') || '-'}`,
    `  language:   ${u.lang}${u.vague ? ' (vague: no need named)' : ''}`,
    `  topics:     ${slotList(taxonomy, 'topics', s.topics)}`,
    `  audiences:  ${slotList(taxonomy, 'audiences', s.audiences)}`,
    `  region:     ${s.region ?? '-'}`,
    `  format:     ${s.format ?? '-'}`,
    `  free only:  ${s.free === true ? 'yes' : '-'}`,
    `  time:       ${s.time ? `${s.time.from} to ${s.time.to} from "${s.time.matched}"` : '-'}`,
  ]
}

/** One hit as printed: a line for the project and, with explain, a line of scores. */
export function hitLines(hit: SearchHit, rank: number, explain: boolean): string[] {
  const p = hit.project
  const where = [p.format, p.region ?? undefined, feeText(p.fee), p.start_date ? `from ${p.start_date}` : undefined].filter(Boolean).join(', ')
  const lines = [`${rank}. ${p.id}  ${p.title} — ${p.provider} (${where})`]
  if (explain) {
    const s = hit.scores
    const cov = s.coverage === undefined ? '' : `   words ${Math.round(s.coverage * 100)}%`
    lines.push(`   lexical ${num(s.lexical, 2)}   vector ${num(s.vector, 3)}   slot +${s.slot.toFixed(3)}   fused ${s.fused.toFixed(4)}${cov}`)
  }
  return lines
}

/** The `search` command. */
export const command: CliCommand = {
  name: 'search',
  summary: 'staff hit test: which projects a query finds, and why',
  usage: `Usage: learnfinder search "<query>" [--topic ID] [--audience ID] [--k N] [--json] [--explain] [--db PATH]

  --topic     only projects of this topic (id or label, e.g. ai or 人工智能)
  --audience  only projects for this audience (id or label, e.g. elderly or 老年人)
  --k         how many projects to show (default 5)
  --json      print the understanding and hits as JSON
  --explain   print the understood slots and each hit's lexical, vector, slot and fused scores`,
  options: {
    topic: { type: 'string' },
    audience: { type: 'string' },
    k: { type: 'string' },
    json: { type: 'boolean' },
    explain: { type: 'boolean' },
  },
  async run(args, io) {
    const text = args.positionals.join(' ').trim()
    const taxonomy = loadTaxonomy()
    const topic = args.values.topic as string | undefined
    const audience = args.values.audience as string | undefined
    if (!text && !topic && !audience) throw new UserError('give a query, e.g. learnfinder search "退休了想学用手机"')
    const kRaw = (args.values.k as string | undefined) ?? '5'
    const k = Number(kRaw)
    if (!Number.isInteger(k) || k < 1 || k > 100) throw new UserError(`--k must be a whole number from 1 to 100, got "${kRaw}"`)
    const config = loadConfig(io.env)
    if (!config.DATABASE_URL && args.db !== ':memory:' && !existsSync(args.db)) {
      throw new UserError(`there is no database at ${args.db}; import a catalogue first (learnfinder import FILE --db ${args.db})`)
    }
    let regions: Regions | undefined
    try {
      regions = loadRegions()
    } catch {
      regions = undefined
    }
    const stores = await openStores(config, { dbPath: args.db })
    // On PostgreSQL the --db file is only this machine's search-index cache, as for a worker.
    const db = stores.sqlite ?? openDatabase(args.db)
    const store = stores.catalogue
    try {
      // The same embedder as the bot (EMBEDDINGS_*), so the hit test matches it and never replaces its index with another kind.
      const embeddings = embeddingsFromConfig(config)
      const service = await createSearchService({ db, store, taxonomy, regions, embeddings })
      const understood = service.understand(text)
      const slots = { ...emptySlots(), ...understood.slots }
      if (topic) slots.topics = [{ id: resolveFlag(taxonomy, 'topics', topic), explicit: true, matched: '--topic', related: false }]
      if (audience) slots.audiences = [{ id: resolveFlag(taxonomy, 'audiences', audience), explicit: true, matched: '--audience', related: false }]
      const result = await service.search({ text, k, slots: topic || audience ? slots : undefined })
      service.close()
      if (args.values.json) {
        const hits = result.hits.map((h) => ({ id: h.project.id, title: h.project.title, provider: h.project.provider, score: h.score, scores: h.scores }))
        println(io.stdout, JSON.stringify({ understanding: result.understanding, hits }, null, 2))
        return 0
      }
      const explain = Boolean(args.values.explain)
      if (explain) for (const line of explainUnderstanding(result.understanding, taxonomy)) println(io.stdout, line)
      if (explain) println(io.stdout)
      if (result.hits.length === 0) println(io.stdout, 'No project fits this query.')
      result.hits.forEach((h, i) => hitLines(h, i + 1, explain).forEach((line) => println(io.stdout, line)))
      return 0
    } finally {
      if (!stores.sqlite) db.close()
      await stores.close()
    }
  },
}
