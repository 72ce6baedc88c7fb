/**
 * @module text/pattern-literals
 * The strings a match of a pattern cannot do without, read off its source at load: every match of
 * `(?:给|帮)…{0,12}?(?:退伍军人|老兵)` contains 退伍军人 or 老兵, so a message holding neither is never
 * tried against it. This is the second half of the prefilter in text/pattern-prefixes (which reads what a
 * match starts with): a pattern whose start cannot be read (a negated class, `.`, `\p{…}` first) can
 * still be passed over when the words it needs are absent, and one whose start is common (我, 学, "i")
 * when its rarer inner words are. Anything this reader does not understand counts as "needs nothing",
 * so an unreadable pattern is still always tried.
 */

/** A piece of a pattern: the strings every match of it contains one of (null: none known), and whether it may match nothing. */
interface Piece {
  needs: Set<string> | null
  /** One exact string (a literal character): runs of them join into longer needed strings. */
  exact: string | null
  optional: boolean
}

/** Needed strings are cut to this many UTF-16 units: a prefix of a needed string is needed too, and the trie stays small. */
const MAX_UNITS = 4

/**
 * Strings one of which every match of `pattern` contains, or null when none can be told (or the pattern
 * ignores case and a string holds a cased letter). Reads literals, groups, alternatives, quantifiers and
 * escapes; classes, `.`, `\d`, `\p{…}`, back-references and lookarounds need nothing.
 *
 * @example requiredStrings(/(?:给|帮)[^，]{0,12}?(?:退伍军人|老兵)/) // Set { '退伍军人', '老兵' }
 */
