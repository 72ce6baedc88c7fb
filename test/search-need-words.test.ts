import { describe, expect, it } from 'vitest'
import { createQueryUnderstander } from '../src/query/understand.js'
import { contentGroups } from '../src/search/need-words.js'
import { regions, taxonomy } from './search-fixtures.js'

const understand = createQueryUnderstander({ taxonomy, regions })
/** Document frequencies of a pretend catalogue of 100 projects. */
const df = (known: Record<string, number>) => (t: string) => known[t] ?? 0
const alts = (text: string, known: Record<string, number>) => contentGroups(understand(text), df(known), 100).map((g) => g.alts)

describe('need words', () => {
  it('leaves out what the slots already say and what only means "I want to learn"', () => {
    expect(alts('老年人想学智能手机，免费的线上课', { 智能手机: 5 })).toEqual([])
    expect(alts('想进修一下', {})).toEqual([])
  })

  it('strips a learning verb glued to the need ("学画" 沙画, "想学种" 三七)', () => {
    // (唐卡, this test's first word, is now in the culture topic's family: a topic slot, no need-word.)
    expect(alts('学画沙画', { 沙画: 1 })).toEqual([['沙画']])
    expect(alts('想学种三七', { 三七: 1 }).flat()).toContain('三七')
  })

  it('finds a word jieba split into single characters through their bigrams (花馍)', () => {
    expect(alts('过年想学做花馍', { 花馍: 1 }).flat()).toContain('花馍')
  })

  it('reads "怎么办" (also 咋办 once normalised) as the question, not a need a project must cover', () => {
    // "老板拖欠工资咋办": the projects that say "…怎么办" in their summary used to outrank the wage course.
    expect(alts('在工地上干活，老板拖欠工资咋办', { 怎么办: 12 }).flat()).not.toContain('怎么办')
    expect(alts('手机被偷了怎么办', { 怎么办: 12 }).flat()).not.toContain('怎么办')
  })

  it('weighs a word the catalogue never uses above a common one, and says which are known', () => {
    const groups = contentGroups(understand('挖掘机驾驶'), df({ 驾驶: 1 }), 100)
    const excavator = groups.find((g) => g.alts.includes('挖掘机'))!
    const driving = groups.find((g) => g.alts.includes('驾驶'))!
    expect(excavator.known).toBe(false)
    expect(driving.known).toBe(true)
    expect(excavator.weight).toBeGreaterThan(driving.weight)
  })
})
