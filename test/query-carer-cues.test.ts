import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createQueryUnderstander } from '../src/query/understand.js'
import { loadRelatedWords } from '../src/query/related-words.js'
import { contentGroups } from '../src/search/need-words.js'
import { slotBoost } from '../src/search/slot-match.js'
import { createSearchService, type HybridSearchService } from '../src/search/create-search-service.js'
import { emptySlots } from '../src/query/types.js'
import { PROJECTS, project, regions, taxonomy, tempCatalogue } from './search-fixtures.js'

const understand = createQueryUnderstander({ taxonomy, regions, relatedWords: loadRelatedWords() })
const audiences = (text: string) => understand(text).slots.audiences.map((a) => `${a.id}${a.explicit ? '!' : '?'}`)

describe('the carer is the learner, not the relative cared for', () => {
  it('reads no audience from an ill relative ("家里老人失智了怎么照顾") and keeps the need words', () => {
    const u = understand('家里老人失智了怎么照顾')
    expect(u.slots.audiences).toEqual([])
    expect(u.terms).toEqual(expect.arrayContaining(['失智', '照顾']))
    expect(u.terms).not.toContain('家里')
  })

  it('does not filter to courses for the elderly when the elder is the one looked after ("照顾失智長輩", "我妈中风出院了")', () => {
    expect(audiences('照顾失智長輩')).toEqual([])
    expect(audiences('我妈中风出院了，在家怎么帮她练')).toEqual([])
  })

  it('still filters when the course is for older people ("给老人开的电脑班")', () => {
    expect(audiences('给老人开的电脑班')).toEqual(['elderly!'])
  })

  it('reads the helper, not the person helped, as the learner ("帮老人办事", "look after my elderly mother")', () => {
    expect(audiences('在社区上班，经常要帮老人办事，想学学')).toEqual(['community-workers?'])
    expect(audiences('courses to help me look after my elderly mother')).toEqual([])
  })

  it('takes "孩子" as a parent speaking (no filter) unless the course is plainly for the child', () => {
    expect(audiences('孩子一写作业就磨蹭，急死我了')).toEqual(['parents?'])
    expect(audiences('适合孩子的编程课')).toEqual(['youth!'])
  })

  it('does not count the relative or the home as a need to cover', () => {
    const groups = contentGroups(understand('我爸脑梗了在家怎么练'), () => 1, 100).flatMap((g) => g.alts)
    expect(groups).not.toContain('我爸')
    expect(groups).not.toContain('在家')
  })
})

describe('situation cues', () => {
  it('reads a parent from a daughter starting school ("闺女今年上一年级"), and the daughter is no need-word', () => {
    expect(audiences('闺女今年上一年级，我该准备点啥')).toEqual(['parents?'])
    expect(contentGroups(understand('闺女今年上一年级'), () => 1, 100).flatMap((g) => g.alts)).not.toContain('闺女')
  })

  it('reads a parent of a baby, not a young learner ("孩子刚满一岁")', () => {
    expect(audiences('孩子刚满一岁，当妈的啥也不懂')).toEqual(['parents?'])
  })

  it('reads a parent of a teenager in English, not a young learner', () => {
    expect(audiences('how to talk with my teenager')).toEqual(['parents?'])
  })

  it('reads an older learner from a parent\'s age in English ("my mum is 80")', () => {
    expect(audiences('my mum is 80 and wants to learn WeChat')).toContain('elderly?')
  })

  it('reads a factory line worker as a migrant worker ("在电子厂流水线干了好多年")', () => {
    expect(audiences('在电子厂流水线干了好多年，想学门技术')).toContain('migrant-workers?')
  })

  it('reads an employee from what the company asks ("公司让我们学用AI") and a farmer from acres of a crop ("种了十几亩茶")', () => {
    expect(audiences('公司让我们学用AI做PPT')).toContain('employees?')
    expect(audiences('家里种了十几亩茶，想学学怎么卖得更好')).toContain('farmers?')
    expect(understand('家里种了十几亩茶，想学学怎么卖得更好').slots.topics.map((t) => t.id)).toContain('rural-revitalization')
    expect(audiences('I work in a factory and want a better job')).toContain('migrant-workers?')
  })

  it('reads the subject a rural teacher teaches as teaching, not a language to learn ("在镇上中学教英语")', () => {
    const u = understand('我在镇上中学教英语，想学点新法子')
    expect(u.slots.topics.map((t) => `${t.id}${t.explicit ? '!' : '?'}`)).toEqual(['teacher-development!'])
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['rural-teachers'])
  })

  it('reads a teacher asking for their own training as teacher development ("老师的继续教育")', () => {
    expect(understand('老师的继续教育和研修').slots.topics.map((t) => t.id)).toEqual(['teacher-development'])
  })

  it('reads a class taken at home as online ("在家上的免费亲子课")', () => {
    expect(understand('在家上的免费亲子课').slots.format).toBe('online')
  })

  it('does not count difficulty, time-span or quality words as needs ("听不懂广东话", "种了一辈子地", "轻松点的技术")', () => {
    const need = (text: string) => contentGroups(understand(text), () => 1, 100).flatMap((g) => g.alts)
    expect(need('刚来深圳听不懂广东话')).not.toContain('听不懂')
    expect(need('种了一辈子地，想学学在手机上卖东西')).not.toContain('一辈子')
    expect(need('天天在工地搬砖，想学个轻松点的技术')).not.toContain('轻松')
  })
})

describe('ranking with related words', () => {
  const cake = project({ id: 'P20', title: '烘焙蛋糕入门', summary: '学做戚风蛋糕和面包，掌握烤箱温度和发酵。', topics: ['vocational-skills'], audiences: ['youth'], tags: ['烘焙'], provider: '辽宁职业学院' })
  const falls = project({ id: 'P21', title: '老年人防跌倒课堂', summary: '居家防跌倒的环境改造和平衡训练。', topics: ['health-elderly-care'], audiences: ['elderly'], tags: ['防跌倒'], provider: '上海开放大学' })
  let cat: ReturnType<typeof tempCatalogue>
  let search: HybridSearchService
  beforeAll(async () => {
    cat = tempCatalogue([...PROJECTS, cake, falls])
    search = await createSearchService({ db: cat.db, store: cat.store, taxonomy, regions, indexPath: ':memory:' })
  })
  afterAll(() => {
    search.close()
    cat.cleanup()
  })

  it('finds a project by the catalogue word for an everyday one ("防止摔跤" → 防跌倒)', async () => {
    const r = await search.search({ text: '老人在家怎么防止摔跤', k: 3 })
    expect(r.hits[0]?.project.id).toBe('P21')
  })

  it('does not bring every project of an inferred topic, only those sharing a need-word ("做蛋糕" → 烘焙)', async () => {
    const r = await search.search({ text: '想学做蛋糕', k: 5 })
    expect(r.hits.map((h) => h.project.id)).toEqual(['P20'])
  })

  it('boosts a topic inferred from an everyday word half as much as one a situation implies', () => {
    const p = PROJECTS.find((x) => x.id === 'P13')!
    const boost = (related: boolean) => slotBoost(p, { ...emptySlots(), topics: [{ id: 'family-education', explicit: false, matched: '顶嘴', related }] }, 0.12).boost
    expect(boost(true)).toBeCloseTo(0.06)
    expect(boost(false)).toBeCloseTo(0.12)
  })
})
