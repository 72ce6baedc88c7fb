import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSearchService, vectorOnlySearch, type HybridSearchService } from '../src/search/create-search-service.js'
import { emptySlots, type Slots } from '../src/query/types.js'
import { PROJECTS, regions, taxonomy, tempCatalogue } from './search-fixtures.js'

const slots = (s: Partial<Slots>): Slots => ({ ...emptySlots(), ...s })
const ids = (r: { hits: { project: { id: string } }[] }) => r.hits.map((h) => h.project.id)

let cat: ReturnType<typeof tempCatalogue>
let search: HybridSearchService

beforeAll(async () => {
  cat = tempCatalogue()
  search = await createSearchService({ db: cat.db, store: cat.store, taxonomy, regions, today: () => new Date('2026-11-28') })
})
afterAll(() => {
  search.close()
  cat.cleanup()
})

describe('hybrid ranking', () => {
  it('finds nothing for a specific skill no project teaches ("学开叉车"), yet lists the topic when it is named', async () => {
    const forklift = await search.search({ text: '学开叉车', k: 3 })
    expect(forklift.understanding.slots.topics.map((t) => t.id)).toEqual(['vocational-skills'])
    expect(ids(forklift)).toEqual([])
    const named = await search.search({ text: '我想学职业技能', k: 10 })
    expect(named.hits.length).toBeGreaterThan(0)
    expect(named.hits.every((h) => h.project.topics.includes('vocational-skills'))).toBe(true)
  })

  it('finds the hospital-booking phone classes for words they do not share ("学用手机挂号看病")', async () => {
    const r = await search.search({ text: '学用手机挂号看病', k: 3 })
    expect(ids(r).slice(0, 2).sort()).toEqual(['P01', 'P02'])
  })

  it('treats explicit slots as hard filters: topic, audience, region, format and fee', async () => {
    const elderly = await search.search({ text: '', slots: slots({ audiences: [{ id: 'elderly', explicit: true, matched: '老年人', related: false }] }), k: 10 })
    expect(ids(elderly).sort()).toEqual(['P01', 'P02', 'P11'])
    const chengduOffline = await search.search({ text: '电工', slots: slots({ region: '成都市', format: 'offline', topics: [{ id: 'energy-power', explicit: true, matched: '电工', related: false }] }), k: 10 })
    expect(ids(chengduOffline).sort()).toEqual(['P04', 'P05'])
    const freeAi = await search.search({ text: 'AI办公', slots: slots({ free: true, topics: [{ id: 'ai', explicit: true, matched: 'ai', related: false }] }), k: 10 })
    expect(ids(freeAi).sort()).toEqual(['P06', 'P10'])
  })

  it('lets a nationwide online project satisfy any region, but not an offline one elsewhere', async () => {
    const r = await search.search({ text: '手机', slots: slots({ region: '杭州市', topics: [{ id: 'digital-skills', explicit: true, matched: '手机', related: false }] }), k: 10 })
    expect(ids(r).sort()).toEqual(['P01', 'P02'])
    const jinan = await search.search({ text: '手机', slots: slots({ region: '济南市', format: 'offline', topics: [{ id: 'digital-skills', explicit: true, matched: '手机', related: false }] }), k: 10 })
    expect(ids(jinan)).toEqual([])
  })

  it('keeps only projects whose dates overlap the time asked about; undated ones run all year', async () => {
    const r = await search.search({ text: '', slots: slots({ audiences: [{ id: 'parents', explicit: true, matched: '家长', related: false }], time: { from: '2027-07-01', to: '2027-08-31', matched: '暑假' } }) })
    expect(ids(r)).toEqual(['P13'])
    const winter = await search.search({ text: '', slots: slots({ audiences: [{ id: 'parents', explicit: true, matched: '家长', related: false }], time: { from: '2027-01-10', to: '2027-02-20', matched: '寒假' } }) })
    expect(ids(winter)).toEqual([])
  })

  it('boosts implied audiences without filtering by them', async () => {
    const implied = slots({ audiences: [{ id: 'elderly', explicit: false, matched: '我65了', related: false }] })
    const r = await search.search({ text: '我65了想学点东西', slots: implied, k: 5 })
    expect(ids(r).slice(0, 3).sort()).toEqual(['P01', 'P02', 'P11'])
    expect(r.hits[0].scores.slot).toBeGreaterThan(0)
  })

  it('never returns an archived project, even one matching every word', async () => {
    const r = await search.search({ text: '老年人手机入门 旧版 预约挂号', k: 10 })
    expect(ids(r)).not.toContain('P12')
    expect(ids(r)).toContain('P01')
  })

  it('returns at most two projects from one provider among the top results', async () => {
    const r = await search.search({ text: 'AI办公应用 写公文 做表格', k: 3 })
    const providers = r.hits.map((h) => h.project.provider)
    expect(providers.filter((p) => p === '某某科技职业学院')).toHaveLength(2)
    expect(ids(r)).toContain('P10')
  })

  it('returns nothing when nothing fits, rather than something unrelated', async () => {
    for (const text of ['学开飞机', '我想学做蛋糕', '量子物理研究生考试']) {
      expect(ids(await search.search({ text }))).toEqual([])
    }
  })

  it('skips excluded ids ("更多") and respects k', async () => {
    const first = await search.search({ text: 'AI', slots: slots({ topics: [{ id: 'ai', explicit: true, matched: 'ai', related: false }] }), k: 2 })
    expect(first.hits).toHaveLength(2)
    const more = await search.search({ text: 'AI', slots: slots({ topics: [{ id: 'ai', explicit: true, matched: 'ai', related: false }] }), k: 10, exclude: ids(first) })
    expect(ids(more)).not.toContain(ids(first)[0])
    expect(ids(more).length).toBe(5 - 2)
  })

  it('answers a vague message with a spread of topics', async () => {
    const r = await search.search({ text: '有什么好学的', k: 3 })
    const topics = new Set(r.hits.map((h) => h.project.topics[0]))
    expect(topics.size).toBe(3)
  })

  it('offers a vectors-only baseline over active projects only', async () => {
    const baseline = vectorOnlySearch(search)
    const top = await baseline('智能手机预约挂号', 5)
    expect(top.length).toBe(5)
    expect(top).not.toContain('P12')
    expect(PROJECTS.map((p) => p.id)).toEqual(expect.arrayContaining(top))
  })
})
