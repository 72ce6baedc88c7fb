import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UserError } from '../src/errors.js'
import { loadRelatedWords, parseRelatedWords, relatedExpansions } from '../src/query/related-words.js'
import { createQueryUnderstander } from '../src/query/understand.js'
import { contentGroups } from '../src/search/need-words.js'
import { regions, taxonomy } from './search-fixtures.js'

const table = parseRelatedWords(`
related:
  - {say: [摔跤, 摔倒], means: [跌倒, 防跌倒]}
  - {say: [顶嘴, talks back], means: [亲子沟通, 青春期]}
  - {say: [脑梗, 半边身子], means: [中风, 偏瘫, 康复]}
  - {say: [數據標註], means: [数据标注]}
  - {say: [看病], means: [就医, 陪诊]}
`)
const understand = createQueryUnderstander({ taxonomy, regions, relatedWords: table })
const df = (known: Record<string, number>) => (t: string) => known[t] ?? 0

describe('related words file', () => {
  it('normalises traditional characters and full-width letters so staff may write either', () => {
    const t = parseRelatedWords('related:\n  - {say: [電子商務, ＴＡＬＫ], means: [電商]}\n')
    expect(t.entries[0]).toEqual({ say: ['电子商务', 'talk'], means: ['电商'] })
  })

  it('rejects a one-character "say" word with a message naming the entry', () => {
    expect(() => parseRelatedWords('related:\n  - {say: [猪], means: [养殖]}\n', 'rw.yaml')).toThrowError(UserError)
    try {
      parseRelatedWords('related:\n  - {say: [猪], means: [养殖]}\n', 'rw.yaml')
    } catch (err) {
      expect((err as UserError).message).toContain('rw.yaml')
      expect((err as UserError).details?.join(' ')).toContain('related.0.say: "猪" is one character')
    }
  })

  it('rejects an entry without "means" and a misspelt key, listing where', () => {
    try {
      parseRelatedWords('related:\n  - {say: [摔跤]}\n  - {say: [看病], mean: [就医]}\n', 'rw.yaml')
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(UserError)
      const details = (err as UserError).details?.join('\n') ?? ''
      expect(details).toContain('related.0.means')
      expect(details).toContain('related.1')
    }
  })

  it('says which file it cannot read, and loads the shipped table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-rw-'))
    try {
      expect(() => loadRelatedWords(join(dir, 'missing.yaml'))).toThrowError(/cannot read the related-words file .*missing\.yaml/)
      writeFileSync(join(dir, 'bad.yaml'), 'related: [')
      expect(() => loadRelatedWords(join(dir, 'bad.yaml'))).toThrowError(/not valid YAML/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    const shipped = loadRelatedWords()
    expect(shipped.entries.length).toBeGreaterThan(50)
    expect(shipped.entries.every((e) => e.say.length > 0 && e.means.length > 0)).toBe(true)
  })

  it('matches Chinese words anywhere and English words only as whole words, plural allowed', () => {
    const [falls, back] = relatedExpansions(parseRelatedWords('related:\n  - {say: [摔跤], means: [跌倒]}\n  - {say: [game], means: [网络沉迷]}\n')).map((e) => e.pattern)
    expect(falls.test('防止老人摔跤')).toBe(true)
    expect(back.test('he plays games all day')).toBe(true)
    expect(back.test('gameboy')).toBe(false)
  })
})

describe('understanding with related words', () => {
  it('adds the catalogue words as alternatives of the everyday word ("摔跤" → 跌倒, 防跌倒)', () => {
    const u = understand('老人在家怎么防止摔跤')
    expect(u.termGroups).toContainEqual(['摔跤', '跌倒', '防跌倒'])
  })

  it('repairs typos and pinyin towards everyday words too ("孩子老顶醉", "shuaijiao")', () => {
    expect(understand('孩子老顶醉').normalized).toBe('孩子老顶嘴')
    expect(understand('laoren fang shuaijiao').termGroups).toContainEqual(['摔跤', '跌倒', '防跌倒'])
  })

  it('makes the topic of a catalogue word an implied, related slot ("顶嘴" → 家庭教育), never a filter', () => {
    const u = understand('娃上初中了老跟我顶嘴')
    expect(u.slots.topics).toContainEqual({ id: 'family-education', explicit: false, matched: '顶嘴', related: true })
    const en = understand('the boy talks back to me')
    expect(en.slots.topics.find((t) => t.id === 'family-education')?.explicit).toBe(false)
  })

  it('infers no topic when no catalogue word of the entry is a taxonomy word ("看病" → 就医, 陪诊)', () => {
    expect(understand('陪老人去医院看病的工作').slots.topics.filter((t) => t.related)).toEqual([])
  })

  it('keeps a phrase that is already the catalogue word whole instead of splitting it into alternatives', () => {
    const groups = understand('做數據標註的工作').termGroups ?? []
    expect(groups.some((g) => g.includes('数据') && g.includes('标注'))).toBe(false)
  })

  it('lets the catalogue words of an everyday word the catalogue never uses cover the need ("脑梗")', () => {
    const groups = contentGroups(understand('脑梗'), df({ 中风: 2, 偏瘫: 1, 康复: 4 }), 100)
    expect(groups).toHaveLength(1)
    expect(groups[0].alts).toEqual(expect.arrayContaining(['中风', '偏瘫', '康复']))
    expect(groups[0].known).toBe(true)
  })

  it('folds the other words of a described symptom into the same need ("半边身子" with 脑梗)', () => {
    const groups = contentGroups(understand('我爸脑梗后半边身子不能动'), df({ 中风: 2, 偏瘫: 1, 康复: 4, 身子: 0 }), 100)
    expect(groups.filter((g) => g.alts.includes('中风'))).toHaveLength(1)
    expect(groups.some((g) => g.alts.length === 1 && (g.alts[0] === '半边' || g.alts[0] === '身子'))).toBe(false)
  })
})
