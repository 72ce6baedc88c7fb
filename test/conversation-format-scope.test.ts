/**
 * Where a device and an "any will do" apply (src/query/format-reading.ts, src/query/format-indifference.ts), through
 * the real understander and, for the filters, the real engine on the sample catalogue. A device is the format when it
 * is where the learning happens ("手机上的课"), the subject when it is what is learned ("学手机怎么用"); an
 * indifference is about what stands right before it ("啥都行" is about the subject, "线上线下都行" about the format).
 */
import { describe, expect, it } from 'vitest'
import { loadRegions } from '../src/catalogue/regions.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { createQueryUnderstander } from '../src/query/understand.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner, shown } = useSampleConversation('format-scope')
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
const topics = (text: string) => understand(text).slots.topics.map((t) => t.id)

describe('a device is the format when the class is held on it', () => {
  it.each(['手机上的养老护理课有吗', '微信里能学的外语课', '电视上的健康讲座有吗', '平板上能看的课有没有', '我是种茶叶的茶农 可有手机上的课啊', '电脑上的家庭教育的课 有不'])(
    '"%s" is online, and the device is no subject', (text) => {
      expect(understand(text).slots.format).toBe('online')
      expect(topics(text)).not.toContain('digital-skills')
    })

  it.each(['喺手機度學嘅英文課', '手機入面嘅課', '電腦上嘅堂有冇', '拿电脑听的那种 法律的'])(
    '"%s" (Cantonese locatives, a medium listened through) is online', (text) => {
      expect(understand(text).slots.format).toBe('online')
      expect(topics(text)).not.toContain('digital-skills')
    })

  it.each(['手机能上的课', '手机就能学的', '电脑能听的课有没有', '手机能学的外语', '手机学的那种'])(
    '"%s" (a medium one can learn on, no locative) is online', (text) => {
      expect(understand(text).slots.format).toBe('online')
      expect(topics(text)).not.toContain('digital-skills')
    })

  it.each(['想学手机怎么用', '学手机上的功能', '手机操作的课', '手机上的支付怎么弄', '学手机能上网的课', '手机能干啥的课'])(
    '"%s" learns the device: a digital skill, no format', (text) => {
      expect(understand(text).slots.format).toBeNull()
      expect(topics(text)).toContain('digital-skills')
    })

  it.each(['courses on the computer about health', 'learn english on my mobile', 'talks on the tv about health'])(
    '"%s" is online, and the subject stays', (text) => {
      expect(understand(text).slots.format).toBe('online')
      expect(topics(text).length).toBeGreaterThan(0)
      expect(topics(text)).not.toContain('digital-skills')
    })

  it('"i want to learn to use apps on my phone" learns the device: no format', () => {
    expect(understand('i want to learn to use apps on my phone').slots.format).toBeNull()
    expect(topics('i want to learn to use apps on my phone')).toContain('digital-skills')
  })

  it('"手机上的法律课有没有" shows online law courses, not digital skills', async () => {
    const r = await learner()('手机上的法律课有没有')
    expect(replyText(r)).not.toContain('数字技能')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.format !== 'offline')).toBe(true)
  })

  it('"要手机上的" after a list narrows it to online courses and keeps the learner', async () => {
    const say = learner()
    await say('我是农民')
    const r = await say('要手机上的')
    expect(replyText(r)).not.toContain('数字技能')
    expect(replyText(r)).toContain('农民')
    expect((await shown(r)).every((p) => p.format !== 'offline')).toBe(true)
  })
})

describe('"any will do" is about what stands right before it', () => {
  it.each([
    ['线上的课，学什么都可以', 'online'], ['要现场的，随便啥课', 'offline'], ['线下的课什么都行', 'offline'],
    ['有没有网上的课 都行', 'online'], ['线上的也行', 'online'], ['1. 要线下的的课 2. 学什么都行，有吗', 'offline'], ['在线的班 内容无所谓', 'online'],
  ])('"%s" keeps the format (%s): the indifference is about the subject', (text, format) => {
    expect(understand(text).slots.format).toBe(format)
  })

  it.each([['线下的 学什么都没关系', 'offline'], ['手机上的课 不拘什么', 'online'], ['有冇線下嘅課 咩都得', 'offline']])(
    '"%s" keeps the format (%s) in other words of indifference', (text, format) => {
      expect(understand(text).slots.format).toBe(format)
      expect(understand(text).needs).toEqual([])
    })

  it.each(['上课形式不限，想学书法', '随便线上线下，想学书法', '线上线下都行，想学书法', '网上还是现场都无所谓 学电脑', '线上线下都没关系', '不拘线上线下 想学书法', '線上線下都得', '线上 线下 都行', '线上也行 线下也行'])(
    '"%s" is about the formats: no filter', (text) => {
      expect(understand(text).slots.format).toBeNull()
    })

  it('"有没有线下的课 啥都行" shows in-person courses only', async () => {
    const r = await learner()('我是退休老人 有没有线下的课 啥都行')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.format !== 'online')).toBe(true)
  })
})

describe('pinyin typed inside Chinese reads like its characters', () => {
  it('"有没有mianfei的外语课" shows free language courses', async () => {
    const r = await learner()('有没有mianfei的外语课')
    expect(replyText(r)).toContain('免费')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.fee === 0)).toBe(true)
  })

  it.each([['手机上的乡村zhenxing课有吗', 'rural-revitalization'], ['想学xiangcun振兴', 'rural-revitalization'], ['想学电gong', 'energy-power']])(
    '"%s" names %s', (text, topic) => {
      expect(topics(text)).toContain(topic)
      expect(understand(text).needs).toEqual([])
    })
})

describe('"any will do" said of the fee accepts a fee; said of the subject keeps "free"', () => {
  it.each(['免费不免费无所谓', '费用不限', '贵点也没关系', '要钱的也行 想学电工', '学费随便 想学英语'])(
    '"%s" is no free filter and no need word', (text) => {
      expect(understand(text).slots.free).toBeNull()
      expect(understand(text).needs).toEqual([])
    })

  it.each(['免费的 学什么都行', '不要钱 啥都行'])('"%s" stays free', (text) => {
    expect(understand(text).slots.free).toBe(true)
  })
})
