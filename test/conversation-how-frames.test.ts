/**
 * How a message asks, not what it asks for (round 16): a how-question about the course of a subject ("书法的课一般是
 * 咋上的？有的话推荐两个") asks for that subject, never for teaching craft, and the topic it names is the one kept by
 * the turns after it ("还有别的吗", "最好是线下的", a fact about the learner). Through the real engine, search and
 * SQLite on the sample catalogue. Phrasings written for this file, not from any simulator bank.
 */
import { describe, expect, it } from 'vitest'
import type { Reply } from '../src/dialogue/types.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner } = useSampleConversation('how-frames')
const header = (r: Reply) => replyText(r).split('\n').find((l) => l.startsWith('按')) ?? replyText(r).split('\n')[0]

describe('a how-question about the course of a subject asks for the subject', () => {
  it.each([
    ['想问下书法的课一般是咋上的？有的话推荐两个', '文化艺术'],
    ['电工的课程都是怎么上的呀，有合适的帮我找找', '能源电力'],
    ['育儿的课是怎样上的？有就给我推荐', '家庭教育'],
    ['手機課程係點上㗎？有嘅話幫我搵幾個', '数字技能'],
    ['AI的课是咋个上法？有的话来几个', '人工智能'],
    ['老人护理的课一般是怎么上的', '健康养老'],
  ])('"%s" lists %s and no teacher development', async (text, topic) => {
    const r = await learner()(text)
    expect(header(r)).toContain(topic)
    expect(header(r)).not.toContain('教师发展')
  })

  it('the subject asked that way is the one "more", a format and a fact about the learner keep', async () => {
    const say = learner()
    await say('请问书法的课一般是咋上的？有的话推荐几个')
    for (const next of ['還有別的嗎', '最好是线下的', '哦对，我是种地的农民']) {
      const r = await say(next)
      expect(replyText(r)).toContain('文化艺术')
      expect(replyText(r)).not.toContain('教师发展')
    }
  })

  it.each(['当老师的怎么上好公开课', '这节课怎么上，想学学'])('a teacher asking how to teach a class ("%s") still asks for teacher development', async (text) => {
    expect(header(await learner()(text))).toContain('教师发展')
  })
})

describe('what the learner says of their own life is no subject', () => {
  it.each([
    ['学英语', '对了，我是学护理的，刚毕业', '语言学习'],
    ['学手机', '我是学徒，在修车铺', '数字技能'],
    ['我想学书法', '顺便说下，我是学电工的学徒', '文化艺术'],
  ])('after "%s", "%s" keeps %s (what one studies, said as what one is)', async (first, late, topic) => {
    const say = learner()
    await say(first)
    const r = await say(late)
    expect(header(r)).toContain(topic)
    expect(header(r)).not.toMatch(/能源电力|健康养老|职业技能/)
  })

  it.each([
    ['我六十五了 眼睛花 打字慢，想学点书法', '文化艺术', /数字技能/],
    ['我是男的 在工地干活 想学电脑', '数字技能', /职业技能|能源电力/],
    ['我是妇女 在家带孩子，想学书法', '文化艺术', /家庭教育/],
    ['我是女的 在家做手工活 😊有学电脑的课吗', '数字技能', /文化艺术/],
  ])('"%s" asks for %s alone: the life around it is the person', async (text, topic, stray) => {
    const r = await learner()(text)
    expect(header(r)).toContain(topic)
    expect(header(r)).not.toMatch(stray)
  })

  it.each([
    ["I'm a cook at a restaurant, do you have computer classes?", 'Digital skills'],
    ['i work at a farm, any english classes', 'Language learning'],
  ])('"%s" asks for %s alone', async (text, topic) => {
    const r = await learner()(text)
    const line = replyText(r).split('\n').find((l) => l.startsWith('For')) ?? ''
    expect(line).toContain(topic)
    expect(line).not.toMatch(/Vocational|Rural/)
  })
})

describe('a vague opener wrapped in talk still asks back', () => {
  it.each([
    '想趁着空闲时间学习一下',
    '打算抽时间学一学',
    '想利用业余时间充充电',
    '我想學一寡物件，有啥通好學',
    '您是真人吗？想学点东西',
    '想学点东西 你是人工还是机器人啊',
    'are you a bot or a human? I want to learn something',
    'what can i learn? is this a real person?',
  ])('"%s" gets the menu and the question, never "nothing"', async (text) => {
    const r = await learner()(text)
    expect(r.clarify, replyText(r)).toBe(true)
    expect(r.projects).toEqual([])
    expect(replyText(r)).not.toMatch(/目录里暂时没有|has no projects/)
  })

  it.each([
    ['有没有学电脑的课？你是机器人吗', '数字技能'],
    ['is this a bot? any computer classes', 'Digital skills'],
  ])('asking what the bot is beside a request ("%s") leaves the request', async (text, topic) => {
    expect(replyText(await learner()(text))).toContain(topic)
  })
})

describe('words of the learner\'s own work are never a subject nobody teaches', () => {
  it.each([
    '我是在职职工，开出租车的，有啥课推荐一下',
    '我是退役军人，现在开公交车，有没有课程可以推荐一下',
  ])('"%s" lists for the person, never "nothing"', async (text) => {
    const r = await learner()(text)
    expect(replyText(r)).not.toContain('目录里暂时没有')
    expect(r.projects.length).toBeGreaterThan(0)
  })

  it('a late "对了，我是退役军人，现在开公交车" narrows and keeps the topic', async () => {
    const say = learner()
    await say('学电脑')
    const r = await say('对了，我是退役军人，现在开公交车')
    expect(header(r)).toContain('数字技能')
    expect(header(r)).toContain('退役军人')
  })

  it('"I farm, raise pigs on my land, any computer classes?" asks for digital skills alone', async () => {
    const r = await learner()('I farm, raise pigs on my land, any computer classes?')
    const line = replyText(r).split('\n').find((l) => l.startsWith('For')) ?? ''
    expect(line).toContain('Digital skills')
    expect(line).not.toContain('Rural')
  })
})

describe('a clause that looks for something asks', () => {
  it('"帮我孩子找补习数学的老师" after a list is still exam tutoring, out of scope', async () => {
    const say = learner()
    await say('学电脑')
    const r = await say('帮我孩子找补习数学的老师')
    expect(r.projects).toEqual([])
  })
})
