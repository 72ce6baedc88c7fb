/**
 * Formal written Chinese (Hong Kong and Macau letters, Taiwan forms) and Taiwanese / Cantonese chat frames read as
 * the Mandarin frame with the same slots (src/text/formal-frames.ts), through the real engine and SQLite on the
 * sample catalogue.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { toMandarin } from '../src/text/dialect.js'
import { toSimplified } from '../src/text/normalize.js'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('trad-formal')
const onTopic = (id: string) => (p: Project) => p.topics.includes(id)
const audienceName = (id: string) => sampleRig().taxonomy.get('audiences', id)!.zh
const read = (text: string) => toSimplified(toMandarin(text))

describe('formal Hong Kong and Macau letters read as plain requests', () => {
  it.each([
    ['請問貴機構有否開辦以長者為主的電腦班', 'elderly', 'digital-skills'],
    ['敬請介紹適合退休人士的電腦課程，謝謝', 'elderly', 'digital-skills'],
    ['煩請告知有否歡迎婦女報讀的電腦課程', 'women', 'digital-skills'],
  ] as const)('"%s" lists that topic for that learner and leaves no stray need word', async (text, audience, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).toContain(audienceName(audience))
    expect(replyText(r)).not.toContain('目录里暂时没有')
    expect((await shown(r)).every((p) => onTopic(topic)(p) && forAudience(audience)(p))).toBe(true)
  })

  it('a class "以網上形式進行" is online, and "敬請提供課程詳情" alone asks back instead of "nothing found"', async () => {
    const r = await learner()('敬請介紹以網上形式進行的電腦課程')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.format === 'online' || p.format === 'hybrid')).toBe(true)
    const vague = await learner()('敬請提供課程詳情')
    expect(vague.projects).toEqual([])
    expect(replyText(vague)).not.toContain('目录里暂时没有')
  })
})

describe('formats said as a frame', () => {
  it('"線上線下都可以上的" and Taiwan\'s 混成 are hybrid classes', async () => {
    for (const text of ['有冇線上線下都可以上的電腦課', '請問有混成課程的電腦課嗎']) {
      const r = await learner()(text)
      expect(r.projects.length).toBeGreaterThan(0)
      expect((await shown(r)).every((p) => p.format === 'hybrid')).toBe(true)
    }
  })

  it('實體 right after "報" is in person, but 實體店 stays a shop', async () => {
    const r = await learner()('想報實體手機課')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.format === 'offline' || p.format === 'hybrid')).toBe(true)
    expect(read('想開實體店')).toBe('想开实体店')
  })
})

describe('who the learner is, said the Taiwan or Hong Kong way', () => {
  it.each([
    ['我還在念大學，想學AI', 'youth'],
    ['我讀高中，有冇電腦課', 'youth'],
    ['我嫲嫲成日話悶，敬請介紹課程', 'elderly'],
    ['給阿嬤問的，有冇手機課', 'elderly'],
    ['我在外地工作的打工仔，有冇電腦課', 'migrant-workers'],
    ['我是外地來的打工族，想學電腦', 'migrant-workers'],
  ] as const)('"%s" names its learner and lists classes for them', async (text, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).toContain(audienceName(audience))
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
  })

  it('a retiree who asks "換個問法" keeps who they are and the fee, and gets the new topic', async () => {
    const say = learner()
    const first = await say('本人為退休長者，敬請介紹免費課程')
    expect(replyText(first)).toContain(audienceName('elderly'))
    const r = await say('換個問法，有冇手機課')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => onTopic('digital-skills')(p) && forAudience('elderly')(p) && p.fee === 0)).toBe(true)
  })
})

describe('more of letters, forms and chat', () => {
  it.each([
    ['謹此查詢貴中心有否提供免費電腦課程', 'digital-skills'],
    ['阿姨想問手機課有開課嗎', 'digital-skills'],
    ['有冇免費嘅長照堂可以報', 'health-elderly-care'],
    ['想搵父母成長班', 'family-education'],
  ] as const)('"%s" lists that topic with no stray need word', async (text, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).not.toContain('目录里暂时没有')
    expect(replyText(r)).not.toContain(audienceName('parents'))
    expect((await shown(r)).every(onTopic(topic))).toBe(true)
  })

  it.each([
    ['本人於鄉郊小學任教，想學AI', 'rural-teachers'],
    ['我係大學一年級學生，想學英文', 'youth'],
    ['本課程對象為婦女嘅電腦班有冇', 'women'],
    ['本人曾服役於軍中，想學電腦', 'veterans'],
  ] as const)('"%s" names its learner', async (text, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).toContain(audienceName(audience))
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
  })

  it('"唔要啱啱啲條件" drops the place said before, and the new request stands alone', async () => {
    const say = learner()
    const first = await say('我住在北京，想學畫畫')
    expect(replyText(first)).toContain('北京')
    const r = await say('唔要啱啱啲條件，我想學英文')
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).not.toContain('北京')
    expect((await shown(r)).every(onTopic('language'))).toBe(true)
  })
})

describe('lead-ins that look like the frames', () => {
  it('"改問法律知識" switches to law, it is not "ask another way" (改問法) followed by 律', async () => {
    const say = learner()
    await say('我係退休人士想學書法')
    const r = await say('那改問法律知識')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('law-finance'))).toBe(true)
  })

  it('"最近好悶想上堂" (bored, wants a class) still asks what to learn', async () => {
    const r = await learner()('最近好悶想上堂')
    expect(r.clarify).toBe(true)
    expect(r.projects).toEqual([])
  })
})

describe('the frames leave Mandarin alone', () => {
  it.each(['我在读大学的时候学过画画', '我想上大学', '有无数种方法', '线上线下都可以', '蛮好的课', '欢迎光临', '课堂上', '去食堂吃饭', '阿姨家里'])('"%s" reads as typed', (text) => {
    expect(read(text)).toBe(text)
  })
})
