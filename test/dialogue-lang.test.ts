import { describe, expect, it } from 'vitest'
import { detectLang } from '../src/text/lang.js'

describe('the reply language', () => {
  it('answers Chinese characters in Chinese and English words in English', () => {
    expect(detectLang('我想学电脑', undefined, undefined, 'en')).toBe('zh')
    expect(detectLang('AI courses for retirees', undefined, undefined, 'zh')).toBe('en')
  })

  it('answers pinyin typed instead of characters in Chinese', () => {
    expect(detectLang('laonianren diannao', undefined, undefined, 'zh')).toBe('zh')
    expect(detectLang('rengong zhineng', 'en', undefined, 'en')).toBe('zh')
  })

  it('does not mistake short English words that are also pinyin for Chinese', () => {
    expect(detectLang('more', 'en', undefined, 'zh')).toBe('en')
    expect(detectLang('menu', undefined, undefined, 'zh')).toBe('en')
  })

  it('keeps an English conversation in English when a message of English words and particles also spells pinyin', () => {
    expect(detectLang('more po', 'en', undefined, 'zh')).toBe('en')
    expect(detectLang('same la', 'en', undefined, 'zh')).toBe('en')
    expect(detectLang('more po', undefined, undefined, 'zh')).toBe('zh')
    expect(detectLang('wo xiang xue diannao', 'en', undefined, 'zh')).toBe('zh')
  })

  it('keeps the conversation language for a bare number or emoji', () => {
    expect(detectLang('2', 'en', undefined, 'zh')).toBe('en')
    expect(detectLang('👍', 'zh', 'en', 'en')).toBe('zh')
  })
})
