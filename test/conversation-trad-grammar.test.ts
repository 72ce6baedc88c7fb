/**
 * Round 7 (conv-trad): the grammar of written Cantonese and Taiwanese (aspect marks, 啱啱, 阮, 欲), going to class
 * as the in-person format, English typed inside Chinese without its spaces, formal "please" frames, and a subject
 * said before a certificate word, each as a family of phrasings, through the real engine, search and SQLite on the
 * sample catalogue. Every check is computed from the catalogue's fields; the phrasings are our own, not a bank's.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { toMandarin } from '../src/text/dialect.js'
import { toSimplified } from '../src/text/normalize.js'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('trad7')
const onTopic = (id: string) => (p: Project) => p.topics.includes(id)
const inPerson = (p: Project) => p.format === 'offline' || p.format === 'hybrid'
const online = (p: Project) => p.format === 'online' || p.format === 'hybrid'
const read = (text: string) => toSimplified(toMandarin(text))
const audienceName = (id: string) => sampleRig().taxonomy.get('audiences', id)!.zh

describe('Cantonese grammar words are read as their Mandarin meaning', () => {
  it.each([
    ['我啱啱畢業', '刚刚毕业'],
    ['我啱先退休', '刚刚退休'],
    ['我讀緊大學', '我是大学生'],
    ['我湊緊仔', '带孩子'],
    ['我返緊全職', '做全职工作'],
    ['我返兼職', '做兼职工作'],
    ['下一版', '下一页'],
    ['轉去睇理財', '换成理财'],
    ['想學揸車', '想学开车'],
  ])('"%s" is read with "%s"', (said, plain) => {
    expect(read(said)).toContain(plain)
  })

  it('keeps 緊 where it means tight or urgent (緊急, 緊張, 要緊, 抓緊)', () => {
    for (const [said, kept] of [['緊急救護', '紧急'], ['我好緊張', '紧张'], ['唔要緊', '要紧'], ['抓緊時間', '抓紧']]) {
      expect(read(said)).toContain(kept)
    }
  })

  it.each([
    ['我啱啱畢業，有冇課程', 'youth'],
    ['我返緊全職，想進修', 'employees'],
    ['我返兼職，想學嘢', 'employees'],
  ] as const)('"%s" names its learner', async (text, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).toContain(audienceName(audience))
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
  })
})

describe('Taiwanese Hokkien words for "my", "want" and farming', () => {
  it.each([
    ['阮阿公想學電腦', 'elderly'],
    ['阮阿嬤想欲學手機', 'elderly'],
    ['阮老爸今年七十，想學用手機', 'elderly'],
    ['阮兜作穡，有啥物課', 'farmers'],
    ['我是作田的，想學嘢', 'farmers'],
  ] as const)('"%s" names its learner', async (text, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).toContain(audienceName(audience))
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
  })

  it('leaves 欲 in its Mandarin words (食欲, 欲望) and 阮 as a surname before a given name', () => {
    expect(read('食欲不好')).toContain('食欲')
    expect(read('阮小明老师')).toContain('阮')
  })
})

describe('going to class is the in-person format, wherever 實體 or 去上堂 sits', () => {
  it.each([
    '有咩實體course',
    '我係社工，最好係實體',
    '想搵啲去上堂嘅班',
    '貴州嗰邊，去上堂嘅家庭教育有冇得學',
    '想報讀去上堂嘅理財',
    '有冇實體嘅課程',
  ])('"%s" shows only classes held in person', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(inPerson)).toBe(true)
  })

  it('a refusal still refuses: "唔使去上堂嘅電腦班" wants classes taken from home', async () => {
    const r = await learner()('唔使去上堂嘅電腦班')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(online)).toBe(true)
  })
})

describe('English typed inside Chinese without its spaces is read through the English words', () => {
  it.each([
    ['有冇onlinecourse', online],
    ['我啱啱畢業，有咩onlineclass', online],
    ['有冇freecourse教用手機', (p: Project) => p.fee === 0],
  ] as const)('"%s" is read as its English words', async (text, holds) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(holds)).toBe(true)
    expect(replyText(r)).not.toContain('目录里暂时没有')
  })

  it('does not take a name apart ("facebook", "youtube" stay whole and name digital skills)', async () => {
    for (const text of ['想學用facebook', '想學youtube']) {
      const r = await learner()(text)
      expect(r.projects.length).toBeGreaterThan(0)
      expect((await shown(r)).every(onTopic('digital-skills'))).toBe(true)
    }
  })
})

describe('formal wishes are "please" and what is asked for stays', () => {
  it.each(['敬希告知有否長者電腦班', '懇祈提供長者電腦班資料', '敬祈介紹長者電腦課程'])('"%s" lists computer classes for older people', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => onTopic('digital-skills')(p) && forAudience('elderly')(p))).toBe(true)
  })
})

describe('a subject said before a certificate word is what is asked for', () => {
  it.each(['想學潛水考牌', '想學揸車考牌', '想学潜水考证'])('"%s" (nothing in the catalogue teaches it) recommends nothing', async (text) => {
    const r = await learner()(text)
    expect(r.projects).toEqual([])
  })

  it('a subject the catalogue teaches keeps its certificate ("想學電工考牌")', async () => {
    const r = await learner()('想學電工考牌')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('energy-power'))).toBe(true)
  })
})

describe('Taiwan and Hong Kong topic words built from a morpheme', () => {
  it.each([
    ['有機耕作有冇課', 'rural-revitalization'],
    ['想學有機栽培', 'rural-revitalization'],
    ['師資進修課程', 'teacher-development'],
    ['有冇師資培育嘅課', 'teacher-development'],
  ] as const)('"%s" lists that topic', async (text, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic(topic))).toBe(true)
  })
})

describe('Hong Kong character forms', () => {
  it('reads 衞 and 枱 as the mainland 卫 and 台 (OpenCC hk → standard, then Taiwan phrases)', () => {
    expect(toSimplified('衞生署長者課程')).toBe('卫生署长者课程')
    expect(toSimplified('人工智慧課程')).toBe('人工智能课程')
  })
})

describe('a Hong Kong conversation pages and switches in its own words', () => {
  it('"下一版" shows unseen projects and "轉去睇…" keeps the learner', async () => {
    const say = learner()
    const first = await say('我係長者，有冇電腦班')
    expect(first.projects.length).toBeGreaterThan(0)
    const next = await say('下一版')
    expect(next.projects.length).toBeGreaterThan(0)
    expect(next.projects.some((p) => first.projects.some((q) => q.id === p.id))).toBe(false)
    const other = await say('轉去睇理財')
    expect(other.projects.length).toBeGreaterThan(0)
    expect((await shown(other)).every((p) => onTopic('law-finance')(p) && forAudience('elderly')(p))).toBe(true)
  })
})

describe('a live stream as the kind of class, and a student who just started', () => {
  it.each(['推荐一些网络直播的培训', '有冇網上直播嘅課', '我想學電腦，只要網絡直播的'])('"%s" shows only classes taken online', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(online)).toBe(true)
  })

  it('learning to live-stream stays a subject ("我想学网络直播带货" is no format)', async () => {
    const r = await learner()('我想学网络直播带货')
    expect(r.projects.length).toBeGreaterThan(0)
    // (The header names what was applied: no format.)
    expect(replyText(r).split('\n')[0]).not.toMatch(/线上/)
  })

  it.each(['我今年刚上大学，有哪些线下的课程', '我啱啱讀大學，有冇實體課'])('"%s" is a young learner', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).toContain(audienceName('youth'))
    expect((await shown(r)).every((p) => forAudience('youth')(p) && inPerson(p))).toBe(true)
  })
})

describe('Malaysian, Singaporean and Hong Kong words for where one lives and works', () => {
  it.each(['我住甘榜，想學用手機', '我住組屋，想學用手機', '我住公屋，想學用手機'])('"%s" lists phone classes and holds no need word for the home', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('digital-skills'))).toBe(true)
    expect(replyText(r)).not.toContain('目录里暂时没有')
  })

  it('reads 德士 as a taxi and 文憑 as a certificate', () => {
    expect(read('我是德士司機')).toContain('出租车司机')
    expect(read('想拿個電腦文憑')).toContain('证书')
  })
})
