import { beforeAll, describe, expect, it } from 'vitest'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { createQueryUnderstander } from '../src/query/understand.js'
import type { Understanding } from '../src/query/types.js'

let understand: (text: string) => Understanding
beforeAll(() => {
  understand = createQueryUnderstander({
    taxonomy: loadTaxonomy(),
    regions: loadRegions(),
    today: () => new Date('2026-11-28T09:00:00Z'),
  })
})

/** The slots in one compact line: id! explicit, id? implied. */
function slots(text: string) {
  const u = understand(text)
  const s = u.slots
  return {
    topics: s.topics.map((v) => `${v.id}${v.explicit ? '!' : '?'}`),
    audiences: s.audiences.map((v) => `${v.id}${v.explicit ? '!' : '?'}`),
    region: s.region,
    format: s.format,
    free: s.free,
    time: s.time ? `${s.time.from}..${s.time.to}` : null,
    vague: u.vague,
    lang: u.lang,
  }
}

describe('topics and audiences', () => {
  it('fills explicit slots from taxonomy labels and synonyms', () => {
    expect(slots('老年人智能手机培训')).toMatchObject({ topics: ['digital-skills!'], audiences: ['elderly!'] })
    expect(slots('乡村教师人工智能')).toMatchObject({ topics: ['ai!'], audiences: ['rural-teachers!'] })
  })

  it('infers audiences from how people describe themselves, as implied slots', () => {
    expect(slots('我65了，想学用手机').audiences).toEqual(['elderly?'])
    expect(slots('退休了有什么好学的').audiences).toEqual(['elderly?'])
    expect(slots('我在城里打工，想学点技术').audiences).toEqual(['migrant-workers?'])
    expect(slots('我在村小教书').audiences).toEqual(['rural-teachers?'])
    expect(slots('暑假给孩子报个班').audiences).toEqual(['parents?'])
  })

  it('lets a situation cue swallow the plain word inside it', () => {
    // "孩子" alone is the youth audience; inside "我孩子沉迷手机" it describes a parent.
    expect(slots('我孩子沉迷手机怎么办')).toMatchObject({ topics: ['family-education!'], audiences: ['parents?'] })
  })

  it('keeps an explicit mention explicit when a cue says the same', () => {
    expect(slots('我70岁了，老年人能学AI吗').audiences).toEqual(['elderly!'])
  })

  it('reads a child starting school as a parent asking, not a youth audience', () => {
    expect(slots('孩子马上上一年级了要准备什么')).toMatchObject({ audiences: ['parents?'], topics: ['family-education?'], time: null })
  })

  it('finds a topic in a plain-words situation (wages not paid)', () => {
    expect(slots('我在外地打工，工资老板不给怎么办')).toMatchObject({ topics: ['law-finance!'], audiences: ['migrant-workers?'] })
  })

  it('leaves words describing the learner out of the search terms, taxonomy words excepted', () => {
    expect(understand('村里教书的老师能参加什么培训').terms).toEqual([])
    expect(understand('我在城里打工，想学门手艺').terms).toEqual(['打工', '手艺', '技能', '就业'])
  })

  it('does not take the people cared for as the audience of a care topic', () => {
    expect(slots('elderly care training')).toMatchObject({ topics: ['health-elderly-care!'], audiences: [] })
    expect(slots('失能老人照护培训')).toMatchObject({ topics: ['health-elderly-care!'], audiences: [] })
    expect(slots('家长课堂')).toMatchObject({ topics: ['family-education!'], audiences: ['parents!'] })
  })

  it('reads farmers selling online as rural e-commerce and still as farmers', () => {
    expect(slots('贵州农民电商培训')).toMatchObject({ topics: ['rural-revitalization!'], audiences: ['farmers!'], region: '贵州省' })
  })

  it('does not take a relative being cared for as the learner', () => {
    expect(slots('家里老人得了老年痴呆，我想学学怎么照顾')).toMatchObject({ topics: ['health-elderly-care!'], audiences: [] })
  })

  it('reads more situations: a grandmother learning, a new mother, twenty years a soldier', () => {
    expect(slots('我奶奶想学唱戏')).toMatchObject({ topics: ['culture-arts!'], audiences: ['elderly?'] })
    expect(slots('刚生完孩子在家，想学点能挣钱的')).toMatchObject({ topics: ['vocational-skills!'], audiences: ['women?'] })
    expect(slots('当了二十年兵，退下来想学点技能')).toMatchObject({ topics: ['vocational-skills!'], audiences: ['veterans?'] })
    expect(slots('养了几箱蜜蜂，想学学技术').audiences).toEqual(['farmers?'])
  })

  it('does not take 用电脑 for electricity or poor eyesight for a disability', () => {
    expect(slots('我退休前是会计，想学学用电脑做表格').topics).toEqual(['digital-skills!'])
    expect(slots('眼睛不太好，手机上的字看不清').audiences).toEqual(['elderly?'])
  })

  it('keeps two taxonomy words of different kinds that overlap', () => {
    expect(slots('电力职工培训')).toMatchObject({ topics: ['energy-power!'], audiences: ['employees!'] })
  })

  it('pins the whole understanding of a colloquial message', () => {
    const u = understand('我65了，想在网上学用手机')
    expect({ normalized: u.normalized, terms: u.terms, slots: u.slots }).toMatchInlineSnapshot(`
      {
        "normalized": "我65了 想在网上学用手机",
        "slots": {
          "audiences": [
            {
              "explicit": false,
              "id": "elderly",
              "matched": "我65了",
              "related": false,
            },
          ],
          "format": "online",
          "free": null,
          "region": null,
          "time": null,
          "topics": [
            {
              "explicit": true,
              "id": "digital-skills",
              "matched": "用手机",
              "related": false,
            },
          ],
        },
        "terms": [
          "网上",
          "手机",
          "智能手机",
        ],
      }
    `)
  })
})

