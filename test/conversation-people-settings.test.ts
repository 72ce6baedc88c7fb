/**
 * Who the learner is, read by structure rather than by phrase: where one works and what one does there
 * (query/person-settings), "we, the <group>" (query/person-groups), the learner as the subject of learning beside
 * a care topic (query/cues), and a body's staff read as that body (query/english-heads). Through the real
 * engine, search and SQLite on the sample catalogue; every check is computed from the catalogue's fields.
 * Phrasings are our own combinations of place and activity, not the simulator's banks.
 */
import { describe, expect, it } from 'vitest'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { createQueryUnderstander } from '../src/query/understand.js'

const { learner, shown, expectFor } = useSampleConversation('people-settings')
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
const audiences = (text: string) => understand(text).slots.audiences.map((a) => a.id)

describe('a place of a class and an activity of a class say who learns', () => {
  it.each([
    ['俺在屯子里教书 有啥能学的', 'rural-teachers'],
    ['我在寨子上的小学教数学，有线上的课吗', 'rural-teachers'],
    ['我在一个小山村里代课，想学电脑', 'rural-teachers'],
    ['我在矿上干活 有免费的课吗', 'migrant-workers'],
    ['我在码头扛包，有啥能学的', 'migrant-workers'],
    ['我在村部上班，有线上的培训吗', 'community-workers'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    await expectFor(await learner()(text), audience)
  })

  it('farming in a village is a farmer, and the farm words are the life, not the subject ("在老家养了几头牛")', () => {
    const u = understand('在老家养了几头牛')
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['farmers'])
    expect(u.slots.topics).toEqual([])
  })

  it('a wish, a child, or a city whose name holds a place word is no such life', () => {
    expect(audiences('我想在屯子里教书')).not.toContain('rural-teachers')
    expect(audiences('打算在码头扛包')).not.toContain('migrant-workers')
    expect(audiences('孩子在山里上课')).not.toContain('rural-teachers')
    expect(audiences('我在青岛上班')).toEqual([])
    expect(audiences('我在镇江种花')).toEqual([])
    expect(audiences('我在乡下养老 想学跳舞')).not.toContain('farmers')
  })

  it('the teacher read from the place stays through a switch of subject ("俺在屯子里教书" then "那AI呢")', async () => {
    const say = learner()
    await expectFor(await say('俺在屯子里教书 有啥能学的'), 'rural-teachers')
    const r = await say('那AI呢')
    await expectFor(r, 'rural-teachers')
    expect((await shown(r)).every((p) => p.topics.includes('ai'))).toBe(true)
  })
})

describe('the learner as the subject of learning, beside a care topic', () => {
  it('"咱老头老太太 想学护理": we old folks learn care, so elderly care for older learners', async () => {
    const u = understand('咱老头老太太 想学护理')
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['elderly'])
    expect(u.slots.topics.map((t) => t.id)).toEqual(['health-elderly-care'])
    await expectFor(await learner()('咱老头老太太 想整点护理'), 'elderly')
  })

  it('"家里老人 想学怎么照顾": the old one at home is cared for, the speaker learns', () => {
    expect(audiences('家里老人 想学怎么照顾')).toEqual([])
  })

  it('"我们村民想学电商": a pronoun beside a group says the speakers are the group, not a longer word ("我家长辈")', () => {
    expect(audiences('我们村民想学电商')).toEqual(['farmers'])
    expect(audiences('我家长辈想学')).not.toContain('parents')
  })
})

describe('a body\'s staff are that body\'s people', () => {
  it('"for neighbourhood committee staff" is community workers only, so no office course breaks it', async () => {
    expect(audiences('for neighbourhood committee staff')).toEqual(['community-workers'])
    const r = await learner()('for neighbourhood committee staff, is there any electrical safety course')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every(forAudience('community-workers'))).toBe(true)
  })

  it('staff said apart from any body stay employees ("hospital staff and farm workers")', () => {
    expect(audiences('hospital staff and farm workers')).toEqual(['employees', 'farmers'])
  })
})
