/**
 * @module query/english-terms
 * Finds the taxonomy's English words in a message the way people inflect and
 * pad them: "caring for the elderly" meets the synonym "care for elderly",
 * "raising kids" meets "raise kids", "programmes for retirees" meets
 * "retiree". Words are compared by {@link lemmaEnglish} keys, and up to two
 * small function words ("the", "my", "a") may sit between the words of a
 * phrase. Plurals alone never turn a person into a subject: "farmers" stays
 * apart from "farming" because the key keeps -er.
 */
import type { TaxonomyKind } from '../catalogue/taxonomy.js'
import { lemmaEnglish } from '../text/english.js'
import { globalMatches } from '../text/regex-tools.js'
import { ENGLISH_FILLER } from './english-words.js'

/** One English taxonomy word or phrase, by the keys of its words. */
export interface EnglishTerm {
  kind: TaxonomyKind
  id: string
  keys: string[]
}

/** Where a term was found in the text. */
export interface EnglishHit {
  kind: TaxonomyKind
  id: string
  start: number
  end: number
  matched: string
}

/** Words that may sit inside a phrase without breaking it ("care for the elderly", "look after my parents"). */
const GAP_WORDS = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'some', 'own', 'of', 'for', 'to', 'with'])
const MAX_GAP = 2
/**
 * Words for knowing a subject: said after the subject ("money literacy", "health literacy", "legal and money
 * literacy") they are that subject's, never the reading-and-writing topic their bare form names ("literacy classes",
 * "basic literacy"). The taxonomy's own compounds ("financial literacy", "digital literacy") match whole anyway.
 */
const KNOWING_HEADS = new Set(['literacy', 'literacies', 'numeracy', 'literate'].map((w) => lemmaEnglish(w)))
const LATIN_TOKEN = /[a-z0-9+#]+/g

/** The keys of a normalised English term ("senior citizens" → [senior, citizen]). */
export function englishKeys(normalized: string): string[] {
  return globalMatches(LATIN_TOKEN, normalized).map((m) => lemmaEnglish(m[0]))
}

/**
 * Builds the matcher for `terms`; each call then lists every term found in a
 * normalised text, overlapping ones included (the caller keeps the longest).
 * Given a function, the terms are read (and indexed) at the first text with a
 * Latin word or a number: a Chinese message never pays for the English keys.
 */
export function createEnglishTermMatcher(terms: readonly EnglishTerm[] | (() => readonly EnglishTerm[])): (text: string) => EnglishHit[] {
  let byFirst: Map<string, EnglishTerm[]> | null = null
  const index = () => {
    const out = new Map<string, EnglishTerm[]>()
    for (const t of typeof terms === 'function' ? terms() : terms) {
      if (t.keys.length === 0) continue
      const list = out.get(t.keys[0])
      if (list) list.push(t)
      else out.set(t.keys[0], [t])
    }
    return out
  }
  return (text) => {
    const tokens = globalMatches(LATIN_TOKEN, text).map((m) => ({ word: m[0], key: lemmaEnglish(m[0]), start: m.index!, end: m.index! + m[0].length }))
    if (tokens.length === 0) return []
    byFirst ??= index()
    const hits: EnglishHit[] = []
    for (let i = 0; i < tokens.length; i++) {
      for (const t of byFirst.get(tokens[i].key) ?? []) {
        const last = matchFrom(tokens, i, t.keys)
        if (last < 0) continue
        if (KNOWING_HEADS.has(t.keys[0]) && i > 0 && tokens[i - 1].end + 1 === tokens[i].start &&
          !ENGLISH_FILLER.has(tokens[i - 1].word)) continue
        const start = tokens[i].start
        const end = tokens[last].end
        hits.push({ kind: t.kind, id: t.id, start, end, matched: text.slice(start, end) })
      }
    }
    return hits
  }
}

/** The index of the last token of `keys` matched from token `i`, or -1. */
function matchFrom(tokens: { word: string; key: string }[], i: number, keys: string[]): number {
  let at = i
  for (let k = 1; k < keys.length; k++) {
    let next = -1
    for (let j = at + 1; j < tokens.length && j <= at + 1 + MAX_GAP; j++) {
      if (tokens[j].key === keys[k]) { next = j; break }
      if (!GAP_WORDS.has(tokens[j].word)) break
    }
    if (next < 0) return -1
    at = next
  }
  return at
}
