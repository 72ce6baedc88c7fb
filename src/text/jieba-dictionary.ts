/**
 * @module text/jieba-dictionary
 * jieba (@node-rs/jieba) with its 350,000-word dictionary loaded only as far
 * as the texts it is given need it. Loading the whole dictionary is a quarter
 * of a second of native work at every start, while a one-question `ask` cuts
 * a few dozen short strings; and every dictionary lookup jieba makes while
 * cutting a text (its word graph, the HMM's "is this run a known word", search
 * mode's 2- and 3-grams, the tag of a word) is of a substring of that text.
 * So before each call, the dictionary words inside the text are added (from a
 * layout of the dictionary grouped by first character, kept in the disk cache),
 * together with one word no text can hold whose frequency keeps jieba's total
 * that of the whole dictionary: its word probabilities, and so every cut, are
 * those of the full dictionary, byte for byte. Past {@link FULL_AFTER_WORDS}
 * words (a server cutting a whole catalogue) the whole dictionary is loaded.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Jieba } from '@node-rs/jieba'
import { diskMemoBytes } from '../disk-cache.js'

/** What the segmenter asks of jieba; the full and the lazily loaded dictionary both answer it. */
export interface WordCutter {
  cut(text: string, hmm?: boolean): string[]
  cutForSearch(text: string, hmm?: boolean): string[]
  tag(text: string, hmm?: boolean): { word: string; tag: string }[]
}

/** The frequency extra words (the domain words, catalogue labels) are given: high enough to keep them whole. */
const EXTRA_FREQ = 20000

