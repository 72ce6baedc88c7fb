import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { runCli } from './fixtures/run-cli.js'
import { tempCatalogue } from './search-fixtures.js'

const run = (argv: string[], env: Record<string, string> = {}) => runCli([...argv, '--lang', 'en'], { env })

let cat: ReturnType<typeof tempCatalogue>
beforeAll(() => {
  cat = tempCatalogue()
})
afterAll(() => cat.cleanup())

describe('learnfinder search', () => {
  it('--explain prints the understood slots and every score of each hit', async () => {
    const r = await run(['search', '成都有没有线下的电工课', '--explain', '--db', cat.dbPath])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const lines = r.out.split('\n')
    expect(lines[0]).toBe('Understood "成都有没有线下的电工课"')
    expect(r.out).toContain('能源电力 (energy-power) explicit (filter) from "电工"')
    expect(r.out).toMatch(/region: +成都市/)
    expect(r.out).toMatch(/format: +offline/)
    expect(r.out).toMatch(/1\. P05 {2}低压电工上岗证培训 — 四川电力职业技术学院 \(offline, 四川省 成都市, 900 yuan\)/)
    expect(r.out).toMatch(/ {3}lexical \d+\.\d\d {3}vector (-|-?\d\.\d{3}) {3}slot \+\d\.\d{3} {3}fused \d\.\d{4}/)
  })

  // (Not "孩子老跟我顶嘴": a child's trouble said right after the child is a stated topic, query/topic-frames.)
  it('--explain names a topic inferred from an everyday word as a related word with half a boost', async () => {
    const r = await run(['search', '他老跟我顶嘴', '--explain', '--db', cat.dbPath])
    expect(r.code).toBe(0)
    expect(r.out).toContain('家庭教育 (family-education) related word (half boost) from "顶嘴"')
  })

  it('says so plainly when nothing fits', async () => {
    const r = await run(['search', '学开飞机', '--db', cat.dbPath])
    expect(r.out.trim()).toBe('No project fits this query.')
  })

  it('filters by --topic and --audience given as labels, and limits with --k', async () => {
    const r = await run(['search', '课程', '--topic', '人工智能', '--audience', 'employees', '--k', '1', '--json', '--db', cat.dbPath])
    const json = JSON.parse(r.out) as { hits: { id: string; scores: { fused: number } }[]; understanding: { slots: { topics: { id: string }[] } } }
    expect(json.hits).toHaveLength(1)
    expect(['P07', 'P08', 'P09', 'P10']).toContain(json.hits[0].id)
    expect(json.understanding.slots.topics.map((t) => t.id)).toEqual(['ai'])
  })

  it('rejects a bad --k, an unknown topic, half an embeddings setting and a missing database with one clear line', async () => {
    expect((await run(['search', '手机', '--k', 'ten', '--db', cat.dbPath])).err).toContain('--k must be a whole number from 1 to 100, got "ten"')
    expect((await run(['search', '手机', '--topic', '开飞机', '--db', cat.dbPath])).err).toMatch(/unknown topic "开飞机" — did you mean/)
    expect((await run(['search', '手机', '--db', cat.dbPath], { EMBEDDINGS_MODEL: 'bge-m3' })).err).toContain('EMBEDDINGS_BASE_URL and EMBEDDINGS_MODEL must be set together')
    const missing = await run(['search', '手机', '--db', join(cat.dir, 'nope.db')])
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('there is no database at')
  })
})
