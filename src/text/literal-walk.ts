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
import { FlatTrie, NO_NODE } from './flat-trie.js'

/**
 * The trie of every registered string by UTF-16 unit (text/flat-trie: numbered nodes in typed arrays, which a walk
 * inside a search finds in cache far more often than some 20,000 node objects and their maps).
 */
const trie = new FlatTrie(0x10000)
/**
 * The slots (conditions) one of whose strings ends at a node: per node the newest entry (-1: none), per entry its
 * slot and the entry before it. A walk only marks the slots it meets, so their order does not matter.
 */
let slotHead = new Int32Array(1024).fill(-1)
let entrySlot = new Int32Array(1024)
let entryNext = new Int32Array(1024)
let entries = 0

/** Lists `slot` at `node`, unless it is the newest slot listed there already (a table's strings may end alike). */
function addSlot(node: number, slot: number): void {
  if (node >= slotHead.length) {
    const grown = new Int32Array(Math.max(2 * slotHead.length, node + 1)).fill(-1)
    grown.set(slotHead)
    slotHead = grown
  }
  const head = slotHead[node]
  if (head !== -1 && entrySlot[head] === slot) return
  if (entries >= entrySlot.length) {
    entrySlot = grownCopy(entrySlot)
    entryNext = grownCopy(entryNext)
  }
  entrySlot[entries] = slot
  entryNext[entries] = head
  slotHead[node] = entries++
}

const grownCopy = (a: Int32Array) => {
  const b = new Int32Array(2 * a.length)
  b.set(a)
  return b
}

/**
 * What a walk reads, packed in two arrays after the tables last changed (`packed`: the version they were packed at):
 * at a node's value in `slotList`, its slots' count then the slots; at `triggerAt[slot]` in `triggerList`, the count
 * of numbers then the slot's triggers (table, index, other slot). Offset 0 holds a zero count: no slots, no triggers.
 * Built from the lists registration keeps, so a walk follows no linked entry and no array per slot.
 */
let slotList = new Int32Array(1)
let triggerAt = new Int32Array(0)
let triggerList = new Int32Array(1)
let packed = -1

function pack(): void {
  slotList = new Int32Array(1 + trie.size + entries)
  let at = 1
  for (let node = 0; node < Math.min(trie.size, slotHead.length); node++) {
    if (slotHead[node] === -1) continue
    trie.setValue(node, at)
    const start = at++
    for (let e = slotHead[node]; e !== -1; e = entryNext[e]) slotList[at++] = entrySlot[e]
    slotList[start] = at - start - 1
  }
  triggerAt = new Int32Array(slotCount)
  triggerList = new Int32Array(1 + slotCount + triggers.reduce((n, list) => n + list.length, 0))
  at = 1
  for (let slot = 0; slot < slotCount; slot++) {
    const list = triggers[slot]
    if (list === undefined) continue
    triggerAt[slot] = at
    triggerList[at++] = list.length
    for (const n of list) triggerList[at++] = n
  }
  packed = version
}

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
    let node = 0
    for (let i = 0; i < s.length; i++) node = trie.add(node, s.charCodeAt(i))
    // `slot` is the newest slot, so it is listed here already only if it is the node's newest.
    addSlot(node, slot)
  }
  version++
  return slot
}

/**
 * Every table registered, by the slots of its patterns: the same patterns registered again (a new catalogue snapshot
 * builds its understander again) are the same table, so tables do not pile up in a long-running bot.
 */
const tablesByKey = new Map<string, number>()
let tableCount = 0
/** Per table, the patterns tried on every text (neither string could be read), ascending. */
const alwaysOf: number[][] = []
/**
 * The walk's hits to the tables: per slot, the patterns (table, index, other slot) it is the trigger of. A pattern
 * is listed once, under its first strings' slot when it has one, else under its needed strings'; the other slot
 * (-1: none) must be seen too. Flat, three numbers a pattern (table, index, other slot): the walk reads them in a row
 * instead of following an object per pattern.
 */
const triggers: number[][] = []

/** One walk of a text: per table, the patterns that may match (filled when asked). */
interface Walk {
  text: string
  version: number
  /** Per table, the indices of its patterns that may match, ascending once `ready` is set. */
  lists: number[][]
  ready: Uint8Array
}

/** How many recent texts keep their walk: a message is read as typed, without speech noise, in Mandarin, normalised. */
const REMEMBERED = 8
const recent: Walk[] = []
/** Per slot, the number of the last walk that saw it; and how many walks there have been. */
let stamps = new Int32Array(0)
let walks = 0