describe('typos, pinyin and traditional characters', () => {
  it('reads IME homophone typos as the words meant', () => {
    expect(slots('人工只能课程').topics).toEqual(['ai!'])
    expect(slots('乡村振心').topics).toEqual(['rural-revitalization!'])
    expect(slots('电公培训').topics).toEqual(['energy-power!'])
  })

  it('reads pinyin as Chinese', () => {
    expect(slots('rengong zhineng')).toMatchObject({ topics: ['ai!'], lang: 'zh' })
    expect(slots('laonianren xue shouji')).toMatchObject({ audiences: ['elderly!'] })
  })

  it('reads traditional characters', () => {
    expect(slots('鄉村振興 農民培訓')).toMatchObject({ topics: ['rural-revitalization!'], audiences: ['farmers!'] })
    expect(understand('學習人工智慧').normalized).toBe('学习人工智能')
  })
})

describe('region, format and fee', () => {
  it('finds a city or province by its canonical name', () => {
    expect(slots('杭州有没有线下的电工培训')).toMatchObject({ region: '杭州市', format: 'offline', topics: ['energy-power!'] })
    expect(slots('云南的农民培训').region).toBe('云南省')
    expect(slots('全国的免费课程')).toMatchObject({ region: '全国', free: true })
  })

  it('reads online and offline words, and does not take 网上 as a region', () => {
    expect(slots('网上的课')).toMatchObject({ format: 'online', region: null })
    expect(slots('想在家学')).toMatchObject({ format: 'online' })
    expect(slots('要面授的')).toMatchObject({ format: 'offline' })
    expect(slots('线上线下都可以').format).toBeNull()
  })

  it('does not take selling online as wanting an online course', () => {
    expect(slots('我种了10亩地想学网上卖水果')).toMatchObject({ format: null, topics: ['rural-revitalization!'], audiences: ['farmers?'] })
  })

  it('reads free in plain and colloquial words, and a refusal of the filter', () => {
    expect(slots('不要钱的课').free).toBe(true)
    expect(slots('免费的书法课').free).toBe(true)
    expect(slots('收费的也行').free).toBeNull()
  })
})

describe('time windows', () => {
  it('turns relative time words into dates from today', () => {
    expect(slots('下个月有什么课').time).toBe('2026-12-01..2026-12-31')
    expect(slots('这个月').time).toBe('2026-11-28..2026-11-30')
    expect(slots('下周').time).toBe('2026-11-30..2026-12-06')
    expect(slots('暑假').time).toBe('2027-07-01..2027-08-31')
    expect(slots('明年').time).toBe('2027-01-01..2027-12-31')
    expect(slots('春节后').time).toBe('2027-02-07..2027-04-07')
  })
})

describe('English', () => {
  it('understands English requests and answers in English', () => {
    expect(slots('AI courses for retirees')).toMatchObject({ topics: ['ai!'], audiences: ['elderly!'], lang: 'en' })
    expect(slots('free online courses for farmers in Yunnan')).toMatchObject({
      audiences: ['farmers!'], region: '云南省', format: 'online', free: true, lang: 'en',
    })
    expect(slots('I am 70 and want to learn to use a smartphone')).toMatchObject({ topics: ['digital-skills!'], audiences: ['elderly?'] })
  })
})

describe('vague messages', () => {
  it('marks messages with no usable need as vague', () => {
    for (const text of ['有什么好学的', '推荐一下', '随便看看', 'what can I learn', '你好，有什么课程推荐吗']) {
      expect(understand(text).vague, text).toBe(true)
    }
  })

  it('does not mark needs or unanswerable requests as vague', () => {
    for (const text of ['学开飞机', '有什么免费的', '退休了有什么好学的', '杭州有什么课']) {
      expect(understand(text).vague, text).toBe(false)
    }
  })

  it('adds the catalogue words for everyday phrases to the search terms', () => {
    expect(understand('我六十多了，怕被骗子骗钱').terms).toEqual(['怕', '骗子', '骗钱', '诈骗', '防诈骗', '反诈'])
  })

  it('groups each word with the words inside it, and a phrase with its catalogue words', () => {
    expect(understand('老年人智能手机培训').termGroups).toEqual([['老年人'], ['智能', '手机', '智能手机']])
    expect(understand('我六十多了，怕被骗子骗钱').termGroups).toEqual([['怕'], ['骗子', '骗钱', '诈骗', '防诈骗', '反诈']])
  })

  it('keeps three-character words whole in the search terms (挖掘机 is not 数据挖掘)', () => {
    expect(understand('挖掘机驾驶').terms).toEqual(['挖掘机', '驾驶'])
  })

  it('drops filler words from the search terms', () => {
    expect(understand('有什么好学的人工智能课程推荐').terms).toEqual(['人工', '智能', '人工智能'])
  })
})
