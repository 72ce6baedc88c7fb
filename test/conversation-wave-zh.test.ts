/**
 * Chinese wording nobody tuned on (second wave): person words read
 * compositionally, a topic word inside a person word, hybrid and online said
 * in other words, southwestern Mandarin, Taiwan skill words, a teacher
 * learning to teach. Through the real engine, search and SQLite on the sample
 * catalogue; phrasings are our own, checks computed from the catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('wave-zh')
const label = (kind: 'topics' | 'audiences', id: string) => sampleRig().taxonomy.get(kind, id)!.zh
/** The header line of a reply: what the bot says it searched for. */
const header = (r: Reply) => replyText(r).split('\n')[0]

describe('a person word with an age, a role or a relative reads as one learner', () => {
  it.each([
    ['我是退休教师，想学用电脑', 'elderly', 'employees'],
    ['作为学生的父亲，想学家庭教育', 'parents', 'youth'],
    ['我们年轻孩子想学点手艺', 'youth', 'parents'],
    ['给我外孙女问 读高中了 有学英语的吗', 'youth', 'elderly'],
  ] as const)('"%s" is for %s, not %s', async (text, audience, not) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
    expect(header(r)).toContain(label('audiences', audience))
    expect(header(r)).not.toContain(label('audiences', not))
  })

  it('a young teacher is a teacher ("青年教师"), not a young learner', async () => {
    const r = await learner()('青年教师想练练讲课基本功')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('teacher-development'))).toBe(true)
    expect(header(r)).not.toContain(label('audiences', 'youth'))
  })

  it('an older relative who wants to learn to care for someone stays the learner', async () => {
    const r = await learner()('我外婆想学 怎么照顾中风的老伴')
    expect(r.projects.length).toBeGreaterThan(0)
    const projects = await shown(r)
    expect(projects.every((p) => p.topics.includes('health-elderly-care') && forAudience('elderly')(p))).toBe(true)
  })

  it('working for older people ("给老人当护工") says who is cared for, not who learns', async () => {
    const r = await learner()('想给老人当陪护 有培训没')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('health-elderly-care'))).toBe(true)
    expect(header(r)).not.toContain(label('audiences', 'elderly'))
  })
})

describe('a topic word inside a person word is the learner\'s life, not a subject', () => {
  it('"我们都是庄稼人" names farmers and no subject; a later subject is kept with them', async () => {
    const say = learner()
    const first = await say('我们都是庄稼人 有合适的不')
    expect(header(first)).toContain(label('audiences', 'farmers'))
    expect(header(first)).not.toContain(label('topics', 'rural-revitalization'))
    const next = await say('想学书法')
    expect(next.projects.length).toBeGreaterThan(0)
    expect((await shown(next)).every((p) => p.topics.includes('culture-arts') && forAudience('farmers')(p))).toBe(true)
  })
})

describe('format, fee and dialect said in other words', () => {
  it('"線上同實體都有" asks for hybrid classes, "网络授课" for online ones', async () => {
    const hybrid = await learner()('有冇線上同實體都有嘅課程')
    expect(hybrid.projects.length).toBeGreaterThan(0)
    expect((await shown(hybrid)).every((p) => p.format === 'hybrid')).toBe(true)
    const online = await learner()('有没有网络授课的电脑课')
    expect(online.projects.length).toBeGreaterThan(0)
    expect((await shown(online)).every((p) => p.format === 'online' || p.format === 'hybrid')).toBe(true)
  })

  it('southwestern Mandarin ("有没得", "屋头", "娃儿") reads as plain Mandarin', async () => {
    const r = await learner()('屋头老人想学手机 有没得不收钱的')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.fee === 0 && p.topics.includes('digital-skills') && forAudience('elderly')(p))).toBe(true)
    const kids = await learner()('娃儿不听话 有没得教家长的课')
    expect(kids.projects.length).toBeGreaterThan(0)
    expect((await shown(kids)).every((p) => p.topics.includes('family-education'))).toBe(true)
  })
})

describe('Taiwan skill words and a teacher learning to teach find their topic', () => {
  it.each([
    ['想上手作課', 'culture-arts'],
    ['有冇農村再生的課程', 'rural-revitalization'],
    ['想參加轉職訓練', 'vocational-skills'],
    ['要考技術士證照', 'vocational-skills'],
    ['當老師的想學怎麼講課', 'teacher-development'],
    ['教学专业成长方面有课吗', 'teacher-development'],
  ] as const)('"%s" is %s', async (text, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes(topic))).toBe(true)
  })
})

describe('asking on a relative\'s behalf, and saying one has no direction yet', () => {
  it('"帮我外公咨询一下…照护" keeps the older relative as the learner', async () => {
    const r = await learner()('帮我外公咨询一下，他对失智老人照护有兴趣')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('health-elderly-care') && forAudience('elderly')(p))).toBe(true)
  })

  it('"想充电但是没方向" is a vague opener that asks back', async () => {
    const r = await learner()('想充电但是没方向')
    expect(r.projects).toEqual([])
    expect(r.clarify).toBe(true)
  })
})
