/**
 * @module bench/sim/phrase
 * Turns constraints into a learner's message in one register: picks
 * phrases from the bank, names places the way that register would (short
 * Chinese names, traditional characters, English names), and adds the
 * occasional IME slip without ever breaking a place name, number or ordinal.
 */
import * as OpenCC from 'opencc-js'
import type { Bank, Register } from './bank.js'
import type { Constraints, Place, World } from './world.js'

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' })

/** A message and the phrases in it that carry meaning (slips never drop or double inside them). */
export interface Phrased { text: string; keep: string[] }

/** Picks one item with `rnd`. */
export function pick<T>(items: readonly T[], rnd: () => number): T {
  return items[Math.floor(rnd() * items.length)]
}

/** Fills {name} placeholders; collapses doubled spaces left by empty fillers. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '').replace(/ {2,}/g, ' ').replace(/ ([,?.!])/g, '$1').trim()
}

/** Simplified → traditional characters, the way the traditional register writes. */
export function traditional(text: string): string {
  return toTraditional(text)
}

const words = new Intl.Segmenter('zh', { granularity: 'word' })

/**
 * The words of `title` (two characters or more) that no other title in `others` contains: what a
 * learner could use to point at one project of a list ("直播那个") instead of its number.
 */
export function titleWords(title: string, others: readonly string[]): string[] {
  const seen = new Set<string>()
  for (const w of words.segment(title)) {
    if (w.isWordLike && [...w.segment].length >= 2 && /^[\u4e00-\u9fff]+$/.test(w.segment) && !others.some((o) => o.includes(w.segment))) seen.add(w.segment)
  }
  return [...seen]
}

/** How a learner of `register` names `place`. */
export function placeName(world: World, place: Place, register: Register, rnd: () => number): string {
  const prov = world.regions.province(place.province)
  const city = prov?.cities.find((c) => c.name === place.city)
  if (register === 'english') {
    const pinyin = city?.aliases.find((a) => /^[a-z]+$/.test(a))
    if (city) return pinyin ? pinyin[0].toUpperCase() + pinyin.slice(1) : city.name
    return prov?.en ?? place.province
  }
  const short = (city ?? prov)?.aliases.find((a) => /^[\u4e00-\u9fff]{2,}$/.test(a))
  const full = place.city ?? place.province
  const name = register === 'standard' ? (rnd() < 0.5 && short ? short : full) : (short ?? full)
  return register === 'traditional' ? toTraditional(name) : name
}

/** The phrase for `topic` in this bank, or null when the bank has none (that topic is then never stated). */
export function topicPhrase(bank: Bank, topic: string, rnd: () => number): string | null {
  const list = bank.topics[topic]
  return list ? pick(list, rnd) : null
}

/** The modifiers (format, free) of `c` in this register. */
export function modifiers(bank: Bank, c: Constraints, rnd: () => number): string[] {
  const mods: string[] = []
  if (c.free) mods.push(pick(bank.free, rnd))
  if (c.format) mods.push(pick(bank.format[c.format], rnd))
  return mods
}

/** A whole request stating `c` (audience and place clauses, then the core request). */
export function phraseRequest(world: World, bank: Bank, register: Register, c: Constraints, rnd: () => number): Phrased {
  const keep: string[] = []
  const clauses: string[] = []
  if (c.audience) { const s = pick(bank.audiences[c.audience], rnd); clauses.push(s); keep.push(s) }
  if (c.region) {
    const place = placeName(world, c.region, register, rnd)
    keep.push(place)
    const clause = fill(pick(bank.region, rnd), { place })
    if (rnd() < 0.5) clauses.push(clause)
    else clauses.unshift(clause)
  }
  const mods = modifiers(bank, c, rnd)
  keep.push(...mods)
  const modText = mods.join(register === 'english' ? ' ' : '')
  const topic = c.topic ? topicPhrase(bank, c.topic, rnd) : null
  if (topic) keep.push(topic)
  const core = topic
    ? fill(pick(bank.request, rnd), { topic, mods: modText })
    : fill(pick(bank.request_no_topic, rnd), { mods: modText })
  return { text: [...clauses, core].join(bank.joiner), keep }
}

/** Adds one IME slip: a slip from the bank if one applies, else a dropped or doubled character outside `keep`. */
export function addSlip(p: Phrased, bank: Bank, register: Register, rnd: () => number): string {
  const slips = bank.slips.filter(([from]) => p.text.includes(from))
  if (slips.length && rnd() < 0.7) {
    const [from, to] = pick(slips, rnd)
    return p.text.replace(from, to)
  }
  const chars = [...p.text]
  const guarded = new Array<boolean>(chars.length).fill(false)
  const joined = chars.join('')
  for (const k of p.keep) {
    for (let at = joined.indexOf(k); at >= 0; at = joined.indexOf(k, at + 1)) {
      const start = [...joined.slice(0, at)].length
      for (let i = 0; i < [...k].length; i++) guarded[start + i] = true
    }
  }
  const letter = register === 'english' ? /[a-z]/i : /[\u4e00-\u9fff]/
  const free = chars.map((ch, i) => (!guarded[i] && letter.test(ch) && !/\d/.test(ch) ? i : -1)).filter((i) => i >= 0)
  if (!free.length) return p.text
  const at = pick(free, rnd)
  if (rnd() < 0.5) chars.splice(at, 1)
  else chars.splice(at, 0, chars[at])
  return chars.join('')
}
