/**
 * @module dialogue/control-text
 * The form control phrases ("还有没有别的", "重新开始", "any more?") are read
 * in, and a tolerant reader for them. People type these short phrases with
 * particles, Cantonese function words (仲有冇), traditional characters and
 * IME slips (还又没有, 抱名); a whole-sentence list can never hold them all.
 * So a message is folded once ({@link controlForm}) and then cut into words
 * of a small vocabulary ({@link readWords}): longest match first, a
 * same-sounding character (fuzzy pinyin) or a one-letter English slip
 * accepted where nothing matches exactly. What a vocabulary means (more,
 * reset…) is decided by turn-classifier; this module only reads.
 */
import { toHalfWidth } from '../text/fold.js'
import { toSimplified } from '../text/normalize.js'
import { fuzzySyllable, syllablesOf } from '../text/pinyin.js'
import { CANTONESE_CHARS, finalParticleOffsets } from '../text/dialect.js'
import { neighbourSlip } from '../text/english-repair.js'

/**
 * Cantonese (Hong Kong, Guangdong) function words and their Mandarin forms,
 * read letter for letter in control phrases: 仲有冇 → 还有没有, 嚟 → 来, 睇 → 看.
 * One table with the understander's (text/dialect), which owns it.
 */
const CANTONESE = CANTONESE_CHARS

