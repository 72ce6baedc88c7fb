/**
 * Who the learner is, said by a stage of life rather than a label: a child who
 * has just started school (the parent speaks), someone just out of middle
 * school (the young person learns), a post inside a workplace, odd jobs at a
 * village committee, a relative's crop, and an English age said in words.
 * Through the real engine, search and SQLite on the sample catalogue; every
 * check is computed from the catalogue's fields. Phrasings are our own.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { createQueryUnderstander } from '../src/query/understand.js'

const { learner, shown } = useSampleConversation('stages')

/** Says `text` as a first message and checks every shown project is for `audience`. */
async function expectShownFor(text: string, audience: string): Promise<void> {
  const r = await learner()(text)
  expect(replyText(r)).not.toContain('目录里暂时没有')
  expect(r.projects.length).toBeGreaterThan(0)
  expect((await shown(r)).every(forAudience(audience))).toBe(true)
}

describe('a stage of life says who learns', () => {
  it.each([
    ['我家三个娃都上学了，有免费的课吗', 'parents'],
    ['我们家宝宝才上幼儿园，有线上的课吗', 'parents'],
    ['替我女儿问问，她刚初中毕业，想学门手艺', 'youth'],
    ['我在村委会打杂，想学电脑', 'community-workers'],
    ['我在医院药房上班，想学人工智能', 'employees'],
    ['我爸是种稻的，帮他找找电工课', 'farmers'],
    ['我今年才十七，有免费的课吗', 'youth'],
    ['我刚从军队下来，想学门技术', 'veterans'],
    ['我在家喂了十几头猪，想学电工', 'farmers'],
    ['我是村里的妇女主任，想学电脑', 'community-workers'],
    ['she works the front desk in a hotel, any computer classes', 'employees'],
    ['i work at the residents committee as staff, any free classes', 'community-workers'],
    ['我在快递站分拣包裹，想学电脑', 'migrant-workers'],
    ['我们在餐馆后厨洗碗，有免费的课吗', 'migrant-workers'],
    ['i am nineteen, any ai courses', 'youth'],
    ['my cousin is twenty one, she wants free online classes', 'youth'],
  ] as const)('"%s" shows only projects for %s', async (text, audience) => {
    await expectShownFor(text, audience)
  })
})

describe('what only looks like a stage of life', () => {
  const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
  const audiences = (text: string) => understand(text).slots.audiences.map((a) => a.id)

  it('a child still at school says no age ("我儿子在上学，他十七" is a young learner, not a parent)', () => {
    expect(audiences('我儿子在上学，他十七')).toEqual(['youth'])
  })

  it('a distance or a price after "i am" is no age ("i am 20 minutes from town")', () => {
    expect(audiences('i am 20 minutes from town, any computer class')).toEqual([])
    expect(audiences('i am twenty two, any computer class')).toEqual(['youth'])
    expect(audiences('i am about 20 minutes away, any computer class')).toEqual([])
  })

  it('an age said with a hedge is still the learner\'s own ("i am barely 18", "not even 20")', () => {
    expect(audiences('i am barely 18, any computer class?')).toEqual(['youth'])
    expect(audiences('i am not even 20 and want a computer course')).toEqual(['youth'])
  })

  it('a bare young age ends its clause ("我才十八，…"); a price is no age ("我才十八块钱")', () => {
    expect(audiences('我才十八，想学电脑')).toEqual(['youth'])
    expect(audiences('我才十八块钱')).toEqual([])
  })

  it('retirement said with the verb split ("我前年退的休") is an older learner', () => {
    expect(audiences('我前年退的休，想学电工')).toEqual(['elderly'])
  })

  it('a task done at a workplace is a working life, not a subject ("在物流园分拣快递" names no logistics course); a wish is', () => {
    expect(understand('我在物流园分拣快递，想学电脑').slots.topics.map((t) => t.id)).toEqual(['digital-skills'])
    expect(audiences('我在物流园分拣快递，想学电脑')).toEqual(['migrant-workers'])
    expect(audiences('我想在城里搞装修')).toEqual([])
  })

  it('a wish said at the workplace is no job ("我在公司想学电脑" names no employee)', () => {
    expect(audiences('我在公司想学电脑')).toEqual([])
  })
})
