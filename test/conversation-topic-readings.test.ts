/**
 * The topic of a Chinese request is what its asking clause names, read by structure (docs/dialogue-state.md, "Round 15
 * (topic15)"): a clause that says what the speaker is or where they work describes them, so its topic only ranks
 * (我是老年照料站的站长 beside 电力能源方面的知识); a shift change (换班) asks nothing; the taxonomy's name for training in
 * general after a subject (…的基本技能培训) only says "training in it"; a situation read across a pause (娃…咋整) never
 * swallows the word a clause of its own names (想学外国话); a course noun past a pause frames nothing before it (二十出头，
 * 课程。有吗。); and a turn asking what there is to learn at all (您好，请问你们这里能学点什么) asks back even with a list
 * on screen. Through the real engine, search and SQLite on the sample catalogue; our own phrasings beside the spent
 * banks' (fresh14, fresh17, fresh18).
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner } = useSampleConversation('topic-readings')

/** The reply's header line, "按“…”，给您找到这几个", or the whole text when there is none. */
const header = (text: string) => /按“([^”]*)”/.exec(text)?.[1] ?? text

describe('a clause saying what the speaker is or where they work only ranks its topic', () => {
  it.each([
    ['我是社区养老院的院长，想学电工知识', '能源电力', '健康养老'],
    ['我在养老院上班，有没有学英语的课', '语言学习', '健康养老'],
    ['本人从事电力行业，想了解法律知识', '法律与金融素养', '能源电力'],
    ['我是老年照料站的站长，替站里七八十岁的老人们问，是不是有在线学习的电力能源方面的知识的课可以报？有的话发我看看', '能源电力', '健康养老'],
  ])('"%s" asks for %s, not %s', async (said, wanted, life) => {
    const r = await learner()(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
    expect(header(replyText(r))).toContain(wanted)
    expect(header(replyText(r))).not.toContain(life)
  })

  it.each([
    ['我想学电脑', '对了，我是医院的护工，算单位职工，刚换班下来', '数字技能'],
    ['我想学电脑', '补充一下，我是医院的护工，算单位职工，刚换班下来', '数字技能'],
    ['我想学英语', '补充一下，我是幼儿园的保育员', '语言学习'],
  ])('after "%s", "%s" keeps %s', async (first, late, topic) => {
    const say = learner()
    await say(first)
    const r = await say(late)
    expect(header(replyText(r))).toContain(topic)
    expect(header(replyText(r))).not.toContain('健康养老')
  })
})

describe('training in general after a subject is training in that subject', () => {
  it.each([
    ['现就公益免费的上网用电脑的基本技能培训事宜咨询如下：是否有可报名的项目，烦请推荐。', '数字技能'],
    ['有没有学电脑的基础技能培训', '数字技能'],
    ['想了解一下手机操作的基础技能培训', '数字技能'],
    ['茶艺的技能提升', '文化艺术'],
  ])('"%s" asks for %s alone', async (said, topic) => {
    const r = await learner()(said)
    expect(header(replyText(r))).toContain(topic)
    expect(header(replyText(r))).not.toContain('职业技能')
  })

  it('"我想参加技能培训" still asks for vocational skills', async () => {
    expect(header(replyText(await learner()('我想参加技能培训')))).toContain('职业技能')
  })
})

describe('a situation read across a pause leaves the subject of its own clause', () => {
  it.each([
    ['我是娃娃的家长，想学外国话，咋整啊', '语言学习'],
    ['我家娃，想学英语口语，咋整', '语言学习'],
  ])('"%s" asks for %s', async (said, topic) => {
    const say = learner()
    expect(header(replyText(await say(said)))).toContain(topic)
    // (And the narrowings after it keep it: fresh14's "手机上能学的的有不", "免费的".)
    expect(header(replyText(await say('手机上能学的的有不')))).toContain(topic)
  })
})

describe('a course noun past a pause frames nothing before it', () => {
  it.each(['我是青年，二十出头，课程。有吗。', '我是退伍军人，三十出头，课程。有吗。'])('"%s" gets the group\'s list', async (said) => {
    const r = await learner()(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
    expect(replyText(r)).not.toContain('出头')
  })
})

describe('asking what there is to learn at all asks back, even with a list on screen', () => {
  it.each(['您好，请问你们这里能学点什么', '你们这儿有什么能学的', '有啥可以报的'])('"%s" after a list gets the menu', async (said) => {
    const say = learner()
    await say('我想学电脑')
    const r = await say(said)
    expect(r.clarify, replyText(r)).toBe(true)
    expect(r.projects).toEqual([])
  })

  it.each(['还有什么能学的', '别的还有啥', '随便吧'])('"%s" after a list still pages it', async (said) => {
    const say = learner()
    await say('我想学电脑')
    const r = await say(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
  })
})

describe('an opener that only says who the learner is, in words no reader knows, asks back', () => {
  it.each(['我是开小卖部的，闲的时候想学点东西', '我是开出租的，有空的时候想学点东西'])('"%s" lists what is open to all and asks the subject', async (said) => {
    const r = await learner()(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
    expect(r.clarify, replyText(r)).toBe(true)
  })

  it('"不對，我是說人工智能" after a switch is a correction, not a self-description', async () => {
    const say = learner()
    await say('我是老年人，有沒有課程')
    await say('算了，我想看看家庭教育指導')
    expect(header(replyText(await say('不對，我是說養生')))).toContain('健康养老')
  })
})
