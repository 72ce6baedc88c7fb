/**
 * @module text/literal-walk
 * One trie over the literal strings of every pattern table, walked once per text. Each table of patterns
 * the understander runs (cues, format and fee words, dialect and regional rewrites, slips, expansions,
 * related words, time words…) says through {@link candidatesOf} which of its patterns a message can
 * match at all: what a match starts with (text/pattern-prefixes) and a string every match needs
 * (text/pattern-literals). Those strings all live in this one trie, registered at load from the tables
 * themselves, so vocabulary merged later joins it unchanged. A message is walked through it once and the
 * hits are kept for the last few texts, so the tables reading the same text (the normalised message is read
 * by a dozen of them) share one walk instead of one each.
 */
import { firstStrings } from './pattern-prefixes.js'
import { requiredStrings } from './pattern-literals.js'
import { diskMemo } from '../disk-cache.js'

/** A trie node: the conditions (slots) one of whose strings ends here, and the next characters by UTF-16 unit. */
interface Node {
  next: Map<number, Node>
  slots: number[]
}

const root: Node = { next: new Map(), slots: [] }
/** One slot per distinct condition (a pattern's first strings, or its needed strings): a table built again reuses them. */
const slotsByKey = new Map<string, number>()
let slotCount = 0
/** Bumped by every new slot: a walk made before it does not know the slot. */
let version = 0

/** The slot of the condition "one of `strings` occurs in the text", registered once per `key`. */
function slotOf(key: string, strings: () => Set<string> | null): number {
  const known = slotsByKey.get(key)
  if (known !== undefined) return known
  const set = strings()
  const slot = set === null ? -1 : slotCount++
  slotsByKey.set(key, slot)
  if (set === null) return slot
  for (const s of set) {
    let node = root
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      let child = node.next.get(c)
      if (!child) node.next.set(c, (child = { next: new Map(), slots: [] }))
      node = child
    }
    if (!node.slots.includes(slot)) node.slots.push(slot)
  }
  version++
  return slot
}

/** How many recent texts keep their walk: a message is read as typed, without speech noise, in Mandarin, normalised. */
const REMEMBERED = 8
const recent: { text: string; version: number; seen: Uint8Array }[] = []

/** Which slots' strings occur in `text`: one walk through the trie from each position, remembered for the last few texts. */
function seenIn(text: string): Uint8Array {
  for (const r of recent) if (r.text === text && r.version === version) return r.seen
  const seen = new Uint8Array(slotCount)
  for (let i = 0; i < text.length; i++) {
    let node = root.next.get(text.charCodeAt(i))
    for (let j = i + 1; node !== undefined; j++) {
      const slots = node.slots
      for (let n = 0; n < slots.length; n++) seen[slots[n]] = 1
      if (j >= text.length) break
      node = node.next.get(text.charCodeAt(j))
    }
  }
  if (recent.length >= REMEMBERED) recent.pop()
  recent.unshift({ text, version, seen })
  return seen
}

/**
 * For a list of patterns, a function telling which of them can match a text at all: a pattern is tried only
 * when one of the strings (up to `depth` characters) a match of it starts with occurs in the text, and one
 * of the strings every match of it contains does, when those can be read off its source. A pattern of which
 * neither can be read (see firstStrings, requiredStrings) is always tried.
 *
 * @example candidatesOf([/骗子|被骗/, /工资.{0,6}不发/])('有个骗子') // [true, false]
 */
export function candidatesOf(patterns: readonly RegExp[], depth = 3): (text: string) => boolean[] {
  const read = readTable(patterns, depth)
  const first = patterns.map((p, k) => slotOf(`first ${depth} ${p.flags} ${p.source}`, () => setOf(read[k][0])))
  const needed = patterns.map((p, k) => slotOf(`needs ${p.flags} ${p.source}`, () => setOf(read[k][1])))
  return (text) => {
    const seen = seenIn(text)
    const may = new Array<boolean>(patterns.length)
    for (let k = 0; k < may.length; k++) may[k] = (first[k] < 0 || seen[first[k]] === 1) && (needed[k] < 0 || seen[needed[k]] === 1)
    return may
  }
}

/** The code that reads strings off a pattern's source: a cached reading is keyed by it. */
const READER_CODE = [import.meta.url, new URL('./pattern-prefixes.js', import.meta.url).href, new URL('./pattern-literals.js', import.meta.url).href]

/**
 * Each pattern's first strings and needed strings (null: none can be read), read off the sources once and kept
 * on disk (disk-cache) keyed by the table's sources and the reading code: parsing every table's regexes at each
 * start cost a one-question `ask` about a tenth of a second.
 */
function readTable(patterns: readonly RegExp[], depth: number): [string[] | null, string[] | null][] {
  const input = `${depth}\n${patterns.map((p) => `${p.flags} ${p.source}`).join('\n')}`
  const list = (set: Set<string> | null) => (set === null ? null : [...set])
  return diskMemo('pattern-strings', input, READER_CODE, () => patterns.map((p) => [list(firstStrings(p, depth)), list(requiredStrings(p))]))
}

const setOf = (strings: string[] | null) => (strings === null ? null : new Set(strings))
