/**
 * @module text/english-repair
 * Typing slips in English words, read as the word meant: a letter dropped
 * ("anythng", "joi"), doubled ("innstead"), swapped ("laern", "coruses") or
 * struck on a neighbouring key ("abiut"; "horse" is never "house") or spelt as a letter of the same sound ("cources",
 * "vegatable"), or with the wrong letters doubled ("viilage", "adress"). A word is repaired only when it is not a known word
 * (nor an inflection of one) and one known word lies one edit away; longer
 * words get more kinds of edit than short ones, where a slip is too easily
 * another real word ("cook" is not "book"). Known words are the bot's own
 * English (taxonomy, cues, places, the catalogue's English text), so a
 * subject nobody teaches ("violin") is left as typed.
 */
import { lemmaEnglish } from './english.js'

/** One repair: the word as typed and the word read. */
export interface EnglishRepair { from: string; to: string }

/**
 * Repairs the Latin words of a normalised text; returns the text and what changed. `knows` says a word is English as
 * typed. `splitGlued` only parts words typed without their space ("onlinecourse", "freeclass": English typed inside
 * Chinese, where no space is needed) into the same known words, so code-mixed Hong Kong and Macau text is read through
 * the English path's one table.
 */
export type EnglishRepairer = ((normalized: string) => { text: string; repairs: EnglishRepair[] }) & {
  knows: (word: string) => boolean
  splitGlued: (normalized: string) => string
}

const WORD = /[a-z]+/g

/** Neighbouring keys of a QWERTY keyboard: a letter struck wrong is one of these, not any letter. */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
const NEIGHBOURS = new Map<string, Set<string>>()
for (let r = 0; r < KEY_ROWS.length; r++) {
  for (let c = 0; c < KEY_ROWS[r].length; c++) {
    const near = new Set<string>()
    for (const [dr, dc] of [[0, -1], [0, 1], [-1, 0], [-1, 1], [1, -1], [1, 0]]) {
      const ch = KEY_ROWS[r + dr]?.[c + dc]
      if (ch) near.add(ch)
    }
    NEIGHBOURS.set(KEY_ROWS[r][c], near)
  }
}

/**
 * True when `typed` is `word` with one letter struck on a neighbouring key ("abiut" for "about"): a letter changed
 * for a far one is no typing slip, which the control readers weigh too (dialogue/control-text).
 */
export function neighbourSlip(typed: string, word: string): boolean {
  let diff = -1
  for (let i = 0; i < typed.length; i++) {
    if (typed[i] === word[i]) continue
    if (diff >= 0) return false
    diff = i
  }
  return diff >= 0 && (NEIGHBOURS.get(word[diff])?.has(typed[diff]) ?? false)
}

/** Letters spelt for one another because they sound alike ("cources", "exersize", "kourse"). */
const SOUND_ALIKE = new Set(['cs', 'sc', 'ck', 'kc', 'sz', 'zs', 'iy', 'yi'])

/** The vowels: inside a longer word one is easily spelt for another, as unstressed vowels all sound alike. */
const VOWEL = /^[aeiou]$/

/**
 * True when `typed` is `word` with one letter spelt as another of the same sound: a letter pair that sounds alike
 * ("cources" for "courses"), or, in words of six letters or more, an inner vowel for another ("vegatable",
 * "calandar", "benifit": an unstressed vowel is the same sound whatever letter it is written with).
 */
function soundSlip(typed: string, word: string): boolean {
  let diff = -1
  for (let i = 0; i < typed.length; i++) {
    if (typed[i] === word[i]) continue
    if (diff >= 0) return false
    diff = i
  }
  if (diff < 0) return false
  return SOUND_ALIKE.has(typed[diff] + word[diff]) || (typed.length >= 6 && diff > 0 && diff < typed.length - 1 && VOWEL.test(typed[diff]) && VOWEL.test(word[diff]))
}

