/**
 * @module query/own-groups
 * Which of several groups said in one message is the learner's own. A message that says who the learner is often
 * names other groups too: people the learner lives beside ("孩子在老家跟爷爷奶奶住"), a job left behind ("我以前在煤矿干
 * 了二十年"), the school asked about ("長青學苑有沒有…的課"), or a job and then the group said plainly ("我在理发店打工
 * 店里员工", "我是退休的部队军官，退役军人"). Each rule decides by where a group stands, not by which word it is:
 * - the company one lives with (跟/和/同/与 + a group + 住/生活/长大, or the clause's end) is never the learner, nor
 *   someone hired ("家裡請了外籍看護");
 * - a group said in a clause of the past (以前, 原来, 退休前…) gives way to one said of the present (a veteran's
 *   service is past by nature and stays);
 * - a school or body asked what it offers ("老年大学有没有…") is where, when the learner says who they are elsewhere;
 * - a clause that only restates a group, right after a self-description ("…，退役军人", "… 店里员工", "…，有残疾证"),
 *   says who the learner is, over every group read in the self-description before it;
 * - a plain word for a worker with a modifier naming a group before it ("从外地来这里做工的打工仔") is that group.
 */
import type { Match } from './term-matches.js'
import { CHILD_WORDS } from './cues.js'

/** Where a clause ends: punctuation, or a space (the normaliser turns commas between Chinese words into spaces). */
const BREAK = /[，,。!！?？;；\s]/
/** The company one lives with, right before a group. */
const WITH_BEFORE = /(?:跟|和|同|与|陪)(?:着)?$/
/** Living or staying with them, right after the group, or where ("在老家"; not learning there), or nothing more in the clause. */
const LIVING_AFTER = /^(?:一起|一块儿?)?(?:住|生活|过日子|过|待|呆|长大|留守|在(?!学|上课|报))|^(?=[，,。!！?？;；\s]|$)/
/** Hiring someone, right before them ("家里请了外籍看护", "雇了个保姆"): the one hired is not the learner. */
const HIRED_BEFORE = /(?<!申)(?:请|雇|聘)(?:了|来|过)?(?:个|一个|一位|位|名|两个|几个)?$/
/** A clause of the past, before the group it holds. */
const PAST = /以前|原来|原先|过去|曾经|早年|早些年|当年|年轻时|年轻的时候|退休前|退休以前|之前|从前|那时候?|那会儿?/
/** A school or body by its name's last word. */
const BODY_END = /(?:大学|学苑|学院|学校|学堂|中心|协会|活动室)$/
/** Asking what it offers, right after the body. */
const ASKED_AFTER = /^(?:里|里面|那边|这边|那里|这里)?(?:有)?(?:有没有|有无|有冇|有没|有开|有在开|开不开|开没开|有什么|有啥|有哪些|开了|开的)/
/** A clause that opens by the speaker saying who they are. */
const SELF_OPENING = /^(?:我|俺|本人|咱|阿拉|偶|作为|身为)/
/** What may stand around a restated group in its clause ("算单位", "是", "店里", "单位的", "…一个", "…嘛"). */
const GLUE_BEFORE = /^(?:我|俺)?(?:也|都|就|还)?(?:算|算是|是|属于|当)?(?:个|一个|一名|名|位)?(?:\p{Script=Han}{1,3}?(?:里|上)?的?)?$/u
const GLUE_AFTER = /^(?:一个|一名|一枚)?(?:嘛|呢|啦|哦|了|啊|呀|哈)?$/
/** Someone else opening a clause (a child, a spouse, a parent, he or she): what the clause says is theirs. */
const OTHER_OPENING = /^(?:孩子|小孩|娃|儿子|女儿|闺女|孙子|孙女|外孙|老公|老婆|丈夫|妻子|爱人|男人|媳妇|爸|妈|父|母|爷|奶|姥|外公|外婆|公公|婆婆|他|她)/
/** A card held that says the group ("残疾证", "残疾人证"), ending the clause. */
const CARD = /证$/
/** Plain words for someone at work, whose modifier says who they are. */
const PLAIN_WORKER = /^(?:员工|职工|上班族|工人|职员|在职人员|打工人)$/

const isGroup = (m: Match) => m.kind === 'audiences' && m.id !== null
const clauseStart = (text: string, at: number) => {
  let i = at
  while (i > 0 && !BREAK.test(text[i - 1])) i--
  return i
}
const clauseEnd = (text: string, at: number) => {
  let i = at
  while (i < text.length && !BREAK.test(text[i])) i++
  return i
}

