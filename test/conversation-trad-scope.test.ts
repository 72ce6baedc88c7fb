/**
 * Round 8 (conv-trad8): asking to hire someone (a service nobody's course offers), a private tutor, and Taiwan's
 * 視訊 / 網路直播 naming how a class is held, each as a family of phrasings,
 * through the real engine, search and SQLite on the sample catalogue. Every check is computed from the catalogue's
 * fields; the phrasings are our own, not a bank's.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { toMandarin } from '../src/text/dialect.js'
import { toSimplified } from '../src/text/normalize.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner, shown } = useSampleConversation('trad8')
const onTopic = (id: string) => (p: Project) => p.topics.includes(id)
const online = (p: Project) => p.format === 'online' || p.format === 'hybrid'
const read = (text: string) => toSimplified(toMandarin(text))

describe('asking to hire someone is a service, which no project offers', () => {
  it.each([
    '想找人幫我搬家',
    '我要找人修冷氣',
    '我要找保母',
    '幫我找會修電腦的師傅',
    '想請個律師',
    '想找个月嫂',
    '找人来家里打扫卫生',
    '有冇人可以幫我接送小朋友，想搵個司機',
  ])('"%s" gets no projects', async (text) => {
    const r = await learner()(text)
    expect(r.projects).toEqual([])
    expect(replyText(r)).toContain('没有')
  })

  it.each([
    ['我想當保姆', 'vocational-skills'],
    ['找人教我用手機', 'digital-skills'],
    ['想學修電腦', 'digital-skills'],
  ] as const)('"%s" still asks to learn, and gets its topic', async (text, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).some(onTopic(topic))).toBe(true)
  })
})

describe('a private tutor for a school subject is exam tutoring', () => {
  it.each(['幫小孩找數學家教', '想請個家教補英文', '有冇英文家教'])('"%s" gets no projects', async (text) => {
    const r = await learner()(text)
    expect(r.projects).toEqual([])
  })
})

describe('Taiwan\'s 視訊 and 網路直播 name how a class is held', () => {
  it.each(['有什麼視訊的長照課', '想找視訊理財相關課程', '想找網路直播地方創生相關課程', '幫我找網路直播3C入門的研習'])(
    '"%s" shows only classes taken online', async (text) => {
      const r = await learner()(text)
      expect(r.projects.length).toBeGreaterThan(0)
      expect((await shown(r)).every(online)).toBe(true)
    })

  it('"改成視訊" narrows the list on screen to online classes', async () => {
    const say = learner()
    const first = await say('請問有理財的課嗎')
    expect((await shown(first)).some((p) => !online(p))).toBe(true)
    const r = await say('改成視訊')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => online(p) && onTopic('law-finance')(p))).toBe(true)
  })

  it('learning the thing itself stays a subject (視訊通話, 學網路直播, 網路直播帶貨)', () => {
    expect(read('想學視訊通話')).not.toMatch(/在线|线上/)
    expect(read('想學網路直播')).not.toMatch(/在线|线上/)
    expect(read('網路直播帶貨')).not.toMatch(/在线|线上/)
  })

  it('a subject after 視訊 is kept whole ("上視訊水墨畫" has no district 上水)', () => {
    expect(read('我想上視訊水墨畫')).toContain('水墨画')
  })
})

describe('a switch opened by a verb of looking for it turns to the new subject, whoever it is about', () => {
  it.each(['改找銀髮保健', '找老人保健', '改看長者護理'])('"%s" after "我是上班族，想學理財" lists health courses for the same learner', async (text) => {
    const say = learner()
    await say('我是上班族，想學理財')
    const r = await say(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('health-elderly-care'))).toBe(true)
    expect(replyText(r)).toContain('在职职工')
  })

  it('a job hunt stays the learner\'s life: "我剛畢業，找不到工作" then a subject keeps who they are', async () => {
    const say = learner()
    const r = await say('我剛畢業，找不到工作，想學電腦')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('digital-skills'))).toBe(true)
  })
})

describe('Taiwan and Hong Kong words for speaking, mixed classes and a trade', () => {
  it('"英文口說課程" is spoken English, not a teaching demonstration (说课)', async () => {
    const r = await learner()('求推薦英文口說課程')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('language'))).toBe(true)
  })

  it.each(['虛實混合的電腦課', '有沒有虛實整合的長照課程'])('"%s" shows only classes held both ways', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.format === 'hybrid')).toBe(true)
  })

  it('"想學一技傍身" asks for a trade skill', async () => {
    const r = await learner()('想學一技傍身')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('vocational-skills'))).toBe(true)
  })
})
