/**
 * @module bench/sim/metamorphic
 * Metamorphic invariants: for every phrase of a corpus and every rewrite
 * class that applies to it (bench/sim/rewrites), what the bot understands of
 * the rewrite must equal what it understands of the original: turn kind
 * (more, reset, number, field, this-one), topics, audiences, region, format,
 * fee, need-words, vague and out-of-scope. No catalogue answer is needed, so a
 * class that breaks shows on thousands of phrases in seconds.
 */
import { readCatalogueFile } from '../../src/catalogue/read-catalogue.js'
import { SAMPLE_CATALOGUE_PATH } from '../../src/catalogue/sample.js'
import { loadTaxonomy } from '../../src/catalogue/taxonomy.js'
import { loadRegions } from '../../src/catalogue/regions.js'
import { loadRelatedWords } from '../../src/query/related-words.js'
import { createQueryUnderstander } from '../../src/query/understand.js'
import type { Understanding } from '../../src/query/types.js'
import { catalogueVocabulary } from '../../src/search/catalogue-vocabulary.js'
import { detectControl, detectField, detectOrdinal } from '../../src/dialogue/intents.js'
import { plainMessage } from '../../src/text/speech-noise.js'
import { langOf, rewritesFor } from './rewrites.js'
import type { CorpusPhrase } from './phrase-corpus.js'

/** What the bot understands of one message, as comparable fields. */
export type Meaning = Record<string, string>

/** Builds the understander the engine uses on the sample catalogue (its typo vocabulary and everyday words). */
export async function sampleUnderstander(today = '2026-11-30'): Promise<(text: string) => Understanding> {
  const taxonomy = loadTaxonomy()
  const { projects } = await readCatalogueFile(SAMPLE_CATALOGUE_PATH, { taxonomy })
  return createQueryUnderstander({
    taxonomy, regions: loadRegions(), vocabulary: catalogueVocabulary(projects), relatedWords: loadRelatedWords(), today: () => new Date(`${today}T04:00:00Z`),
  })
}

const slot = (vs: { id: string; explicit: boolean }[]) => vs.map((v) => `${v.id}${v.explicit ? '!' : '?'}`).sort().join(' ')

/** The meaning of `text`: its turn kind, and for a request what it asks for (read as the engine reads a message). */
export function meaningOf(understand: (text: string) => Understanding, text: string): Meaning {
  const folded = plainMessage(text)
  const control = detectControl(folded)
  const kind = control?.kind ?? 'request'
  if (control && control.kind !== 'reset') return { kind: control.kind === 'number' ? `number ${control.n}` : kind }
  const asked = control?.kind === 'reset' ? control.rest ?? '' : text
  const m: Meaning = { kind: control?.kind === 'reset' ? `reset${control.rest ? ' + request' : ''}` : 'request' }
  const field = detectField(folded)
  const ord = detectOrdinal(folded, 5)
  if (ord !== null) m.ordinal = String(ord)
  if (field !== null && ord !== null) m.field = field
  if (ord !== null && field !== null) return m
  if (!asked) return m
  const u = understand(asked)
  m.topics = slot(u.slots.topics)
  m.audiences = slot(u.slots.audiences)
  m.region = u.slots.region ?? ''
  m.format = u.slots.format ?? ''
  m.free = String(u.slots.free ?? '')
  m.needs = [...new Set(u.needs.map((g) => g[0]))].sort().join(' ')
  m.vague = String(u.vague)
  m.oos = u.outOfScope ? 'yes' : ''
  return m
}

/** The fields two meanings differ in (empty: the same). */
export function differences(a: Meaning, b: Meaning): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => (a[k] ?? '') !== (b[k] ?? ''))
}

/** A small seeded generator (mulberry32), so a run is the same every time. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One rewrite that changed what was understood. */
export interface Broken {
  rewrite: string
  source: string
  original: string
  rewritten: string
  fields: string[]
  before: Meaning
  after: Meaning
}

/** Per rewrite class: how many rewrites kept the meaning, of how many. */
export interface MetamorphicResult {
  checked: number
  kept: number
  perClass: Map<string, { checked: number; kept: number }>
  broken: Broken[]
}

/** Checks every applicable rewrite of every phrase once (choices inside a rewrite drawn from `seed`). */
export function runMetamorphic(understand: (text: string) => Understanding, corpus: CorpusPhrase[], seed = 103): MetamorphicResult {
  const rnd = seeded(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]
  const result: MetamorphicResult = { checked: 0, kept: 0, perClass: new Map(), broken: [] }
  for (const p of corpus) {
    const before = meaningOf(understand, p.text)
    for (const r of rewritesFor(langOf(p.text))) {
      if (r.name === 'clauses reordered' && p.kind.startsWith('reset')) continue
      const rewritten = r.apply(p.text, pick, p.parts)
      if (rewritten === null || rewritten === p.text) continue
      const after = meaningOf(understand, rewritten)
      const fields = differences(before, after).filter((f) => !r.mayChange?.includes(f))
      const c = result.perClass.get(r.name) ?? { checked: 0, kept: 0 }
      c.checked++
      result.checked++
      if (!fields.length) {
        c.kept++
        result.kept++
      } else result.broken.push({ rewrite: r.name, source: p.source, original: p.text, rewritten, fields, before, after })
      result.perClass.set(r.name, c)
    }
  }
  return result
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '100.0')

/** The report lines: the overall pass rate, then each class's. */
export function formatMetamorphic(r: MetamorphicResult, phrases: number): string[] {
  const classes = [...r.perClass.entries()].sort((a, b) => a[1].kept / a[1].checked - b[1].kept / b[1].checked)
  return [
    `metamorphic invariants: ${r.kept}/${r.checked} rewrites keep the meaning (${pct(r.kept, r.checked)}%), ${phrases} phrases of the spent banks and the scripted dialogues`,
    `  per class: ${classes.map(([name, c]) => `${name} ${pct(c.kept, c.checked)}%`).join(', ')}`,
  ]
}
