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
 * A test for "does any of `patterns` match?", as few scans as can be: patterns with the same flags
 * are joined by {@link anyOf}; those that cannot be joined are tried one by one.
 *
 * @example anyMatches([/有冇/g, /咋(个)?/gu])('有冇课') // true
 */
export function anyMatches(patterns: readonly RegExp[]): (text: string) => boolean {
  const byFlags = new Map<string, RegExp[]>()
  for (const p of patterns) {
    // Without g (test would be stateful) or y (matching anywhere finds every match sticky would, and more).
    const flags = p.flags.replace('g', '').replace('y', '')
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), p.sticky ? new RegExp(p.source, flags) : p])
  }
  const tests: RegExp[] = []
  for (const [flags, group] of byFlags) {
    const joined = anyOf(group)
    if (joined) tests.push(joined)
    else tests.push(...group.map((p) => new RegExp(p.source, flags)))
  }
  return (text) => tests.some((t) => t.test(text))
}

/**
 * For a list of patterns, a function telling which of them can match a text at all, from the
 * characters a match of each can start with: a message is then tried only against the patterns one of
 * its characters can start (most of dozens of cue patterns are passed over). A pattern whose first
 * characters cannot be read off its source (a class such as `.` or `\p{…}` first, a back-reference,
 * a pattern that can match the empty string) is always tried.
 *
 * @example candidatesOf([/骗子|被骗/, /工资.{0,6}不发/])('有个骗子') // [true, false]
 */
export function candidatesOf(patterns: readonly RegExp[]): (text: string) => boolean[] {
  const always = patterns.map(() => false)
  // Keyed by code point, not by one-character string: a message's characters are then read without making strings.
  const byChar = new Map<number, number[]>()
  patterns.forEach((p, k) => {
    const first = firstChars(p)
    if (first === null) always[k] = true
    else for (const c of first) byChar.set(c.codePointAt(0)!, [...(byChar.get(c.codePointAt(0)!) ?? []), k])
  })
  return (text) => {
    const may = always.slice()
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!
      if (cp > 0xffff) i++
      const ks = byChar.get(cp)
      if (ks) for (let j = 0; j < ks.length; j++) may[ks[j]] = true
    }
    return may
  }
}

/** What a piece of a pattern can start with: a set of characters (and whether it can match nothing), or null for "anything". */
type First = { chars: Set<string>; nullable: boolean } | null

/**
 * The characters any non-empty match of `pattern` starts with, or null when that cannot be told
 * safely. Understands literals, groups, alternatives, quantifiers, simple character classes and
 * zero-width assertions; anything else makes the answer null.
 */
export function firstChars(pattern: RegExp): Set<string> | null {
  const src = pattern.source
  const unicode = pattern.unicode || pattern.flags.includes('v')
  let at = 0
  const fail = (): never => {
    throw new Error('unreadable')
  }
  const literal = (c: string): First => {
    if (!unicode && /[\ud800-\udfff]/.test(c)) return null
    const chars = new Set([c])
    if (pattern.ignoreCase) for (const v of [c.toLowerCase(), c.toUpperCase()]) if ([...v].length === 1) chars.add(v)
    return { chars, nullable: false }
  }
  const union = (a: First, b: First, nullable: boolean): First => (a === null || b === null ? null : { chars: new Set([...a.chars, ...b.chars]), nullable })
  const nothing = (): First => ({ chars: new Set(), nullable: true })

  function disjunction(): First {
    let out = alternative()
    while (src[at] === '|') {
      at++
      const next = alternative()
      out = out === null || next === null ? null : union(out, next, out.nullable || next.nullable)
    }
    return out
  }
  function alternative(): First {
    const chars = new Set<string>()
    let open = true // every term so far can match nothing: the next one's first characters count too
    let unknown = false
    while (at < src.length && src[at] !== '|' && src[at] !== ')') {
      const term = quantified()
      if (!open) continue
      if (term === null) {
        unknown = true
        open = false
        continue
      }
      for (const c of term.chars) chars.add(c)
      open = term.nullable
    }
    return unknown ? null : { chars, nullable: open }
  }
  function quantified(): First {
    const a = atom()
    const q = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(src.slice(at))
    if (!q) return a
    at += q[0].length
    const min = q[0][0] === '{' ? Number(/\d+/.exec(q[0])![0]) : q[0][0] === '+' ? 1 : 0
    return a === null ? null : { chars: a.chars, nullable: a.nullable || min === 0 }
  }
  function atom(): First {
    const c = src[at]
    if (c === '^' || c === '$') {
      at++
      return nothing()
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
      return zeroWidth ? nothing() : inner
    }
    if (c === '[') return charClass()
    if (c === '.') {
      at++
      return null
    }
    if (c === '\\') return escape(false)
    const ch = String.fromCodePoint(src.codePointAt(at)!)
    at += ch.length
    return literal(ch)
  }
  function escape(inClass: boolean): First {
    const next = src[at + 1]
    if (next === undefined) fail()
    if (!inClass && (next === 'b' || next === 'B')) {
      at += 2
      return nothing()
    }
    if (/[dDwWsSpPkcnrtfv0-9]/.test(next) || (inClass && next === 'b')) {
      // Classes, back-references, control characters: not read here.
      at += 2
      if ((next === 'p' || next === 'P') && src[at] === '{') at = src.indexOf('}', at) + 1
      return null
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
  function charClass(): First {
    at++
    if (src[at] === '^') return skipClass() // a negated class may start with almost anything
    let out: First = { chars: new Set(), nullable: false }
    let prev: string | null = null
    while (at < src.length && src[at] !== ']') {
      if (src[at] === '-' && prev !== null && src[at + 1] !== ']') {
        at++
        const end = src[at] === '\\' ? escape(true) : literalAt()
        if (end === null || end.chars.size === 0) return skipClass()
        const [lo, hi] = [prev.codePointAt(0)!, [...end.chars][0].codePointAt(0)!]
        if (hi < lo || hi - lo > 256) return skipClass()
        for (let cp = lo; cp <= hi; cp++) out = union(out, literal(String.fromCodePoint(cp)), false)
        prev = null
        continue
      }
      const piece = src[at] === '\\' ? escape(true) : literalAt()
      if (piece === null) return skipClass()
      out = union(out, piece, false)
      prev = [...piece.chars][0] ?? null
    }
    if (src[at] !== ']') fail()
    at++
    return out
  }
  function literalAt(): First {
    const ch = String.fromCodePoint(src.codePointAt(at)!)
    at += ch.length
    return literal(ch)
  }
  function skipClass(): First {
    while (at < src.length && src[at] !== ']') at += src[at] === '\\' ? 2 : 1
    at++
    return null
  }

  try {
    const out = disjunction()
    if (at !== src.length || out === null || out.nullable || out.chars.size === 0) return null
    return out.chars
  } catch {
    return null
  }
}
