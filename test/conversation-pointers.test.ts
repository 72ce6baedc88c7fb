/**
 * The dialogue layer through the real engine, search and SQLite on the sample catalogue: ordinals and control words
 * that collide with content, switches that keep who the learner is, places found for their province, field questions
 * that name a project by its place in the list, and request words typed by sound. Phrasings written for this file (not
 * from any simulator bank); every check is computed from the catalogue's fields, never from a hard-coded answer.
 * (Split from test/conversation-dialogue.test.ts, which keeps "more", resets and vague openers.)
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner, shown, active } = useSampleConversation('cp')
const NOTHING = /目录里暂时没有|The catalogue has no/

describe('ordinals and control words that collide with content', () => {
  it.each([
    ['排头那个怎么报名', 0],
    ['头个打哪个电话', 0],
    ['最前面那门课在哪上', 0],
    ['the 2nd one - how much?', 1],
    ['how do I aply for the 3rd', 2],
    ['老二那个咋报名', 1],
    ['老大那个在哪儿', 0],
    // The list's own numbering, or a rank placed in the list.
    ['编号1的学费怎么算', 0],
    ['序号为二的在哪上课', 1],
    ['排老大的要钱不', 0],
    ['排老三的啥时候开班', 2],
    ['最开始那个的联系方式给我一下', 0],
    ['开头那条多少钱', 0],
  ])('"%s" is about item %i of the list', async (text, index) => {
    const say = learner()
    const list = await say('我想学人工智能')
    expect(list.projects.length).toBeGreaterThan(index)
    const r = await say(text)
    expect(r.projects.map((p) => p.id)).toEqual([list.projects[index].id])
  })

  it('a bare "老二" (a second child) is no list number', async () => {
    const say = learner()
    await say('我想学人工智能')
    const r = await say('俺家老二上初中，有家庭教育的课吗')
    expect(r.projects.length).toBeGreaterThan(1)
    // Nor a family's "排老二的".
    const again = learner()
    await again('我想学人工智能')
    expect((await again('俺家排老二的上初中，有家庭教育的课吗')).projects.length).toBeGreaterThan(1)
    expect((await shown(r)).every((p) => p.topics.includes('family-education'))).toBe(true)
  })

  it.each(['只要不收费的', '只要不用收費的', '要无需付费的', '不需要交学费的有吗'])('"%s" after a list narrows to free projects instead of asking which project\'s fee', async (text) => {
    const say = learner()
    await say('我想学人工智能')
    const r = await say(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.fee === 0 && p.topics.includes('ai'))).toBe(true)
  })

  it.each(['prefer something that i can do on my phone', 'that we can take on a phone only'])('"%s" after a list narrows to online projects: a field word read through a slip beside a filter asks nothing of a shown one', async (text) => {
    const say = learner()
    await say('i want to learn about artificial intelligence')
    const r = await say(text)
    expect(r.clarify ?? false).toBe(false)
    expect(r.projects.length).toBeGreaterThan(1)
    expect((await shown(r)).every((p) => p.topics.includes('ai') && p.format !== 'offline')).toBe(true)
  })
})

describe('a place asked as "can I find it there" narrows the list on screen', () => {
  it.each(['在长沙能找到吗', '长沙可以找到吗'])('"%s" after a rural-development list keeps the topic and adds the place', async (text) => {
    const say = learner()
    await say('想学乡村振兴的课')
    const r = await say(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).not.toMatch(NOTHING)
    expect((await shown(r)).every((p) => p.topics.includes('rural-revitalization'))).toBe(true)
  })
})

describe('a switch keeps who the learner is', () => {
  it.each(['换成人工智能吧', '改成人工智能'])('"%s" switches the topic and keeps the stated group, never reading 成人 across 换成|人工智能', async (text) => {
    const say = learner()
    await say('我是在职职工，有没有课程')
    const r = await say(text)
    const header = replyText(r).split('\n')[0]
    expect(header).toContain('在职职工')
    expect(header).not.toContain('社会公众')
    const list = await shown(r)
    expect(list.length).toBeGreaterThan(0)
    expect(list.every((p) => p.topics.includes('ai') && p.audiences.includes('employees'))).toBe(true)
  })
})

describe('a switch whose topic phrase has a group glued to it keeps the person already stated', () => {
  it.each(['还是看看老年人健康管理吧', '那老人的健康管理呢', 'change it to health care for older people'])(
    '"%s" after "我是农民" switches to health and elderly care for farmers', async (text) => {
      const say = learner()
      await say('我是农民，想学用手机')
      const r = await say(text)
      const header = replyText(r).split('\n')[0]
      expect(header).toMatch(/农民|Farmers/)
      expect(header).not.toMatch(/老年人|Older adults/i)
    },
  )

  it('with no person stated before, "我想学老年人智能手机" still reads the group', async () => {
    const r = await learner()('我想学老年人智能手机')
    expect(replyText(r).split('\n')[0]).toMatch(/老年人/)
  })
})

describe('a project in a county-level city is found for its province', () => {
  it('"我在新疆，我是农民，有普通话课吗" finds the farmers\' language projects the catalogue has in Xinjiang', async () => {
    const wanted = (await active()).filter((p) => p.topics.includes('language') && p.audiences.includes('farmers') && p.format !== 'online' && (p.region ?? '').startsWith('新疆'))
    expect(wanted.length).toBeGreaterThan(0)
    const r = await learner()('我在新疆，我是农民，有普通话课吗')
    const ids = r.projects.map((p) => p.id)
    expect(ids).toEqual(expect.arrayContaining(wanted.map((p) => p.id).slice(0, 1)))
  })
})

describe('a fact about the person with a "will that do?" narrows, it never switches the topic', () => {
  it.each(['我是退役军人，有资格吗', '俺是种地的，能行不', '我是农民工，有名额吗', '我在工地干活的，成不成'])('"%s" after a request for AI keeps AI', async (text) => {
    const say = learner()
    await say('我想学人工智能')
    const r = await say(text)
    expect(replyText(r).split('\n').find((l) => l.startsWith('按'))).toContain('人工智能')
    const list = await shown(r)
    expect(list.length).toBeGreaterThan(0)
    expect(list.every((p) => p.topics.includes('ai'))).toBe(true)
  })
})

describe('a field question that names the project by its place in the list answers that field', () => {
  it.each([
    ['最开始那个的联系方式给我一下', 'contact'],
    ['最开始那个收不收费', 'fee'],
  ] as const)('"%s" answers the first project\'s %s, not its dates', async (text, field) => {
    const say = learner()
    const list = await say('我想学人工智能')
    const [first] = await shown(list)
    const r = await say(text)
    expect(r.projects.map((p) => p.id)).toEqual([first.id])
    const answer = replyText(r)
    if (field === 'contact' && first.contact) expect(answer).toContain(first.contact)
    if (field === 'fee') expect(answer).not.toMatch(/开始，|结束/)
    expect(answer).not.toMatch(/\d+年\d+月\d+日开始/)
  })
})

describe('a request word typed by sound (学习向目 for 项目, 课成 for 课程) is no subject nobody teaches', () => {
  it.each(['我是农村妇女，帮我找找学习向目', '我是农村妇女，有没有课成'])('"%s" lists the stated group\'s projects', async (text) => {
    const r = await learner()(text)
    expect(replyText(r)).not.toMatch(NOTHING)
    const list = await shown(r)
    expect(list.length).toBeGreaterThan(0)
    expect(list.every((p) => p.audiences.includes('women') || p.audiences.includes('general-public'))).toBe(true)
  })

  it('with nothing else said it asks back with the menu, never "nothing"', async () => {
    const r = await learner()('帮我找找学习向目')
    expect(r.clarify).toBe(true)
    expect(replyText(r)).not.toMatch(NOTHING)
  })
})
