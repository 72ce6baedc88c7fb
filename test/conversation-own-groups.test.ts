/**
 * Which of several groups said in one message is the learner's own, through the real engine, search and SQLite on the
 * sample catalogue (docs/dialogue-state.md, round 16, query/own-groups): the company one lives with, a job of the past
 * and a school asked about are not who learns; a clause that restates a group after a self-description is; a plain
 * word for a worker takes its group from the modifier before it; an age said as a clause of its own after a
 * self-description is the speaker's. Phrasings are written for this file, with a few of the spent fresh19/fresh20
 * banks; each check reads the header.
 */
import { describe, expect, it } from 'vitest'
import { headerText } from '../bench/sim/check.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner } = useSampleConversation('own-groups')

describe('of several groups in one message, the learner is the one said of themselves', () => {
  it.each([
    // The company one lives with.
    ['我是单亲妈妈，女儿跟外公外婆住在乡下，想学电脑', '妇女', '老年人'],
    ['我是孩子爸爸 儿子跟爷爷奶奶在老家 有没有线上的课', '家长', '老年人'],
    ['我是家长，孩子在老家跟爷爷奶奶住，请问有哪些课程？', '家长', '老年人'],
    // Someone hired.
    ['我是退役军人，家里雇了个外来务工人员帮忙，有没有课', '退役军人', '农民工'],
    ['我是女性，家裡請了外籍看護顧我媽媽，有冇線上的課程推介？唔該', '妇女', '农民工'],
    // A job of the past.
    ['我原来在工地干活，现在在社区当网格员，想学电脑', '社区工作者', '农民工'],
    ['我在村小教书，以前在外地打工，有啥课', '乡村教师', '农民工'],
    ['我是乡村学校的教师，我以前在煤矿干了二十年，矿关了现在也不知道干啥，想问问有没有手机电脑使用技能的课程？', '乡村教师', '农民工'],
    // A school asked what it offers.
    ['我是残疾人，老年大学有没有书法课', '残疾人', '老年人'],
    ['我係女性，長青學苑有沒有實體的藝文的課？謝謝', '妇女', '老年人'],
    // A clause restating the group after a self-description.
    ['我在饭店后厨打工，单位职工，想学英语', '在职职工', '农民工'],
    ['我是退伍的老兵，残疾人，想学电脑', '残疾人', '退役军人'],
    ['我是退休的部队军官，退役军人，有没有课程', '退役军人', '老年人'],
    ['我是嫁來台灣的越南新住民，女生，煩請推介課程', '妇女', '农民工'],
    ['我是伤残退役军人，有残疾证，有没有课程可以推荐？', '残疾人', '退役军人'],
    // A woman said of oneself in a clause of its own, over a job beside it.
    ['我係女人，喺酒店做清潔，有冇課程推介？', '妇女', '在职职工'],
    // A plain word for a worker after a modifier naming a group.
    ['我是從外地來這裡做工的打工仔，有冇課程？', '农民工', '在职职工'],
  ])('"%s" is for %s, not %s', async (said, who, not) => {
    const r = await learner()(said)
    expect(headerText(r)).toContain(who)
    expect(headerText(r)).not.toContain(not)
  })

  it.each([
    ['老年大学有没有书法课', '老年人'],
    ['我以前在工地打工，有没有电工的课', '农民工'],
    ['我是退役军人，以前当过兵，想学电脑', '退役军人'],
    ['我是家长，有两个小朋友，请问有数字技能的课吗', '家长'],
  ])('a group said alone, or of the learner\'s past only, stays ("%s" is for %s)', async (said, who) => {
    expect(headerText(await learner()(said))).toContain(who)
  })

  it.each([
    ['我做木匠的学徒，今年十八，想学电脑'],
    ['我是学电工的学徒，才十九，想学点不要钱的东西，有没有课'],
    ['尕娃一个 十九岁 有么子课咯'],
  ])('an age said as a clause of its own (after a self-description, or with 岁) is the speaker\'s ("%s")', async (said) => {
    expect(headerText(await learner()(said))).toContain('青少年')
  })

  it.each([['我是单亲爸爸，一个人带女儿，有没有线上的课'], ['我一个人带儿子，有没有线上的课']])('raising a child alone is a parent ("%s")', async (said) => {
    expect(headerText(await learner()(said))).toContain('家长')
  })

  it('keeps the learner for the turns after', async () => {
    const say = learner()
    await say('我在理发店打工 店里员工 课有没')
    const r = await say('换人工智能')
    expect(headerText(r)).toContain('在职职工')
    expect(headerText(r)).not.toContain('农民工')
  })
})
