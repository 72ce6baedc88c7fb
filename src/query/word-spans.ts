/**
 * @module query/word-spans
 * Where words sit in a normalised message, and which words say nothing: the understander's small text helpers.
 */
import { dictionaryCut } from '../text/segment.js'
import { singularEnglish, stemEnglish } from '../text/english.js'
import { ENGLISH_FILLER } from './english-words.js'
import { GENERIC_CHARS, VAGUE_WORDS } from './cues.js'
import { labelledValues } from '../text/field-labels.js'
import { plainReading } from '../text/speech-noise.js'

const GENERIC = new Set([...VAGUE_WORDS, ...[...VAGUE_WORDS].map(stemEnglish), ...ENGLISH_FILLER])
const NUMERAL = /^([0-9]+|[零一二三四五六七八九十百千两几多]+)$/

/** The dictionary words of a text with where they sit, computed on first use. */
export function wordSpans(text: string): () => [number, number][] {
  let spans: [number, number][] | null = null
  return () => {
    if (spans) return spans
    spans = []
    let at = 0
    for (const w of dictionaryCut(text)) {
      const start = text.indexOf(w, at)
      if (start < 0) continue
      spans.push([start, (at = start + w.length)])
    }
    return spans
  }
}

/** Endings that keep a word's meaning (痴呆 → 痴呆症, 骗 → 骗子): a word with one of them is still a mention. */
const SAME_WORD_ENDINGS = new Set([...'症病者人们员师课班类性化儿'])

/**
 * True when [start, end) begins a longer dictionary word of `text` that means something else
 * ("拖拉" in 拖拉机, a tractor, not dawdling): the longer word goes on past the match with more
 * than an ending that keeps the meaning (痴呆症 and 老年痴呆 still mention 痴呆).
 */
export function insideLongerWord(text: string, words: [number, number][], start: number, end: number): boolean {
  return words.some(([a, b]) => a === start && end < b && !(b - end === 1 && SAME_WORD_ENDINGS.has(text[end])))
}

/** Where the Latin word whose stem or singular is `stem` sits in `text` from `from` on, or [-1, -1]. */
export function latinWordAt(text: string, stem: string, from: number): [number, number] {
  for (const m of text.slice(from).matchAll(/[a-z]+/g)) {
    if (stemEnglish(m[0]) === stem || singularEnglish(m[0]) === stem) return [from + m.index!, from + m.index! + m[0].length]
  }
  return [-1, -1]
}

/** Chinese characters only (compiled once: a `\p{…}` literal inside a function is a new RegExp per call once transpiled). */
const ALL_HAN = /^\p{Script=Han}+$/u

/** Filler: a generic word, a number, or Chinese made only of generic characters. */
export function isFiller(word: string): boolean {
  if (GENERIC.has(word) || NUMERAL.test(word)) return true
  return ALL_HAN.test(word) && [...word].every((c) => GENERIC_CHARS.has(c))
}

/**
 * Where the labels of a form-like message ("补充地点：广州", "时间：周末": text/field-labels) sit in its normalised
 * text: the label frames the value after it, so its words are never a need ("目录里暂时没有“地点”的项目").
 */
export function labelSpans(said: string, normalized: string): [number, number][] {
  if (!/[:：]/.test(said)) return []
  const spans: [number, number][] = []
  let cursor = 0
  for (const l of labelledValues(said)) {
    const label = plainReading(l.label).trim()
    const at = label ? normalized.indexOf(label, cursor) : -1
    if (at < 0) continue
    spans.push([at, at + label.length])
    cursor = at + label.length
  }
  return spans
}
