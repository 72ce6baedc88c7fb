import { describe, expect, it } from 'vitest'
import { loadRegions, parseRegions } from '../src/catalogue/regions.js'
import { UserError } from '../src/errors.js'

const regions = loadRegions()

const ALL_34 = [
  '北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '内蒙古自治区', '辽宁省', '吉林省',
  '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省',
  '广东省', '广西壮族自治区', '海南省', '四川省', '贵州省', '云南省', '西藏自治区', '陕西省', '甘肃省',
  '青海省', '宁夏回族自治区', '新疆维吾尔自治区', '香港特别行政区', '澳门特别行政区', '台湾省',
]

function errorOf(fn: () => unknown): UserError {
  try {
    fn()
  } catch (err) {
    if (err instanceof UserError) return err
    throw err
  }
  throw new Error('expected a UserError')
}

describe('knowledge/regions.yaml', () => {
  it('lists all 34 provincial-level divisions by canonical name', () => {
    expect(regions.provinces.map((p) => p.name).sort()).toEqual([...ALL_34].sort())
  })

  it('gives every province its capital and at least five cities', () => {
    for (const p of regions.provinces.filter((p) => p.type === 'province' || p.type === 'autonomous-region')) {
      expect(p.cities.length, p.name).toBeGreaterThanOrEqual(5)
      expect(p.cities.map((c) => c.name), p.name).toContain(p.capital)
    }
  })
})

describe('resolving a cell or a short answer', () => {
  it('resolves canonical names, short names, abbreviations, pinyin and English names', () => {
    const zhejiang = { province: '浙江省', city: null }
    for (const t of ['浙江省', '浙江', '浙', 'zhejiang', 'Zhejiang']) expect(regions.resolve(t), t).toEqual(zhejiang)
    expect(regions.resolve('广西')).toEqual({ province: '广西壮族自治区', city: null })
    expect(regions.resolve('Inner Mongolia')).toEqual({ province: '内蒙古自治区', city: null })
    expect(regions.resolve('京')).toEqual({ province: '北京市', city: null })
  })

  it('resolves a city to its province and city', () => {
    expect(regions.resolve('杭州')).toEqual({ province: '浙江省', city: '杭州市' })
    expect(regions.resolve('hangzhou')).toEqual({ province: '浙江省', city: '杭州市' })
    expect(regions.resolve("Xi'an")).toEqual({ province: '陕西省', city: '西安市' })
    expect(regions.resolve('大理')).toEqual({ province: '云南省', city: '大理白族自治州' })
    expect(regions.resolve('海淀')).toEqual({ province: '北京市', city: '海淀区' })
  })

  it('resolves a county-level city written with 市 after its prefecture\'s short name ("新疆维吾尔自治区 喀什市")', () => {
    expect(regions.resolve('新疆维吾尔自治区 喀什市')).toEqual({ province: '新疆维吾尔自治区', city: '喀什地区' })
    expect(regions.resolve('喀什市')).toEqual({ province: '新疆维吾尔自治区', city: '喀什地区' })
    expect(regions.resolve('杭州市场')).toBeNull()
  })

  it('keeps the province and the city of the same name apart', () => {
    expect(regions.resolve('吉林')).toEqual({ province: '吉林省', city: null })
    expect(regions.resolve('吉林市')).toEqual({ province: '吉林省', city: '吉林市' })
  })

  it('resolves catalogue cells that name a province and a city', () => {
    const hangzhou = { province: '浙江省', city: '杭州市' }
    for (const t of ['浙江省 杭州市', '浙江杭州', '浙江省杭州市', '浙江，杭州', 'Hangzhou, Zhejiang']) {
      expect(regions.resolve(t), t).toEqual(hangzhou)
    }
    expect(regions.resolve('北京市 海淀区')).toEqual({ province: '北京市', city: '海淀区' })
  })

  it('ignores full width and case', () => {
    expect(regions.resolve('ＨＡＮＧＺＨＯＵ')).toEqual({ province: '浙江省', city: '杭州市' })
    expect(regions.resolve('  SiChuan ')).toEqual({ province: '四川省', city: null })
  })

  it('resolves the words for "anywhere" to nationwide', () => {
    for (const t of ['全国', '不限地区', 'Nationwide', 'anywhere', '全国范围']) expect(regions.resolve(t), t).toBe('nationwide')
  })

  it('returns null for places that disagree and for words that are no region', () => {
    expect(regions.resolve('浙江 成都')).toBeNull()
    expect(regions.resolve('杭州 南京')).toBeNull()
    expect(regions.resolve('杭州附近的村')).toBeNull()
    expect(regions.resolve('火星')).toBeNull()
    expect(regions.resolve('')).toBeNull()
  })
})

