import { describe, expect, it } from 'vitest'
import { fold, toHalfWidth } from '../src/text/fold.js'

/** The fold as it was written before its shortcuts: every character rebuilt, every space rule applied. */
const slowHalfWidth = (text: string) => [...text].map((ch) => {
  const code = ch.codePointAt(0)!
  return code === 0x3000 ? ' ' : code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : ch
}).join('')
const slowFold = (text: string) => slowHalfWidth(text).toLowerCase().replace(/\s+/g, ' ').trim()

describe('folding a word for comparison', () => {
  const texts = ['二胡', '拉二胡', 'AI', 'Ａｉ绘画', '老年\u3000大学', '  Excel  表格 ', 'c++', 'ｃ＃', '尤克里里\t入门', '\uFEFF手机', '😀学画画', 'Ｈｅｌｌｏ　Ｗｏｒｌｄ', '～', '']

  it('gives what the character-by-character fold gives, with or without full-width characters or spaces', () => {
    for (const t of texts) {
      expect(toHalfWidth(t)).toBe(slowHalfWidth(t))
      expect(fold(t)).toBe(slowFold(t))
    }
  })

  it('returns a text without full-width characters unchanged', () => {
    expect(toHalfWidth('我想学用智能手机')).toBe('我想学用智能手机')
    expect(toHalfWidth('ＡＩ　课')).toBe('AI 课')
    expect(fold('Ａｉ　Ｃｌａｓｓ ')).toBe('ai class')
  })
})
