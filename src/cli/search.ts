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
import { emptySlots, type SlotValue, type Understanding } from '../query/types.js'
import { createSearchService } from '../search/create-search-service.js'
import { embeddingsFromConfig } from '../search/openai-embeddings.js'
import type { SearchHit } from '../search/types.js'
import { feeText, formatText, labelled, resolveFlag } from './catalogue-format.js'
import { println, type CliCommand } from './command.js'
import { cliError, cliText } from './cli-text.js'
import type { Lang } from '../dialogue/types.js'
import { loadConfig } from '../config.js'

const num = (v: number | null, digits: number) => (v === null ? '-' : v.toFixed(digits))

function slotList(taxonomy: Taxonomy, kind: 'topics' | 'audiences', values: SlotValue[], lang: Lang): string {
  if (values.length === 0) return '-'
  const key = (v: SlotValue) => (v.explicit ? 'slot_explicit' : v.related ? 'slot_related' : 'slot_implied')
  return values.map((v) => cliText(lang, key(v), { label: labelled(taxonomy, kind, v.id), matched: v.matched })).join('; ')
}

/** The understood slots, one per line, for --explain. */
export function explainUnderstanding(u: Understanding, taxonomy: Taxonomy, lang: Lang): string[] {
  const s = u.slots
  const t = cliText
  const time = s.time ? t(lang, 'explain_time_value', { from: s.time.from, to: s.time.to, matched: s.time.matched }) : '-'
  return [
    t(lang, 'explain_understood', { text: u.text }),
    t(lang, 'explain_normalized', { value: u.normalized }),
    t(lang, 'explain_terms', { value: u.terms.join(' ') || '-' }),
    t(lang, 'explain_language', { value: `${u.lang}${u.vague ? t(lang, 'explain_vague') : ''}` }),
    t(lang, 'explain_topics', { value: slotList(taxonomy, 'topics', s.topics, lang) }),
    t(lang, 'explain_audiences', { value: slotList(taxonomy, 'audiences', s.audiences, lang) }),
    t(lang, 'explain_region', { value: s.region ?? '-' }),
    t(lang, 'explain_format', { value: s.format ?? '-' }),
    t(lang, 'explain_free', { value: s.free === true ? t(lang, 'explain_yes') : '-' }),
    t(lang, 'explain_time', { value: time }),
  ]
}

/** One hit as printed: a line for the project and, with explain, a line of scores. */
export function hitLines(hit: SearchHit, rank: number, explain: boolean, lang: Lang): string[] {
  const p = hit.project
  const from = p.start_date ? cliText(lang, 'search_from_date', { date: p.start_date }) : undefined
  const where = [formatText(p.format, lang), p.region ?? undefined, feeText(p.fee, lang), from].filter(Boolean).join(', ')
  const lines = [cliText(lang, 'search_hit', { rank, id: p.id, title: p.title, provider: p.provider, where })]
  if (explain) {
    const s = hit.scores
    const coverage = s.coverage === undefined ? '' : cliText(lang, 'search_coverage', { percent: Math.round(s.coverage * 100) })
    lines.push(cliText(lang, 'search_scores', { lexical: num(s.lexical, 2), vector: num(s.vector, 3), slot: s.slot.toFixed(3), fused: s.fused.toFixed(4), coverage }))
  }
  return lines
}

/** The `search` command. */
export const command: CliCommand = {
  name: 'search',
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
    if (!text && !topic && !audience) throw cliError('search_need_query')
    const kRaw = (args.values.k as string | undefined) ?? '5'
    const k = Number(kRaw)
    if (!Number.isInteger(k) || k < 1 || k > 100) throw cliError('search_k_invalid', { value: kRaw })
    const config = loadConfig(io.env)
    if (!config.DATABASE_URL && args.db !== ':memory:' && !existsSync(args.db)) {
      throw cliError('search_no_db', { db: args.db })
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
      if (explain) for (const line of explainUnderstanding(result.understanding, taxonomy, args.lang)) println(io.stdout, line)
      if (explain) println(io.stdout)
      if (result.hits.length === 0) println(io.stdout, cliText(args.lang, 'search_none'))
      result.hits.forEach((h, i) => hitLines(h, i + 1, explain, args.lang).forEach((line) => println(io.stdout, line)))
      return 0
    } finally {
      if (!stores.sqlite) db.close()
      await stores.close()
    }
  },
}