describe('finding a region inside a message', () => {
  it('finds the city a learner mentions', () => {
    expect(regions.findIn('杭州有没有线下的')).toEqual({
      region: { province: '浙江省', city: '杭州市' },
      matched: '杭州',
      index: 0,
    })
    expect(regions.findIn('我在成都')?.region).toEqual({ province: '四川省', city: '成都市' })
    expect(regions.findIn('I live in Hangzhou now')?.region).toEqual({ province: '浙江省', city: '杭州市' })
  })

  it('narrows a province to a city of it named in the same message', () => {
    expect(regions.findIn('我住在浙江杭州，想学手机')?.region).toEqual({ province: '浙江省', city: '杭州市' })
    expect(regions.findIn('四川有没有电工课')?.region).toEqual({ province: '四川省', city: null })
  })

  it('prefers a named place over a nationwide word', () => {
    expect(regions.findIn('网上的课也行，我在南京')?.region).toEqual({ province: '江苏省', city: '南京市' })
    expect(regions.findIn('有没有全国都能报的')?.region).toBe('nationwide')
  })

  it('does not read one-character abbreviations or parts of English words as places', () => {
    expect(regions.findIn('我想学京剧')).toBeNull()
    expect(regions.findIn('shanghaiist news')).toBeNull()
  })

  it('skips words that only contain a place name', () => {
    expect(regions.findIn('怎么做三明治')).toBeNull()
    expect(regions.findIn('中山大学的课')).toBeNull()
    expect(regions.findIn('中山大学在广州吗')?.region).toEqual({ province: '广东省', city: '广州市' })
  })

  it('lists every mention in order with its position in the original text', () => {
    const found = regions.findAll('从ＳＨＡＮＧＨＡＩ到大兴安岭')
    expect(found.map((m) => [m.matched, m.index])).toEqual([['ＳＨＡＮＧＨＡＩ', 1], ['大兴安岭', 10]])
  })
})

describe('comparing and writing regions', () => {
  it('says a nationwide or province-wide project covers a learner in a city', () => {
    const hangzhou = { province: '浙江省', city: '杭州市' }
    expect(regions.covers('nationwide', hangzhou)).toBe(true)
    expect(regions.covers({ province: '浙江省', city: null }, hangzhou)).toBe(true)
    expect(regions.covers(hangzhou, { province: '浙江省', city: '宁波市' })).toBe(false)
    expect(regions.covers(hangzhou, 'nationwide')).toBe(false)
  })

  it('writes labels in Chinese and English', () => {
    expect(regions.label({ province: '浙江省', city: '杭州市' })).toBe('浙江省 杭州市')
    expect(regions.label({ province: '浙江省', city: '杭州市' }, 'en')).toBe('Hangzhou, Zhejiang')
    expect(regions.label({ province: '北京市', city: null }, 'en')).toBe('Beijing')
    expect(regions.label('nationwide')).toBe('全国')
  })
})

describe('a broken regions file', () => {
  const province = (name: string, alias: string, extra = '') =>
    `  - {name: ${name}, type: province, aliases: [${alias}], pinyin: x, en: X${extra}}\n`

  it('names both places when one word stands for two', () => {
    const err = errorOf(() => parseRegions(`nationwide: [全国]\nprovinces:\n${province('甲省', '同名')}${province('乙省', '同名')}`))
    expect(err.details.join('\n')).toContain('"同名" names both 甲省 and 乙省')
  })

  it('rejects a capital that is not one of the cities', () => {
    const err = errorOf(() => parseRegions(`nationwide: [全国]\nprovinces:\n${province('甲省', '甲', ', capital: 丙市')}`))
    expect(err.details).toEqual(['甲省: capital 丙市 is not one of its cities'])
  })

  it('reports the path of a missing or malformed field', () => {
    const err = errorOf(() => parseRegions('nationwide: [全国]\nprovinces:\n  - {name: 甲省, type: county, pinyin: X, en: X}\n', 'r.yaml'))
    expect(err.message).toBe('r.yaml is not a valid regions file')
    expect(err.details.some((d) => d.startsWith('provinces.0.type'))).toBe(true)
    expect(err.details.some((d) => d.startsWith('provinces.0.pinyin'))).toBe(true)
  })

  it('says so when the file is not YAML or cannot be read', () => {
    expect(() => parseRegions('provinces: [', 'r.yaml')).toThrow(/r.yaml is not valid YAML/)
    expect(() => loadRegions('/nonexistent/regions.yaml')).toThrow('cannot read the regions file /nonexistent/regions.yaml')
  })
})
