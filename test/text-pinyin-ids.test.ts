import { describe, expect, it } from 'vitest'
import { fuzzyId, fuzzySyllable, readingOf } from '../src/text/pinyin.js'

describe('fuzzy syllable numbers', () => {
  it('gives two fuzzy forms the same number exactly when they are the same string', () => {
    const forms = ['zhen', 'zen', 'xing', 'xin', 'lv', 'nu', 'shang', 'san'].map(fuzzySyllable)
    for (const a of forms) for (const b of forms) expect(fuzzyId(a) === fuzzyId(b)).toBe(a === b)
    expect(fuzzyId(fuzzySyllable('zhen'))).toBe(fuzzyId(fuzzySyllable('zen')))
  })

  it('reads a run with one number per fuzzy syllable, in order', () => {
    for (const run of ['乡村振兴', '乡村振心', '老年大学', '手机拍照']) {
      const r = readingOf(run)
      expect(r.fuzzyIds).toEqual(r.fuzzy.map(fuzzyId))
      expect(r.fuzzyIds).toHaveLength([...run].length)
    }
    expect(readingOf('乡村振心').fuzzyIds).toEqual(readingOf('乡村振兴').fuzzyIds)
  })
})
