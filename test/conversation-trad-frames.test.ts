/**
 * Regional frames (src/text/regional-frames.ts): families of Taiwan, Hong Kong
 * and overseas phrasings keyed by meaning, through the real engine, search
 * and SQLite on the sample catalogue. Phrasings are our own, not the
 * simulator's banks; every check is computed from the catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { toMandarin } from '../src/text/dialect.js'
import { toSimplified } from '../src/text/normalize.js'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('trad-frames')
const onTopic = (id: string) => (p: Project) => p.topics.includes(id)
const online = (p: Project) => p.format === 'online' || p.format === 'hybrid'
const inPerson = (p: Project) => p.format === 'offline' || p.format === 'hybrid'
const read = (text: string) => toSimplified(toMandarin(text))
const audienceName = (id: string) => sampleRig().taxonomy.get('audiences', id)!.zh
const topicName = (id: string) => sampleRig().taxonomy.get('topics', id)!.zh

describe('a class taken at home or on a device is online, not a computer class', () => {
  it.each([
    '有冇可以喺屋企用電腦上嘅課',
    '阿公想找在家就能學的課',
    '有沒有待在家裡用手機就可以聽的課程',
    '想找宅在家也能上的課',
    '有没有用平板就能学的课',
  ])('"%s" lists online projects and names no digital-skills topic', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(online)).toBe(true)
    expect(replyText(r).split('\n')[0]).not.toContain(topicName('digital-skills'))
  })

  it('keeps learning to go online with a computer a digital-skills wish ("想學用電腦上網")', async () => {
    const r = await learner()('想學用電腦上網')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('digital-skills'))).toBe(true)
  })

  it('narrows a shown list to online when the format is said this way in a later turn', async () => {
    const say = learner()
    await say('有冇長照課程')
    const r = await say('要喺屋企用電腦就可以上嘅')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => online(p) && onTopic('health-elderly-care')(p))).toBe(true)
  })
})

describe('working away from home is a migrant worker', () => {
  it.each([
    '我是出外打拚的工人，有什麼課可以上',
    '我離鄉打拼好多年了，想學點東西',
    '我一個人喺城市搵食，有冇課程',
    '在外闖蕩的打工人，有推薦的課嗎',
  ])('"%s" lists classes for migrant workers', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).toContain(audienceName('migrant-workers'))
    expect((await shown(r)).every(forAudience('migrant-workers'))).toBe(true)
  })

  it('keeps the migrant worker through a topic switch', async () => {
    const say = learner()
    await say('我出外打拚，想學電腦')
    const r = await say('那家庭教育呢')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => forAudience('migrant-workers')(p) && onTopic('family-education')(p))).toBe(true)
  })
})

describe('regional subjects and formats said by a frame', () => {
  it.each([
    ['想學3C產品操作', 'digital-skills'],
    ['長輩學3C有冇推介', 'digital-skills'],
    ['有冇農村創業嘅課', 'rural-revitalization'],
    ['想回鄉創業，有課嗎', 'rural-revitalization'],
  ] as const)('"%s" lists projects of that topic', async (text, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic(topic))).toBe(true)
  })

  it.each(['有冇實體長照課程', '請問有實體電腦班可以上嗎', '哪邊有實體的手機課'])('"%s" (實體 glued to its subject) lists in-person projects', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(inPerson)).toBe(true)
  })

  it('reads a bare 實體 closing the message as in person ("想學電腦，有推的嗎，實體")', async () => {
    const r = await learner()('想學電腦，有推的嗎實體')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => inPerson(p) && onTopic('digital-skills')(p))).toBe(true)
  })

  it('leaves 實體店 and 實體經濟 alone', () => {
    expect(read('想學實體店經營')).toContain('实体店')
    expect(read('實體經濟課程')).toContain('实体经济')
  })
})

describe('kin, places of study and video classes in Taiwan and Hong Kong words', () => {
  it.each(['阮阿母想學用手機', '我老豆退咗休，想學用手機', '我阿爸想學智慧型手機'])('"%s" is a parent learning: an older learner', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => onTopic('digital-skills')(p) && forAudience('elderly')(p))).toBe(true)
  })

  it.each(['阿嬤想學唱歌耶', '請問有沒有適合阿公的手機課'])('"%s" is for an older learner', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(forAudience('elderly'))).toBe(true)
  })

  it('keeps 老母雞 a hen', () => {
    expect(read('老母雞')).not.toContain('妈妈')
  })

  it('"社大" is where, not what: the subject said with it is searched, alone it asks back', async () => {
    const r = await learner()('有沒有社大的書法課')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('culture-arts'))).toBe(true)
    const alone = await learner()('有沒有社大的課')
    expect(replyText(alone)).not.toContain('社大')
  })

  it('"要可以視訊的" is online, "想學影片剪輯" stays a subject', async () => {
    const r = await learner()('想學英文，要可以視訊的')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => online(p) && onTopic('language')(p))).toBe(true)
    expect(read('想學影片剪輯')).toContain('视频剪辑')
  })
})

describe('who the learner is and job skills, said the Taiwan and Hong Kong way', () => {
  it.each([
    ['身為爸媽，有冇親子課', 'parents'],
    ['作為人母，想學點東西', 'parents'],
    ['我是鄉下來的打工仔，想學電腦', 'migrant-workers'],
    ['我在外縣市做粗工，有冇課', 'migrant-workers'],
    ['我剛踏入社會，想學電腦', 'youth'],
    ['我是社會新鮮人，想進修英文', 'youth'],
    ['我係打工一族，想學AI', 'employees'],
    ['我喺街坊福利會做嘢，想搵培訓', 'community-workers'],
  ] as const)('"%s" names its learner', async (text, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).toContain(audienceName(audience))
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
  })

  it.each(['轉睇家長講座', '有冇家長班', '想上家長課程'])('"%s" is a parents\' class: family education', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => onTopic('family-education')(p))).toBe(true)
  })

  it('keeps a Hong Kong 打工仔 with no "from elsewhere" an employee', () => {
    expect(read('我係打工仔')).toContain('上班族')
  })

  it.each(['想學第二專長', '有冇證照輔導班'])('"%s" lists vocational projects', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('vocational-skills'))).toBe(true)
  })
})

describe('Taiwanese function words', () => {
  it('"想說來學…有推的嗎" is a request, and 學生成式AI is not a student', async () => {
    const r = await learner()('想說來學生成式AI，有推的嗎')
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).not.toContain(audienceName('youth'))
    expect((await shown(r)).every(onTopic('ai'))).toBe(true)
  })

  it('forum Chinese "求推" and "有大大知道" are requests', async () => {
    for (const text of ['我是家庭主婦，求推課程', '有大大知道手機課嗎']) {
      const r = await learner()(text)
      expect(r.projects.length).toBeGreaterThan(0)
      expect(replyText(r)).not.toContain('目录里暂时没有')
    }
  })

  it('"由頭再搵" starts over, and a new request in the same message leaks nothing of the old one', async () => {
    const say = learner()
    await say('我係榮民，喺湖南，想學電腦')
    const r = await say('由頭再搵，有冇長照課程')
    expect(r.projects.length).toBeGreaterThan(0)
    const header = replyText(r).split('\n')[0]
    expect(header).not.toContain(audienceName('veterans'))
    expect(header).not.toContain('湖南')
    expect((await shown(r)).every(onTopic('health-elderly-care'))).toBe(true)
  })

  it('keeps a real student a student ("我是學生，想學AI")', async () => {
    const r = await learner()('我是學生，想學AI')
    expect(replyText(r)).toContain(audienceName('youth'))
  })
})

describe('Cantonese follow-ups on a shown list', () => {
  it('"仲有冇第啲" pages on and keeps the list, "第一個點報" asks how to enrol, "頭先嗰個電話幾號" asks the phone number', async () => {
    const say = learner()
    const first = await say('有冇電腦班')
    const more = await say('仲有冇第啲')
    expect(more.projects.length).toBeGreaterThan(0)
    expect(more.projects.some((id) => first.projects.includes(id))).toBe(false)
    const [top] = await shown(more)
    const enrol = await say('第一個點報')
    expect(replyText(enrol)).toContain(top.title)
    expect(replyText(enrol)).toContain('报名')
    const phone = await say('頭先嗰個電話幾號')
    expect(replyText(phone)).toContain(top.title)
    expect(replyText(phone)).toContain('联系')
  })

  it('"算數，重新搵" starts over', async () => {
    const say = learner()
    await say('我係榮民，想學AI')
    const r = await say('算數，重新搵')
    expect(r.projects).toEqual([])
    expect(replyText(r)).toContain('重新开始')
  })
})
