/**
 * @module text/regex-tools
 * Running many patterns over every message, cheaply. `globalMatches` gives
 * every match without `String.prototype.matchAll`, which copies its regular
 * expression on every call (a new RegExp object per pattern per message):
 * here each pattern gets one global copy, made once and reused, with the same
 * matches, order and empty-match stepping as matchAll. `anyOf` joins a list
 * into one pattern, so a message none of them matches is passed over in one
 * scan instead of one per pattern.
 */
import { firstStrings } from './pattern-prefixes.js'
import { candidateIndices } from './literal-walk.js'

const globalCopies = new WeakMap<RegExp, RegExp>()

/** The global copy of `pattern` (itself when already global), made once per pattern object. */
export function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern
  let g = globalCopies.get(pattern)
  if (!g) globalCopies.set(pattern, (g = new RegExp(pattern.source, pattern.flags + 'g')))
  return g
}

/**
 * All matches of `pattern` in `text`, as `[...text.matchAll(pattern)]` gives them (a pattern
 * without the g flag is matched globally, as matchAll would require).
 *
 * @example globalMatches(/学(\p{Script=Han})/u, '学车学琴').map((m) => m[1]) // ['车', '琴']
 */
export function globalMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const re = globalOf(pattern)
  const saved = re.lastIndex
  re.lastIndex = 0
  const out: RegExpExecArray[] = []
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m)
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'))
    }
  } finally {
    re.lastIndex = saved
  }
  return out
}

/** Every index at which `word` occurs in `text`, overlapping ones included (none for an empty word): where a matched word was said. */
export function indexesOf(text: string, word: string): number[] {
  const out: number[] = []
  if (!word) return out
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push(at)
  return out
}

/** The index after `at`, a whole code point on for a unicode pattern (as matchAll steps over an empty match). */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1
  const c = text.charCodeAt(at)
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1
}

/**
 * One pattern matching wherever any of `patterns` matches (null when they cannot be
 * combined safely: different flags, back-references): a quick test before trying each.
 */
export function anyOf(patterns: RegExp[]): RegExp | null {
  if (patterns.length === 0) return /(?!)/
  const flags = patterns[0].flags.replace('g', '')
  if (patterns.some((p) => p.flags.replace('g', '') !== flags || /\\[1-9k]|\(\?<[^=!]/.test(p.source))) return null
  try {
    return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags)
  } catch {
    return null
  }
}

/**
 * A test for "does any of `patterns` match?", as trying each would: one walk of the message through the
 * patterns' first and needed strings (text/pattern-prefixes) leaves the few that can match, and only those
 * are tried (joining them all into one pattern made every message that could start any of them pay for all).
 *
 * @example anyMatches([/有冇/g, /咋(个)?/gu])('有冇课') // true
 */
export function anyMatches(patterns: readonly RegExp[]): (text: string) => boolean {
  // Without g (test would be stateful) or y (matching anywhere finds every match sticky would, and more).
  const tests = patterns.map((p) => new RegExp(p.source, p.flags.replace('g', '').replace('y', '')))
  const may = candidateIndices(patterns)
  return (text) => {
    for (const k of may(text)) if (tests[k].test(text)) return true
    return false
  }
}

/**
 * `text` with each `[pattern, to]` replaced in turn, as `text.replace(pattern, to)` one after the other would give
 * it, trying only the patterns whose first characters occur in the text (re-read after a replacement changed it).
 *
 * @example replaceEach([[/毋(须|需)/g, '无须'], [/免收费/g, '免费']])('毋须报名 免收费') // '无须报名 免费'
 */
export function replaceEach(rules: readonly (readonly [RegExp, string])[]): (text: string) => string {
  const candidates = candidateIndices(rules.map(([pattern]) => pattern))
  return (text) => {
    let out = text
    let may = candidates(out)
    for (let i = 0; i < may.length; i++) {
      const k = may[i]
      const next = out.replace(rules[k][0], rules[k][1])
      if (next === out) continue
      // The changed text is read again from the next rule on.
      may = candidates((out = next))
      i = may.findIndex((j) => j > k) - 1
      if (i < -1) break
    }
    return out
  }
}

/** Re-exported: which patterns a message can match at all (text/literal-walk), what a match starts with (text/pattern-prefixes). */
export { firstStrings } from './pattern-prefixes.js'
export { candidateIndices, candidatesOf } from './literal-walk.js'

/**
 * The characters any non-empty match of `pattern` starts with, or null when that cannot be told
 * safely (see {@link firstStrings}, which this reads one character deep).
 *
 * @example firstChars(/被骗|骗子/) // Set { '被', '骗' }
 */
export function firstChars(pattern: RegExp): Set<string> | null {
  return firstStrings(pattern, 1)
}
