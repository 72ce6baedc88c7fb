/**
 * A hotline clerk's record relaying a caller (round 13, zh2): "来电人系退役军人" is "本人是退役军人", "来电人咨询…，请予推荐"
 * a request, "补充说明：…" a late fact about the learner that narrows like "补充一下", "现场教学" how a class is held,
 * and a form's place labels ("地区：", "…范围内", "位于") no subject. Through the real engine, search and SQLite on the
 * sample catalogue; phrasings are our own, beyond the banks.
 */
import { describe, expect, it } from 'vitest'
import { useSampleConversation } from './fixtures/dialogue-setup.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { createQueryUnderstander } from '../src/query/understand.js'

const { learner, shown, expectFor } = useSampleConversation('zh-hotline')
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })

describe('a labelled supplement after a request narrows like a plain late self-description', () => {
  it.each([
    ['想问问有没有养老照护的课程', '补充说明：我们是妇女之家的几位姐妹', 'women'],
    ['有没有学电脑的课程', '补充说明：本人是企业职工', 'employees'],
    ['想问问有没有健康养老的课程', '备注：来电人系小学生家长', 'parents'],
    ['有没有养生保健的课', '补充：来电人系退役军人', 'veterans'],
  ] as const)('"%s" then "%s" keeps the subject and adds %s', async (first, second, audience) => {
    // The label is no subject of its own: on a catalogue whose text lacks "说明", it would show nothing.
    expect(understand(second).needs).toEqual([])
    const say = learner()
    const before = understand(first).slots.topics.map((t) => t.id)
    await say(first)
    const r = await say(second)
    const projects = await expectFor(r, audience)
    expect(projects.every((p) => before.every((t) => p.topics.includes(t)))).toBe(true)
  })
})

describe('the caller of a hotline record is the learner', () => {
  it('"来电人系…" names who learns, and "来电人咨询现场教学的课程，请予推荐" asks for in-person classes', async () => {
    expect(understand('来电人系在职职工，想学电脑').slots.audiences.map((a) => a.id)).toEqual(['employees'])
    const r = await learner()('湖南范围内，来电人咨询现场教学的课程，请予推荐')
    expect(replyText(r)).not.toContain('目录里暂时没有')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.format !== 'online')).toBe(true)
  })

  it('a livelihood beside a form label stays the learner, not a farming subject ("地区：长沙")', () => {
    for (const said of ['我家以种地为生，地区：长沙，请问是否有学习项目', '我家以养鱼为生，来电人位于岳阳，有没有课']) {
      const u = understand(said)
      expect(u.slots.topics, said).toEqual([])
      expect(u.slots.audiences.map((a) => a.id), said).toEqual(['farmers'])
      expect(u.needs, said).toEqual([])
    }
  })

  it('"线上教学设计" stays a subject to learn, not a format', () => {
    expect(understand('想学线上教学设计').slots.topics.map((t) => t.id)).toEqual(['teacher-development'])
  })
})
