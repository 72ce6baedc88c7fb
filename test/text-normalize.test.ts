import { describe, expect, it } from 'vitest'
import { normalizeText, toSimplified } from '../src/text/normalize.js'
import { charNgrams, segment, createSegmenter, isDictionaryWord } from '../src/text/segment.js'
import { stemEnglish, singularEnglish } from '../src/text/english.js'

describe('normalizeText', () => {
  it('turns traditional characters into simplified ones, Taiwan phrases included', () => {
    expect(normalizeText('鄉村振興 農民培訓')).toBe('乡村振兴 农民培训')
    expect(normalizeText('學習人工智慧與軟體')).toBe('学习人工智能与软件')
  })

  it('leaves mainland words alone that Taiwan phrase tables would rewrite', () => {
    expect(toSimplified('智慧养老')).toBe('智慧养老')
  })

  it('folds full-width letters, digits and spaces to half-width and lower case', () => {
    expect(normalizeText('ＡＩ　課程１２３')).toBe('ai 课程123')
  })

  it('turns punctuation and symbols into single spaces and trims', () => {
    expect(normalizeText('  “免费的！”——线上课程？？（杭州）  ')).toBe('免费的 线上课程 杭州')
  })

  it('keeps decimals, c++ and c# whole', () => {
    expect(normalizeText('Python3.10, C++ 和 C#。')).toBe('python3.10 c++ 和 c#')
  })
})

describe('segment', () => {
  it('cuts Chinese into words and adds the words inside long ones, but not straddling pieces', () => {
    expect(segment('退休老人学用智能手机')).toMatchInlineSnapshot(`
      [
        "退休",
        "老人",
        "学",
        "用",
        "智能",
        "手机",
        "智能手机",
      ]
    `)
  })

  it('keeps domain words whole and drops function words', () => {
    const words = segment('我的乡村振兴和农村电商课程')
    expect(words).toContain('乡村振兴')
    expect(words).toContain('农村电商')
    expect(words).not.toContain('的')
    expect(words).not.toContain('和')
  })

  it('lower-cases and stems English and drops English stop words', () => {
    expect(segment('Free online courses for Farmers in Yunnan')).toEqual(['fre', 'onlin', 'cours', 'farm', 'yunnan'])
  })

  it('joins two lone uncommon characters jieba broke up (an unknown word), but not common ones', () => {
    expect(segment('过年想学做花馍')).toContain('花馍')
    expect(segment('有啥课')).not.toContain('啥课')
  })

  it('drops what is left of English contractions', () => {
    expect(segment("I'm retired and don't drive")).toEqual(['retir', 'don', 'driv'])
  })

  it('segments traditional and simplified text to the same words', () => {
    expect(segment('鄉村振興')).toEqual(segment('乡村振兴'))
  })

  it('splits mixed Chinese and English runs', () => {
    expect(segment('AI大模型入门')).toEqual(['ai', '模型', '大模型', '入门'])
  })

  it('is deterministic across segmenter instances', () => {
    const other = createSegmenter()
    const text = '在城里打工的农民工想学直播带货和电工证考试'
    expect(other(text)).toEqual(segment(text))
  })

  it('keeps extra words given to a segmenter whole', () => {
    const cut = createSegmenter({ words: ['银龄学堂'] })
    expect(cut('银龄学堂开课')).toContain('银龄学堂')
  })
})

describe('isDictionaryWord', () => {
  it('knows real words and rejects IME typos', () => {
    expect(isDictionaryWord('电工')).toBe(true)
    expect(isDictionaryWord('电公')).toBe(false)
  })
})

describe('charNgrams', () => {
  it('gives overlapping character n-grams per run and short runs whole', () => {
    expect(charNgrams('智能手机 ai', 2)).toEqual(['智能', '能手', '手机', 'ai'])
  })

  it('refuses a zero or fractional n with a clear error', () => {
    expect(() => charNgrams('abc', 0)).toThrow('n must be a positive integer, got 0')
  })
})

describe('English stemming', () => {
  it('brings inflected forms of the same word together', () => {
    const forms = ['retire', 'retired', 'retiree', 'retirees', 'retirement'].map(stemEnglish)
    expect(new Set(forms).size).toBe(1)
    expect(stemEnglish('courses')).toBe(stemEnglish('course'))
    expect(stemEnglish('studies')).toBe('study')
  })

  it('only removes plurals when matching taxonomy words', () => {
    expect(singularEnglish('farmers')).toBe('farmer')
    expect(singularEnglish('farming')).toBe('farming')
    expect(singularEnglish('classes')).toBe('class')
  })
})
