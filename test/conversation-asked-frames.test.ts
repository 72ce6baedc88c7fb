/**
 * Constructions that say what is asked to learn, so that a subject no project teaches gets the honest "nothing"
 * rather than the list for whoever the learner is: a learning verb after a two-character word that ends on a
 * character 工学 or 中学 would start with ("职工学游泳"); an activity said by verb and object before 的班 / 的课
 * ("下象棋的班"); an exam with getting ready for it said past a pause ("想考公务员，有辅导吗"); and Taiwan's 實體 alone
 * for in person. Through the real engine on the sample catalogue; phrasings written for this file, every "not taught"
 * word checked against the catalogue.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown, active } = useSampleConversation('asked-frames')
const text = (p: Project) => [p.title, p.summary, ...p.tags].join(' ')
const untaught = async (word: string) => expect((await active()).some((p) => text(p).includes(word))).toBe(false)

describe('a subject asked beside a group the learner only implies gets nothing when nobody teaches it', () => {
  it.each([
    ['我们车间想组织员工学攀岩', '攀岩'],
    ['帮我外婆找个下跳棋的班', '跳棋'],
    ['有没有打台球的课', '台球'],
    ['有没有玩魔方的班', '魔方'],
  ])('"%s" shows no project and names %s', async (said, word) => {
    await untaught(word)
    const r = await learner()(said)
    expect(r.projects, replyText(r)).toEqual([])
    expect(replyText(r)).toContain(word)
  })

  it.each([['有打太极的班吗', '太极'], ['我在老年大学学书法', '书法']])('"%s" still lists what teaches %s', async (said, word) => {
    const r = await learner()(said)
    expect((await shown(r)).some((p) => text(p).includes(word)), replyText(r)).toBe(true)
  })
})

describe('getting ready for a school or civil-service exam, said past a pause, is exam tutoring', () => {
  it.each(['闺女要考研，有没有辅导', '侄子明年高考，有冲刺的吗', '孙女中考 想找个地方补一补'])('"%s" shows no project', async (said) => {
    await untaught('考研')
    const r = await learner()(said)
    expect(r.projects, replyText(r)).toEqual([])
  })

  it('an exam named as family life beside a subject keeps the subject: "儿子马上高考了，我想学点家庭教育"', async () => {
    const r = await learner()('儿子马上高考了，我想学点家庭教育')
    const projects = await shown(r)
    expect(projects.length, replyText(r)).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('family-education'))).toBe(true)
  })
})

describe('Taiwan\'s 實體 alone is in person', () => {
  const inPerson = (p: Project) => p.format === 'offline' || p.format === 'hybrid'

  it.each(['實體的電腦課有嗎', '想上實體電腦入門'])('"%s" shows only classes held in person', async (said) => {
    const projects = await shown(await learner()(said))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every(inPerson)).toBe(true)
  })

  it('"改成實體" narrows an online list to classes held in person', async () => {
    const say = learner()
    await say('我想學電腦，線上的')
    const projects = await shown(await say('改成實體'))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every(inPerson)).toBe(true)
  })

  it('a physical shop or the real economy says nothing of how to learn (實體店, 實體經濟)', () => {
    const { search } = sampleRig()
    expect(search.understand('想學實體店經營').slots.format).toBeNull()
    expect(search.understand('實體經濟的課').slots.format).toBeNull()
  })
})

describe('a shop that does a job or sells a thing is a service', () => {
  it.each(['附近有没有换手机电池的店', '哪里有卖二手收割机的'])('"%s" shows no project', async (said) => {
    const r = await learner()(said)
    expect(r.projects, replyText(r)).toEqual([])
  })
})
