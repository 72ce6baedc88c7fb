/**
 * Who the learner is, held across turns, through the real engine, search and SQLite on the sample catalogue
 * (docs/dialogue-state.md, point 7 and round 15): a group that is the one acting in a how-question about a topic
 * ("家长怎么做好家庭教育", "家長點樣做好家庭教育", "how can parents…") names the subject, so it never replaces the
 * learner said before, in a switch or beside a self-description in the same message; said after a self frame
 * ("我是家长", "我们家长") it is still who learns. Phrasings are written for this file; each check reads the header.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { headerText } from '../bench/sim/check.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner } = useSampleConversation('held-person')

describe('a group acting in a how-question about the topic is part of the subject', () => {
  it.each([
    ['我是农民工，想学电工', '咁家長點樣做好家庭教育呢', '农民工', '家长'],
    ['我是退役军人，想学电脑', '那父母应该如何才能做好家庭教育，有没有', '退役军人', '家长'],
    ['我是社区工作者，有线上的课吗', '家长怎样搞好家庭教育的课有吗', '社区工作者', '家长'],
    ["I'm a farmer, any computer courses?", 'how can parents do family education well?', 'Farmers', 'Parents'],
  ])('after "%s", the switch "%s" keeps %s and is not filtered to %s', async (opener, turn, held, group) => {
    const say = learner()
    expect(headerText(await say(opener))).toContain(held)
    const r = await say(turn)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
    expect(headerText(r)).toContain(held)
    expect(headerText(r)).not.toContain(group)
  })

  it('is not carried to the next topic', async () => {
    const say = learner()
    await say('我是农民工，想学电工')
    await say('那家长怎么做好家庭教育的有没有？')
    const r = await say('算了，还是看看人工智能吧')
    expect(headerText(r)).toContain('农民工')
    expect(headerText(r)).not.toContain('家长')
  })

  it.each([
    ['我住九江，已经退休了，今年七十三，有没有家长怎样做好家庭教育的课程？', '老年人'],
    ['我是社区工作者，是不是有在线学习的家长怎么做好家庭教育的课可以报？', '社区工作者'],
  ])('in one message with a self-description ("%s"), the learner is %s, not the parent', async (said, who) => {
    const r = await learner()(said)
    expect(headerText(r)).toContain(who)
    expect(headerText(r)).not.toContain('家长')
  })

  it.each(['我是家长，家长怎么做好家庭教育', '我们家长怎么做好家庭教育'])('after a self frame ("%s") the group is who learns', async (said) => {
    expect(headerText(await learner()(said))).toContain('家长')
  })
})

describe('a child said beside a parent who says who they are is the parent\'s life, not a second learner', () => {
  it.each([
    ["I'm a parent, my kids are 5 and 8, any online courses?", 'Parents', 'Young people'],
    ["I'm a dad, my boy is 7, anything on AI?", 'Parents', 'Young people'],
    ['俺是娃他妈 娃他奶奶在家看着 有线上的课没', '家长', '青少年'],
    ['我在外地打工 孩子他爷爷在家带 我是孩子妈 有什么课', '家长', '青少年'],
  ])('"%s" is for %s, not %s', async (said, who, not) => {
    const r = await learner()(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
    expect(headerText(r)).toContain(who)
    expect(headerText(r)).not.toContain(not)
  })

  it('keeps the parent over a topic switch', async () => {
    const say = learner()
    await say("I'm a mum, my kids are 6 and 10, any courses?")
    const r = await say('how about elderly care?')
    expect(headerText(r)).toContain('Parents')
    expect(headerText(r)).not.toContain('Young people')
  })

  it('asking for the child still makes the child the learner ("for him")', async () => {
    expect(headerText(await learner()("I'm a mum, my son is 15, any coding courses for him?"))).toContain('Young people')
  })
})

describe('a group said of the one asked for is who learns, not the asker\'s', () => {
  it.each([
    ['我是残疾孩子的妈妈，替孩子问，有没有学电脑的课？', '残疾人'],
    ['我是残疾孩子的爸爸，帮孩子找找线上的课', '残疾人'],
  ])('"%s" is for %s', async (said, who) => {
    const r = await learner()(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
    expect(headerText(r)).toContain(who)
    expect(headerText(r)).not.toContain('青少年')
  })

  it('the asker\'s own group still goes when the proxy reaches someone else ("我是村干部，想给村民找电脑课")', async () => {
    const h = headerText(await learner()('我是村干部，想给村民找电脑课'))
    expect(h).toContain('农民')
  })
})

describe('a clause going on with a job, right after a self-description, still describes the learner', () => {
  it.each([
    ['我是农民工，干电焊的，有线上的课吗', '农民工'],
    ['我係公司員工，做夜更保安，有冇網上嘅課', '在职职工'],
    ['我是退伍军人，现在当保安，有没有免费的课', '退役军人'],
  ])('"%s" lists the courses for %s, not a topic read from the job', async (said, who) => {
    const r = await learner()(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
    expect(headerText(r)).toContain(who)
    expect(headerText(r)).not.toContain('职业技能')
  })

  it('a clause that asks for the job still asks for it ("我是农民工，想学电焊，有课吗")', async () => {
    expect(headerText(await learner()('我是农民工，想学电焊，有课吗'))).toContain('职业技能')
  })
})

describe('a person no reader knows, with a vague wish, gets their list and the question back', () => {
  it.each(['我是开小卖部的，闲的时候想学点东西', '我是摆地摊的，没事的时候想学学', '本人是开小饭馆的，有什么课'])('"%s" asks back (clarify) beside the list', async (said) => {
    const r = await learner()(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
    expect(r.clarify, replyText(r)).toBe(true)
  })

  it('naming a subject beside it gets its list alone ("我是开小卖部的，想学记账，有课吗")', async () => {
    expect((await learner()('我是开小卖部的，想学记账，有课吗')).clarify).toBeFalsy()
  })
})

describe('an age said roughly is the age, never a subject', () => {
  it.each([
    ['我是青年，二十出头，课程有吗', '青少年'],
    ['我是年轻人，二十出头，课程。有吗。', '青少年'],
    ['我二十郎当岁，是年轻人，有啥课', '青少年'],
  ])('"%s" lists the courses for %s', async (said, who) => {
    const r = await learner()(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
    expect(headerText(r)).toContain(who)
  })
})
