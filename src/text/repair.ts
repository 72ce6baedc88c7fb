/**
 * @module text/repair
 * Undoes the two mistakes pinyin-IME users make most: picking the wrong
 * homophone (人工只能 → 人工智能, 乡村振心 → 乡村振兴, 电公 → 电工) and sending
 * the pinyin itself (rengong zhineng, laonianren → 老年人). Repairs are only
 * made towards a known vocabulary (taxonomy labels and synonyms, catalogue
 * words, slot cue words), and never turn one real word into another.
 */
import { createHash } from 'node:crypto'
import { normalizeText } from './normalize.js'
import { diskMemo } from '../disk-cache.js'
import { dictionaryCut, isDictionaryWord } from './segment.js'
import { ENGLISH_STOP_WORDS } from './english.js'
import { FlatTrie, NO_NODE } from './flat-trie.js'
import { exactKey, fuzzyId, fuzzySyllable, readingOf, syllablesOf } from './pinyin.js'
import { slipCandidates } from './typing-slips.js'
import { ENGLISH_PINYIN_LOOKALIKES, finishWord, isPinyin, repairPinyin, type Repair, type SoundEntry as Entry, type WordsByChar } from './repair-pinyin.js'

export type { Repair } from './repair-pinyin.js'

/** The repaired text and what changed. */
export interface RepairResult {
  text: string
  repairs: Repair[]
}

/** A repairer bound to one vocabulary; see {@link createTextRepairer}. */
export interface TextRepairer {
  /** Repairs normalised text (call {@link normalizeText} first; repair does it again, harmlessly). */
  repair(text: string): RepairResult
}

/** Options for {@link createTextRepairer}. */
export interface RepairOptions {
  /** Is this Chinese string a real word? A real word is never "repaired". Default: in jieba's dictionary. */
  isWord?: (text: string) => boolean
  /** Real words of a Chinese run; a repair may not cut through one (电功率 keeps 电功). Default: jieba, dictionary only. */
  cut?: (text: string) => string[]
  /**
   * Words of the request's frame (线上, 上课, 报名): typed or dictated with one same-sounding character, they are
   * repaired even beside a common one-character word (现上, 上客), which blocks the repair of any other word.
   */
  frameWords?: Iterable<string>
  /** Latin words that are English, not pinyin (added to the vocabulary's own latin words). */
  englishWords?: Iterable<string>
  /**
   * The vocabulary already prepared elsewhere (a worker thread, by {@link prepareRepairVocabulary}):
   * used when it was made from this very vocabulary, so the pinyin is not computed again here.
   */
  prepared?: PreparedVocabulary
}

/** A vocabulary's Latin words and its Chinese words with their pinyin, keyed by the vocabulary it came from. */
export interface PreparedVocabulary {
  key: string
  english: string[]
  words: [string, string[]][]
}

const HAN_RUN = /\p{Script=Han}+/gu
/**
 * Particles and pronouns: so common on their own that next to a word they are
 * almost never a mistyped syllable of it ("陪诊是" is not 陪诊师). Never changed.
 */
/** Prepositions of place and means (在, 到, 从, 用, 拿): the cutter glues them to a following character ("在手"). */
const PREPOSITIONS = new Set(['在', '到', '从', '用', '拿'])
const PARTICLES = new Set([...'是的了在和与可要不就也都还吗呢吧啊我你他她这那把被让给从对向及或等很才又再'])
/**
 * Common one-character words: a two-character "typo" containing one is more
 * likely two words side by side ("有什么可学的", "十讲") than a mistyped word;
 * 行 ("fine") too: "不大行" is no 大兴 (a district) typed by sound.
 */
const SHORT_WORDS = new Set([...'上下做学人时会起十看想能来去说到多少行'])
/** Characters that make a phrase with 上 / 下 (往上, 向下, 以上, 先下): never the slipped half of a frame word. */
const PHRASE_HEADS = new Set([...'往向以之先再还都就也又才只马早晚比'])
const HAN_WORD = /^\p{Script=Han}{2,8}$/u

const vocabularyKey = (vocabulary: readonly string[]) => createHash('sha1').update(vocabulary.join('\n')).digest('hex')

/**
 * The vocabulary's Latin words and its Chinese words with their pinyin, in
 * order, without repeats: the slow part of building a repairer (normalising
 * and reading thousands of words), kept on disk between starts. Exported so a
 * worker thread can prepare it and hand it over (plain data, cheap to send).
 */
export function prepareRepairVocabulary(vocabulary: readonly string[]): PreparedVocabulary {
  const code = [import.meta.url, new URL('./normalize.js', import.meta.url).href, new URL('./pinyin.js', import.meta.url).href]
  const key = vocabularyKey(vocabulary)
  const prepared = diskMemo('repair-vocabulary', vocabulary.join('\n'), code, () => {
    const english = new Set<string>()
    const words = new Map<string, string[]>()
    for (const raw of vocabulary) {
      const norm = normalizeText(raw)
      for (const part of norm.split(' ')) if (/^[a-z]+$/.test(part)) english.add(part)
      if (!HAN_WORD.test(norm) || words.has(norm)) continue
      words.set(norm, syllablesOf(norm))
    }
    return { english: [...english], words: [...words.entries()] }
  })
  return { key, ...prepared }
}

