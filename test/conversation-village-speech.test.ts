/**
 * Village and elderly speech on WeChat, through the real engine, search and SQLite on the sample catalogue (round 8,
 * conv-coll8): Yunnan and Guizhou yes-no questions (咯有, 咯能) and 克 for 去, the Shanxi and Inner Mongolian 甚 for
 * 什么, WeChat emoji codes typed into a request ("[抱拳]"), and the ways ordinary people say how they want to learn:
 * through two media at once ("对着手机视频学"), the teacher coming to the village ("老师到村里来教"), near home, on the
 * phone, a course shared between the two ("有时候网上学有时候去现场"). The phrasings are written from how people talk,
 * not from the simulator's banks; every check is computed from the catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { toMandarin } from '../src/text/dialect.js'
import { withoutSpeechNoise } from '../src/text/speech-noise.js'
import { forAudience, useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('village')
const online = (p: Project) => p.format === 'online' || p.format === 'hybrid'
const offline = (p: Project) => p.format === 'offline' || p.format === 'hybrid'
const format = (text: string) => sampleRig().search.understand(text).slots.format ?? null

describe('Yunnan, Guizhou, Shanxi, Xinjiang and Hefei words read as Mandarin', () => {
  it.each([
    ['电脑课咯有', '电脑课有没有'],
    ['我七十了咯能报', '我七十了能不能报'],
    ['咯是免费的', '是不是免费的'],
    ['要克现场上课的', '要去现场上课的'],
    ['山里的东西咋卖出克', '山里的东西怎么卖出去'],
    ['有甚课', '有什么课'],
    ['学点甚好', '学点什么好'],
    ['甚时候开课', '什么时候开课'],
    ['管屋里的娃娃', '管家里的娃娃'],
    ['我家巴郎子十六了', '我家儿子十六了'],
    ['我家丫头子上高中', '我家闺女上高中'],
    ['攒劲的那种', '好的那种'],
    ['得是有', '是不是有'],
    ['俺想学电脑 可是有', '我想学电脑 有没有'],
    ['我在厂里打卡上班', '我在厂里上班'],
  ])('"%s" reads as "%s"', (said, plain) => {
    expect(toMandarin(said)).toBe(plain)
  })

  it('leaves Mandarin words holding 克, 甚 or 咯 alone (克服, 巧克力, 五千克, 甚至, 欺人太甚, 咯噔, 咯咯笑)', () => {
    for (const text of ['克服困难', '巧克力', '五千克', '甚至', '欺人太甚', '心里咯噔一下', '咯咯笑', '想学可是没空', '可是有点贵']) {
      expect(toMandarin(text)).toBe(text)
    }
  })

  it('"有甚免费的电脑课不" lists free computer classes', async () => {
    const projects = await shown(await learner()('有甚免费的电脑课不'))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.fee === 0 && p.topics.includes('digital-skills'))).toBe(true)
  })

  it('"老了闲得慌 学点甚好" is a vague opener: an ask-back, not "nothing found"', async () => {
    const r = await learner()('老了闲得慌 学点甚好')
    expect(r.clarify).toBe(true)
    expect(replyText(r)).not.toContain('暂时没有')
  })
})

describe('WeChat emoji codes are faces, not words', () => {
  it('strips "[抱拳]", "[捂脸]", "[Smile]" and emoji pictures, but keeps a message that is nothing else', () => {
    expect(withoutSpeechNoise('想学电脑[抱拳]')).toBe('想学电脑')
    expect(withoutSpeechNoise('我在外地打工[捂脸]想学手艺')).toBe('我在外地打工 想学手艺')
    expect(withoutSpeechNoise('有免费的课吗[Smile]🙏')).toBe('有免费的课吗')
    expect(withoutSpeechNoise('👍')).toBe('👍')
  })

  it('"我七十了[捂脸] 想学用手机[抱拳]" lists phone classes for older learners, with no stray "抱拳"', async () => {
    const r = await learner()('我七十了[捂脸] 想学用手机[抱拳]')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('digital-skills') && forAudience('elderly')(p))).toBe(true)
    expect(replyText(r)).not.toMatch(/抱拳|捂脸/)
  })
})

describe('how ordinary people say online and in person', () => {
  it.each(['对着手机视频学的', '在电脑直播上听课的', '打电话听课的', '在电话里听课的', '在群里上课的', '在家跟着手机学的', '看回放的', '不出门的', '微信上学的', '手机里听的', '录好的视频', '听广播学的', '不用去的', '不要出门的'])('"%s" is online', (text) => {
    expect(format(text)).toBe('online')
  })

  it.each(['老师到村里来教的', '下到村上讲课的', '老师上门教的', '送教下乡的', '离家近，走着就能去的', '家门口就能上的', '去县城上课的', '到镇上去学的', '在村里上的', '在社区上课的', '本地上课的', '去培训班的', '要出门的', '集中上课的', '能见着老师的'])('"%s" is in person', (text) => {
    expect(format(text)).toBe('offline')
  })

  it('does not read being near home as a way of learning ("离家近点最好", "离家不远的"): an online course is near home too', () => {
    for (const text of ['离家近的', '最好离家近点', '离家不远的有吗']) expect(format(text)).toBeNull()
  })

  it('does not read work, school or a subject as a format ("我在社区上班", "孙子在镇上上学", "想学手机上网", "学会用微信上的功能")', () => {
    for (const text of ['我在社区上班', '我孙子在镇上上学', '想学手机上网', '学会用微信上的功能']) expect(format(text)).toBeNull()
  })

  it.each(['有时候网上学有时候去现场的', '一半网上一半现场的'])('"%s" is a mixed course', (text) => {
    expect(format(text)).toBe('hybrid')
  })

  it('"对着手机视频学的" after a request narrows to online and keeps the subject (the media are how, not what)', async () => {
    const say = learner()
    await say('想学防诈骗')
    const projects = await shown(await say('要对着手机视频学的'))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => online(p) && p.topics.includes('law-finance'))).toBe(true)
  })

  it('"老师到村里来教的电脑课" lists computer classes in person', async () => {
    const projects = await shown(await learner()('有没有老师到村里来教的电脑课'))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => offline(p) && p.topics.includes('digital-skills'))).toBe(true)
  })

  it('"有时候网上学有时候去现场的" leaves no stray need: mixed courses are shown', async () => {
    const r = await learner()('想学有时候网上学有时候去现场的')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.format === 'hybrid')).toBe(true)
    expect(replyText(r)).not.toContain('有时候')
  })
})

describe('a group of women asking for classes in the county town', () => {
  it('"俺们几个妇女 去县城上课的 得是有" lists in-person projects open to women', async () => {
    const projects = await shown(await learner()('俺们几个妇女 去县城上课的 得是有'))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => offline(p) && forAudience('women')(p))).toBe(true)
  })

  it('"我家巴郎子十六了 在家跟着手机学的" lists online projects for young people, not phone classes', async () => {
    const projects = await shown(await learner()('我家巴郎子十六了 在家跟着手机学的'))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => online(p) && forAudience('youth')(p))).toBe(true)
  })
})

describe('a switch that says "那个" before a subject asks for that subject', () => {
  it('"那现在那个人工智能的咯有" after a list shows AI projects, not "第几个？"', async () => {
    const say = learner()
    await say('想学用手机')
    const r = await say('那现在那个人工智能的咯有')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('ai'))).toBe(true)
  })
})
