/**
 * Who the learner is, said the way plain speakers say it (round 13, zh2): a generation in words ("零零后"), "we, a
 * crowd of <group>" ("我们一群婆娘"), one who came to the city for work ("外地来城里扫大街的"), a livelihood
 * ("以种地为生"), and one's own body said to be poor ("俺腿不好") as a condition rather than a wish for health care.
 * Through the real engine, search and SQLite on the sample catalogue; phrasings are our own, beyond the banks.
 */
import { describe, expect, it } from 'vitest'
import { useSampleConversation } from './fixtures/dialogue-setup.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { createQueryUnderstander } from '../src/query/understand.js'

const { learner, expectFor } = useSampleConversation('zh-self-clauses')
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
const audiences = (text: string) => understand(text).slots.audiences.map((a) => a.id)
const topics = (text: string) => understand(text).slots.topics.map((t) => t.id)

describe('colloquial self-descriptions name the audience', () => {
  it.each([
    ['零零后一个，有啥课', 'youth'],
    ['我是零五后，想学点东西', 'youth'],
    ['我们一群婆娘，有线上的课吗', 'women'],
    ['咱们一帮老姐妹想学点啥', 'elderly'],
    ['外地来城里扫大街的，给俺找找课', 'migrant-workers'],
    ['从农村进城搞装修的，有啥课', 'migrant-workers'],
    ['我家以种地为生，有没有学习项目', 'farmers'],
    ['全家靠养鱼过活，有没有课', 'farmers'],
  ] as const)('"%s" is read as %s', async (text, audience) => {
    expect(audiences(text)).toContain(audience)
    await expectFor(await learner()(text), audience)
  })

  it('a livelihood is the learner, not a farming subject; a wish to farm is no livelihood', () => {
    expect(topics('我家以种地为生，请问是否有学习项目')).toEqual([])
    expect(audiences('我想学种地')).not.toContain('farmers')
  })

  it('a generation in words reads only as such: "二零零后" is no age group, "三零后" stays old', () => {
    expect(audiences('我是零零后')).toEqual(['youth'])
    expect(audiences('我是三零后')).toEqual(['elderly'])
    expect(audiences('二零零后的政策有啥变化')).not.toContain('youth')
  })

  it('one\'s own poor legs are a condition, not a health subject; another\'s are still care ("老人腿不好怎么护理")', () => {
    expect(topics('俺腿不好，有残疾证，恁这有手艺技能的班不')).toEqual(['vocational-skills'])
    expect(audiences('俺腿不好，有残疾证，恁这有手艺技能的班不')).toEqual(['people-with-disabilities'])
    expect(topics('老人腿不好怎么护理')).toEqual(['health-elderly-care'])
  })
})
