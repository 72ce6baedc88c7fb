/**
 * Who the learner is, round 6 (test/conversation-people.test.ts continued, kept apart so each file stays short):
 * bodies that speak for their members, workers named by their workplace or a modifier, ages and relatives in
 * everyday English, and a group said inside a new topic's phrase, through the real engine, search and SQLite
 * on the sample catalogue. Phrasings are our own, not the simulator's banks; every check is computed from the
 * catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { createQueryUnderstander } from '../src/query/understand.js'

const { sampleRig, learner, shown } = useSampleConversation('members')
const label = (id: string, lang: 'zh' | 'en' = 'zh') => sampleRig().taxonomy.get('audiences', id)![lang]
/** The reply without its numbered list: what the bot says it searched for. */
const header = (r: Reply) => replyText(r).split('\n').filter((l) => !/^\d+\./.test(l)).join('\n')

/** Shows projects, all for `audience`, and says whom it searched for. */
async function expectFor(r: Reply, audience: string, lang: 'zh' | 'en' = 'zh'): Promise<Project[]> {
  expect(replyText(r)).not.toMatch(/目录里暂时没有|has no projects/)
  expect(r.projects.length).toBeGreaterThan(0)
  const projects = await shown(r)
  expect(projects.every(forAudience(audience))).toBe(true)
  expect(header(r)).toContain(label(audience, lang))
  return projects
}

describe('a body speaking for its members names who learns, and its name is no subject', () => {
  it.each([
    ['我们工会想给外来务工的职工报个班，有免费的吗', 'migrant-workers'],
    ['我们县妇联想给农村妇女找点线上的课', 'women'],
    ['我们老年协会的会员想学用手机', 'elderly'],
    ['我们残联想给残疾人朋友找个电脑班', 'people-with-disabilities'],
    ['我们公司人事部门想给外来务工人员报个班', 'migrant-workers'],
    ['我们学校的家长委员会想组织家长学习，有线上的吗', 'parents'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    await expectFor(await learner()(text), audience)
  })
})

describe('workers named by their workplace, a shop job or a teaching life', () => {
  it.each([
    ['我们车间的工友想学电工，有吗', 'employees'],
    ['我是一家超市的店员，想学电脑', 'employees'],
    ['我在偏远山村教了十年书，有线上的培训吗', 'rural-teachers'],
    ['我还在念大学，有没有AI的课', 'youth'],
    ['我是新住民媽媽，在家照顧小孩，想搵免費的課', 'women'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    await expectFor(await learner()(text), audience)
  })
})

describe('a place name is never cut into a regional word, and a career change is a subject', () => {
  it('"我在遵义工作生活" stays in 遵义 and invents no volunteer (义工 is only read as a word of its own)', async () => {
    const r = await learner()('我是一名小学生家长，我在遵义工作生活，有哪些免费的课程')
    await expectFor(r, 'parents')
    expect(header(r)).not.toContain(label('community-workers'))
  })

  it('"轉業技能課程" asks for career-change skills: job-skill courses, with no veteran read into it', async () => {
    const r = await learner()('請問有沒有轉業技能課程')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('vocational-skills'))).toBe(true)
    expect(header(r)).not.toContain(label('veterans'))
  })

  it('"想学把地里的货弄到网上卖" asks for rural e-commerce, never "nothing for 地里"', async () => {
    const r = await learner()('想学把地里的货弄到网上卖 有的么')
    expect(replyText(r)).not.toMatch(/目录里暂时没有/)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('rural-revitalization'))).toBe(true)
  })

  it('a parent asked for whose life is said ("我老家种茶叶，我替我爸问") is a farmer, not every older learner', async () => {
    const r = await learner()('我老家种茶叶，我替我爸问，有什么课')
    await expectFor(r, 'farmers')
    expect(header(r)).not.toContain(label('elderly'))
  })
})

describe('relatives, ages and workplaces in everyday English', () => {
  const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
  const read = (text: string) => understand(text).slots

  it.each([
    ['for my father in law who is in his late sixties, any computer classes', 'elderly'],
    ['i have taught in a mountain village for years, any online training', 'rural-teachers'],
    ['for my nephew who just started high school, any ai courses', 'youth'],
    ['i work at a state company, any online courses', 'employees'],
    ['i am on staff at a community service centre, any online courses', 'community-workers'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    await expectFor(await learner()(text), audience, 'en')
  })

  it('ages said by birth year or decade, and asides, leave no need behind', () => {
    for (const text of ['我是五零后', '我是1958年生的', 'i was born in the fifties', 'oh and its for my gran']) {
      expect(read(text).audiences.map((a) => a.id)).toEqual(['elderly'])
    }
    expect(read('我是70后').audiences).toEqual([])
    expect(understand('顺便说下，我是残疾人').needs).toEqual([])
    expect(understand('我属虎的，今年六十二').needs).toEqual([])
    expect(understand('ps i am a rural teacher').needs).toEqual([])
  })

  it('"late" and "early" before an age are read as said, and an in-law is never the law', () => {
    expect(read('my dad is in his late sixties').audiences.map((a) => a.id)).toEqual(['elderly'])
    const s = read('for my father in law')
    expect(s.topics).toEqual([])
    expect(s.audiences.map((a) => a.id)).toEqual(['elderly'])
  })
})

describe('a group said inside a new topic\'s phrase never replaces the learner said before', () => {
  it('a young learner who switches to "在职技能提升" stays the young learner', async () => {
    const talk = learner()
    await expectFor(await talk('我女儿今年十七，有什么课'), 'youth')
    const r = await talk('那在职技能提升的课有没有')
    await expectFor(r, 'youth')
    expect(header(r)).not.toContain(label('employees'))
  })

  it('a rural teacher who switches to "当爹妈的课" gets parenting courses, still as a rural teacher', async () => {
    const talk = learner()
    await expectFor(await talk('我在乡下学校教书，有什么线上的课'), 'rural-teachers')
    const r = await talk('那当爹妈的课有没有')
    const projects = await expectFor(r, 'rural-teachers')
    expect(projects.every((p) => p.topics.includes('family-education'))).toBe(true)
    expect(header(r)).not.toContain(label('parents'))
  })

  it('a group fused onto the topic beside a learner said in the same message only ranks ("我们这些当家长的…老年人保养身体的班")', async () => {
    const r = await learner()('我们这些当家长的，有没有线上的老年人保养身体的班')
    await expectFor(r, 'parents')
    expect(header(r)).not.toContain(label('elderly'))
    const en = await learner()('i am a dad of three. anything online on health for older people?')
    await expectFor(en, 'parents', 'en')
    expect(header(en)).not.toContain(label('elderly', 'en'))
  })

  it('a farmer said by what he grows stays the learner of another subject ("我家种了三十亩水稻，有没有外语口语的课")', async () => {
    const r = await learner()('我家种了三十亩水稻，有没有外语口语的课程推荐')
    expect(header(r)).toContain(label('farmers'))
  })

  it('an employee who switches to "中小学教师能力提升" stays the employee (the teachers are the course\'s kind)', async () => {
    const talk = learner()
    await expectFor(await talk('我在银行上班，有什么课'), 'employees')
    const r = await talk('那中小学教师能力提升方面呢')
    expect(header(r)).not.toContain(label('rural-teachers'))
    expect(header(r)).toContain(label('employees'))
  })

  it('a group fused onto the first request\'s topic still says who learns ("老年人智能手机课")', async () => {
    await expectFor(await learner()('有没有老年人智能手机课'), 'elderly')
  })
})
