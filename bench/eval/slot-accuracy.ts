/**
 * @module bench/eval/slot-accuracy
 * How well query understanding alone reads the labelled intents, apart from
 * ranking: for every query with an intent, did the understood topics,
 * audiences, region, format and fee match it? A ranking miss with correct
 * slots points at retrieval; a slot miss points at understanding.
 */
import type { Understanding } from '../../src/query/types.js'
import type { Regions } from '../../src/catalogue/regions.js'
import { KINDS, type Kind, type LabelledQuery } from './query-set.js'

/** Share of queries whose slot of this sort was read right, per kind; null when no query states it. */
export interface SlotAccuracy {
  kind: Kind | 'all'
  n: number
  /** An intent topic is among the understood topics (queries whose intent names topics). */
  topic: number | null
  /** An intent audience is among the understood audiences. */
  audience: number | null
  /** The understood region names the intent's place. */
  region: number | null
  format: number | null
  free: number | null
  /** Understood topics or audiences the intent does not list (per query, mean). */
  extra: number
}

type Counter = { hit: number; of: number }
const ratio = (c: Counter) => (c.of === 0 ? null : c.hit / c.of)

/** Compares understandings with intents, per kind and over all queries that have an intent. */
export function slotAccuracy(
  queries: LabelledQuery[], understand: (text: string) => Understanding, regions?: Regions,
): SlotAccuracy[] {
  const out: SlotAccuracy[] = []
  const all = { topic: { hit: 0, of: 0 }, audience: { hit: 0, of: 0 }, region: { hit: 0, of: 0 }, format: { hit: 0, of: 0 }, free: { hit: 0, of: 0 }, extra: 0, n: 0 }
  for (const kind of KINDS) {
    const qs = queries.filter((q) => q.kind === kind && q.intent)
    if (qs.length === 0) continue
    const c = { topic: { hit: 0, of: 0 }, audience: { hit: 0, of: 0 }, region: { hit: 0, of: 0 }, format: { hit: 0, of: 0 }, free: { hit: 0, of: 0 }, extra: 0 }
    for (const q of qs) {
      const intent = q.intent!
      const s = understand(q.text).slots
      const topics = s.topics.map((t) => t.id)
      const audiences = s.audiences.map((a) => a.id)
      if (intent.topics.length) { c.topic.of++; if (topics.some((t) => intent.topics.includes(t))) c.topic.hit++ }
      if (intent.audiences.length) { c.audience.of++; if (audiences.some((a) => intent.audiences.includes(a))) c.audience.hit++ }
      if (intent.region) {
        c.region.of++
        const want = regions?.resolve(intent.region)
        const got = s.region ? regions?.resolve(s.region) : null
        if (s.region === intent.region || (want && got && JSON.stringify(want) === JSON.stringify(got))) c.region.hit++
      }
      if (intent.format) { c.format.of++; if (s.format === intent.format) c.format.hit++ }
      if (intent.free) { c.free.of++; if (s.free === true) c.free.hit++ }
      c.extra += topics.filter((t) => !intent.topics.includes(t)).length + audiences.filter((a) => !intent.audiences.includes(a)).length
    }
    for (const key of ['topic', 'audience', 'region', 'format', 'free'] as const) {
      all[key].hit += c[key].hit
      all[key].of += c[key].of
    }
    all.extra += c.extra
    all.n += qs.length
    out.push({ kind, n: qs.length, topic: ratio(c.topic), audience: ratio(c.audience), region: ratio(c.region), format: ratio(c.format), free: ratio(c.free), extra: c.extra / qs.length })
  }
  out.push({ kind: 'all', n: all.n, topic: ratio(all.topic), audience: ratio(all.audience), region: ratio(all.region), format: ratio(all.format), free: ratio(all.free), extra: all.n ? all.extra / all.n : 0 })
  return out
}

/** The accuracy table as printed under the retrieval table. */
export function formatSlotAccuracy(rows: SlotAccuracy[]): string {
  const p = (x: number | null) => (x === null ? '   —' : `${(x * 100).toFixed(0).padStart(3)}%`)
  const lines = ['query understanding vs labelled intent (share read right; extra: unlisted topics/audiences per query)']
  lines.push(`${'kind'.padEnd(14)}${'n'.padStart(4)}  topic  audience  region  format  free  extra`)
  for (const r of rows) {
    lines.push(`${r.kind.padEnd(14)}${String(r.n).padStart(4)}  ${p(r.topic)}   ${p(r.audience)}    ${p(r.region)}   ${p(r.format)}  ${p(r.free)}  ${r.extra.toFixed(2)}`)
  }
  return lines.join('\n')
}
