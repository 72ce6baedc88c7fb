/**
 * @module query/time
 * "这个月", "下周", "暑假", "春节后", "next month": the date window a learner
 * means, worked out from an injected `today` so replies and tests agree on
 * the calendar. Windows are inclusive, as YYYY-MM-DD in local calendar terms.
 */
import type { TimeWindow } from './types.js'
import { candidateIndices } from '../text/regex-tools.js'

/** Chinese New Year's Day (正月初一) by Gregorian year, for "春节后" and "寒假". */
const SPRING_FESTIVAL: Record<number, string> = {
  2024: '2024-02-10', 2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26',
  2029: '2029-02-13', 2030: '2030-02-03', 2031: '2031-01-23', 2032: '2032-02-11', 2033: '2033-01-31',
  2034: '2034-02-19', 2035: '2035-02-08', 2036: '2036-01-28', 2037: '2037-02-15', 2038: '2038-02-04',
}

type Day = { y: number; m: number; d: number }
type Rule = { pattern: RegExp; window: (today: Day, match: RegExpMatchArray) => [Day, Day] }

const CN_MONTHS: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
}
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

const day = (y: number, m: number, d: number): Day => {
  const t = new Date(Date.UTC(y, m - 1, d))
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }
}
const addDays = (a: Day, n: number): Day => day(a.y, a.m, a.d + n)
const endOfMonth = (y: number, m: number): Day => day(y, m + 1, 0)
const weekday = (a: Day): number => (new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay() + 6) % 7 // Monday 0
const before = (a: Day, b: Day): boolean => a.y * 10000 + a.m * 100 + a.d < b.y * 10000 + b.m * 100 + b.d
const iso = (a: Day): string => `${a.y}-${String(a.m).padStart(2, '0')}-${String(a.d).padStart(2, '0')}`
const parseIso = (s: string): Day => {
  const [y, m, d] = s.split('-').map(Number)
  return { y, m, d }
}
/** Today if the window has started, so "this month" never reaches into the past. */
const fromToday = (t: Day, start: Day): Day => (before(start, t) ? t : start)

/** The window of a season that recurs each year: this year's unless it is over, then next year's. */
function upcoming(t: Day, make: (year: number) => [Day, Day]): [Day, Day] {
  const [a, b] = make(t.y)
  if (!before(b, t)) return [fromToday(t, a), b]
  return make(t.y + 1)
}

function springFestival(year: number): Day {
  return parseIso(SPRING_FESTIVAL[year] ?? `${year}-02-05`)
}

function monthWindow(t: Day, month: number): [Day, Day] {
  return upcoming(t, (y) => [day(y, month, 1), endOfMonth(y, month)])
}

