/**
 * Round 10's Chinese readings by construction (src/query/fee-reading.ts, src/query/format-reading.ts,
 * src/text/regional-frames.ts, src/text/dialect.ts, src/text/mandarin-dialect.ts and the person cues), through the
 * real understander and, for the filters, the real engine on the sample catalogue. The failure classes come from the
 * spent banks fresh9 and conv-coll9-a; every sentence here is our own wording of the same construction.
 */
import { describe, expect, it } from 'vitest'
import { loadRegions } from '../src/catalogue/regions.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { createQueryUnderstander } from '../src/query/understand.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner, shown } = useSampleConversation('coll10-readings')
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
const audiences = (text: string) => understand(text).slots.audiences.map((a) => a.id)

describe('a cost refused as a plea or in dialect asks for free courses', () => {
  it.each(['最好甭收钱的电脑课', '英语课最好别收费', '莫收学费的有没得', '没钱也可以学的书法班'])('"%s" is free', (text) => {
    expect(understand(text).slots.free).toBe(true)
  })

  it.each(['特别费用高吗', '收不收费'])('"%s" asks for no free filter', (text) => {
    expect(understand(text).slots.free).toBeNull()
  })

  it('"最好别收费的有没有" after a list filters it to free courses instead of asking which item', async () => {
    const say = learner()
    await say('想学电脑')
    const r = await say('最好别收费的有没有')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.fee === 0)).toBe(true)
  })
})

describe('going to the class and watching on a device say the format', () => {
  it.each(['到课堂头去听的', '要到培训点里去学的', '赶过去听师傅讲的', '走过去跟老师学的'])('"%s" is in person, with no need word', (text) => {
    const u = understand(text)
    expect(u.slots.format).toBe('offline')
    expect(u.needs).toEqual([])
  })

  it.each(['电视上看直播的', '手机里看视频那种', '躺屋里看视频的'])('"%s" is online, with no need word', (text) => {
    const u = understand(text)
    expect(u.slots.format).toBe('online')
    expect(u.needs).toEqual([])
  })

  it('"用平板在家学的书法课" is online calligraphy, not the digital-skills subject', () => {
    const u = understand('用平板在家学的书法课')
    expect(u.slots.format).toBe('online')
    expect(u.slots.topics.map((t) => t.id)).toEqual(['culture-arts'])
  })

  it.each(['线上和线下都有的', 'online跟实体都有的'])('"%s" is a mixed course', (text) => {
    expect(understand(text).slots.format).toBe('hybrid')
  })
})

describe('who the learner is, said as a label, a group or a time since school', () => {
  it.each([
    ['老大爷一个 想学唱歌', 'elderly'],
    ['武警部队上退下来的 想学电脑', 'veterans'],
    ['我们做家长的 有什么课', 'parents'],
    ['我们这些女人想学点手艺', 'women'],
    ['咱们这帮山里的婆娘想学电脑', 'women'],
    ['我们全家天天在田里干活 想学电脑', 'farmers'],
    ['俺是刨地的 有啥课', 'farmers'],
    ['问问女同志们能报什么', 'women'],
    ['毕业没多久 想学点技术', 'youth'],
  ])('"%s" is read as %s', (text, id) => {
    expect(audiences(text)).toEqual([id])
  })

  it('"我退下来了想学书法" (retired, no army) stays an older learner', () => {
    expect(audiences('我退下来了想学书法')).toEqual(['elderly'])
  })

  it('"学怎么当父母" is the family-education subject', () => {
    expect(understand('学怎么当父母').slots.topics.map((t) => t.id)).toEqual(['family-education'])
  })

  it('"问问妇女同志能报什么" lists courses for women instead of saying nothing teaches 同志', async () => {
    const r = await learner()('问问妇女同志能报什么')
    expect(r.projects.length).toBeGreaterThan(0)
  })

  it('"管细娃儿的课有没得" is family education', () => {
    expect(understand('管细娃儿的课有没得').slots.topics.map((t) => t.id)).toEqual(['family-education'])
  })
})