/** The clauses of `text` as [start, end) pairs, empty ones left out. */
function clauses(text: string): [number, number][] {
  const out: [number, number][] = []
  let i = 0
  while (i < text.length) {
    const end = clauseEnd(text, i)
    if (end > i) out.push([i, end])
    i = end + 1
  }
  return out
}

const companion = (m: Match, text: string) => WITH_BEFORE.test(text.slice(clauseStart(text, m.start), m.start)) && LIVING_AFTER.test(text.slice(m.end))
const past = (m: Match, text: string) => m.id !== 'veterans' && PAST.test(text.slice(clauseStart(text, m.start), m.start))
const venue = (m: Match, text: string) => BODY_END.test(m.matched) && ASKED_AFTER.test(text.slice(m.end))

/** The one group a clause only restates (its groups all one, nothing but glue beside them), or null. */
function restated(text: string, [a, b]: [number, number], groups: readonly Match[]): string | null {
  if (OTHER_OPENING.test(text.slice(a, b))) return null
  const inside = groups.filter((m) => m.start >= a && m.end <= b)
  const ids = new Set(inside.map((m) => m.id))
  // (A group said plainly, or a card that says it, "有残疾证": an activity, "在家带孩子", "做夜更保安", only implies one.)
  if (ids.size !== 1 || !inside.some((m) => m.explicit || CARD.test(text.slice(m.start, b))) || inside.some((m) => CHILD_WORDS.has(m.matched))) return null
  const from = Math.min(...inside.map((m) => m.start))
  const to = Math.max(...inside.map((m) => m.end))
  // (Every character between the first and the last mention is one of them: "有残疾|残疾证" covers "有残疾证".)
  for (let i = from; i < to; i++) if (!inside.some((m) => m.start <= i && i < m.end)) return null
  return GLUE_BEFORE.test(text.slice(a, from)) && GLUE_AFTER.test(text.slice(to, b)) ? [...ids][0] : null
}

/**
 * `matches` (the understander's mentions, after the subject rules) with the groups that are not the learner's own set
 * aside (no group, `aside` true) when the message also says whose group it is (see the module comment); mentions of
 * topics pass untouched. The rules read Chinese clauses only: an English message passes as it came.
 */
export function ownGroups(matches: Match[], text: string): Match[] {
  const groups = matches.filter(isGroup)
  if (groups.length < 2 || new Set(groups.map((m) => m.id)).size < 2) return matches
  const drop = new Set<Match>()
  for (const m of groups) if (companion(m, text) || HIRED_BEFORE.test(text.slice(clauseStart(text, m.start), m.start))) drop.add(m)
  const rest = () => groups.filter((m) => !drop.has(m))
  // A job of the past, a school asked about: each goes only when a group of another kind is left.
  const venues = groups.filter((m) => venue(m, text))
  const inVenue = (m: Match) => venues.some((v) => v.start <= m.start && m.end <= v.end)
  for (const rule of [past, inVenue]) {
    const hit = rest().filter((m) => rule(m, text))
    if (hit.length && rest().some((m) => !hit.includes(m) && !hit.some((h) => h.id === m.id))) for (const m of hit) drop.add(m)
  }
  // A clause that restates a group after a self-description: the groups of the self-description before it go.
  const cs = clauses(text)
  for (let k = 1; k < cs.length; k++) {
    const id = restated(text, cs[k], rest())
    if (id === null) continue
    let s = k - 1
    while (s > 0 && k - s < 3 && !SELF_OPENING.test(text.slice(cs[s][0], cs[s][1]))) s--
    if (!SELF_OPENING.test(text.slice(cs[s][0], cs[s][1]))) continue
    for (const m of rest()) if (m.id !== id && m.start >= cs[s][0] && m.end <= cs[k][0]) drop.add(m)
  }
  // A modifier naming a group, then a plain worker ("…做工的|打工仔"): the modifier says who.
  for (const m of rest()) {
    if (!m.matched.endsWith('的')) continue
    for (const h of rest()) if (h.id !== m.id && h.start === m.end && PLAIN_WORKER.test(h.matched)) drop.add(h)
  }
  // (The same group read shorter inside a mention set aside goes with it: "务工人员" of "外来务工人员".)
  for (const d of [...drop]) for (const m of groups) if (m.id === d.id && d.start <= m.start && m.end <= d.end) drop.add(m)
  // (Set aside, not dropped: their words still say something of the learner's life, never a need: "老年大学" is no 大学.)
  return drop.size ? matches.map((m) => (drop.has(m) ? { ...m, id: null, aside: true } : m)) : matches
}
