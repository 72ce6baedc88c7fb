/**
 * Who the learner is, said through what is not an audience word (round 7, conv-people): a body they belong to, a
 * stage of life, service done, a grandparent named in English, the asker who speaks for others, a programme named
 * after a group, the learner's own farm before a general ask, and a fact about the person kept through a subject
 * nobody teaches. Through the real engine, search and SQLite on the sample catalogue; every phrasing is our own
 * (not the simulator's banks), one test per family with several people's ways of saying it; every check is computed
 * from the catalogue's fields. (A file beside test/conversation-people.test.ts, which is near the 300-line limit.)
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('people-bodies')
const label = (id: string, lang: 'zh' | 'en' = 'zh') => sampleRig().taxonomy.get('audiences', id)![lang]
/** The reply without its numbered list: what the bot says it searched for. */
const header = (r: Reply) => replyText(r).split('\n').filter((l) => !/^\d+\./.test(l)).join('\n')

/** Shows projects, all for `audience`, and names it in the header. */
async function expectFor(r: Reply, audience: string, lang: 'zh' | 'en' = 'zh'): Promise<Project[]> {
  expect(r.projects.length).toBeGreaterThan(0)
  const projects = await shown(r)
  expect(projects.every(forAudience(audience))).toBe(true)
  expect(header(r)).toContain(label(audience, lang))
  return projects
}

describe('a body speaks for its members: the body says who they are', () => {
  it.each([
    ['我是工会会员，想学电脑', 'employees'],
    ['我们工会想给会员报个技能培训', 'employees'],
    ['作为老年协会的会员，想学书法', 'elderly'],
    ['我们残联想给会员们找电脑课', 'people-with-disabilities'],
    ['我是合作社的社员，有啥能学的', 'farmers'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    await expectFor(await learner()(text), audience)
  })
})

describe('just out of school, however it is put, is a young learner', () => {
  it.each([
    '我刚走出校园，想学点技能',
    '毕业没多久，想学AI',
    '刚从技校出来，有啥能学的',
    '我才出校门，有没有免费的课',
  ])('"%s" is read as youth', async (text) => {
    await expectFor(await learner()(text), 'youth')
  })
})

describe('military service done is a veteran', () => {
  it.each(['我服完兵役回来，想学电工', '服过两年役，有什么培训'])('"%s" is read as veterans', async (text) => {
    await expectFor(await learner()(text), 'veterans')
  })
})

describe('a grandparent named in English is an older learner, whatever the sentence does next', () => {
  it.each([
    'my nan wants to learn the computer',
    'our grandad would like phone lessons',
    'me gran is keen on painting',
    'my grandma keeps asking about smartphone classes',
  ])('"%s" is read as elderly', async (text) => {
    await expectFor(await learner()(text), 'elderly', 'en')
  })

  it.each([
    ['my son is in wheelchair, any computer classes', 'people-with-disabilities'],
    ['my daughter is in grade 3, any parenting classes', 'parents'],
    ['i am father of 2 kids, any online classes', 'parents'],
  ] as const)('"%s" is read as %s (articles left out, a primary grade, a parent said outright)', async (text, audience) => {
    await expectFor(await learner()(text), audience, 'en')
  })

  it('a grandparent cared for is not the learner ("i look after my grandma")', async () => {
    const r = await learner()('i look after my grandma, any caregiving courses?')
    expect(header(r)).not.toContain(label('elderly', 'en'))
  })
})

describe('who asks for others is not who learns', () => {
  it.each([
    ['我是村干部，想给村民找电脑课', 'farmers', 'community-workers'],
    ['我是村干部，帮村里的乡亲们找手机课', 'farmers', 'community-workers'],
  ] as const)('"%s" lists courses for %s, not for %s', async (text, audience, asker) => {
    const r = await learner()(text)
    await expectFor(r, audience)
    expect(header(r)).not.toContain(label(asker))
  })

  it('a cadre who asks for themself stays who learns ("我是村干部，想学电脑")', async () => {
    await expectFor(await learner()('我是村干部，想学电脑'), 'community-workers')
  })
})

describe('a group inside a programme\'s name does not replace who the learner says they are', () => {
  it('"我在山区小学教书，有家长课堂吗" keeps the rural teacher', async () => {
    const r = await learner()('我在山区小学教书，有家长课堂吗')
    expect(header(r)).toContain(label('rural-teachers'))
  })
})

describe('one\'s own farm before a general ask says who learns, not what to learn', () => {
  it.each(['我家种了二十亩地，有什么学习项目', '俺家养了几百只鸭，有啥能学的'])('"%s" is read as farmers, no subject', async (text) => {
    const r = await learner()(text)
    await expectFor(r, 'farmers')
    expect(header(r)).not.toContain(sampleRig().taxonomy.get('topics', 'rural-revitalization')!.zh)
  })
})

describe('a fact about the person outlives a subject nobody teaches', () => {
  it('"我在厂里上班，想学X" then "那学电脑呢" keeps the employee; a child who wanted it goes with it', async () => {
    const untaught = '吹唢呐'
    const taught = (await sampleRig().store.list({ status: 'active' })).some((p) => `${p.title}${p.summary}`.includes(untaught))
    expect(taught).toBe(false)
    const say = learner()
    await say(`我在厂里上班，想学${untaught}`)
    await expectFor(await say('那学电脑呢'), 'employees')
    const other = learner()
    await other(`我闺女想学${untaught}`)
    expect(header(await other('那学电脑呢'))).not.toContain(label('parents'))
  })
})

describe('a bare child beside bringing children up is the one raised, not a learner', () => {
  it('a farmer switching to "那教养孩子呢" stays a farmer, never a youth', async () => {
    const say = learner()
    await say('我在老家种茶')
    const r = await say('那教养孩子呢')
    expect(header(r)).not.toContain(label('youth'))
    expect(header(r)).toContain(label('farmers'))
  })
})
