/**
 * Format and fee read by the shape of the sentence (src/query/format-places.ts, src/query/format-reading.ts,
 * src/query/fee-reading.ts) and the northern locative 搁 (src/text/mandarin-dialect.ts), through the real
 * understander and, for the filters, the real engine on the sample catalogue. Every place noun, sum and sentence
 * here is our own and none is listed in the code: the point is that unlisted ones are read by their construction.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { createQueryUnderstander } from '../src/query/understand.js'
import { toMandarin } from '../src/text/dialect.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner, shown } = useSampleConversation('format-construction')
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })

describe('"both ways are fine" said of the course asks for mixed courses; said alone it is no filter', () => {
  it.each(['网上线下都中能学点啥', '要网上线下都中', '线上现场都成学电脑的 有没', '俺是老兵 网上当面都行想学电工'])(
    '"%s" is a mixed course', (text) => {
      expect(understand(text).slots.format).toBe('hybrid')
    })

  it.each(['网上线下都中', '线上线下都可以', '线上还是现场都行，想学英语', '线上线下随便哪种都行', '线上线下都行啊'])(
    '"%s" stays either', (text) => {
      expect(understand(text).slots.format).toBeNull()
    })

  it('"网上线下都中能学点啥" shows only courses that are both online and in person', async () => {
    const r = await learner()('网上线下都中能学点啥 学电脑')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p: Project) => p.format === 'hybrid')).toBe(true)
  })
})

describe('going to any place closed by a locative or a place suffix, then learning, is in person', () => {
  it.each(['到村部跟老师学', '上镇里文化站听课的', '跑乡里农技站听课', '去人家店里跟着学', '到镇上的培训学校跟师傅学的', '在文化站学的'])(
    '"%s" is in person, and its place is no need word', (text) => {
      const u = understand(text)
      expect(u.slots.format).toBe('offline')
      expect(u.needs).toEqual([])
    })

  it.each(['我在厂里学过电工', '我到城里工厂上班 想学电脑', '到时候再学', '我在村里学校教书'])(
    '"%s" tells a story or a job, no format', (text) => {
      expect(understand(text).slots.format).toBeNull()
    })

  it('"到养殖场跟着学的" shows only in-person or mixed courses', async () => {
    const r = await learner()('想学养殖 到养殖场跟着学的')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.format !== 'online')).toBe(true)
  })
})

describe('staying anywhere with a medium, or not wanting to travel, is online', () => {
  it.each(['蹲在地头拿手机学', '在厂里宿舍用手机学', '不想往城里跑', '不想来回跑 有学电脑的不', '腿脚不好 出不了门'])(
    '"%s" is online', (text) => {
      expect(understand(text).slots.format).toBe('online')
    })

  it('refusing the watched kind ("不要那种看视频的") asks for in person', () => {
    expect(understand('不要那种看视频的').slots.format).toBe('offline')
  })
})

describe('the northern locative 搁 is 在', () => {
  it.each([
    ['搁手机上学的', '在手机上学的'],
    ['俺搁沈阳 想学电脑', '我在沈阳 想学电脑'],
    ['事儿耽搁了', '事儿耽搁了'],
    ['这事先搁着', '这事先搁着'],
  ])('"%s" reads "%s"', (said, mandarin) => {
    expect(toMandarin(said)).toBe(mandarin)
  })

  it('"搁电脑跟前学的" is online (it was read as going to a place)', () => {
    expect(understand('搁电脑跟前学的').slots.format).toBe('online')
  })
})

describe('refusing any sum or paying out of one\'s own pocket is free; asking the cost is no need', () => {
  it.each(['一毛钱不花', '一块钱都不用掏的', '啥钱都不收的', '什么费都不交', '一个子儿不花', '免了学费的', '不用自己掏腰包'])(
    '"%s" asks for free courses', (text) => {
      const u = understand(text)
      expect(u.slots.free).toBe(true)
      expect(u.needs).toEqual([])
    })

  it.each(['要交钱不', '学电脑要花钱不', '收钱不'])('"%s" asks the cost: no filter, no need word', (text) => {
    const u = understand(text)
    expect(u.slots.free).toBeNull()
    expect(u.needs.flat()).not.toContain('交钱')
    expect(u.needs.flat()).not.toContain('花钱')
    expect(u.needs.flat()).not.toContain('收钱')
  })

  it('"学微信收钱的" keeps 收钱 as what is learned', () => {
    expect(understand('学微信收钱的').needs.flat()).toContain('收钱')
  })

  it('"一毛钱不花 想学电脑" shows only free courses', async () => {
    const r = await learner()('一毛钱不花 想学电脑')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.fee === 0)).toBe(true)
  })
})

describe('a thing put before "how to" goes back after its verb, so the verb and its object read as one', () => {
  it.each([
    ['有木有电咋用安全的课', '有没有怎么用电安全的课', 'energy-power'],
    ['羊咋养', '怎么养羊', 'rural-revitalization'],
    ['那電怎麼用安全呢', '那怎麼用電安全呢', 'energy-power'],
    ['钱咋存才划算', '怎么存钱才划算', 'law-finance'],
  ])('"%s" reads "%s" (%s)', (said, mandarin, topic) => {
    expect(toMandarin(said)).toBe(mandarin)
    expect(understand(said).slots.topics.map((t) => t.id)).toContain(topic)
  })

  it.each(['请问怎么教育孩子', '当老师咋教得更好', '师傅咋教的', '这个怎么用', '我不知道怎么用', '第一个咋报'])('"%s" keeps its order', (said) => {
    expect(toMandarin(said).replace('咋', '怎么')).toBe(said.replace('咋', '怎么'))
  })
})

describe('a slip right after a preposition is repaired although the cutter glues them ("在手几" of "搁手几上学")', () => {
  it('"咱庄稼人 搁手几上学的" is an online request', () => {
    expect(understand('咱庄稼人 搁手几上学的有啥能学的').slots.format).toBe('online')
  })

  it('"在手几上学的" is never read as going somewhere', () => {
    expect(understand('在手几上学的').slots.format).toBe('online')
  })
})
