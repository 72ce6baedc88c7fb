import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadRegions } from '../src/catalogue/regions.js'
import type { Project } from '../src/catalogue/project.js'
import { meetsIntent, parseIntent, readQuerySet } from '../bench/eval/query-set.js'
import { scoreRanking } from '../bench/eval/retrieval.js'

const regions = loadRegions()
const dir = mkdtempSync(join(tmpdir(), 'lf-eval-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function project(over: Partial<Project>): Project {
  return {
    id: 'P1', title: 't', provider: 'p', summary: 's', topics: ['ai'], audiences: ['elderly'], format: 'online',
    region: '全国', fee: 0, duration: null, start_date: null, end_date: null, enroll: null, contact: null, url: null,
    title_en: null, summary_en: null, tags: [], status: 'active', extra: {}, ...over,
  }
}

describe('scoreRanking', () => {
  it('divides precision@3 by the number relevant when fewer than three are', () => {
    expect(scoreRanking(['A', 'x', 'y'], ['A'])).toEqual({ hit3: 1, precision3: 1, mrr: 1, ndcg5: 1 })
    expect(scoreRanking(['x', 'A', 'y'], ['A', 'B'])).toMatchObject({ hit3: 1, precision3: 0.5, mrr: 0.5 })
  })

  it('scores a ranking with nothing relevant in the top 3 as a miss but still credits MRR further down', () => {
    const s = scoreRanking(['x', 'y', 'z', 'A'], ['A', 'B', 'C', 'D'])
    expect(s).toMatchObject({ hit3: 0, precision3: 0, mrr: 0.25 })
    expect(s.ndcg5).toBeCloseTo(1 / Math.log2(5) / (1 + 1 / Math.log2(3) + 0.5 + 1 / Math.log2(5)), 6)
  })

  it('gives an empty answer zero everywhere', () => {
    expect(scoreRanking([], ['A'])).toEqual({ hit3: 0, precision3: 0, mrr: 0, ndcg5: 0 })
  })
})

describe('intents', () => {
  it('parses the compact notation of the query files', () => {
    expect(parseIntent('topic=ai|digital-skills audience=elderly region=云南省 format=online free')).toEqual({
      topics: ['ai', 'digital-skills'], audiences: ['elderly'], region: '云南省', format: 'online', free: true,
    })
    expect(() => parseIntent('topic=ai colour=red')).toThrow('bad intent part "colour=red"')
  })

  it('counts hybrid projects as online and offline, and only fee 0 as free', () => {
    const hybrid = project({ format: 'hybrid', fee: 100 })
    expect(meetsIntent(hybrid, parseIntent('topic=ai format=offline'), regions)).toBe(true)
    expect(meetsIntent(hybrid, parseIntent('topic=ai free'), regions)).toBe(false)
    expect(meetsIntent(project({ fee: null }), parseIntent('topic=ai free'), regions)).toBe(false)
  })

  it('opens nationwide projects to every region, a province to its cities and a city to its province', () => {
    const intent = (r: string) => parseIntent(`topic=ai region=${r}`)
    expect(meetsIntent(project({ region: '全国' }), intent('杭州市'), regions)).toBe(true)
    expect(meetsIntent(project({ region: '浙江省' }), intent('杭州市'), regions)).toBe(true)
    expect(meetsIntent(project({ region: '浙江省 杭州市' }), intent('浙江省'), regions)).toBe(true)
    expect(meetsIntent(project({ region: '浙江省 宁波市' }), intent('杭州市'), regions)).toBe(false)
    expect(meetsIntent(project({ region: '浙江省' }), intent('全国'), regions)).toBe(false)
  })

  it('never counts an archived project', () => {
    expect(meetsIntent(project({ status: 'archived' }), parseIntent('topic=ai'), regions)).toBe(false)
  })
})

describe('readQuerySet', () => {
  it('reads each kind in its own entry shape', () => {
    const path = join(dir, 'ok.yaml')
    writeFileSync(path, 'plain:\n  - [人工智能, topic=ai]\nspecific:\n  - [学太极, LF-1 LF-2]\nvague:\n  - 推荐一下\n')
    expect(readQuerySet(path)).toEqual([
      { kind: 'plain', text: '人工智能', intent: { topics: ['ai'], audiences: [] }, ids: null },
      { kind: 'specific', text: '学太极', intent: null, ids: ['LF-1', 'LF-2'] },
      { kind: 'vague', text: '推荐一下', intent: null, ids: null },
    ])
  })

  it('refuses an unknown kind and an answerable query without an intent', () => {
    const bad = join(dir, 'bad.yaml')
    writeFileSync(bad, 'sports:\n  - 足球\n')
    expect(() => readQuerySet(bad)).toThrow('unknown kind "sports"')
    writeFileSync(bad, 'plain:\n  - 人工智能\n')
    expect(() => readQuerySet(bad)).toThrow('"人工智能" (plain) needs an intent')
  })
})