const PUNCT = /[\s!！?？。.,，、~～…:：;；"“”‘’()（）【】[\]\-—_/\\|]/

/** A control form with, for each of its characters, where it came from in `source`. */
export interface ControlText {
  form: string
  /** The message simplified, half-width and lower-cased: what `at` points into. */
  source: string
  at: number[]
}

/**
 * A message folded for reading control phrases: simplified, half-width, lower
 * case, Cantonese function words in Mandarin, chat particles ending a clause
 * dropped, every run of punctuation one space.
 *
 * @example controlText('仲有冇？').form // '还有没有'
 */
export function controlText(text: string): ControlText {
  const source = [...toHalfWidth(toSimplified(text)).toLowerCase()]
  // Chat particles ending a clause (噻, 嘛, 嘞, 哒…) carry tone only: "再给几个噻" is "再给几个".
  const particles = finalParticleOffsets(source.join(''))
  let form = ''
  const at: number[] = []
  let offset = 0
  source.forEach((ch, i) => {
    const next = source[i + 1] ?? ''
    if (particles.has(offset)) {
      // (Dropped: see above.)
    } else if (PUNCT.test(ch) && !(ch === '.' && /\d/.test(source[i - 1] ?? '') && /\d/.test(next))) {
      if (form && !form.endsWith(' ')) { form += ' '; at.push(offset) }
    } else if (/[a-z]/.test(ch) && form.endsWith(ch + ch)) {
      // A letter held down ("moreee", "pleeease") counts twice at most: one slip away from the word.
    } else {
      for (const c of CANTONESE[ch] ?? ch) { form += c; at.push(offset) }
    }
    offset += ch.length
  })
  while (form.endsWith(' ')) { form = form.slice(0, -1); at.pop() }
  return { form, source: source.join(''), at }
}

/** {@link controlText}'s form alone. */
export function controlForm(text: string): string {
  return controlText(text).form
}

/** A vocabulary: each word with its role (what a classifier makes of it). */
export type Vocabulary<R extends string> = ReadonlyMap<string, R>

/** One word read from a message: what was typed, the vocabulary word it was read as, and its role. */
export interface ReadWord<R extends string> {
  typed: string
  word: string
  role: R
  /** True when read by sound or spelling, not letter for letter. */
  slip: boolean
  /** Where the word ends in the form (in characters), and whether a space follows it there. */
  end: number
  spaceAfter: boolean
}

/** A message read as far as the vocabulary goes: the words, and the unread remainder (from the first unknown word). */
export interface Reading<R extends string> {
  words: ReadWord<R>[]
  rest: string
  /** Where the unread remainder starts in the form (in characters). */
  restAt: number
}

/** One Chinese character: control words are read by sound only in Chinese (the classifier's readers share it). */
export const HAN = /\p{Script=Han}/u
const fuzzyOf = (han: string) => syllablesOf(han).map(fuzzySyllable).join("'")

/** Compiled lookups of one vocabulary: Chinese words by length and by sound, English words by spelling. */
interface Compiled<R extends string> {
  zh: Map<string, R>
  zhBySound: Map<string, string>
  maxZh: number
  en: Map<string, R>
  /** English phrases of two or more words, by their number of words. */
  phrases: Map<number, string[]>
}

const compiled = new WeakMap<object, Compiled<string>>()

function compile<R extends string>(vocab: Vocabulary<R>): Compiled<R> {
  const hit = compiled.get(vocab) as Compiled<R> | undefined
  if (hit) return hit
  const c: Compiled<R> = { zh: new Map(), zhBySound: new Map(), maxZh: 1, en: new Map(), phrases: new Map() }
  for (const [word, role] of vocab) {
    if (HAN.test(word)) {
      c.zh.set(word, role)
      c.maxZh = Math.max(c.maxZh, [...word].length)
      const sound = fuzzyOf(word)
      if (!c.zhBySound.has(sound)) c.zhBySound.set(sound, word)
    } else {
      c.en.set(word, role)
      const n = word.split(' ').length
      if (n > 1 && /^[a-z' ]+$/.test(word)) c.phrases.set(n, [...(c.phrases.get(n) ?? []), word])
    }
  }
  compiled.set(vocab, c as Compiled<string>)
  return c
}

/** True when `a` and `b` differ by at most one inserted, dropped, changed or swapped letter. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  return long.slice(i + 1) === short.slice(i)
}

/** The English vocabulary word `typed` is (exactly, or one slip away when both are 3+ and 4+ letters long). */
function englishWord<R extends string>(c: Compiled<R>, typed: string): { word: string; slip: boolean } | null {
  if (c.en.has(typed)) return { word: typed, slip: false }
  if (typed.length < 3 || /\d/.test(typed)) return null
  for (const word of c.en.keys()) {
    if (word.length >= 4 && !word.includes(' ') && oneSlipApart(typed, word)) return { word, slip: true }
  }
  return null
}

/**
 * The vocabulary phrase of as many words as `typed` that differs from it in one word of four or more letters, by a
 * slip typing makes (a letter dropped, added, swapped or struck on a neighbouring key: "strat over", "start agian").
 */
function phraseBySlip<R extends string>(c: Compiled<R>, typed: string[]): string | null {
  for (const phrase of c.phrases.get(typed.length) ?? []) {
    const words = phrase.split(' ')
    const differ = words.flatMap((w, i) => (w === typed[i] ? [] : [i]))
    if (differ.length !== 1) continue
    const [w, t] = [words[differ[0]], typed[differ[0]]]
    if (w.length >= 4 && t.length >= 3 && oneSlipApart(t, w) && typingSlip(t, w)) return phrase
  }
  return null
}

/**
 * Reads `form` (a {@link controlForm}) word by word with `vocab`, from the
 * start, until a word it does not know: Chinese by longest match, then by
 * sound (at most `maxSlips` words read by sound or spelling); English word
 * by word, multi-word entries ("start over") first.
 */
export function readWords<R extends string>(form: string, vocab: Vocabulary<R>, maxSlips = 1): Reading<R> {
  const c = compile(vocab)
  const words: ReadWord<R>[] = []
  let slips = 0
  let at = 0
  const chars = [...form]
  while (at < chars.length) {
    if (chars[at] === ' ') { at++; continue }
    if (HAN.test(chars[at])) {
      let found: ReadWord<R> | null = null
      for (let n = Math.min(c.maxZh, chars.length - at); n >= 1 && !found; n--) {
        const typed = chars.slice(at, at + n).join('')
        if (!HAN.test(chars[at + n - 1])) continue
        const role = c.zh.get(typed)
        if (role !== undefined) found = { typed, word: typed, role, slip: false, end: 0, spaceAfter: false }
      }
      for (let n = Math.min(c.maxZh, chars.length - at); n >= 1 && !found && slips < maxSlips; n--) {
        const typed = chars.slice(at, at + n).join('')
        if (![...typed].every((ch) => HAN.test(ch))) continue
        const word = c.zhBySound.get(fuzzyOf(typed))
        if (word) found = { typed, word, role: c.zh.get(word)!, slip: true, end: 0, spaceAfter: false }
      }
      // A character typed twice ("清清除条件", "重新新开始") is one IME slip: skip the copy and read on.
      if (!found && (chars[at + 1] === chars[at] || chars[at - 1] === chars[at]) && slips < maxSlips) { slips++; at++; continue }
      if (!found) break
      if (found.slip) slips++
      at += [...found.typed].length
      words.push({ ...found, end: at, spaceAfter: chars[at] === ' ' })
      continue
    }
    // An English (or digit) run: try the longest multi-word entry first.
    const tail = chars.slice(at).join('')
    const run = /^[a-z0-9']+(?: [a-z0-9']+)*/.exec(tail)?.[0] ?? ''
    const tokens = run.split(' ').filter(Boolean)
    let matched: ReadWord<R> | null = null
    let used = 0
    for (let n = Math.min(4, tokens.length); n >= 1 && !matched; n--) {
      const typed = tokens.slice(0, n).join(' ')
      const exact = c.en.get(typed)
      if (exact !== undefined) { matched = { typed, word: typed, role: exact, slip: false, end: 0, spaceAfter: false }; used = typed.length; break }
      // A phrase with a typing slip in one of its long words ("strat over", "start agian"): one slip, as a word alone.
      const near = n > 1 && slips < maxSlips ? phraseBySlip(c, tokens.slice(0, n)) : null
      if (near) { matched = { typed, word: near, role: c.en.get(near)!, slip: true, end: 0, spaceAfter: false }; used = typed.length; break }
      if (n === 1 && slips < maxSlips) {
        const near = englishWord(c, typed)
        if (near) { matched = { typed, word: near.word, role: c.en.get(near.word)!, slip: near.slip, end: 0, spaceAfter: false }; used = typed.length }
      }
    }
    if (!matched) break
    if (matched.slip) slips++
    at += used
    // An English word ends at a space or the end of the run, never inside a word ("more" in "moreover").
    words.push({ ...matched, end: at, spaceAfter: chars[at] === ' ' })
  }
  while (chars[at] === ' ') at++
  return { words, rest: chars.slice(at).join(''), restAt: at }
}

/** Builds a vocabulary from role → words lists (later roles never overwrite earlier ones). */
export function vocabulary<R extends string>(lists: [R, readonly string[]][]): Vocabulary<R> {
  const out = new Map<string, R>()
  for (const [role, words] of lists) for (const w of words) if (!out.has(w)) out.set(w, role)
  return out
}

/** A slip of the kind typing makes: a letter dropped, added or swapped, or one struck on a neighbouring key. */
const typingSlip = (typed: string, word: string) => typed.length !== word.length || neighbourSlip(typed, word)
  || [...typed].sort().join('') === [...word].sort().join('')

/**
 * True when `form` (a {@link controlForm}) contains `word`: letter for letter,
 * or a Chinese word of two or more characters by its fuzzy sound (抱名 for
 * 报名), or an English word of four or more letters one slip away (aply);
 * `keyboard` takes only the slips typing makes (no letter changed for a far one: "wher" is not "when").
 */
export function containsBySlip(form: string, word: string, keyboard = false): boolean {
  if (form.includes(word)) return true
  if (HAN.test(word)) {
    const n = [...word].length
    if (n < 2) return false
    const sound = fuzzyOf(word)
    for (const run of form.match(/\p{Script=Han}+/gu) ?? []) {
      const chars = [...run]
      for (let i = 0; i + n <= chars.length; i++) if (fuzzyOf(chars.slice(i, i + n).join('')) === sound) return true
    }
    return false
  }
  if (word.length < 4) return false
  return form.split(/[^a-z]+/).some((typed) => typed.length >= 3 && oneSlipApart(typed, word) && (!keyboard || typingSlip(typed, word)))
}