/**
 * A word with every run of one letter written once ("village" → "vilage", "address" → "adres"). Two words with the
 * same single-letter form differ only in which letters are doubled, the commonest spelling slip of all ("viilage",
 * "adress", "comittee", "begginer", "proffesional"): a doubled letter dropped, added or moved to its neighbour.
 */
export function singleLetterForm(word: string): string {
  return word.replace(/([a-z])\1+/g, '$1')
}

/** Every string one deletion away from `w`. */
function deletions(w: string): string[] {
  const out: string[] = []
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1))
  return out
}

/** True when `a` and `b` are one insertion, deletion, substitution or adjacent swap apart. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return false
  let i = 0
  while (i < Math.min(la, lb) && a[i] === b[i]) i++
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/**
 * Builds a repairer over `everyday` words and `more` words (earlier words win
 * a tie, so pass the most common first); `plain` words are real words read as
 * typed ("diving" is not "driving", "left" not "let") but never a repair target. A three-letter word is read only as
 * an everyday word ("joi" → join, never "sat" → salt). Built once, when first
 * asked: a symmetric-deletion index makes each lookup a few map reads.
 */
export function createEnglishRepairer(everyday: Iterable<string>, more: Iterable<string> = [], plain: Iterable<string> = []): EnglishRepairer {
  // Built at the first text that asks (an English message, or Latin letters glued in Chinese): the index costs about a
  // tenth of a second, which a process answering one Chinese question (`learnfinder ask`) never needs to pay. The word
  // lists are read then, so a caller hands over lists it no longer changes.
  let built: EnglishRepairer | undefined
  const get = () => (built ??= buildEnglishRepairer(everyday, more, plain))
  return Object.assign((normalized: string) => get()(normalized), {
    knows: (word: string) => get().knows(word),
    splitGlued: (normalized: string) => get().splitGlued(normalized),
  })
}

