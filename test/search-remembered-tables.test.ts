import { describe, expect, it } from 'vitest'
import { readCatalogueFile } from '../src/catalogue/read-catalogue.js'
import { SAMPLE_CATALOGUE_PATH } from '../src/catalogue/sample.js'
import { emptySlots, type Slots } from '../src/query/slots.js'
import { FlatIndex } from '../src/search/exact-scan.js'
import { filterSet } from '../src/search/filter-sets.js'
import { ProjectTable } from '../src/search/project-table.js'
import { createRegionResolver, hardFilter } from '../src/search/slot-match.js'
import { hanBigrams } from '../src/search/features.js'
import { regions, taxonomy } from './search-fixtures.js'

const sample = (await readCatalogueFile(SAMPLE_CATALOGUE_PATH, { taxonomy })).projects
const resolve = createRegionResolver(regions)

/** A small deterministic generator, so the vectors are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 2 - 1
}

describe('word-in-project tests', () => {
  it('answer as the project text does, for every project and word, the first time and when asked again', () => {
    const table = new ProjectTable(sample, 1, taxonomy)
    const ids = [...table.byId.keys()]
    const words = [...new Set(sample.slice(0, 40).flatMap((p) => hanBigrams(p.title)))].concat(['手机', 'python', '', '不在任何项目里的词'])
    let present = 0
    for (const round of [1, 2]) {
      for (const w of words) {
        const has = table.wordIn(w)
        const want = ids.filter((id) => table.text(id).includes(w))
        expect(ids.filter(has), `${w}, round ${round}`).toEqual(want)
        if (round === 1) present += want.length
      }
    }
    expect(present).toBeGreaterThan(words.length)
    expect(table.wordIn('手机')('no-such-project')).toBe(false)
  })
})

describe('filter sets', () => {
  const table = new ProjectTable(sample, 1, taxonomy)
  const slotsOf = (s: Partial<Slots>): Slots => ({ ...emptySlots(), ...s })
  const filters: Slots[] = [
    slotsOf({ audiences: [{ id: 'elderly', explicit: true, matched: '老年人', related: false }] }),
    slotsOf({ audiences: [{ id: 'elderly', explicit: true, matched: '老年人', related: false }], format: 'online', free: true }),
    slotsOf({ topics: [{ id: 'digital-skills', explicit: true, matched: '手机', related: false }], region: '杭州市' }),
    slotsOf({ region: '全国' }),
    slotsOf({ format: 'offline', time: { from: '2026-12-01', to: '2026-12-31', matched: '下个月' } }),
  ]

  it('list exactly the projects the filter passes, in catalogue order, and the same list when asked again', () => {
    let passing = 0
    for (const slots of filters) {
      const want = [...table.byId.values()].filter(hardFilter(slots, resolve)).map((p) => p.id)
      const first = filterSet(table, slots, resolve, 1000)
      const again = filterSet(table, slots, resolve, 1000)
      const order = (ids: readonly string[]) => [...ids].sort((a, b) => [...table.byId.keys()].indexOf(a) - [...table.byId.keys()].indexOf(b))
      expect(order(first.passing!)).toEqual(want)
      expect(again).toBe(first)
      expect([...first.passingSet!]).toEqual(first.passing)
      passing += want.length
    }
    expect(passing).toBeGreaterThan(0)
  })

  it('leave a filter whose shortest list is longer than the listing limit to be tested lazily', () => {
    const set = filterSet(table, filters[3], resolve, 5)
    expect(set.passing).toBeNull()
    const want = [...table.byId.values()].filter(hardFilter(filters[3], resolve)).map((p) => p.id)
    expect([...set.source].filter((id) => set.pass(table.byId.get(id)!))).toEqual(want)
  })
})

describe('exact scan of an allow-list', () => {
  it('gives the same hits and the very same scores as the full scan with the same ids allowed', () => {
    const next = random(7)
    const flat = new FlatIndex(32, 8)
    const ids = Array.from({ length: 301 }, (_, i) => `p${i}`)
    for (const id of ids) flat.add(id, Array.from({ length: 32 }, next))
    for (let trial = 0; trial < 20; trial++) {
      const q = Array.from({ length: 32 }, next)
      const allow = new Set(ids.filter(() => next() > 0.4 + trial / 50)) // from about a third of the rows down to none
      const full = flat.search(q, 10, (id) => allow.has(id))
      const listed = flat.search(q, 10, allow)
      expect(listed).toEqual(full)
      expect(listed.length).toBe(Math.min(10, allow.size))
    }
    expect(flat.search(Array.from({ length: 32 }, next), 5, new Set(['p3', 'unknown'])).map((h) => h.id)).toEqual(['p3'])
  })
})
