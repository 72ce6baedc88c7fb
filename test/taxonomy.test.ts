import { describe, expect, it } from 'vitest'
import { loadTaxonomy, type TaxonomyKind } from '../src/catalogue/taxonomy.js'
import { fold } from '../src/text/fold.js'

/** The ids and Chinese labels the catalogue format spec requires. */
const SPEC: Record<TaxonomyKind, Record<string, string>> = {
  topics: {
    'digital-skills': '数字技能',
    ai: '人工智能',
    'rural-revitalization': '乡村振兴',
    'energy-power': '能源电力',
    'health-elderly-care': '健康养老',
    'vocational-skills': '职业技能',
    'culture-arts': '文化艺术',
    'teacher-development': '教师发展',
    'family-education': '家庭教育',
    'law-finance': '法律与金融素养',
    language: '语言学习',
  },
  audiences: {
    elderly: '老年人',
    'migrant-workers': '农民工',
    'rural-teachers': '乡村教师',
    farmers: '农民',
    'general-public': '社会公众',
    women: '妇女',
    youth: '青少年',
    veterans: '退役军人',
    'people-with-disabilities': '残疾人',
    'community-workers': '社区工作者',
    employees: '在职职工',
    parents: '家长',
  },
}
const KINDS: TaxonomyKind[] = ['topics', 'audiences']
const taxonomy = loadTaxonomy()

describe('knowledge/taxonomy.yaml', () => {
  it('has every topic and audience id of the spec with the spec Chinese label', () => {
    for (const kind of KINDS) {
      for (const [id, zh] of Object.entries(SPEC[kind])) {
        expect(taxonomy.get(kind, id)?.zh, `${kind} ${id}`).toBe(zh)
      }
    }
  })

  it('gives every entry a Chinese label, an English label and at least 15 synonyms', () => {
    for (const kind of KINDS) {
      for (const e of taxonomy.entries(kind)) {
        expect(e.zh, e.id).toMatch(/\p{Script=Han}/u)
        expect(e.en, e.id).toMatch(/^[A-Z][A-Za-z ]+$/)
        expect(e.synonyms.length, e.id).toBeGreaterThanOrEqual(15)
      }
    }
  })

  it('never lets one word stand for two entries of the same kind', () => {
    for (const kind of KINDS) {
      const owner = new Map<string, string>()
      const clashes: string[] = []
      for (const e of taxonomy.entries(kind)) {
        for (const term of [e.id, e.zh, e.en, ...e.synonyms]) {
          const key = fold(term)
          const prev = owner.get(key)
          if (prev && prev !== e.id) clashes.push(`${term}: ${prev} and ${e.id}`)
          owner.set(key, e.id)
        }
      }
      expect(clashes, kind).toEqual([])
    }
  })

  it('matches a topic\'s whole-topic names like synonyms, and tells them from one skill of the topic', () => {
    for (const e of taxonomy.topics) {
      for (const n of e.names ?? []) {
        expect(taxonomy.resolve('topics', n), n).toBe(e.id)
        expect(e.synonyms.map(fold)).toContain(fold(n))
        expect(taxonomy.namesWholeTopic(n), n).toBe(true)
      }
      expect(taxonomy.namesWholeTopic(e.zh)).toBe(true)
      expect(taxonomy.namesWholeTopic(e.en)).toBe(true)
    }
    expect(taxonomy.namesWholeTopic('外语')).toBe(true)
    expect(taxonomy.resolve('topics', '叉车')).toBe('vocational-skills')
    expect(taxonomy.namesWholeTopic('叉车')).toBe(false)
  })

  it('leaves out words so general they would match almost any message', () => {
    const tooGeneral = ['学习', '课程', '培训', '人', '知识', '老师', '教育', 'course', 'learning']
    for (const kind of KINDS) {
      for (const g of tooGeneral) expect(taxonomy.resolve(kind, g), `${kind} ${g}`).toBeNull()
    }
  })

  it('tells a word for a whole topic (外语, 农业) from one specific skill in it (雅思, 叉车), and resolves both', () => {
    for (const w of ['外语', '农业', '法律', '电脑']) expect(taxonomy.namesWholeTopic(w), w).toBe(true)
    for (const w of ['雅思', '叉车', '插花', '充电桩']) expect(taxonomy.namesWholeTopic(w), w).toBe(false)
    expect(taxonomy.resolve('topics', '外语')).toBe('language')
    expect(taxonomy.resolve('topics', '雅思')).toBe('language')
  })

  it('finds every family word inside a phrase, longest first, ties in the taxonomy\'s order', () => {
    const family = taxonomy.topics.flatMap((e) => (e.family ?? []).map(fold))
    const plain = (phrase: string) => [...new Set(family)].filter((w) => fold(phrase).includes(w)).sort((a, b) => b.length - a.length)
    expect(taxonomy.familyWordsIn('想学拉二胡')).toEqual(['二胡'])
    expect(taxonomy.familyWordsIn('想学做蛋糕')).toEqual([])
    const phrases = ['微信视频和抢红包', '我想学网上挂号，还有微信支付', '学AI作图和AI配音', '视讯通话 视讯', '二胡二胡葫芦丝', '', 'x']
    for (const phrase of phrases) expect(taxonomy.familyWordsIn(phrase)).toEqual(plain(phrase))
    expect(taxonomy.familyWordsIn('我想学网上挂号，还有微信支付').length).toBeGreaterThan(1)
  })

  it('lists migrant workers under 进城务工人员 as well', () => {
    expect(taxonomy.resolve('audiences', '进城务工人员')).toBe('migrant-workers')
  })
})

