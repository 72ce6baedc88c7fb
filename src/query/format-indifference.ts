/**
 * @module query/format-indifference
 * Whether an "any will do" (都行, 都可以, 随便, 无所谓, 不限…) is said of the format. An indifference is about the thing
 * right before it in its clause, or right after it when it leads (随便线上线下, 不限形式): it drops the format only when
 * that thing is a choice of formats, both sides named ("线上线下都行", "网上还是现场都可以") or the way itself ("形式不限",
 * "上课方式无所谓"). "啥都行", "学什么都可以", "内容随便" are about the subject, so the format said beside them stays
 * ("有没有线下的课 啥都行", "1. 要线上的课 2. 学什么都行"); one format and "都行" ("有没有网上的课 都行") is no choice
 * between formats either. A clause ends at punctuation or a space (the understander's text has its punctuation as spaces).
 */
import { globalMatches } from '../text/regex-tools.js'

/** One format mention, as query/format-reading finds them (only the side and where it stands are read here). */
export interface SideAt { side: 'online' | 'offline'; start: number; end: number }

/** The words of "any will do"; the leading ones may say it of what follows ("随便线上线下", "不限形式"). */
const MARKER = /都无所谓|无所谓|也行|也可以|也成|也中|都行|都可以|都成|都中|都好|都ok|均可|皆可|不限|随便|随意|哪种都|哪个都|哪样都|都没关系|没关系|都不要紧|不要紧|都无妨|无妨|不拘|不介意/g
const LEADING = /^(?:无所谓|不限|随便|随意|不拘|不介意)$/
/** The way of learning named as such: a choice of it is a choice of formats. */
const WAY = /形式|方式|模式|形态|上法|怎么上|咋上|在哪(?:儿|里)?上|去不去现场/
/** Words that only lead into the indifference ("那个", "反正", "就"): a scope of nothing but these is empty. */
const FILLER = /^(?:那个|这个|反正|其实|就|也|都|嗯|哦|啊)*$/
const BREAK = /[\s，,。；;！!？?、]/
/** What may stand beside format words in a clause that names nothing else: 的, "too", "or", a verdict. */
const LINK = /^(?:的|也|都|行|可以|成|中|好|或者|或|还是|和|跟|要么|那种|的课|课)*$/

/** Where a format indifference was said: from the choice it is about (its first format word) to the end of what says it. */
export interface FormatIndifference { start: number; end: number; bothNamed: boolean }

/** Start of the clause that holds position `at` (looking back). */
function clauseStartAt(text: string, at: number): number {
  let i = at
  while (i > 0 && !BREAK.test(text[i - 1])) i--
  return i
}

/** End of the clause that holds position `at` (looking ahead). */
function clauseEndAt(text: string, at: number): number {
  let i = at
  while (i < text.length && !BREAK.test(text[i])) i++
  return i
}

/** The span [a, b) a choice is read from: both sides named, or the way named; null when it is about something else. */
function choiceIn(text: string, a: number, b: number, mentions: readonly SideAt[]): { start: number; bothNamed: boolean } | null {
  const inside = mentions.filter((m) => m.start >= a && m.end <= b)
  if (new Set(inside.map((m) => m.side)).size === 2) return { start: Math.min(...inside.map((m) => m.start)), bothNamed: true }
  return WAY.test(text.slice(a, b)) ? { start: a, bothNamed: false } : null
}

/**
 * The first "any will do" of `text` that is said of the format, or null. `mentions` are the message's format
 * mentions (query/format-reading), refused ones too: "线上线下都行" names both sides.
 */
export function formatIndifference(text: string, mentions: readonly SideAt[]): FormatIndifference | null {
  for (const m of globalMatches(MARKER, text)) {
    const at = m.index, end = at + m[0].length
    // What is right before it, in its clause, with the clauses before it that name nothing but formats ("线上 线下 都行",
    // "线上也行 线下也行"); a clause of nothing but fillers hands on to them.
    let from = clauseStartAt(text, at)
    const own = FILLER.test(text.slice(from, at)) ? '' : text.slice(from, at)
    for (;;) {
      let upTo = from
      while (upTo > 0 && BREAK.test(text[upTo - 1])) upTo--
      if (upTo === 0 || upTo === from && from === 0) break
      const start = clauseStartAt(text, upTo)
      if (!formatsOnly(text, start, upTo, mentions)) break
      from = start
    }
    const before = own || from < clauseStartAt(text, at) ? choiceIn(text, from, at, mentions) : null
    if (before) return { end, ...before }
    // A leading word says it of what follows ("随便线上线下", "不限形式").
    if (LEADING.test(m[0])) {
      const after = choiceIn(text, end, clauseEndAt(text, end), mentions)
      if (after) return { ...after, start: at, end: clauseEndAt(text, end) }
    }
  }
  return null
}

/** True when the clause [a, b) names formats and nothing else ("线上", "线下的也行", "网上还是现场"). */
function formatsOnly(text: string, a: number, b: number, mentions: readonly SideAt[]): boolean {
  const chars = [...text.slice(a, b)]
  for (const m of mentions) for (let i = Math.max(m.start, a); i < Math.min(m.end, b); i++) chars[i - a] = ''
  return chars.some((c) => c === '') && LINK.test(chars.join(''))
}
