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

/**
 * A trie node: the conditions (slots) one of whose strings ends here, and the next characters by UTF-16 unit. Most
 * nodes have one next character (a string's tail shared by no other), kept in `code` and `child`; a map is made only
 * for a second one. Building some 20,000 nodes with a map each was most of a one-question `ask`'s pattern set-up.
 */
interface Node {
  /** The first next character (-1: none yet) and its node. */
  code: number
  child: Node | undefined
  /** The other next characters, once there are any. */
  more: Map<number, Node> | null
  /** Shared empty list ({@link NO_SLOTS}) until a string ends here. */
  slots: number[]
}

const NO_SLOTS: number[] = []
const newNode = (): Node => ({ code: -1, child: undefined, more: null, slots: NO_SLOTS })
/** The node after `node` on UTF-16 unit `c`, if any. */
const nextOf = (node: Node, c: number): Node | undefined => (node.code === c ? node.child : node.more === null ? undefined : node.more.get(c))

const root: Node = newNode()
/**
 * The root's next nodes, indexed by UTF-16 unit: every position of every text walked starts at the root, whose
 * thousands of first characters made that step a map lookup each; an array read gives the same node. Kept beside
 * `root` (which still holds them too, for {@link slotOf}'s own walk).
 */
const rootNext: (Node | undefined)[] = new Array<Node | undefined>(0x10000).fill(undefined)
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
      let child = nextOf(node, c)
      if (!child) {
        child = newNode()
        if (node.code === -1) {
          node.code = c
          node.child = child
        } else (node.more ??= new Map()).set(c, child)
        if (node === root) rootNext[c] = child
      }
      node = child
    }
    // `slot` is the newest slot, so it is listed here already only if it is last.
    if (node.slots === NO_SLOTS) node.slots = [slot]
    else if (node.slots[node.slots.length - 1] !== slot) node.slots.push(slot)
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
  const hits: number[] = []
  for (let i = 0; i < text.length; i++) {
    let node = rootNext[text.charCodeAt(i)]
    for (let j = i + 1; node !== undefined; j++) {
      const slots = node.slots
      for (let n = 0; n < slots.length; n++) {
        if (stamps[slots[n]] !== stamp) hits.push(slots[n])
        stamps[slots[n]] = stamp
      }
      if (j >= text.length) break
      node = nextOf(node, text.charCodeAt(j))
    }
  }
  const lists: number[][] = new Array(tableCount)
  for (const slot of hits) {
    const list = triggers[slot]
    if (list === undefined) continue
    for (let n = 0; n < list.length; n += 3) {
      const other = list[n + 2]
      if (other < 0 || stamps[other] === stamp) (lists[list[n]] ??= []).push(list[n + 1])
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
