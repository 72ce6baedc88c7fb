import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createQueryUnderstander } from '../src/query/understand.js'
import { emptySlots, type Understanding } from '../src/query/types.js'
import { diversify, floor, gather, retrieve, score, type Candidate, type RetrieverParts } from '../src/search/hybrid-retriever.js'
import { createLexicalIndex } from '../src/search/lexical-index.js'
import { ProjectTable } from '../src/search/project-table.js'
import { createRegionResolver } from '../src/search/slot-match.js'
import { DEFAULT_TUNING, type Tuning } from '../src/search/tuning.js'
import { PROJECTS, regions, taxonomy, tempCatalogue } from './search-fixtures.js'

let cat: ReturnType<typeof tempCatalogue>
let parts: RetrieverParts
const understand = createQueryUnderstander({ taxonomy, regions, today: () => new Date('2026-11-28') })
const tuning = (t: Partial<Tuning> = {}): Tuning => ({ ...DEFAULT_TUNING, ...t })
const none = new Set<string>()

beforeAll(async () => {
  cat = tempCatalogue()
  const lexical = createLexicalIndex(cat.db, taxonomy)
  const active = await cat.store.list({ status: 'active' })
  const version = await cat.store.version()
  lexical.rebuild(active, version)
  const activeIds = new Set(active.map((p) => p.id))
  parts = {
    table: new ProjectTable(active, version, taxonomy),
    lexical,
    vectors: null,
    resolveRegion: createRegionResolver(regions),
    isActive: (id) => activeIds.has(id),
    topicTerm: (word) => (taxonomy.topics.some((t) => [t.id, t.zh, t.en].includes(word)) ? 'label' : taxonomy.resolve('topics', word) ? 'synonym' : null),
  }
})
afterAll(() => cat.cleanup())

const candidate = (id: string, fused: number): Candidate =>
  ({ id, lexRank: null, lexScore: null, vecRank: null, vecScore: null, coverage: 0, boost: 0, fused })

describe('gather', () => {
  it('takes lexical candidates for the need-words and at most tuning.candidates of them', async () => {
    const u = understand('光伏板清洗')
    const all = await gather(parts, u, none, tuning())
    expect(all.candidates.map((c) => c.id)).toContain('P03')
    expect(all.content.length).toBeGreaterThan(0)
    const one = await gather(parts, understand('智能手机 电工 光伏'), none, tuning({ candidates: 1 }))
    expect(one.candidates.filter((c) => c.lexRank !== null)).toHaveLength(1)
  })

  it('keeps explicit slots as a hard filter and leaves nothing when no project passes it', async () => {
    const chengdu: Understanding = { ...understand('电工'), slots: { ...emptySlots(), region: '成都市' } }
    const got = await gather(parts, chengdu, none, tuning())
    for (const c of got.candidates) expect(parts.table.byId.get(c.id)!.region).toMatch(/成都|全国/)
    const nowhere: Understanding = { ...understand('电工'), slots: { ...emptySlots(), region: '成都市', format: 'online', free: true, topics: [{ id: 'energy-power', explicit: true, matched: '电工', related: false }] } }
    expect((await gather(parts, nowhere, none, tuning())).candidates).toEqual([])
  })

  it('draws a bounded pool from slots alone when the message names no need (tuning.slotPool)', async () => {
    const u: Understanding = { ...understand(''), slots: { ...emptySlots(), audiences: [{ id: 'elderly', explicit: true, matched: '老年人', related: false }] } }
    expect((await gather(parts, u, none, tuning())).candidates.map((c) => c.id).sort()).toEqual(['P01', 'P02', 'P11'])
    expect((await gather(parts, u, none, tuning({ slotPool: 1 }))).candidates).toHaveLength(1)
  })

  it('never gathers an excluded project', async () => {
    const got = await gather(parts, understand('光伏板清洗'), new Set(['P03']), tuning())
    expect(got.candidates.map((c) => c.id)).not.toContain('P03')
  })
})

describe('score', () => {
  it('ranks the project covering the need-words above one that does not, and the coverage weight moves the gap', async () => {
    const u = understand('光伏板清洗')
    const gathered = await gather(parts, u, none, tuning())
    const scored = (t: Tuning) => score(parts, u, { content: gathered.content, candidates: gathered.candidates.map((c) => ({ ...c })) }, t)
    const base = scored(tuning({ topicWordBonus: 0 }))
    const p03 = base.find((c) => c.id === 'P03')!
    expect(p03.coverage).toBe(1)
    for (const c of base) if (c.id !== 'P03') expect(c.fused).toBeLessThan(p03.fused)
    const heavier = scored(tuning({ topicWordBonus: 0, coverageWeight: 1 })).find((c) => c.id === 'P03')!
    expect(heavier.fused - p03.fused).toBeCloseTo(1 - DEFAULT_TUNING.coverageWeight, 6)
  })
})

describe('floor', () => {
  it('drops candidates without evidence of fit, keeps those over the coverage floor, best first', () => {
    const u = understand('光伏板清洗')
    const content = [{ alts: ['光伏'], weight: 1, known: true }]
    const covered = { ...candidate('P03', 0.2), coverage: 1 }
    const unrelated = { ...candidate('P07', 0.9), coverage: 0 }
    const half = { ...candidate('P11', 0.5), coverage: 0.5 }
    expect(floor(parts, u, { content, candidates: [covered, unrelated, half] }, tuning()).map((c) => c.id)).toEqual(['P11', 'P03'])
    expect(floor(parts, u, { content, candidates: [covered, unrelated, half] }, tuning({ coverageFloor: 0.9 })).map((c) => c.id)).toEqual(['P03'])
  })

  it('gives nothing for a skill nobody teaches ("学开叉车"), through retrieve', async () => {
    expect(await retrieve(parts, understand('学开叉车'), { k: 3, exclude: [] })).toEqual([])
  })
})

describe('diversify', () => {
  it('takes at most maxPerProvider from one provider while others are left, then fills up with the rest', () => {
    const ranked = ['P07', 'P08', 'P09', 'P10'].map((id, i) => candidate(id, 1 - i / 10))
    expect(diversify(ranked, parts, 3, 2).map((c) => c.id)).toEqual(['P07', 'P08', 'P10'])
    expect(diversify(ranked, parts, 3, 1).map((c) => c.id)).toEqual(['P07', 'P10', 'P08'])
  })

  it('skips a project archived since the table was loaded', () => {
    const archived = { ...parts, isActive: (id: string) => id !== 'P07' }
    expect(diversify([candidate('P07', 1), candidate('P10', 0.5)], archived, 3, 2).map((c) => c.id)).toEqual(['P10'])
  })
})

describe('the tuning object', () => {
  it('holds every ranking number, including the lexical column weights and the embedder weights', () => {
    expect(DEFAULT_TUNING.columnWeights).toHaveLength(8)
    expect(DEFAULT_TUNING.conceptWeight).toBe(2)
    expect(PROJECTS.length).toBeGreaterThan(3)
  })
})
