import { describe, expect, it } from 'vitest'
import { createTextRepairer } from '../src/text/repair.js'
import { fuzzySyllable, splitPinyin } from '../src/text/pinyin.js'

const repairer = createTextRepairer([
  '人工智能', '乡村振兴', '电工', '老年人', '老人', '智能手机', '数字技能', '农民工', '免费', '线上', '退休', '云南',
  'women', 'AI',
])
const fix = (text: string) => repairer.repair(text).text

describe('look-alike repair', () => {
  it('reads a character typed for one that looks like it towards a vocabulary word', () => {
    expect(repairer.repair('要兔费的').repairs).toEqual([{ from: '兔费', to: '免费', kind: 'slip' }])
    expect(fix('有兔費嘅嗎')).toBe('有免费嘅吗')
  })

  it('reads a character typed twice inside a word once, and leaves a doubled word as it is', () => {
    expect(repairer.repair('要免免费的').repairs).toEqual([{ from: '免免费', to: '免费', kind: 'slip' }])
    expect(fix('线线上的有吗')).toBe('线上的有吗')
    expect(createTextRepairer(['娃']).repair('娃娃想学画画').text).toBe('娃娃想学画画')
  })

  it('never turns a real word into a vocabulary word that looks alike', () => {
    const r = createTextRepairer(['士地', '未来'])
    expect(r.repair('土地流转').text).toBe('土地流转')
    expect(r.repair('末来的打算').text).toBe('未来的打算')
  })
})

describe('homophone repair', () => {
  it('fixes IME homophone picks towards vocabulary words', () => {
    expect(fix('人工只能')).toBe('人工智能')
    expect(fix('电公培训')).toBe('电工培训')
    expect(fix('只能手机怎么用')).toBe('智能手机怎么用')
  })

  it('forgives the -n/-ng confusion of southern accents in longer words', () => {
    expect(fix('乡村振心')).toBe('乡村振兴')
  })

  it('reports what it changed', () => {
    expect(repairer.repair('我想学人工只能').repairs).toEqual([{ from: '人工只能', to: '人工智能', kind: 'homophone' }])
  })

  it('never turns a real word into a vocabulary word that sounds alike', () => {
    expect(fix('老实人')).toBe('老实人')
    expect(fix('电功率')).toBe('电功率')
  })

  it('does not read two short words side by side as a typo', () => {
    const r = createTextRepairer(['科学', '在线', '陪诊师', '再就业'])
    expect(r.repair('有什么可学的').text).toBe('有什么可学的')
    expect(r.repair('在县电商服务中心').text).toBe('在县电商服务中心')
    expect(r.repair('陪诊是什么工作').text).toBe('陪诊是什么工作')
  })

  it('leaves correct text untouched', () => {
    expect(repairer.repair('老年人学智能手机').repairs).toEqual([])
  })
})

describe('pinyin repair', () => {
  it('reads pinyin typed instead of characters, with or without spaces', () => {
    expect(fix('rengong zhineng')).toBe('人工智能')
    expect(fix('ren gong zhi neng')).toBe('人工智能')
    expect(fix('laonianren')).toBe('老年人')
    expect(fix('dian gong')).toBe('电工')
  })

  it('reads fuzzy pinyin (zhenxin for zhenxing)', () => {
    expect(fix('xiangcun zhenxin')).toBe('乡村振兴')
  })

  it('keeps syllables it cannot place and converts the words it can', () => {
    expect(repairer.repair('wo xiang xue rengongzhineng mianfei')).toMatchInlineSnapshot(`
      {
        "repairs": [
          {
            "from": "rengongzhineng",
            "kind": "pinyin",
            "to": "人工智能",
          },
          {
            "from": "mianfei",
            "kind": "pinyin",
            "to": "免费",
          },
        ],
        "text": "wo xiang xue 人工智能免费",
      }
    `)
  })

  it('reads a very long run of pinyin-like letters without overflowing the stack', () => {
    expect(fix('a'.repeat(3000))).toBe('a'.repeat(3000))
  })

  it('reads a typed word whole or not at all, and a one-syllable word as that syllable', () => {
    const r = createTextRepairer(['社畜', '巴南', '梯田', '西安', '西宁'])
    expect(r.repair('secure balance dietitian').text).toBe('secure balance dietitian')
    expect(r.repair('xiang').text).toBe('xiang')
    expect(r.repair('xi ning').text).toBe('西宁')
  })

  it('does not read English words as pinyin', () => {
    expect(fix('AI courses for women')).toBe('ai courses for women')
  })

  it('reads pinyin typed inside Chinese like its characters, finishing a word begun or ended beside it', () => {
    expect(fix('有mianfei的课不')).toBe('有免费的课不')
    expect(fix('可有乡村zhenxing的课')).toBe('可有乡村振兴的课')
    expect(fix('xiangcun振兴的课')).toBe('乡村振兴的课')
    expect(fix('想学电gong')).toBe('想学电工')
    expect(fix('有laonianren的班吗')).toBe('有老年人的班吗')
  })

  it('leaves English words inside Chinese as typed', () => {
    expect(fix('那AI可有')).toBe('那ai可有')
    expect(fix('有app上的课吗')).toBe('有app上的课吗')
  })
})

describe('pinyin helpers', () => {
  it('lists every way to split letters into syllables', () => {
    expect(splitPinyin('xian')).toEqual([['xian'], ['xi', 'an']])
    expect(splitPinyin('hello')).toEqual([])
  })

  it('folds the sounds people mix up', () => {
    expect(['zhi', 'zi'].map(fuzzySyllable)).toEqual(['zi', 'zi'])
    expect(['xing', 'xin'].map(fuzzySyllable)).toEqual(['xin', 'xin'])
    expect(['lv', 'nü'].map(fuzzySyllable)).toEqual(['nu', 'nü'])
  })
})
