/**
 * Chinese conversations in every register (standard, elderly and colloquial,
 * Taiwan and Hong Kong wording, IME slips), through the real engine, search
 * and SQLite on the sample catalogue. Phrasings are our own, not the
 * simulator's banks; every check is computed from the catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { toMandarin } from '../src/text/dialect.js'
import { isNeedWord } from '../src/query/need-filter.js'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown, active } = useSampleConversation('zh')
const free = (p: Project) => p.fee === 0
const online = (p: Project) => p.format === 'online' || p.format === 'hybrid'
const offline = (p: Project) => p.format === 'offline' || p.format === 'hybrid'


describe('dialect and chat particles become plain Mandarin before matching', () => {
  it.each([
    ['有冇唔使錢嘅課', '有没有不用钱的課'],
    ['我哋想揾啲網課', '我们想找些網課'],
    ['俺想学点啥呗', '我想学点什么'],
    ['咱们村里有啥课哈', '我们村里有什么课'],
    ['還又沒有別的', '還有沒有別的'],
    ['再推见几个', '再推荐几个'],
  ])('"%s" reads as "%s"', (said, plain) => {
    expect(toMandarin(said)).toBe(plain)
  })

  it('leaves content words and place names alone (哈尔滨, 关系, 仲裁)', () => {
    for (const text of ['哈尔滨的老年大学', '親子關係', '劳动仲裁怎么申请']) expect(toMandarin(text)).toBe(text)
  })
})

describe('words about the person or the conversation are no need', () => {
  it.each(['本人', '改主意', '跟前', '外头', '俺找', '教有', '重新'])('"%s" is not something to learn', (w) => {
    expect(isNeedWord(toMandarin(w))).toBe(false)
  })
  it.each(['羽毛球', '花馍', '书法', '电焊'])('"%s" is', (w) => {
    expect(isNeedWord(w)).toBe(true)
  })
})

describe('4. everyday elderly words never empty the answer', () => {
  it.each([
    '俺们这些老年人 有不要钱的班没',
    '我今年七十三了 给俺找个到跟前去上的课呗',
    '本人已退休，有什么适合的课',
    '我是樂齡人士，想報唔使錢的課程',
  ])('"%s" lists classes older people can take', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).not.toContain('目录里暂时没有')
    expect((await shown(r)).every(forAudience('elderly'))).toBe(true)
  })
})

describe('1 and 9. audiences, places, format and fee are understood in every register', () => {
  it.each([
    ['我在鄉下小學任教，有冇免費嘅網課', 'rural-teachers', [free, online]],
    ['我是社区的工作人员，要不花钱的', 'community-workers', [free]],
    ['我有份工作 天天上着班 想找网上能学的', 'employees', [online]],
    ['在外头打工的 有到跟前去上的课没', 'migrant-workers', [offline]],
  ] as const)('"%s" keeps the learner and the preferences', async (text, audience, checks) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    const projects = await shown(r)
    expect(projects.every(forAudience(audience))).toBe(true)
    for (const check of checks) expect(projects.every(check)).toBe(true)
    const label = sampleRig().taxonomy.get('audiences', audience)!
    expect(replyText(r)).toContain(label.zh)
  })

  it('a narrowing in Cantonese keeps the person ("仲有冇免費嘅" after a request)', async () => {
    const say = learner()
    await say('我是老人家，想學用手機')
    const r = await say('只要唔使錢嘅')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => free(p) && forAudience('elderly')(p) && p.topics.includes('digital-skills'))).toBe(true)
  })

  it('"more" said with an IME slip or in Cantonese pages unseen projects', async () => {
    const say = learner()
    const first = await say('我想学电工')
    const seen = new Set(first.projects.map((p) => p.id))
    for (const more of ['还又没有别的', '仲有冇']) {
      const r = await say(more)
      expect(r.projects.length).toBeGreaterThan(0)
      for (const p of await shown(r)) {
        expect(seen.has(p.id)).toBe(false)
        expect(p.topics).toContain('energy-power')
        seen.add(p.id)
      }
    }
  })

  it('a colloquial subject is a topic, not an unmet word ("懂点法", "文艺这块", "照看卧床的老人")', async () => {
    for (const [text, topic] of [['想懂点法 有课没', 'law-finance'], ['文艺这块有啥', 'culture-arts'], ['想学照看卧床的老人', 'health-elderly-care']] as const) {
      const r = await learner()(text)
      expect(r.projects.length).toBeGreaterThan(0)
      expect((await shown(r)).every((p) => p.topics.includes(topic))).toBe(true)
    }
  })
})

describe('7. out-of-scope subjects bring nothing loosely related', () => {
  it.each([
    ['孙女要考研 想给她报个数学补习班', ['考研', '补习']],
    ['想考雅思 有没有培训', ['雅思']],
    ['我想学开拖拉机', ['拖拉机']],
  ])('"%s" recommends nothing when no project mentions %j', async (text, absent) => {
    const all = await active()
    const mentions = (p: Project) => absent.some((w) => `${p.title}${p.summary}${p.tags.join('')}`.includes(w))
    expect(all.filter(mentions)).toEqual([]) // the premise, from the catalogue
    const r = await learner()(text)
    expect(r.projects).toEqual([])
  })
})

describe('who the learner is, read from a person, an age or a role word', () => {
  it.each([
    ['家里老的想学点东西 有啥课', 'elderly'],
    ['俺爹都七十了 想学点啥', 'elderly'],
    ['俺媳妇想报个班 有不要钱的不', 'women'],
    ['我在山里的村校代课 有啥能学的', 'rural-teachers'],
    ['干居委会工作的 有啥课', 'community-workers'],
    ['俺们是在家种田的 有啥课', 'farmers'],
    ['我家闺女读高中 有啥适合她的', 'youth'],
    ['出门打工好些年了 有啥课', 'migrant-workers'],
  ] as const)('"%s" is for %s', async (text, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
    expect(replyText(r)).toContain(sampleRig().taxonomy.get('audiences', audience)!.zh)
  })

  it('the learner\'s own parents are older learners, not parents ("我父母都七十多了")', async () => {
    const r = await learner()('我父母都七十多了，想学用手机')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => forAudience('elderly')(p) && p.topics.includes('digital-skills'))).toBe(true)
    expect(replyText(r)).not.toContain(sampleRig().taxonomy.get('audiences', 'parents')!.zh)
  })

  it('an older group named inside a topic ("老年人保健") does not replace the learner\'s own role', async () => {
    const r = await learner()('干社区工作的 想学老年人保健养生')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => forAudience('community-workers')(p) && p.topics.includes('health-elderly-care'))).toBe(true)
  })

  it('a narrowing that says who the learner is keeps the subject ("俺是在家种田的" after a request)', async () => {
    const say = learner()
    await say('想学用智能手机')
    const r = await say('俺是在家种田的')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('digital-skills'))).toBe(true)
  })
})

describe('each topic said the way people talk about it', () => {
  it.each([
    ['教书的本事想提高提高', 'teacher-development'],
    ['当老师的想进修一下 有啥', 'teacher-development'],
    ['想学种养殖技术', 'rural-revitalization'],
    ['给俺整个电工活的课', 'energy-power'],
    ['想学学外国话', 'language'],
    ['钱咋存咋管 有课没', 'law-finance'],
  ] as const)('"%s" is %s', async (text, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).not.toContain('目录里暂时没有')
    expect((await shown(r)).every((p) => p.topics.includes(topic))).toBe(true)
  })

  it('a word for the whole topic that the catalogue never uses still lists the topic, a specific skill still does not', async () => {
    const all = await active()
    expect(all.some((p) => `${p.title}${p.summary}${p.tags.join('')}`.includes('外国话'))).toBe(false) // the premise
    expect((await learner()('想学外国话')).projects.length).toBeGreaterThan(0)
    expect((await learner()('我想学开拖拉机')).projects).toEqual([])
  })
})
