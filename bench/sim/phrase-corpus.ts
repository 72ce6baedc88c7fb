/**
 * @module bench/sim/phrase-corpus
 * Every phrase of the spent phrase banks (and the scripted dialogues) as
 * whole messages, each with its turn kind and, for requests, the parts it was
 * built from: the material the metamorphic invariants rewrite. Built from the
 * banks' own templates, so nothing here is tuned to the bot.
 */
import { loadBanks, REGISTERS, type Bank, type BankName, type Register } from './bank.js'
import { fill } from './phrase.js'
import type { PhraseParts } from './rewrites.js'
import { loadDialogues } from '../eval/dialogues.js'

/** The banks spent before round 5 (held-out and round-5 banks are never read here). */
export const SPENT_BANKS: readonly BankName[] = [
  'dev', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'probe-en', 'probe-zh', 'conv-trad-a', 'conv-trad-b', 'conv-coll-a',
  'conv-coll-b', 'conv-en-a', 'conv-en-b', 'conv-people-a', 'conv-people-b', 'conv-topics-a', 'conv-topics-b',
  'conv-dialogue-a', 'conv-dialogue-b',
]

/** One message of the corpus. */
export interface CorpusPhrase {
  text: string
  /** The turn kind the bank wrote it for (request, narrow, more, detail, switch, reset, vague, oos, dialogue). */
  kind: string
  /** Where it came from: bank/register, or "dialogues". */
  source: string
  parts?: PhraseParts
}

const PLACE: Record<Register, string> = { standard: '南昌', colloquial: '赣州', traditional: '台中', english: 'Nanchang' }

/** The phrases of one register's bank. */
export function bankPhrases(bank: Bank, register: Register, source: string): CorpusPhrase[] {
  const out: CorpusPhrase[] = []
  const add = (text: string, kind: string, parts?: PhraseParts) => out.push({ text, kind, source, parts })
  const sep = register === 'english' ? ' ' : ''
  const topics = Object.values(bank.topics).flat()
  const mods = ['', ...bank.free, ...bank.format.online, ...bank.format.offline, ...bank.format.hybrid]
  const cycle = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]
  const requests = Math.max(topics.length, bank.request.length)
  for (let i = 0; i < requests; i++) {
    const topic = cycle(topics, i)
    const m = cycle(mods, i)
    add(fill(cycle(bank.request, i), { topic, mods: m }), 'request', { topic, mods: m ? m + sep : '' })
  }
  const regions = bank.region.map((r) => fill(r, { place: PLACE[register] }))
  const leads = [...Object.values(bank.audiences).flat(), ...regions]
  leads.forEach((lead, i) => {
    const topic = cycle(topics, i * 7 + 3)
    const core = fill(cycle(bank.request, i), { topic, mods: '' })
    add(`${lead}${bank.joiner}${core}`, 'request', { topic, mods: '', lead })
  })
  bank.request_no_topic.forEach((t, i) => add(fill(t, { mods: cycle(mods.slice(1), i) }), 'request'))
  const facet = { topic: topics, audience: Object.values(bank.audiences).flat(), region: regions, format: mods.slice(1 + bank.free.length), free: bank.free }
  for (const [key, templates] of Object.entries(bank.narrow)) {
    templates.forEach((t, i) => add(fill(t, { x: cycle(facet[key as keyof typeof facet], i) }), 'narrow'))
  }
  bank.more.forEach((t) => add(t, 'more'))
  bank.reset.forEach((t) => add(t, 'reset'))
  bank.vague.forEach((t) => add(t, 'vague'))
  bank.oos.forEach((o) => add(o.say, 'oos'))
  bank.switch.forEach((t, i) => add(fill(t, { topic: cycle(topics, i * 5 + 1) }), 'switch'))
  let n = 0
  for (const [field, templates] of Object.entries(bank.detail)) {
    for (const t of templates) {
      const k = n++ % 5
      add(fill(t, { ord: cycle(bank.ordinals[k], n), num: String(k + 1) }), field === 'bare' ? 'detail-bare' : 'detail')
    }
  }
  return out
}

/** Every phrase of the spent banks, then every line of the scripted dialogues. */
export function spentCorpus(banks: readonly BankName[] = SPENT_BANKS): CorpusPhrase[] {
  const out: CorpusPhrase[] = []
  for (const b of banks) {
    const all = loadBanks(b)
    for (const r of REGISTERS) out.push(...bankPhrases(all[r], r, `${b}/${r}`))
  }
  for (const d of loadDialogues()) for (const t of d.turns) out.push({ text: t.say, kind: 'dialogue', source: 'dialogues' })
  const seen = new Set<string>()
  return out.filter((p) => !seen.has(p.text) && seen.add(p.text))
}