// Order matters: more specific phrases first (下个月 before 月, 春节后 before 春节).
const RULES: Rule[] = [
  { pattern: /今天|today/, window: (t) => [t, t] },
  { pattern: /明天|tomorrow/, window: (t) => [addDays(t, 1), addDays(t, 1)] },
  { pattern: /下下周|下下个?星期|下下个?礼拜/, window: (t) => [addDays(t, 14 - weekday(t)), addDays(t, 20 - weekday(t))] },
  { pattern: /下周|下个?星期|下个?礼拜|next week/, window: (t) => [addDays(t, 7 - weekday(t)), addDays(t, 13 - weekday(t))] },
  { pattern: /这周|本周|这个?星期|这个?礼拜|this week/, window: (t) => [t, addDays(t, 6 - weekday(t))] },
  { pattern: /周末|weekend/, window: (t) => [addDays(t, Math.max(0, 5 - weekday(t))), addDays(t, 6 - weekday(t))] },
  {
    pattern: /下个?月|next month/,
    window: (t) => {
      const s = day(t.y, t.m + 1, 1)
      return [s, endOfMonth(s.y, s.m)]
    },
  },
  { pattern: /月底|月末|end of (the|this) month/, window: (t) => [t, endOfMonth(t.y, t.m)] },
  { pattern: /这个月|本月|这月|this month/, window: (t) => [t, endOfMonth(t.y, t.m)] },
  // "最近想学电脑" / "近期打算学点东西" speak of the learner's wish, not of when a class starts: no window then.
  {
    pattern: /(?:最近|近期|这几天)(?!\s*(?:我|俺|咱)?\s*(?:一直|总|老是?|都|挺|很|比较|有点|有些)?\s*(?:想|打算|准备|考虑|在考虑|琢磨|寻思|对|迷上|喜欢|爱上|开始|在学|学))|尽快|soon|right away|as soon as possible/,
    window: (t) => [t, addDays(t, 30)],
  },
  { pattern: /暑假|暑期|summer (holiday|vacation|break)/, window: (t) => upcoming(t, (y) => [day(y, 7, 1), day(y, 8, 31)]) },
  {
    pattern: /寒假|winter (holiday|vacation|break)/,
    window: (t) => upcoming(t, (y) => [day(y, 1, 10), addDays(springFestival(y), 20)]),
  },
  {
    pattern: /(春节|过年|过完年|年)后|过完年|开春|after (the )?(spring festival|chinese new year|new year)/,
    window: (t) => upcoming(t, (y) => [addDays(springFestival(y), 1), addDays(springFestival(y), 60)]),
  },
  {
    pattern: /春节前|年前|before (the )?(spring festival|chinese new year)/,
    window: (t) => {
      const sf = before(springFestival(t.y), t) ? springFestival(t.y + 1) : springFestival(t.y)
      return [t, addDays(sf, -1)]
    },
  },
  { pattern: /国庆|national day/, window: (t) => upcoming(t, (y) => [day(y, 10, 1), day(y, 10, 7)]) },
  { pattern: /明年|next year/, window: (t) => [day(t.y + 1, 1, 1), day(t.y + 1, 12, 31)] },
  { pattern: /下半年|second half of (the|this) year/, window: (t) => [fromToday(t, day(t.y, 7, 1)), day(t.y, 12, 31)] },
  // An age said with the year it is reached ("今年七十一", "71 this year", "seventy two this year") is no time wish.
  { pattern: /今年(?![0-9一二三四五六七八九十几]|都|已经|快)|(?<!\b(?:\d{1,3}|[a-z]+ty|[a-z]+ty[ -][a-z]+|[a-z]+teen)(?: (?:years?|yrs?)(?: old)?)? )this year/, window: (t) => [t, day(t.y, 12, 31)] },
  {
    pattern: /(十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])月份?/,
    window: (t, m) => monthWindow(t, CN_MONTHS[m[1]] ?? Number(m[1])),
  },
  {
    pattern: new RegExp(`\\b(in |this |next )?(${EN_MONTHS.filter((m) => m !== 'may').join('|')})\\b`),
    window: (t, m) => monthWindow(t, EN_MONTHS.indexOf(m[2]) + 1),
  },
  // "May" is the month only where a month stands ("in may", "until may", "may 5"): a bare "may" is the modal ("may i ask").
  {
    pattern: /\b(?:in|this|next|by|from|until|till|before|after|during|around|early|late|mid|end of|start of|beginning of) may\b|\bmay (?=\d)/,
    window: (t) => monthWindow(t, 5),
  },
  { pattern: /春天|春季|this spring|in spring/, window: (t) => upcoming(t, (y) => [day(y, 3, 1), day(y, 5, 31)]) },
  { pattern: /夏天|夏季|this summer|in summer/, window: (t) => upcoming(t, (y) => [day(y, 6, 1), day(y, 8, 31)]) },
  { pattern: /秋天|秋季|秋季学期|this (autumn|fall)|in (autumn|the fall)/, window: (t) => upcoming(t, (y) => [day(y, 9, 1), day(y, 11, 30)]) },
  { pattern: /冬天|冬季|this winter|in winter/, window: (t) => upcoming(t, (y) => [day(y, 12, 1), endOfMonth(y + 1, 2)]) },
]

const mayMatch = candidateIndices(RULES.map((r) => r.pattern))

/**
 * The first time phrase in normalised text as a window relative to `today`,
 * or null. Uses the calendar date of `today` in UTC+8 (China time). `today`
 * may be a clock, asked only when the text holds a time phrase: most
 * messages hold none, and reading the clock is a system call on some hosts.
 *
 * @example parseTimeWindow('下个月有课吗', new Date('2026-11-28')) // { from: '2026-12-01', to: '2026-12-31', matched: '下个月' }
 */
export function parseTimeWindow(text: string, today: Date | (() => Date)): TimeWindow | null {
  let best: { index: number; rule: Rule; match: RegExpMatchArray } | null = null
  // Only the rules whose first and needed words occur in the text (text/literal-walk): most messages have none.
  const may = mayMatch(text)
  for (const k of may) {
    const rule = RULES[k]
    const match = text.match(rule.pattern)
    if (match && match.index !== undefined && (!best || match.index < best.index)) best = { index: match.index, rule, match }
  }
  if (!best) return null
  const china = new Date((typeof today === 'function' ? today() : today).getTime() + 8 * 3600_000)
  const t: Day = { y: china.getUTCFullYear(), m: china.getUTCMonth() + 1, d: china.getUTCDate() }
  // "明年暑假", "next year in march": the season or month, in next year.
  if (/明年|next year/.test(best.match[0])) {
    const jan1 = day(t.y + 1, 1, 1)
    for (const k of may) {
      const rule = RULES[k]
      const match = text.match(rule.pattern)
      if (!match || rule === best.rule || /今年|this year|今天|明天|周|星期|礼拜|week|月底|这个?月|本月|下个?月|最近/.test(match[0])) continue
      const [from, to] = rule.window(jan1, match)
      return { from: iso(from), to: iso(to), matched: `${best.match[0].trim()}${match[0].trim()}` }
    }
  }
  const [from, to] = best.rule.window(t, best.match)
  return { from: iso(from), to: iso(to), matched: best.match[0].trim() }
}