/**
 * One walk through the trie from each position of `text`, remembered for the last few texts. Each slot seen for the
 * first time hands its patterns to their tables (when the other string a pattern needs was seen too), so a table
 * reads its few candidates instead of asking every pattern it holds.
 */
function walkOf(text: string): Walk {
  for (const r of recent) if (r.text === text && r.version === version) return r
  // A slot is seen in this walk when its stamp is this walk's number: no array of every slot made per walk.
  if (stamps.length < slotCount) stamps = new Int32Array(Math.max(slotCount, 2 * stamps.length))
  if (walks >= 0x7fffffff) stamps.fill((walks = 0))
  const stamp = ++walks
  if (packed !== version) pack()
  const hits: number[] = []
  for (let i = 0; i < text.length; i++) {
    let node = trie.next(0, text.charCodeAt(i))
    for (let j = i + 1; node !== NO_NODE; j++) {
      const at = trie.value(node)
      if (at !== 0) {
        for (let n = at + 1, end = at + 1 + slotList[at]; n < end; n++) {
          const slot = slotList[n]
          if (stamps[slot] !== stamp) hits.push(slot)
          stamps[slot] = stamp
        }
      }
      if (j >= text.length) break
      node = trie.next(node, text.charCodeAt(j))
    }
  }
  const lists: number[][] = new Array(tableCount)
  for (const slot of hits) {
    const at = triggerAt[slot]
    for (let n = at + 1, end = at + 1 + triggerList[at]; n < end; n += 3) {
      const other = triggerList[n + 2]
      if (other < 0 || stamps[other] === stamp) (lists[triggerList[n]] ??= []).push(triggerList[n + 1])
    }
  }
  const walk: Walk = { text, version, lists, ready: new Uint8Array(tableCount) }
  if (recent.length >= REMEMBERED) recent.pop()
  recent.unshift(walk)
  return walk
}

/** The patterns of `table` that may match `text`, ascending (shared: callers only read it). */
function listOf(table: number, text: string): readonly number[] {
  const walk = walkOf(text)
  if (walk.ready[table] === 1) return walk.lists[table]
  const always = alwaysOf[table]
  const found = walk.lists[table]
  const list = found === undefined ? always : always.length === 0 ? (found.length > 1 ? found.sort(ascending) : found) : [...always, ...found].sort(ascending)
  walk.lists[table] = list
  walk.ready[table] = 1
  return list
}

const ascending = (a: number, b: number) => a - b

/** Registers a table (or finds it registered): its patterns' trigger slots. */
function tableOf(first: number[], needed: number[], depth: number): number {
  const key = `${depth} ${first.join(',')} ${needed.join(',')}`
  const known = tablesByKey.get(key)
  if (known !== undefined) return known
  const table = tableCount++
  tablesByKey.set(key, table)
  const always: number[] = []
  for (let k = 0; k < first.length; k++) {
    const trigger = first[k] >= 0 ? first[k] : needed[k]
    if (trigger < 0) always.push(k)
    else (triggers[trigger] ??= []).push(table, k, first[k] >= 0 ? needed[k] : -1)
  }
  alwaysOf[table] = always
  // Walks made before this table know nothing of it.
  version++
  return table
}

/**
 * For a list of patterns, a function giving the indices (ascending) of those that can match a text at all: a
 * pattern is tried only when one of the strings (up to `depth` characters) a match of it starts with occurs in
 * the text, and one of the strings every match of it contains does, when those can be read off its source. A
 * pattern of which neither can be read (see firstStrings, requiredStrings) is always tried. The list comes from
 * the text's one walk (shared by every table reading the same text); callers must not change it.
 *
 * @example candidateIndices([/骗子|被骗/, /工资.{0,6}不发/])('有个骗子') // [0]
 */
export function candidateIndices(patterns: readonly RegExp[], depth = 3): (text: string) => readonly number[] {
  const read = readTable(patterns, depth)
  const first = patterns.map((p, k) => slotOf(`first ${depth} ${p.flags} ${p.source}`, () => setOf(read[k][0])))
  const needed = patterns.map((p, k) => slotOf(`needs ${p.flags} ${p.source}`, () => setOf(read[k][1])))
  const table = tableOf(first, needed, depth)
  return (text) => listOf(table, text)
}

/**
 * {@link candidateIndices} as one flag per pattern: true for a pattern that can match the text.
 *
 * @example candidatesOf([/骗子|被骗/, /工资.{0,6}不发/])('有个骗子') // [true, false]
 */
export function candidatesOf(patterns: readonly RegExp[], depth = 3): (text: string) => boolean[] {
  const indices = candidateIndices(patterns, depth)
  return (text) => {
    const may = new Array<boolean>(patterns.length).fill(false)
    for (const k of indices(text)) may[k] = true
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
