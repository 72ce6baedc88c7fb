/**
 * @module text/repair-pinyin
 * The pinyin half of typo repair: a learner who sends the pinyin itself (rengong zhineng, laonianren) gets the
 * vocabulary words it spells. Split from text/repair, which owns the homophone half and the vocabulary.
 */
import { fuzzySyllable, PINYIN_SYLLABLES } from './pinyin.js'

/** One change the repairer made, for `search --explain` and tests. */
export interface Repair {
  from: string
  to: string
  kind: 'homophone' | 'pinyin' | 'slip'
}

/** A vocabulary word with its pinyin: syllables, the exact sound key and the fuzzy syllables it is matched by. */
export interface SoundEntry {
  word: string
  syllables: string[]
  exact: string
  fuzzy: string[]
}

/**
 * Reads a run of Latin tokens as pinyin: the best split into syllables and vocabulary words (by their first
 * fuzzy syllable in `byFirst`), each typed word read whole or not at all. Records what it changed in `repairs`.
 */
export function repairPinyin(tokens: string[], byFirst: ReadonlyMap<string, SoundEntry[]>, repairs: Repair[]): string[] {
  // Syllable boundaries may not cross token boundaries: parse token by token.
  const letters = tokens.join('')
  const ends = new Set<number>()
  let acc = 0
  for (const t of tokens) ends.add((acc += t.length))
  const starts = new Set([0, ...ends])
  // syllablesAt[p]: valid syllables starting at p that do not cross a token end.
  // A token that is itself one syllable is read as that syllable only ("xiang" is not xi'an).
  const syllablesAt: string[][] = []
  let tokenAt = 0
  for (const t of tokens) {
    for (let p = tokenAt; p < tokenAt + t.length; p++) {
      const list: string[] = []
      if (PINYIN_SYLLABLES.has(t)) {
        if (p === tokenAt) list.push(t)
      } else {
        for (let len = 1; len <= 6 && p + len <= tokenAt + t.length; len++) {
          const s = letters.slice(p, p + len)
          if (PINYIN_SYLLABLES.has(s)) list.push(s)
        }
      }
      syllablesAt.push(list)
    }
    tokenAt += t.length
  }
  type Piece = { text: string; word: boolean; from: string }
  // Best reading of letters[p..] for every p, from the end backwards (no recursion: runs may be long).
  const score: number[] = new Array(letters.length + 1).fill(-Infinity)
  const step: ({ piece: Piece; next: number } | null)[] = new Array(letters.length + 1).fill(null)
  score[letters.length] = 0
  for (let p = letters.length - 1; p >= 0; p--) {
    const consider = (gain: number, next: number, piece: Piece) => {
      if (score[next] === -Infinity) return
      if (gain + score[next] > score[p]) {
        score[p] = gain + score[next]
        step[p] = { piece, next }
      }
    }
    for (const first of syllablesAt[p] ?? []) {
      consider(-0.01, p + first.length, { text: first, word: false, from: first })
      for (const e of byFirst.get(fuzzySyllable(first)) ?? []) {
        if (e.syllables.length < 2) continue
        const end = matchWord(e, p, syllablesAt)
        if (end === null || !(starts.has(end) || syllablesAt[end]?.length)) continue
        const typed = letters.slice(p, end)
        const penalty = typed === e.syllables.join('') ? 0 : 0.5
        consider(e.syllables.length * 2 - penalty, end, { text: e.word, word: true, from: typed })
      }
    }
  }
  if (score[0] === -Infinity) return tokens
  const pieces: (Piece & { start: number; end: number })[] = []
  for (let p = 0; p < letters.length; p = step[p]!.next) pieces.push({ ...step[p]!.piece, start: p, end: step[p]!.next })
  // A typed word is read whole or not at all: "secure" is not 社畜 + "re". A token that a
  // vocabulary word only partly covers goes back to its letters, with every word touching it.
  const spans: [number, number][] = []
  let at = 0
  for (const t of tokens) spans.push([at, (at += t.length)])
  let words = pieces.filter((x) => x.word)
  for (;;) {
    const mixed = spans.filter(([a, b]) => {
      const touching = words.filter((w) => w.start < b && a < w.end)
      if (touching.length === 0) return false
      const covered = touching.reduce((n, w) => n + Math.min(b, w.end) - Math.max(a, w.start), 0)
      return covered < b - a
    })
    if (mixed.length === 0) break
    words = words.filter((w) => !mixed.some(([a, b]) => w.start < b && a < w.end))
  }
  if (words.length === 0) return tokens
  const out: string[] = []
  spans.forEach(([a, b], i) => {
    const touching = words.filter((w) => w.start < b && a < w.end)
    if (touching.length === 0) {
      out.push(tokens[i])
      return
    }
    for (const w of touching.filter((x) => x.start >= a)) {
      repairs.push({ from: w.from, to: w.text, kind: 'pinyin' })
      const last = out.length - 1
      if (last >= 0 && /\p{Script=Han}$/u.test(out[last])) out[last] += w.text
      else out.push(w.text)
    }
  })
  return out
}

