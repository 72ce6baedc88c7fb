/**
 * Who the learner is, said in their own words (a job, an age, a child, a
 * school), through the real engine, search and SQLite on the sample
 * catalogue. Phrasings are our own, not the simulator's banks; every check is
 * computed from the catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { createQueryUnderstander } from '../src/query/understand.js'

const { sampleRig, learner, shown, expectFor } = useSampleConversation('people')
const label = (id: string) => sampleRig().taxonomy.get('audiences', id)!.zh
/** The reply without its numbered list: what the bot says it searched for. */
const header = (r: Reply) => replyText(r).split('\n').filter((l) => !/^\d+\./.test(l)).join('\n')

describe('a job named in a self-description says who learns', () => {
  it.each([
    ['我是小区的保安，有免费的课吗', 'migrant-workers'],
    ['我是干保洁的 有啥能学的', 'migrant-workers'],
    ['本人在商场做收银员，想学电脑', 'employees'],
    ['我在医院当护士，想学人工智能', 'employees'],
    ['我在一家物流公司当文员，有线上的课吗', 'employees'],
    ['作为一名村干部，有没有线上的培训', 'community-workers'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    await expectFor(await learner()(text), audience)
  })

  it('a job the learner wants is a subject, not who they are ("想当月嫂")', async () => {
    const r = await learner()('我想当月嫂，有培训吗')
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).not.toContain(label('migrant-workers'))
  })
})