/** The repairer {@link createEnglishRepairer} hands out, built. */
function buildEnglishRepairer(everyday: Iterable<string>, more: Iterable<string>, plain: Iterable<string>): EnglishRepairer {
  const known = new Set<string>()
  const lemmas = new Set<string>()
  // Plain English words are read as typed (never a slip of another word), but nothing is repaired towards them.
  const plainWords = new Set<string>()
  for (const raw of plain) for (const w of raw.toLowerCase().match(WORD) ?? []) { plainWords.add(w); lemmas.add(lemmaEnglish(w)) }
  const rank = new Map<string, number>()
  const byDeletion = new Map<string, string[]>()
  const bySingleLetters = new Map<string, string>()
  let everydayCount = -1
  const add = function* () { yield* everyday; everydayCount = rank.size; yield* more }
  for (const raw of add()) {
    for (const w of raw.toLowerCase().match(WORD) ?? []) {
      if (known.has(w)) continue
      known.add(w)
      lemmas.add(lemmaEnglish(w))
      rank.set(w, rank.size)
      if (w.length < 3) continue
      // (The first, most common, word of a single-letter form keeps it.)
      if (w.length >= 4 && !bySingleLetters.has(singleLetterForm(w))) bySingleLetters.set(singleLetterForm(w), w)
      for (const d of new Set([w, ...deletions(w)])) {
        const list = byDeletion.get(d)
        if (list) list.push(w)
        else byDeletion.set(d, [w])
      }
    }
  }

  const better = (w: string, than: string, typed: string) => (w[0] === typed[0]) !== (than[0] === typed[0]) ? w[0] === typed[0] : rank.get(w)! < rank.get(than)!
  const best = (typed: string): string | null => {
    // An inflection of a known word is known too; a word short of its last letter ("onlin") is not.
    if (typed.length < 3 || known.has(typed) || plainWords.has(typed) || (/(s|ed|ing)$/.test(typed) && lemmas.has(lemmaEnglish(typed)))) return null
    // A key held down in a small word ("inn", "onn", "att"): the everyday two-letter word.
    if (typed.length === 3 && typed[1] === typed[2] && (rank.get(typed.slice(0, 2)) ?? Infinity) < everydayCount) return typed.slice(0, 2)
    const found = new Set<string>()
    // A letter missing from what was typed: the known word minus one letter is the typed word.
    // Not a letter missing at the very end of a word that reads whole already ("teenage", not "teenager").
    const wholeAlready = typed.length >= 5 && /(e|y|al|ic|ous|ive|ful|less)$/.test(typed)
    for (const w of byDeletion.get(typed) ?? []) {
      if (w.length !== typed.length + 1 || (wholeAlready && w.startsWith(typed))) continue
      if (typed.length > 3 || rank.get(w)! < everydayCount) found.add(w)
    }
    // Two letters swapped in a three-letter word ("teh", "adn", "fro"): only an everyday word.
    if (typed.length === 3) {
      for (const w of [typed[1] + typed[0] + typed[2], typed[0] + typed[2] + typed[1]]) if ((rank.get(w) ?? Infinity) < everydayCount) found.add(w)
    }
    if (typed.length >= 4) {
      // A letter too many (doubled or stray), or two letters swapped, or (in longer words) one struck wrong.
      for (const d of deletions(typed)) {
        if (known.has(d)) found.add(d)
        for (const w of byDeletion.get(d) ?? []) {
          if (w.length !== typed.length || !oneEditApart(typed, w)) continue
          const swapped = [...w].sort().join('') === [...typed].sort().join('')
          if (swapped || (typed.length >= 5 && (neighbourSlip(typed, w) || soundSlip(typed, w)))) found.add(w)
        }
      }
    }
    // A word's first letter is the one a writer gets wrong least: a candidate that keeps it beats one that does not
    // ("onine" is online with a letter dropped, not nine with a stray "o"); then the more common word wins.
    let pick: string | null = null
    for (const w of found) if (w.length >= 2 && (pick === null || better(w, pick, typed))) pick = w
    if (pick) return pick
    // None one edit away: a word that differs only in which letters are doubled ("viilage", "begginer"; in four
    // letters only an everyday word, "frre" → free).
    const single = typed.length >= 4 ? bySingleLetters.get(singleLetterForm(typed)) : undefined
    return single && (typed.length >= 5 || rank.get(single)! < everydayCount) ? single : null
  }

  // Glued words: known words (two letters or more, at most three) that spell an unknown run, the last an everyday word
  // ("online|course", "free|class", "ai|course"), so a name nobody glued ("facebook", "youtube") is not taken apart.
  const isKnown = (w: string) => known.has(w) || plainWords.has(w) || (/(s|ed|ing)$/.test(w) && lemmas.has(lemmaEnglish(w)))
  const everydayWord = (w: string) => (rank.get(w) ?? (rank.get(lemmaEnglish(w)) ?? Infinity)) < everydayCount
  const parts = (w: string, left: number): string[] | null => {
    if (isKnown(w)) return [w]
    if (left <= 1) return null
    for (let i = w.length - 2; i >= 2; i--) {
      const head = w.slice(0, i)
      if (!isKnown(head)) continue
      const rest = parts(w.slice(i), left - 1)
      if (rest) return [head, ...rest]
    }
    return null
  }
  const split = (w: string): string => {
    if (w.length < 5 || isKnown(w)) return w
    const found = parts(w, 3)
    return found && found.length > 1 && everydayWord(found[found.length - 1]) ? found.join(' ') : w
  }

  const repair = (normalized: string) => {
    const repairs: EnglishRepair[] = []
    const text = normalized.replace(WORD, (w) => {
      const to = best(w)
      if (!to) return w
      repairs.push({ from: w, to })
      return to
    })
    return { text, repairs }
  }
  return Object.assign(repair, {
    knows: (word: string) => known.has(word) || plainWords.has(word),
    splitGlued: (normalized: string) => normalized.replace(WORD, split),
  })
}