/**
 * Where a vocabulary word's syllables, typed exactly or fuzzily, end when read
 * from `p` (trying longer spellings first, backtracking); null if they do not.
 */
function matchWord(e: SoundEntry, p: number, syllablesAt: string[][], k = 0): number | null {
  if (k === e.fuzzy.length) return p
  const typed = (syllablesAt[p] ?? []).filter((s) => fuzzySyllable(s) === e.fuzzy[k])
  for (const s of typed.sort((a, b) => b.length - a.length)) {
    const end = matchWord(e, p + s.length, syllablesAt, k + 1)
    if (end !== null) return end
  }
  return null
}

/** True when the token splits wholly into pinyin syllables. */
export function isPinyin(token: string): boolean {
  const ok: boolean[] = [true]
  for (let i = 1; i <= token.length; i++) {
    ok[i] = false
    for (let len = 1; len <= 6 && len <= i; len++) {
      if (ok[i - len] && PINYIN_SYLLABLES.has(token.slice(i - len, i))) {
        ok[i] = true
        break
      }
    }
  }
  return ok[token.length]
}

/** Vocabulary entries by their first and by their last character (for {@link finishWord}). */
export interface WordsByChar {
  byFirstChar: Map<string, SoundEntry[]>
  byLastChar: Map<string, SoundEntry[]>
}

/**
 * The characters pinyin `typed` inside Chinese stands for when it finishes a vocabulary word begun in the characters
 * right before it ("乡村" + "zhenxing" → 振兴 of 乡村振兴) or ended in those right after it ("xiangcun" + "振兴" → 乡村),
 * the longest such word first; null when it finishes none. A word finished is likelier than the pinyin read alone
 * ("zhenxing" alone is 征信 as well).
 */
export function finishWord(words: WordsByChar, before: string, typed: string, after: string): string | null {
  const head = [...(before.match(/\p{Script=Han}{1,4}$/u)?.[0] ?? '')]
  for (let k = head.length; k >= 1; k--) {
    const begun = head.slice(-k).join('')
    const e = (words.byFirstChar.get(head[head.length - k]) ?? [])
      .find((x) => x.word.startsWith(begun) && x.syllables.length > k && x.syllables.slice(k).join('') === typed)
    if (e) return [...e.word].slice(k).join('')
  }
  const tail = [...(after.match(/^\p{Script=Han}{1,4}/u)?.[0] ?? '')]
  for (let k = tail.length; k >= 1; k--) {
    const ended = tail.slice(0, k).join('')
    const e = (words.byLastChar.get(tail[k - 1]) ?? [])
      .find((x) => x.word.endsWith(ended) && x.syllables.length > k && x.syllables.slice(0, -k).join('') === typed)
    if (e) return [...e.word].slice(0, -k).join('')
  }
  return null
}

/** Common English words that happen to be valid pinyin strings. */
export const ENGLISH_PINYIN_LOOKALIKES = [
  'women', 'china', 'dance', 'hang', 'long', 'men', 'ban', 'bang', 'bin', 'pin', 'pan', 'tan', 'man', 'fan',
  'can', 'ran', 'sun', 'run', 'gun', 'bus', 'cue', 'die', 'tie', 'pie', 'lie', 'hen', 'ten', 'pen', 'den', 'then',
  'when', 'ping', 'sang', 'song', 'gang', 'wang', 'lane', 'change', 'guide', 'shanghai', 'beijing', 'open', 'banana',
  'hunan', 'henan', 'cheng', 'line', 'online', 'mine', 'fine', 'nine', 'dine', 'wine', 'game', 'same', 'name', 'tea',
]