describe('an age, a child or a school says who learns', () => {
  it.each([
    ['我今年二十二岁，想学点AI', 'youth'],
    ['我女儿刚满十六，想学编程', 'youth'],
    ['我都六十好几了，想学用手机', 'elderly'],
    ['我是三个娃的妈，想学怎么跟孩子沟通', 'parents'],
    ['我有个孩子在上幼儿园，有家庭教育的课吗', 'parents'],
    ['我是个女的，想学电脑', 'women'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    await expectFor(await learner()(text), audience)
  })
})

describe('a rural school and a role in it make a rural teacher, and the role is no need', () => {
  it.each([
    '我在山区完小当班主任，想提升教学',
    '我在乡里的教学点教书，有免费的吗',
    '本人在农村初中代课，有线上的课吗',
  ])('"%s" lists courses for rural teachers', async (text) => {
    await expectFor(await learner()(text), 'rural-teachers')
  })
})

describe('who the learner is carries on through the conversation', () => {
  it('a courier who narrows and then switches topic keeps being a migrant worker', async () => {
    const say = learner()
    await expectFor(await say('我是送快递的，想学用手机'), 'migrant-workers')
    await expectFor(await say('要免费的'), 'migrant-workers')
    const switched = await expectFor(await say('那法律知识有没有'), 'migrant-workers')
    expect(switched.every((p) => p.topics.includes('law-finance'))).toBe(true)
  })

  it('a nurse who says so in a second turn narrows the list to employees', async () => {
    const say = learner()
    await say('有人工智能的课吗')
    const projects = await expectFor(await say('补充一下，我在医院当护士'), 'employees')
    expect(projects.every((p) => p.topics.includes('ai'))).toBe(true)
  })

  it('a life asked for as a subject ("想学咋管孩子", "来个养牛的技术") keeps the person said before', async () => {
    const say = learner()
    await expectFor(await say('我在单位上班，想学用电脑'), 'employees')
    // (The sample has no parenting course for employees: the reply says so, still naming the employee, never a parent.)
    const parenting = await say('我还想学咋管孩子')
    expect(parenting.projects.length).toBeGreaterThan(0)
    expect((await shown(parenting)).every((p) => p.topics.includes('family-education'))).toBe(true)
    expect(header(parenting)).toContain(label('employees'))
    expect(header(parenting)).not.toContain(label('parents'))
  })

  it('a mother of small children asking about care work is a parent, not a child or a relative cared for', async () => {
    await expectFor(await learner()('我是三个小朋友的妈妈，有没有养老护理员的课'), 'parents')
  })

  it('a migrant worker from the countryside is not also a farmer', async () => {
    const r = await learner()('我是在城里开网约车的农村人，想学点法律')
    await expectFor(r, 'migrant-workers')
    expect(header(r)).not.toMatch(new RegExp(`${label('farmers')}(?!工)`))
  })
})

describe('a life stage or situation says who learns, and its words are no need', () => {
  it.each([
    ['我们老姐妹几个都退下来了，想学跳舞', 'elderly'],
    ['年过花甲，想学点养生', 'elderly'],
    ['我在厂里打螺丝，想学个技术', 'migrant-workers'],
    ['我在饭店端盘子，有免费的课吗', 'migrant-workers'],
    ['我在镇中心校教语文，想学AI备课', 'rural-teachers'],
    ['我家有个果园，想学网上卖水果', 'farmers'],
    ['我是大二学生，想学人工智能', 'youth'],
    ['我儿子刚高中毕业，想学门手艺', 'youth'],
    ['我是武警退下来的，想学技术', 'veterans'],
    ['我小儿麻痹，腿脚不行，想在家学点东西', 'people-with-disabilities'],
    ['我在社区服务中心上班，有培训吗', 'community-workers'],
    ['我坐办公室的，想学点AI', 'employees'],
    ['我是俩娃的爹，想学家庭教育', 'parents'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    await expectFor(await learner()(text), audience)
  })

  it('a clause about liking something is a wish, not who they are: its subject stays a need ("我是击剑爱好者")', () => {
    const search = sampleRig().search
    expect(search.understand('我是击剑爱好者，有课吗').needs.flat()).toContain('击剑')
    // (While the same word said as the learner's own work is who they are: "我是做电商的" leaves no need.)
    expect(search.understand('我是做电商的，想学直播').needs.flat()).not.toContain('电商')
  })
})

describe('a switch whose subject is said in words of a life keeps the learner', () => {
  it('an older learner switching to "养羊养鸡" stays an older learner, not a farmer', async () => {
    const say = learner()
    await expectFor(await say('我都七十好几了，想学用手机'), 'elderly')
    const r = await say('那养羊养鸡呢')
    expect(header(r)).toContain(label('elderly'))
    expect(header(r)).not.toMatch(new RegExp(`${label('farmers')}(?!工)`))
  })

  it('retired from any job is an older learner, and a sibling with a young age is who learns', async () => {
    await expectFor(await learner()('我是一名退休的出纳，想学智能手机'), 'elderly')
    await expectFor(await learner()('我妹妹今年十七岁，帮她问问有什么课'), 'youth')
  })
})


describe('people asked for: a group reached through a proxy verb or an owning place is who learns', () => {
  it.each([
    ['帮我们厂里的工人师傅打听一下，有没有线上的课', 'employees'],
    ['替我们村的农户们问问，有免费的培训吗', 'farmers'],
    ['给居委会的工作人员找找学电脑的课', 'community-workers'],
    ['帮咱们工地上的工友们问一下，有啥能学的', 'migrant-workers'],
    ['给我们社区的老年朋友找个学手机的班', 'elderly'],
    ['替几位退伍的老战友问问，有什么培训', 'veterans'],
    ['帮残联的残障朋友们找找课', 'people-with-disabilities'],
    ['替山区教学点的老师们问问，有没有AI的课', 'rural-teachers'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    await expectFor(await learner()(text), audience)
  })

  it.each([
    ['any free courses for the staff at our factory?', 'employees'],
    ["for the women's group at our church, any computer classes?", 'women'],
    ['my grandad is pushing ninety, anything for him?', 'elderly'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
    expect(replyText(r)).toContain(sampleRig().taxonomy.get('audiences', audience)!.en)
  })

  it('the words of the group ("山区教学点的", "残联的") are no need: the reply is never "nothing"', async () => {
    for (const text of ['替山区教学点的老师们问问，有没有AI的课', '帮残联的残障朋友们找找课']) {
      const r = await learner()(text)
      expect(replyText(r)).not.toMatch(/没有专门|没有正好|目录里暂时没有/)
    }
  })
})

describe('an age said as a direction, a pronoun or a school year says who learns', () => {
  it.each([
    ['我老妈眼看奔八了，想学用手机', 'elderly'],
    ['我外公年逾古稀，有没有健康课', 'elderly'],
    ['帮我表弟找找，他今年十五', 'youth'],
    ['我女兒今年國二，有什麼課程', 'youth'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    await expectFor(await learner()(text), audience)
  })
})

describe('a turn that only says who the learner is replaces the group said with the topic', () => {
  it('"老年人养生" then "我是在街道上班的" searches for community workers', async () => {
    const talk = learner()
    await expectFor(await talk('老年人养生有什么课'), 'elderly')
    const r = await talk('对了，我是在街道上班的')
    await expectFor(r, 'community-workers')
    expect(header(r)).not.toContain(label('elderly'))
  })
})

describe('a mother at home and a programme named after its group', () => {
  it('"我是全职在家带娃的妈妈" is a woman, not also a parent or a parenting subject', async () => {
    await expectFor(await learner()('我是全职在家带娃的妈妈，想学电脑'), 'women')
  })

  it('a farmer who narrows to "父母成长班" stays a farmer: the programme is named after parents, they are not the learner', async () => {
    const talk = learner()
    await expectFor(await talk('我是种果树的，有什么课'), 'farmers')
    const r = await talk('父母成长班的就好')
    expect(header(r)).toContain(label('farmers'))
    expect(header(r)).not.toContain(label('parents'))
  })
})

describe('trades, stages and groups said in other words (second bank\'s classes, our own phrasing)', () => {
  it.each([
    ['帮我们合作社的社员问问，有什么培训', 'farmers'],
    ['我在外头跑货车的，有免费的课吗', 'migrant-workers'],
    ['我表妹在读中专二年级，想学电脑', 'youth'],
    ['我外甥刚考上大专，有没有AI的课', 'youth'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    await expectFor(await learner()(text), audience)
  })

  it.each([
    ['i left my hometown to find work in the city, any free classes', 'migrant-workers'],
    ['i have a son in kindergarten, any parenting classes', 'parents'],
    ['for the members of our farming cooperative, any online courses', 'farmers'],
    ['my grandma is in her mid eighties, any computer classes', 'elderly'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
    expect(replyText(r)).toContain(sampleRig().taxonomy.get('audiences', audience)!.en)
  })

  it('a clause asking on others\' behalf ("替我们中学的老师们问问") leaves no need that blanks the reply', async () => {
    const r = await learner()('替我们中学的老师们问问，有没有线上的课')
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).not.toMatch(/没有专门|没有正好|目录里暂时没有/)
  })
})

describe('a person word that is part of the subject, or a hint beside a subject nobody teaches, never replaces the learner', () => {
  const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
  const audiences = (text: string) => understand(text).slots.audiences.map((a) => a.id)

  it('a condition followed by how to live with it is the subject ("上了岁数怎么保养"), but "我七十了" is the learner', () => {
    expect(audiences('那上了岁数怎么保养的有吗')).toEqual([])
    expect(audiences('我七十了，想学手机')).toEqual(['elderly'])
  })

  it('whom a teacher teaches ("咋教好学生") is not who learns, but "给学生找个编程课" is for students', () => {
    expect(audiences('咋教好学生的有没有')).toEqual([])
    expect(audiences('给学生找个编程课')).toEqual(['youth'])
  })

  it('"我闺女想学弹吉他" (nobody teaches it) leaves the truck driver said before as the learner of the next subject', async () => {
    const talk = learner()
    await expectFor(await talk('我在外头跑货车的，有什么课'), 'migrant-workers')
    await talk('我闺女想学弹吉他')
    const r = await talk('那学电脑呢')
    await expectFor(r, 'migrant-workers')
    expect(header(r)).not.toContain(label('parents'))
  })
})