export function requiredStrings(pattern: RegExp): Set<string> | null {
  const src = pattern.source
  if (pattern.flags.includes('v') || pattern.flags.includes('x')) return null
  let at = 0
  const fail = (): never => {
    throw new Error('unreadable')
  }
  const UNKNOWN = (): Piece => ({ needs: null, exact: null, optional: false })

  function disjunction(): Piece {
    const alternatives = [sequence()]
    while (src[at] === '|') {
      at++
      alternatives.push(sequence())
    }
    if (alternatives.length === 1) return alternatives[0]
    // Every alternative must need something: the group needs one of all of them.
    const needs = new Set<string>()
    for (const a of alternatives) {
      const n = a.needs ?? (a.exact !== null ? new Set([a.exact]) : null)
      if (n === null || a.optional) return { needs: null, exact: null, optional: alternatives.some((x) => x.optional) }
      for (const s of n) needs.add(s)
    }
    return { needs, exact: null, optional: false }
  }

  function sequence(): Piece {
    const pieces: Piece[] = []
    while (at < src.length && src[at] !== '|' && src[at] !== ')') pieces.push(quantified(atom()))
    // Runs of exact characters join into one string; the best needed set is the one whose shortest string is longest.
    let best: Set<string> | null = null
    const score = (s: Set<string>) => Math.min(...[...s].map((x) => x.length)) * 1000 - s.size
    const offer = (s: Set<string> | null) => {
      if (s !== null && s.size > 0 && !s.has('') && (best === null || score(s) > score(best))) best = s
    }
    let run = ''
    for (const p of pieces) {
      if (!p.optional && p.exact !== null) {
        run += p.exact
        continue
      }
      offer(run ? new Set([run]) : null)
      run = ''
      if (!p.optional) offer(p.needs)
    }
    offer(run ? new Set([run]) : null)
    const optional = pieces.every((p) => p.optional)
    if (pieces.length === 1) return pieces[0]
    return { needs: best, exact: null, optional }
  }

  function quantified(p: Piece): Piece {
    const c = src[at]
    let min = 1
    let max = 1
    if (c === '*' || c === '+' || c === '?') {
      at++
      min = c === '+' ? 1 : 0
      max = c === '?' ? 1 : Infinity
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(at))
      if (!m) return p
      at += m[0].length
      min = Number(m[1])
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
    } else return p
    if (src[at] === '?') at++
    if (min === 0) return { needs: null, exact: null, optional: true }
    // Repeated at least once: what one copy needs is needed; it is no longer one exact string unless exactly once.
    const needs = p.needs ?? (p.exact !== null ? new Set([p.exact]) : null)
    return min === 1 && max === 1 ? p : { needs, exact: null, optional: p.optional }
  }

  function atom(): Piece {
    const c = src[at]
    if (c === '(') {
      at++
      if (src.startsWith('?=', at) || src.startsWith('?!', at) || src.startsWith('?<=', at) || src.startsWith('?<!', at)) {
        at += src[at + 1] === '<' ? 3 : 2
        disjunction()
        if (src[at] !== ')') fail()
        at++
        return { needs: null, exact: null, optional: true }
      }
      if (src.startsWith('?:', at)) at += 2
      else if (src.startsWith('?<', at)) {
        const close = src.indexOf('>', at)
        if (close < 0) fail()
        at = close + 1
      } else if (src[at] === '?') fail()
      const inner = disjunction()
      if (src[at] !== ')') fail()
      at++
      return inner
    }
    if (c === '[') {
      at++
      if (src[at] === ']') fail()
      while (at < src.length && src[at] !== ']') at += src[at] === '\\' ? 2 : 1
      if (src[at] !== ']') fail()
      at++
      return UNKNOWN()
    }
    if (c === '^' || c === '$') {
      at++
      return { needs: null, exact: null, optional: true }
    }
    if (c === '.') {
      at++
      return UNKNOWN()
    }
    if (c === '\\') return escape()
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === ']' && pattern.unicode) fail()
    const ch = String.fromCodePoint(src.codePointAt(at)!)
    at += ch.length
    return { needs: null, exact: ch, optional: false }
  }

  function escape(): Piece {
    const e = src[at + 1]
    if (e === undefined) fail()
    at += 2
    if (e === 'b' || e === 'B') return { needs: null, exact: null, optional: true }
    if ('dDsSwW'.includes(e)) return UNKNOWN()
    if (e === 'p' || e === 'P') {
      if (src[at] !== '{') fail()
      at = src.indexOf('}', at) + 1
      if (at === 0) fail()
      return UNKNOWN()
    }
    if (e === 'k') {
      at = src.indexOf('>', at) + 1
      if (at === 0) fail()
      return UNKNOWN()
    }
    if (/[0-9]/.test(e)) {
      while (/[0-9]/.test(src[at] ?? '')) at++
      return UNKNOWN()
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' }
    if (simple[e]) return { needs: null, exact: simple[e], optional: false }
    if (e === 'u' || e === 'x') {
      const m = e === 'x' ? /^[0-9a-fA-F]{2}/.exec(src.slice(at)) : /^(\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/.exec(src.slice(at))
      if (!m || (m[0].startsWith('{') && !pattern.unicode)) fail()
      at += m![0].length
      const code = parseInt(m![0].replace(/[{}]/g, ''), 16)
      // A lone surrogate escape may pair with the next one: too clever to read, needs nothing.
      if (code >= 0xd800 && code <= 0xdfff) return UNKNOWN()
      return { needs: null, exact: String.fromCodePoint(code), optional: false }
    }
    if (e === 'c') fail()
    if (/[a-zA-Z]/.test(e)) fail()
    return { needs: null, exact: e, optional: false }
  }

  try {
    const top = disjunction()
    if (at !== src.length || top.optional) return null
    const needs = top.needs ?? (top.exact !== null ? new Set([top.exact]) : null)
    if (needs === null || needs.size === 0 || needs.has('')) return null
    if (pattern.ignoreCase && [...needs].some((s) => s.toLowerCase() !== s.toUpperCase())) return null
    return new Set([...needs].map((s) => s.slice(0, MAX_UNITS)))
  } catch {
    return null
  }
}
