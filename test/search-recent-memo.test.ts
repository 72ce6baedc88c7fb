/**
 * The search path remembers recent messages (understanding, query vector,
 * FTS5 hits) per catalogue snapshot. Remembering must never change an answer:
 * a repeated message gets the same hits, a caller cannot change what the next
 * caller is given, and a write to the catalogue is seen by the very next search.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createSearchService } from '../src/search/create-search-service.js'
import { plainCopy, RecentMemo } from '../src/search/recent-memo.js'
import { PROJECTS, project, regions, taxonomy, tempCatalogue } from './search-fixtures.js'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})
const ids = (r: { hits: { project: { id: string } }[] }) => r.hits.map((h) => h.project.id)

describe('RecentMemo', () => {
  it('computes a key once, keeps at most its limit and forgets the oldest first', () => {
    const memo = new RecentMemo<number>(2)
    let calls = 0
    const make = (n: number) => () => (calls++, n)
    expect(memo.get('a', make(1))).toBe(1)
    expect(memo.get('a', make(9))).toBe(1)
    expect(calls).toBe(1)
    memo.get('b', make(2))
    memo.get('c', make(3))
    expect(memo.size).toBe(2)
    expect(memo.get('a', make(4))).toBe(4) // 'a' was the oldest: computed again
    memo.clear()
    expect(memo.size).toBe(0)
  })

  it('remembers nothing with a limit of 0, computing each time', () => {
    const memo = new RecentMemo<number>(0)
    let calls = 0
    memo.get('a', () => ++calls)
    expect(memo.get('a', () => ++calls)).toBe(2)
    expect(memo.size).toBe(0)
  })

  it('copies plain data deeply, as structuredClone does', () => {
    const value = { terms: ['手机'], groups: [['智能', '手机']], slots: { region: null, time: { from: '2026-01-01' } }, gone: undefined }
    const copy = plainCopy(value)
    expect(copy).toEqual(structuredClone(value))
    expect('gone' in copy).toBe(true)
    copy.groups[0].push('x')
    copy.slots.time.from = 'changed'
    expect(value.groups[0]).toEqual(['智能', '手机'])
    expect(value.slots.time.from).toBe('2026-01-01')
  })
})

describe('search with remembered messages', () => {
  it('answers a repeated message with the same hits and gives every caller its own understanding', async () => {
    const c = tempCatalogue()
    cleanups.push(c.cleanup)
    const service = await createSearchService({ db: c.db, store: c.store, taxonomy, regions })
    const first = await service.search({ text: '老年人学用智能手机', k: 5 })
    const again = await service.search({ text: '老年人学用智能手机', k: 5 })
    expect(ids(again)).toEqual(ids(first))
    expect(ids(first).length).toBeGreaterThan(0)
    const u = service.understand('老年人学用智能手机')
    u.terms.length = 0
    u.slots.audiences.length = 0
    expect(service.understand('老年人学用智能手机').terms.length).toBeGreaterThan(0)
    expect(service.understand('老年人学用智能手机')).toEqual(first.understanding)
    service.close()
  })

  it('answers the same with the memo turned off (how the bench times first sight)', async () => {
    const c = tempCatalogue()
    cleanups.push(c.cleanup)
    const on = await createSearchService({ db: c.db, store: c.store, taxonomy, regions })
    const off = await createSearchService({ db: c.db, store: c.store, taxonomy, regions, rememberRecent: false })
    for (const text of ['老年人学用智能手机', '老年人学用智能手机', '有没有免费的线上课', 'rengong zhineng']) {
      const [a, b] = [await on.search({ text, k: 5 }), await off.search({ text, k: 5 })]
      expect(ids(b)).toEqual(ids(a))
      expect(b.understanding).toEqual(a.understanding)
    }
    on.close()
    off.close()
  })

  it('finds a project imported after the same message was answered, at the next search', async () => {
    const c = tempCatalogue(PROJECTS)
    cleanups.push(c.cleanup)
    const service = await createSearchService({ db: c.db, store: c.store, taxonomy, regions })
    expect(ids(await service.search({ text: '学做蛋糕', k: 3 }))).not.toContain('P20')
    const cake = project({ id: 'P20', title: '家庭烘焙：做蛋糕和面包', summary: '戚风蛋糕、吐司面包的配方与烤箱使用，三次实操课。', topics: ['culture-arts'], tags: ['烘焙', '蛋糕'] })
    await c.store.applyImport([cake], { who: 'test', files: [] })
    await service.refresh()
    expect(ids(await service.search({ text: '学做蛋糕', k: 3 }))).toContain('P20')
    service.close()
  })
})