/**
 * Builds a repairer for a vocabulary. Chinese words of 2-8 characters are
 * repair targets; latin words in it are treated as English and never read as
 * pinyin. Earlier words win when two sound alike, so pass taxonomy terms first.
 *
 * @example createTextRepairer(['人工智能']).repair('rengong zhineng').text // '人工智能'
 */
export function createTextRepairer(vocabulary: readonly string[], options: RepairOptions = {}): TextRepairer {
  const isWord = options.isWord ?? isDictionaryWord
  const cut = options.cut ?? dictionaryCut
  const frames = new Set(options.frameWords ?? [])
  const words = new Set<string>()
  const english = new Set<string>([...ENGLISH_STOP_WORDS, ...ENGLISH_PINYIN_LOOKALIKES])
  for (const w of options.englishWords ?? []) english.add(w.toLowerCase())
  // Entries by their fuzzy syllables, as a trie (text/flat-trie; a node's value is 1 + its index in `soundEntries`):
  // from each position of a run, one walk finds every word it could be.
  const sounds = new FlatTrie(1024)
  const soundEntries: Entry[][] = []
  // The same words by their characters (value 1 where one ends), walked beside the sounds: is what was typed a word already?
  const spelled = new FlatTrie(0x10000)
  const byFirst = new Map<string, Entry[]>()
  // Entries by their first and by their last character: pinyin typed inside Chinese may finish a word begun in characters.
  const besides: WordsByChar = { byFirstChar: new Map(), byLastChar: new Map() }
  const lengths = new Set<number>()
  const given = options.prepared
  const prepared = given && given.key === vocabularyKey(vocabulary) ? given : prepareRepairVocabulary(vocabulary)
  for (const part of prepared.english) english.add(part)
  for (const [norm, syllables] of prepared.words) {
    words.add(norm)
    let at = 0
    for (let k = 0; k < norm.length; k++) at = spelled.add(at, norm.charCodeAt(k))
    spelled.setValue(at, 1)
    const entry: Entry = { word: norm, syllables, exact: exactKey(syllables), fuzzy: syllables.map(fuzzySyllable) }
    addSound(sounds, soundEntries, entry)
    push(byFirst, entry.fuzzy[0], entry)
    const chars = [...norm]
    push(besides.byFirstChar, chars[0], entry)
    push(besides.byLastChar, chars[chars.length - 1], entry)
    lengths.add(chars.length)
  }
  const sortedLengths = [...lengths].sort((a, b) => b - a)

  // Spans of a run's real words (two characters or more), which a repair may contain but not cut through. A preposition
  // glued by the cutter to the first character after it ("在手" of "在手几上学") is no word to keep whole: the place or
  // medium after a preposition may be the slip.
  function wordSpansOf(run: string): [number, number][] {
    const spans: [number, number][] = []
    let pos = 0
    for (const w of cut(run)) {
      const len = [...w].length
      if (len >= 2 && !(len === 2 && PREPOSITIONS.has(w[0]))) spans.push([pos, pos + len])
      pos += len
    }
    return spans
  }
  const cutsThrough = (spans: [number, number][], start: number, end: number) =>
    spans.some(([a, b]) => a < end && start < b && (a < start || b > end))

  function repairHan(run: string, repairs: Repair[]): string {
    const chars = [...run]
    if (chars.length < 2) return run
    const { syllables: syl, fuzzyIds } = readingOf(run)
    // The run is cut into words only when a candidate needs the check (most runs have none).
    let wordSpans: [number, number][] | null = null
    // One UTF-16 unit per character (nearly always): a span is a plain slice of the run.
    const plain = chars.length === run.length
    const candidates: { start: number; end: number; word: string; score: number; slip?: true }[] = []
    // From each position, the vocabulary words that sound like what follows (one trie walk), shortest first.
    for (let i = 0; i < chars.length; i++) {
      let node = 0
      let typed = plain ? 0 : NO_NODE // (the characters i..j in `spelled`, when each is one UTF-16 unit)
      for (let j = i; j < chars.length; j++) {
        node = sounds.next(node, fuzzyIds[j])
        if (node === NO_NODE) break
        if (typed !== NO_NODE) typed = spelled.next(typed, run.charCodeAt(j))
        const held = sounds.value(node)
        if (held === 0) continue
        const found = soundEntries[held - 1]
        const len = j - i + 1
        if (plain ? typed !== NO_NODE && spelled.value(typed) === 1 : words.has(spanText(run, chars, plain, i, len))) continue // a word already
        const s = spanText(run, chars, plain, i, len)
        const typedSound = exactKey(syl.slice(i, i + len))
        for (const e of found) {
          const exactSound = e.exact === typedSound
          if (len === 2 && !exactSound) continue
          const wordChars = [...e.word]
          const changed = wordChars.map((c, k) => (c !== chars[i + k] ? chars[i + k] : '')).filter(Boolean)
          const differ = changed.length
          if (changed.some((c) => PARTICLES.has(c))) continue
          // A common one-character word blocks a two-character repair, except where it is the kept half of a frame word
          // typed by sound (现上 → 线上, 上客 → 上课): the other half is then the slip, unless it makes a phrase with it (往上, 先下).
          const framed = frames.has(e.word) && !changed.some((c) => PHRASE_HEADS.has(c))
          if (len === 2 && [...s].some((c, k) => PARTICLES.has(c) || (SHORT_WORDS.has(c) && !(framed && wordChars[k] === c)))) continue
          if (differ === 0 || differ > Math.floor(len / 2) || isWord(s) || cutsThrough((wordSpans ??= wordSpansOf(run)), i, i + len)) continue
          candidates.push({ start: i, end: i + len, word: e.word, score: len * 10 - differ - (exactSound ? 0 : 1) })
          break
        }
      }
    }
    // Slips of the hand (兔费 → 免费, 免免费 → 免费; text/typing-slips), under the same guards.
    candidates.push(...slipCandidates(chars, words, sortedLengths, (a, b) => !isWord(spanText(run, chars, plain, a, b - a)) && !cutsThrough((wordSpans ??= wordSpansOf(run)), a, b), isWord))
    if (candidates.length === 0) return run
    candidates.sort((a, b) => b.score - a.score || a.start - b.start)
    // The vocabulary words written out in the run, which a repair may not overlap unless it is longer and covers them.
    const exactSpans: [number, number][] = []
    for (const len of sortedLengths) {
      for (let i = 0; i + len <= chars.length; i++) if (words.has(spanText(run, chars, plain, i, len))) exactSpans.push([i, i + len])
    }
    const taken: [number, number][] = []
    const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1]
    const chosen = candidates.filter((c) => {
      const span: [number, number] = [c.start, c.end]
      const blocked = exactSpans.some(
        (e) => overlaps(e, span) && (e[1] - e[0] >= c.end - c.start || e[0] < c.start || e[1] > c.end),
      )
      if (blocked || taken.some((t) => overlaps(t, span))) return false
      taken.push(span)
      return true
    })
    if (chosen.length === 0) return run
    chosen.sort((a, b) => a.start - b.start)
    let out = ''
    let at = 0
    for (const c of chosen) {
      out += chars.slice(at, c.start).join('') + c.word
      repairs.push({ from: chars.slice(c.start, c.end).join(''), to: c.word, kind: c.slip ? 'slip' : 'homophone' })
      at = c.end
    }
    return out + chars.slice(at).join('')
  }

  /**
   * A token of characters with pinyin typed inside it ("有mianfei的课", "乡村zhenxing", "baoming咋弄"): each Latin run
   * that is pinyin is read like the characters it spells, as a run of pinyin alone would be. It first finishes a word
   * whose other characters stand right beside it (乡村 + zhenxing → 乡村振兴, xiangcun + 振兴 → 乡村振兴), then is read on
   * its own (mianfei → 免费). English words inside Chinese ("AI", "app") stay as typed.
   */
  function repairMixed(token: string, repairs: Repair[]): string {
    const parts = token.split(/([a-z]+)/)
    let out = ''
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]
      if (i % 2 === 0) out += part.replace(HAN_RUN, (run) => repairHan(run, repairs))
      else if (english.has(part) || !isPinyin(part)) out += part
      else {
        const finished = finishWord(besides, out, part, parts[i + 1] ?? '')
        if (finished !== null) repairs.push({ from: part, to: finished, kind: 'pinyin' })
        out += finished ?? repairPinyin([part], byFirst, repairs).join('')
      }
    }
    return out
  }

  return {
    repair(text: string): RepairResult {
      const repairs: Repair[] = []
      const tokens = normalizeText(text).split(' ').filter(Boolean)
      const out: string[] = []
      let pinyinRun: string[] = []
      for (const token of tokens) {
        if (/^[a-z]+$/.test(token) && !english.has(token) && isPinyin(token)) {
          pinyinRun.push(token)
          continue
        }
        // A run of pinyin ends here: read it as a whole.
        if (pinyinRun.length) out.push(...repairPinyin(pinyinRun, byFirst, repairs))
        pinyinRun = []
        out.push(repairMixed(token, repairs))
      }
      if (pinyinRun.length) out.push(...repairPinyin(pinyinRun, byFirst, repairs))
      return { text: out.join(' '), repairs }
    },
  }
}

/** Characters i to i + len of a run: a plain slice when each character is one UTF-16 unit (a module function: no closure per run). */
function spanText(run: string, chars: string[], plain: boolean, i: number, len: number): string {
  return plain ? run.slice(i, i + len) : chars.slice(i, i + len).join('')
}

/** Adds an entry under its fuzzy syllables (entries of one node in vocabulary order). */
function addSound(trie: FlatTrie, held: Entry[][], entry: Entry): void {
  let node = 0
  for (const f of entry.fuzzy) node = trie.add(node, fuzzyId(f))
  if (trie.value(node) === 0) trie.setValue(node, held.push([]))
  held[trie.value(node) - 1].push(entry)
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
