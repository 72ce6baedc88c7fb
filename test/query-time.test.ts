import { describe, expect, it } from 'vitest'
import { parseTimeWindow } from '../src/query/time.js'

/** The window as "from..to (matched)", or null. */
function window(text: string, today: string): string | null {
  const w = parseTimeWindow(text, new Date(`${today}T04:00:00Z`))
  return w ? `${w.from}..${w.to} (${w.matched})` : null
}

describe('parseTimeWindow', () => {
  it('wraps "next month" into the next year in December', () => {
    expect(window('下个月', '2026-12-15')).toBe('2027-01-01..2027-01-31 (下个月)')
  })

  it('counts weeks from Monday, also when today is Sunday', () => {
    expect(window('下周', '2026-11-29')).toBe('2026-11-30..2026-12-06 (下周)')
    expect(window('这周', '2026-11-29')).toBe('2026-11-29..2026-11-29 (这周)')
  })

  it('starts "this month" today rather than in the past', () => {
    expect(window('本月', '2026-11-28')).toBe('2026-11-28..2026-11-30 (本月)')
  })

  it('takes this year\'s holiday while it lasts and next year\'s once it is over', () => {
    expect(window('暑假', '2026-07-20')).toBe('2026-07-20..2026-08-31 (暑假)')
    expect(window('暑假', '2026-09-01')).toBe('2027-07-01..2027-08-31 (暑假)')
  })

  it('places 春节后 and 寒假 around the lunar new year of the right year', () => {
    expect(window('春节后', '2026-11-28')).toBe('2027-02-07..2027-04-07 (春节后)')
    expect(window('过完年再学', '2026-11-28')).toBe('2027-02-07..2027-04-07 (过完年)')
    expect(window('寒假', '2026-11-28')).toBe('2027-01-10..2027-02-26 (寒假)')
  })

  it('reads month names in Chinese numerals, digits and English', () => {
    expect(window('三月份', '2026-11-28')).toBe('2027-03-01..2027-03-31 (三月份)')
    expect(window('12月', '2026-11-28')).toBe('2026-12-01..2026-12-31 (12月)')
    expect(window('in march', '2026-11-28')).toBe('2027-03-01..2027-03-31 (in march)')
  })

  it('uses China time for "today" near midnight UTC', () => {
    // 2026-11-30T20:00Z is already 1 December in Beijing.
    const w = parseTimeWindow('这个月', new Date('2026-11-30T20:00:00Z'))
    expect(w?.from).toBe('2026-12-01')
  })

  it('puts a season or month said with 明年 in next year', () => {
    expect(window('明年暑假', '2026-11-28')).toBe('2027-07-01..2027-08-31 (明年暑假)')
    expect(window('明年', '2026-11-28')).toBe('2027-01-01..2027-12-31 (明年)')
  })

  it('does not read an age ("我今年70岁") as a time', () => {
    expect(window('我今年70岁，手机不会用', '2026-11-28')).toBeNull()
    expect(window('今年还有课吗', '2026-11-28')).toBe('2026-11-28..2026-12-31 (今年)')
  })

  it('reads 最近 before a wish ("最近想学电脑") as the learner\'s wish, not a start date', () => {
    expect(window('最近想学电脑', '2026-11-28')).toBeNull()
    expect(window('我最近一直想学画画', '2026-11-28')).toBeNull()
    expect(window('近期打算学点手艺', '2026-11-28')).toBeNull()
    expect(window('最近有什么课', '2026-11-28')).toBe('2026-11-28..2026-12-28 (最近)')
  })

  it('ignores durations', () => {
    expect(window('三个月的课程', '2026-11-28')).toBeNull()
  })

  it('asks a clock only when the text holds a time phrase, and reads the same window as from a date', () => {
    let asked = 0
    const clock = () => { asked++; return new Date('2026-11-28T04:00:00Z') }
    expect(parseTimeWindow('想学手机拍照', clock)).toBeNull()
    expect(asked).toBe(0)
    for (const text of ['下个月有课吗', '明年暑假', '这周末', '最近有什么课']) {
      expect(parseTimeWindow(text, clock)).toEqual(parseTimeWindow(text, new Date('2026-11-28T04:00:00Z')))
    }
    expect(asked).toBe(4)
  })
})
