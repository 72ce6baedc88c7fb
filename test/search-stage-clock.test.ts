import { afterEach, describe, expect, it } from 'vitest'
import { createSearchService } from '../src/search/create-search-service.js'
import { stageClock, type SearchStage } from '../src/search/stage-clock.js'
import { buildVectorIndex } from '../src/search/vector-index.js'
import { PROJECTS, regions, taxonomy, tempCatalogue } from './search-fixtures.js'

const cleanups: (() => void)[] = []
afterEach(() => {
  stageClock.mark = null
  while (cleanups.length) cleanups.pop()!()
})

describe('the search stage clock (bench/profile-search --stages)', () => {
  it('names the steps of a search in the order they run, and answers the same with no one listening', async () => {
    const c = tempCatalogue()
    cleanups.push(c.cleanup)
    const search = await createSearchService({ db: c.db, store: c.store, taxonomy, regions, indexPath: ':memory:', rememberRecent: false })
    const seen: SearchStage[] = []
    stageClock.mark = (stage) => seen.push(stage)
    const timed = await search.search({ text: '想学电工和焊接', k: 3 })
    const steps = ['version', 'understanding', 'need-words', 'lexical-prep', 'lexical', 'embedding', 'vector', 'fusion', 'floor', 'diversify']
    expect(seen.filter((s) => steps.includes(s))).toEqual(steps)
    stageClock.mark = null
    const untimed = await search.search({ text: '想学电工和焊接', k: 3 })
    expect(timed.hits.length).toBeGreaterThan(0)
    expect(untimed.hits.map((h) => [h.project.id, h.score])).toEqual(timed.hits.map((h) => [h.project.id, h.score]))
  })

  it('gives the local query vector without a promise, the same numbers as the promised one', async () => {
    const index = await buildVectorIndex(PROJECTS.filter((p) => p.status === 'active'), 1, { taxonomy })
    expect(index.embedNow).toBeDefined()
    for (const text of ['老年人学用智能手机', '电工证培训', 'free elderly care classes online']) {
      expect(Array.from(index.embedNow!(text))).toEqual(Array.from(await index.embedQuery(text)))
    }
  })
})