describe('resolving what people write', () => {
  it('resolves Chinese labels, English labels and ids', () => {
    expect(taxonomy.resolve('topics', '能源电力')).toBe('energy-power')
    expect(taxonomy.resolve('topics', 'Legal and financial literacy')).toBe('law-finance')
    expect(taxonomy.resolve('audiences', 'Rural teachers')).toBe('rural-teachers')
    expect(taxonomy.resolve('audiences', 'people-with-disabilities')).toBe('people-with-disabilities')
  })

  it('resolves colloquial synonyms learners type', () => {
    expect(taxonomy.resolve('audiences', '大爷大妈')).toBe('elderly')
    expect(taxonomy.resolve('audiences', '银发族')).toBe('elderly')
    expect(taxonomy.resolve('audiences', '外卖骑手')).toBe('migrant-workers')
    expect(taxonomy.resolve('audiences', '村小老师')).toBe('rural-teachers')
    expect(taxonomy.resolve('topics', '充电桩')).toBe('energy-power')
    expect(taxonomy.resolve('topics', '智能手机')).toBe('digital-skills')
    expect(taxonomy.resolve('topics', 'DeepSeek')).toBe('ai')
    expect(taxonomy.resolve('topics', '防范电信诈骗')).toBe('law-finance')
    expect(taxonomy.resolve('topics', '留守儿童')).toBe('family-education')
  })

  it('ignores case and full-width letters and spaces', () => {
    expect(taxonomy.resolve('topics', 'ＡＩ')).toBe('ai')
    expect(taxonomy.resolve('topics', 'ai')).toBe('ai')
    expect(taxonomy.resolve('topics', 'ＰＹＴＨＯＮ')).toBe('digital-skills')
    expect(taxonomy.resolve('topics', '  Digital   SKILLS ')).toBe('digital-skills')
    expect(taxonomy.resolve('audiences', 'Ｍｉｇｒａｎｔ　Ｗｏｒｋｅｒｓ')).toBe('migrant-workers')
    expect(taxonomy.resolve('audiences', 'SENIORS')).toBe('elderly')
  })

  it('returns null for a word it does not know', () => {
    expect(taxonomy.resolve('topics', '量子力学')).toBeNull()
    expect(taxonomy.resolve('audiences', '宇航员')).toBeNull()
  })
})

describe('suggesting labels for a typo', () => {
  it('suggests 人工智能 for 人工智障', () => {
    expect(taxonomy.closest('topics', '人工智障')[0]).toBe('人工智能')
  })

  it('suggests elderly words for misspelt 老年人', () => {
    for (const typo of ['老念人', '老年仁', '老年朋有']) {
      const suggestions = taxonomy.closest('audiences', typo)
      expect(suggestions.length, typo).toBe(3)
      for (const s of suggestions) expect(taxonomy.resolve('audiences', s), `${typo} → ${s}`).toBe('elderly')
    }
  })

  it('suggests a label of the intended entry for a misspelt English label', () => {
    const [audience] = taxonomy.closest('audiences', 'migrant workrs', 1)
    expect(taxonomy.resolve('audiences', audience)).toBe('migrant-workers')
    const [topic] = taxonomy.closest('topics', 'famly education', 1)
    expect(taxonomy.resolve('topics', topic)).toBe('family-education')
  })
})
