/**
 * @module text/pattern-prefixes
 * Which patterns a message can match at all, read off the patterns' sources
 * at load. `firstStrings` gives the first few characters any match of a
 * pattern starts with ("我家", "我的", "老人" for `(我家|我的)?老人`);
 * text/literal-walk puts every pattern's strings into one trie and walks a
 * message through it once: a pattern none of whose strings occurs in the
 * message cannot match it and is not tried. Most messages can start a match
 * of a few of the hundreds of cue patterns; first characters alone (学, 我)
 * let through several times as many as first two or three.
 */

/** What a piece of a pattern can start with: each string with whether the piece ends there (what follows may extend it). */
type Starts = Map<string, boolean>

const DIGITS = [...'0123456789']
/** ECMAScript's WhiteSpace and LineTerminator characters: what `\s` matches. */
const SPACES = [...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff']
const WORD = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_']

/** How many strings a piece may keep before they are cut shorter: bounds the work at load. */
const MAX_STRINGS = 256

/**
 * The strings (of at most `maxLength` characters) every non-empty match of `pattern` starts with
 * one of, or null when that cannot be told safely: a piece that can match almost anything first
 * (`.`, a negated class, `\p{…}`, a back-reference), or a pattern that can match the empty string.
 * Understands literals, groups, alternatives, quantifiers, simple classes and zero-width assertions.
 *
 * @example firstStrings(/(我家|我的)?老人/, 2) // Set { '我家', '我的', '老人' }
 */
export function firstStrings(pattern: RegExp, maxLength: number): Set<string> | null {
  const src = pattern.source
  const unicode = pattern.unicode || pattern.flags.includes('v')
  const max = Math.max(1, maxLength)
  let at = 0
  const fail = (): never => {
    throw new Error('unreadable')
  }
  const ANYTHING: Starts = new Map([['', false]])
  const EMPTY = (): Starts => new Map([['', true]])
  const length = (s: string) => (unicode ? codePoints(s) : s.length)
  // The first `n` characters (code points in a unicode pattern) of `s`.
  const cut = (s: string, n: number) => {
    if (!unicode) return s.slice(0, n)
    let end = 0
    for (let k = 0; k < n && end < s.length; k++) end += (s.charCodeAt(end) & 0xfc00) === 0xd800 && end + 1 < s.length ? 2 : 1
    return s.slice(0, end)
  }
  const add = (out: Starts, s: string, open: boolean) => {
    const full = length(s) >= max
    const prev = out.get(s)
    out.set(s, (prev ?? true) && open && !full)
  }
  // Into `a` (a map this reader made and still owns): copying it for every alternative was quadratic.
  const merge = (a: Starts, b: Starts): Starts => {
    for (const [s, open] of b) add(a, s, open)
    return a
  }
  const union = (a: Starts, b: Starts): Starts => merge(new Map(a), b)
  const then = (a: Starts, b: Starts): Starts => {
    // Every string already ended (the common case after a few characters): nothing to join, keep `a` as it is.
    let open = false
    for (const o of a.values()) if ((open = o)) break
    if (!open) return a
    const out: Starts = new Map()
    for (const [s, open] of a) {
      if (!open) add(out, s, false)
      else for (const [t, next] of b) {
        const joined = s + t
        if (length(joined) > max) add(out, cut(joined, max), false)
        else add(out, joined, next)
      }
    }
    return bounded(out)
  }
  // Too many strings: cut them one character shorter (still a true start of every match) until few enough.
  const bounded = (starts: Starts): Starts => {
    let out = starts
    for (let keep = max - 1; out.size > MAX_STRINGS && keep >= 1; keep--) {
      const shorter: Starts = new Map()
      for (const s of out.keys()) add(shorter, cut(s, keep), false)
      out = shorter
    }
    return out
  }
  const closed = (a: Starts): Starts => new Map([...a].map(([s]) => [s, false]))
  const literal = (c: string): Starts => {
    if (!unicode && /[\ud800-\udfff]/.test(c)) return ANYTHING
    const out: Starts = new Map([[c, max > 1]])
    if (pattern.ignoreCase) for (const v of [c.toLowerCase(), c.toUpperCase()]) if ([...v].length === 1) out.set(v, max > 1)
    return out
  }

  function disjunction(): Starts {
    let out = alternative()
    while (src[at] === '|') {
      at++
      out = bounded(merge(out, alternative()))
    }
    return out
  }
  function alternative(): Starts {
    let out = EMPTY()
    while (at < src.length && src[at] !== '|' && src[at] !== ')') out = then(out, quantified())
    return out
  }
  function quantified(): Starts {
    const a = atom()
    const q = /^(?:[?*+]|\{(\d+)(,(\d*))?\})\??/.exec(src.slice(at))
    if (!q) return a
    at += q[0].length
    const min = q[0][0] === '{' ? Number(q[1]) : q[0][0] === '+' ? 1 : 0
    const most = q[0][0] === '{' ? (q[2] === undefined ? min : q[3] === '' ? Infinity : Number(q[3])) : q[0][0] === '?' ? 1 : Infinity
    // A piece that may come again is followed by more of itself: its strings end there.
    const once = most > 1 ? closed(a) : a
    return min === 0 ? union(once, EMPTY()) : once
  }
  function atom(): Starts {
    const c = src[at]
    if (c === '^' || c === '$') {
      at++
      return EMPTY()
    }
    if (c === '(') {
      at++
      let zeroWidth = false
      if (src[at] === '?') {
        const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(src.slice(at))
        if (!head) fail()
        zeroWidth = head![0] !== '?:' && !head![0].startsWith('?<') || head![0] === '?<=' || head![0] === '?<!'
        at += head![0].length
      }
      const inner = disjunction()
      if (src[at] !== ')') fail()
      at++
      return zeroWidth ? EMPTY() : inner
    }
    if (c === '[') return charClass()
    if (c === '.') {
      at++
      return ANYTHING
    }
    if (c === '\\') return escape(false)
    const ch = String.fromCodePoint(src.codePointAt(at)!)
    at += ch.length
    return literal(ch)
  }
  function escape(inClass: boolean): Starts {
    const next = src[at + 1]
    if (next === undefined) fail()
    if (!inClass && (next === 'b' || next === 'B')) {
      at += 2
      return EMPTY()
    }
    // \d, \s and \w are fixed sets (\w also matches ſ and K under iu: not read then).
    const known = next === 'd' ? DIGITS : next === 's' ? SPACES : next === 'w' && !(unicode && pattern.ignoreCase) ? WORD : null
    if (known) {
      at += 2
      const out: Starts = new Map()
      for (const c of known) add(out, c, max > 1)
      return out
    }
    if (/[dDwWsSpPkcnrtfv0-9]/.test(next) || (inClass && next === 'b')) {
      // Classes, back-references, control characters: not read here.
      at += 2
      if ((next === 'p' || next === 'P') && src[at] === '{') at = src.indexOf('}', at) + 1
      return ANYTHING
    }
    if (next === 'u' || next === 'x') {
      const m = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/.exec(src.slice(at))
      if (!m) fail()
      at += m![0].length
      return literal(String.fromCodePoint(parseInt(m![1] ?? m![2] ?? m![3], 16)))
    }
    const ch = String.fromCodePoint(src.codePointAt(at + 1)!)
    at += 1 + ch.length
    return literal(ch)
  }
  function charClass(): Starts {
    at++
    if (src[at] === '^') return skipClass() // a negated class may start with almost anything
    const out: Starts = new Map()
    let prev: string | null = null
    while (at < src.length && src[at] !== ']') {
      if (src[at] === '-' && prev !== null && src[at + 1] !== ']') {
        at++
        const end = src[at] === '\\' ? escape(true) : literalAt()
        const last = [...end.keys()][0]
        if (end.has('') || last === undefined) return skipClass()
        const [lo, hi] = [prev.codePointAt(0)!, last.codePointAt(0)!]
        if (hi < lo || hi - lo > 256) return skipClass()
        for (let cp = lo; cp <= hi; cp++) merge(out, literal(String.fromCodePoint(cp)))
        prev = null
        continue
      }
      const piece = src[at] === '\\' ? escape(true) : literalAt()
      if (piece.has('')) return skipClass()
      merge(out, piece)
      prev = [...piece.keys()][0] ?? null
    }
    if (src[at] !== ']') fail()
    at++
    return out
  }
  function literalAt(): Starts {
    const ch = String.fromCodePoint(src.codePointAt(at)!)
    at += ch.length
    return literal(ch)
  }
  function skipClass(): Starts {
    while (at < src.length && src[at] !== ']') at += src[at] === '\\' ? 2 : 1
    at++
    return ANYTHING
  }

  try {
    const out = disjunction()
    if (at !== src.length || out.size === 0 || out.has('')) return null
    return new Set(out.keys())
  } catch {
    return null
  }
}

/** How many code points `s` holds (a surrogate pair is one). */
function codePoints(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) === 0xdc00) n--
  return n
}
