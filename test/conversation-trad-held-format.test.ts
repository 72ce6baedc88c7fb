/**
 * The way a class is held, said the Taiwan / Hong Kong / Macau way, and held across the turns after it
 * (docs/dialogue-state.md, round 15 trad15), through the real understander and the real engine on the sample catalogue:
 * - 混合 (or its slip 混和) said as how a class is held, before a verb of taking or giving a class, a class word or 的
 *   ("混合上課的", "有冇混合嘅", "混合授課"), is a mixed course; a thing mixed (混合动力, 混合泳) is none;
 * - Taiwan's progressive 有在 before opening a class ("有在開課嗎", "有沒有在招生") asks whether there is one, as
 *   有開課嗎 does: it names no subject, so the list "更多" walks is the learner's whole list.
 * The phrasings are our own; a few from the spent fresh14 / fresh17 banks are named as such.
 */
import { describe, expect, it } from 'vitest'
import { loadRegions } from '../src/catalogue/regions.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { createQueryUnderstander } from '../src/query/understand.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
const { learner, shown } = useSampleConversation('trad-held-format')

describe('混合 said as how a class is held is a mixed course', () => {
  it.each([
    '要混合上課的', '有冇混合嘅', '混合授課的課程有嗎', '想搵混合上堂嘅電腦班', '我想要混合的電腦課', '混和上課的有沒有',
    '有沒有混合教學', '雙軌教學的課', '混合式上課',
    // fresh17 (spent): a same-sound slip of 課.
    '有冇混合上顆的課可以報？',
  ])('"%s" is hybrid and leaves no need', (text) => {
    const u = understand(text)
    expect(u.slots.format).toBe('hybrid')
    expect(u.needs).toEqual([])
  })

  it.each(['想學混合動力汽車維修', '有冇混合泳嘅課', '學調酒，混合飲料'])('"%s" mixes a thing: no format', (text) => {
    expect(understand(text).slots.format).toBeNull()
  })

  it.each(['有冇要返學校上堂嘅', '要上學校上課的'])('"%s" goes to a school to learn: in person', (text) => {
    expect(understand(text).slots.format).toBe('offline')
  })
})

describe('a mixed course asked for is held across the turns after it', () => {
  it.each([
    ['朝早得閒，想學吓藝術文化，有冇推介？', '要混合上課的', '還有嗎？'],
    ['我想學電腦', '有冇混合嘅', '仲有冇其他？'],
    ['有冇混合上堂嘅課？', '那家庭教育有嗎？', '仲有冇其他？'],
  ])('"%s", then "%s", then "%s" lists only mixed courses', async (first, second, third) => {
    const chat = learner()
    await chat(first)
    const narrowed = await chat(second)
    expect(replyText(narrowed)).toContain('线上+线下')
    // ("More" may run out; whatever it shows is mixed.)
    for (const r of [narrowed, await chat(third)]) {
      const projects = await shown(r)
      expect(projects.every((p) => p.format === 'hybrid'), projects.map((p) => p.format).join()).toBe(true)
    }
  })
})

describe('Taiwan\'s 有在 before opening a class asks whether there is one', () => {
  it.each(['請問有在開課嗎', '有沒有在開課', '有在開課的嗎', '有在招生嗎', '你們有在辦班嗎', '請問最近有在開班嗎'])(
    '"%s" names no subject', (text) => {
      expect(understand(text).needs).toEqual([])
    })

  it('"我是女生，請問有在開課嗎" (fresh14, spent) lists women\'s courses, and "更多" goes on with them', async () => {
    const chat = learner()
    const first = await chat('我是女生，請問有在開課嗎')
    expect(replyText(first)).toContain('妇女')
    const next = await chat('再多幾個啦')
    expect(next.projects.length).toBeGreaterThan(0)
    expect(next.projects.some((p) => first.projects.some((q) => q.id === p.id))).toBe(false)
  })
})
