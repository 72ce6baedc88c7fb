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