// jieba's own dict.js also reads its 6 MB idf.txt, which nothing here uses: read the dictionary alone, once.
let dict: Buffer | undefined
const jiebaDict = (): Buffer => (dict ??= readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt')))

/** jieba with the whole dictionary loaded now, plus `extra` words (normalised Chinese words, no spaces). */
export function fullJieba(extra: readonly string[]): Jieba {
  const jieba = Jieba.withDict(jiebaDict())
  if (extra.length > 0) jieba.loadDict(new TextEncoder().encode([...new Set(extra)].map((w) => `${w} ${EXTRA_FREQ}`).join('\n')))
  return jieba
}

/**
 * jieba that answers exactly as {@link fullJieba}(extra) and loads the dictionary words each text needs
 * (or, with the disk cache off or unreadable, the full one).
 */
export function lazyJieba(extra: readonly string[]): WordCutter {
  const layout = diskMemoBytes('jieba-dictionary', `v1\n${extra.join('\n')}`, [import.meta.url], () => buildLayout(extra))
  return layout && layoutIsWhole(layout) ? new LazyJieba(layout, extra) : fullJieba(extra)
}

/** A word of no text: no text holding it is ever cut by the lazy dictionary (it loads the whole one). */
const BALANCE = '\uffff'

/** Loaded words past which the whole dictionary is cheaper than adding words text by text. */
export const FULL_AFTER_WORDS = 50_000

// The layout: MAGIC, the total frequency (float64), the number of groups, the text's length in bytes, then per
// group (first UTF-16 code unit, start, end) as uint32 in code-unit order, then the groups' lines ("word freq
// tag"), each group's lines together.
const MAGIC = 0x444a464c
const HEADER = 24
const GROUP = 12

/** The dictionary as jieba holds it after loading dict.txt and `extra`, grouped by first character. */
function buildLayout(extra: readonly string[]): Uint8Array {
  const entries = new Map<string, { freq: number; tag: string }>()
  for (const line of jiebaDict().toString('utf8').split('\n')) {
    const [word, freq, tag] = line.trim().split(/\s+/)
    if (!word) continue
    const known = entries.get(word)
    // jieba's load_dict: a word seen again takes the new frequency and keeps its first tag.
    if (known) known.freq = Number(freq ?? 0)
    else entries.set(word, { freq: Number(freq ?? 0), tag: tag ?? '' })
  }
  for (const word of extra) {
    const known = entries.get(word)
    if (known) known.freq = EXTRA_FREQ
    else entries.set(word, { freq: EXTRA_FREQ, tag: '' })
  }
  if (entries.has(BALANCE)) throw new Error('jieba-dictionary: the balancing word is a dictionary word')
  const groups = new Map<number, string[]>()
  let total = 0
  for (const [word, { freq, tag }] of entries) {
    total += freq
    const unit = word.charCodeAt(0)
    let lines = groups.get(unit)
    if (!lines) groups.set(unit, (lines = []))
    lines.push(tag ? `${word} ${freq} ${tag}` : `${word} ${freq}`)
  }
  const units = [...groups.keys()].sort((a, b) => a - b)
  const texts = units.map((u) => Buffer.from(groups.get(u)!.join('\n') + '\n', 'utf8'))
  const textLength = texts.reduce((n, t) => n + t.length, 0)
  const out = Buffer.alloc(HEADER + units.length * GROUP + textLength)
  out.writeUInt32LE(MAGIC, 0)
  out.writeDoubleLE(total, 4)
  out.writeUInt32LE(units.length, 12)
  out.writeUInt32LE(textLength, 16)
  let at = 0
  units.forEach((unit, i) => {
    out.writeUInt32LE(unit, HEADER + i * GROUP)
    out.writeUInt32LE(at, HEADER + i * GROUP + 4)
    out.writeUInt32LE(at + texts[i].length, HEADER + i * GROUP + 8)
    texts[i].copy(out, HEADER + units.length * GROUP + at)
    at += texts[i].length
  })
  return out
}

/** A cached layout is used only when it is all there (a cut-short file loads the whole dictionary). */
function layoutIsWhole(layout: Buffer): boolean {
  if (layout.length < HEADER || layout.readUInt32LE(0) !== MAGIC) return false
  return layout.length === HEADER + layout.readUInt32LE(12) * GROUP + layout.readUInt32LE(16)
}

/**
 * One first character's words, walked a character at a time from each position of a text: every word and every
 * prefix of one (from two characters) maps to the word's dictionary line while it is still to be loaded, else to ''
 * (a prefix of longer words only, or a word already loaded). A piece of text of two characters or more that it does
 * not hold starts no word, so the walk stops there instead of slicing on to the group's longest word.
 */
type Group = Map<string, string>

/** Covered texts remembered at most (then forgotten all at once, as the segmenter's own memos are). */
const MAX_COVERED = 10_000

/** jieba whose dictionary grows by the words of each text before it is cut (see the module comment). */
class LazyJieba implements WordCutter {
  private jieba = new Jieba()
  private full: Jieba | undefined
  private readonly groups = new Map<number, Group | null>()
  private loadedWords = 0
  /** Texts whose words are all loaded (short pieces such as 免费的 recur from message to message): no walk again. */
  private readonly covered = new Set<string>()
  private loadedFreq = 0
  private readonly total: number
  private readonly count: number
  private readonly textStart: number

  constructor(
    private readonly layout: Buffer,
    private readonly extra: readonly string[],
  ) {
    this.total = layout.readDoubleLE(4)
    this.count = layout.readUInt32LE(12)
    this.textStart = HEADER + this.count * GROUP
  }

  cut(text: string, hmm?: boolean): string[] {
    return this.cover(text).cut(text, hmm)
  }

  cutForSearch(text: string, hmm?: boolean): string[] {
    return this.cover(text).cutForSearch(text, hmm)
  }

  tag(text: string, hmm?: boolean): { word: string; tag: string }[] {
    return this.cover(text).tag(text, hmm)
  }

  /** The jieba to cut `text` with: this one, once it holds every dictionary word inside `text`. */
  private cover(text: string): Jieba {
    if (this.full) return this.full
    if (text.includes(BALANCE) || this.loadedWords > FULL_AFTER_WORDS) {
      this.full = fullJieba(this.extra)
      return this.full
    }
    if (this.covered.has(text)) return this.jieba
    const lines: string[] = []
    for (let i = 0; i < text.length; i++) {
      const group = this.group(text.charCodeAt(i))
      if (!group) continue
      for (let end = i + 1; end <= text.length; end++) {
        const word = text.slice(i, end)
        const line = group.get(word)
        if (line === undefined) {
          if (end === i + 1) continue // the character alone is no word; its group's longer words may follow
          break
        }
        if (line === '') continue
        group.set(word, '')
        this.loadedWords++
        this.loadedFreq += Number(line.split(' ')[1])
        lines.push(line)
      }
    }
    if (lines.length > 0) {
      // jieba sets its total to the sum of its words' frequencies after each load: the balancing word makes it
      // the whole dictionary's.
      lines.push(`${BALANCE} ${this.total - this.loadedFreq}`)
      this.jieba.loadDict(Buffer.from(lines.join('\n'), 'utf8'))
    }
    if (this.covered.size >= MAX_COVERED) this.covered.clear()
    this.covered.add(text)
    return this.jieba
  }

  /** The words starting with this UTF-16 code unit, read from the layout at the first need. */
  private group(unit: number): Group | null {
    let group = this.groups.get(unit)
    if (group !== undefined) return group
    group = null
    let lo = 0
    let hi = this.count - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const at = HEADER + mid * GROUP
      const u = this.layout.readUInt32LE(at)
      if (u < unit) lo = mid + 1
      else if (u > unit) hi = mid - 1
      else {
        const text = this.layout.toString('utf8', this.textStart + this.layout.readUInt32LE(at + 4), this.textStart + this.layout.readUInt32LE(at + 8))
        group = new Map<string, string>()
        for (const line of text.split('\n')) {
          if (!line) continue
          const word = line.slice(0, line.indexOf(' '))
          group.set(word, line)
          for (let end = word.length - 1; end > 1; end--) {
            const prefix = word.slice(0, end)
            if (group.has(prefix)) break
            group.set(prefix, '')
          }
        }
        break
      }
    }
    this.groups.set(unit, group)
    return group
  }
}
