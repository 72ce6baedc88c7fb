/**
 * Traditional characters with Taiwan, Hong Kong and Macau wording, and
 * written Cantonese, through the real engine, search and SQLite on the sample
 * catalogue. Phrasings are our own, not the simulator's banks; every check is
 * computed from the catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { toMandarin } from '../src/text/dialect.js'
import { toSimplified } from '../src/text/normalize.js'
import { REGIONAL_WORDS, toMainlandWords } from '../src/text/regional-words.js'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('trad')
const onTopic = (id: string) => (p: Project) => p.topics.includes(id)
const free = (p: Project) => p.fee === 0
const online = (p: Project) => p.format === 'online' || p.format === 'hybrid'
/** What the bot reads from a message before matching (the understander's order). */
const read = (text: string) => toSimplified(toMandarin(text))

describe('Taiwan and Hong Kong words become the mainland words the bot knows', () => {
  it.each([
    ['我係身障者', '残障人士'],
    ['我是榮民', '退役军人'],
    ['我屋企阿嫲想報讀長照課程', '家里奶奶想报名照护'],
    ['有冇遙距課程', '远程'],
    ['想學寫程式', '编程'],
    ['數碼科技入門', '数字技能'],
    ['親職教育講座', '亲子教育'],
    ['我係新來港人士', '新市民'],
    ['全額資助嘅課程', '免费'],
    ['教師在職進修', '教师进修'],
    ['家長教養技巧', '育儿技巧'],
  ])('"%s" is read with "%s"', (said, mainland) => {
    expect(read(said)).toContain(mainland)
  })

  it('rewrites the same regional words typed in simplified characters (a learner in Guangdong)', () => {
    expect(read('我屋企阿嫲想报读乐龄族的课')).toContain('家里奶奶想报名乐龄人士')
  })

  it('leaves mainland words alone when the message has no traditional characters (数码相机, 研习, 外国语, 韩国语)', () => {
    for (const text of ['数码相机摄影', '教师研习营', '外国语学院', '韩国语入门', '智慧养老']) expect(read(text)).toBe(text)
  })

  it('reads 國語 as Mandarin, but not inside 外國語 or 韓國語', () => {
    expect(read('想學國語')).toContain('普通话')
    expect(read('韓國語入門')).not.toContain('普通话')
  })

  it('changes nothing more when run twice, for every word of the table and in both modes', () => {
    for (const [from] of REGIONAL_WORDS) {
      for (const traditional of [true, false]) {
        const once = toMainlandWords(`我想学${from}的课`, traditional)
        expect(toMainlandWords(once, traditional)).toBe(once)
      }
    }
  })
})

describe('written Cantonese becomes Mandarin before matching', () => {
  it.each([
    ['我唔識用手機', '我不会用手机'],
    ['從頭嚟過', '从头再来'],
    ['出年有冇', '明年有没有'],
    ['線上線下都得', '都可以'],
    ['點報名', '怎么报名'],
    ['我而家想學嘢', '我现在想学东西'],
    ['呢個幾錢', '这个多少钱'],
    ['我好鍾意畫畫', '我好喜欢画画'],
  ])('"%s" is read with "%s"', (said, plain) => {
    expect(read(said)).toContain(plain)
  })

  it('keeps Mandarin words that share a character (知識, 認識, 點心)', () => {
    for (const text of ['想学法律知识', '认识中草药', '早点报名']) expect(read(text)).toBe(text)
  })
})

describe('regional audiences are understood at the first request', () => {
  it.each([
    ['我是榮民，有冇課程可以報', 'veterans'],
    ['我係身障者，想搵啲課', 'people-with-disabilities'],
    ['我係師奶，得閒想學嘢', 'women'],
    ['我阿嫲想學嘢，有冇推介', 'elderly'],
    ['我係耆英，想報讀課程', 'elderly'],
    ['我是新住民，想上課', 'migrant-workers'],
  ] as const)('"%s" lists classes for that learner', async (text, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
    expect(replyText(r)).toContain(sampleRig().taxonomy.get('audiences', audience)!.zh)
  })
})

describe('regional topics, formats and fees are understood', () => {
  it.each([
    ['想上長照課程', 'health-elderly-care'],
    ['有冇親職教育嘅課', 'family-education'],
    ['我想學寫程式', 'digital-skills'],
    ['有冇數碼科技入門課', 'digital-skills'],
    ['想學國語', 'language'],
  ] as const)('"%s" lists projects of that topic', async (text, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic(topic))).toBe(true)
  })

  it('"遙距" and "視像上堂" mean online', async () => {
    for (const text of ['有冇遙距課程', '有冇視像上堂嘅課']) {
      const r = await learner()(text)
      expect(r.projects.length).toBeGreaterThan(0)
      expect((await shown(r)).every(online)).toBe(true)
    }
  })

  it('"全額資助" means free', async () => {
    const r = await learner()('有冇全額資助嘅手機課')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => free(p) && onTopic('digital-skills')(p))).toBe(true)
  })

  it('a teacher\'s in-service training is teacher development, not a course for employees', async () => {
    const r = await learner()('有冇教師在職進修嘅課')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('teacher-development'))).toBe(true)
    expect(replyText(r)).not.toContain(sampleRig().taxonomy.get('audiences', 'employees')!.zh)
  })
})

describe('a Cantonese conversation keeps what the learner said', () => {
  it('grandparents asking for parenting skills stay the learners ("我屋企嘅長輩想報家長教養課")', async () => {
    const r = await learner()('我屋企嘅長輩想報，有冇家長教養嘅課')
    expect(r.projects.length).toBeGreaterThan(0)
    const shownProjects = await shown(r)
    expect(shownProjects.every((p) => onTopic('family-education')(p) && forAudience('elderly')(p))).toBe(true)
  })

  it('"從頭嚟過" clears the person and the next request starts fresh', async () => {
    const say = learner()
    const first = await say('我係榮民，想學電腦')
    expect((await shown(first)).every(forAudience('veterans'))).toBe(true)
    await say('從頭嚟過')
    const r = await say('有冇長照課程')
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).not.toContain(sampleRig().taxonomy.get('audiences', 'veterans')!.zh)
    expect((await shown(r)).every(onTopic('health-elderly-care'))).toBe(true)
  })
})

describe('everyday Hong Kong and Taiwan words for people, places and things', () => {
  it.each([
    ['我係做地盤嘅，想學多啲技能', 'migrant-workers'],
    ['我是外籍配偶，想學中文', 'migrant-workers'],
    ['我係家長，想學點教仔', 'parents'],
    ['我是代理教師', 'rural-teachers'],
    ['我是外籍看護，想學中文', 'migrant-workers'],
    ['我是高齡者', 'elderly'],
    ['我媽咪退咗休想學跳舞', 'elderly'],
  ] as const)('"%s" names its learner', async (text, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).toContain(sampleRig().taxonomy.get('audiences', audience)!.zh)
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
  })

  it('a Hong Kong district means Hong Kong ("有冇喺屯門嘅"), but 沙田 typed in simplified stays as typed', async () => {
    const hk = await learner()('有冇喺屯門嘅電腦課')
    expect(replyText(hk)).toContain('香港')
    expect(read('沙田镇的课')).toBe('沙田镇的课')
  })

  it('"資訊課" is a computer class', async () => {
    const r = await learner()('有推薦的資訊課嗎')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('digital-skills'))).toBe(true)
  })

  it('"LINE" and "WhatsApp" are the chat app, "智能電話" the smartphone, "Zoom上堂" online', async () => {
    for (const text of ['長者想學用LINE', '想學用WhatsApp', '想學用智能電話']) {
      const r = await learner()(text)
      expect(r.projects.length).toBeGreaterThan(0)
      expect((await shown(r)).every(onTopic('digital-skills'))).toBe(true)
    }
    const zoom = await learner()('有冇Zoom上堂嘅')
    expect(zoom.projects.length).toBeGreaterThan(0)
    expect((await shown(zoom)).every(online)).toBe(true)
  })
})

describe('Hong Kong and Taiwan vague openers ask back', () => {
  it.each(['想進修但不知從何開始', '唔知由邊度開始學', '我想增值自己', '唔知讀咩好', '想學嘢但不知何開始'])('"%s" gets the topic menu, not projects and not "nothing found"', async (text) => {
    const r = await learner()(text)
    expect(r.clarify).toBe(true)
    expect(r.projects).toEqual([])
    expect(replyText(r)).not.toContain('目录里暂时没有')
  })
})

describe('Cantonese follow-ups and control words in a conversation', () => {
  it('"第一個係咪免費" asks about the first project, "第二啲" pages, "算數啦，再搵過" starts over', async () => {
    const say = learner()
    const first = await say('我係退休人士想學書法')
    expect(first.projects.length).toBeGreaterThan(1)
    const detail = await say('第一個係咪免費')
    expect(detail.projects.map((p) => p.id)).toEqual([first.projects[0].id])
    const other = await say('換過第二啲')
    expect(other.projects.length).toBeGreaterThan(0)
    expect(other.projects.some((p) => p.id === first.projects[0].id)).toBe(false)
    const reset = await say('算數啦，再搵過')
    expect(reset.projects).toEqual([])
    const next = await say('有冇長照課程')
    expect(replyText(next)).not.toContain(sampleRig().taxonomy.get('audiences', 'elderly')!.zh)
  })

  it('"唔該晒" is thanks, not a request', async () => {
    const say = learner()
    await say('我想學電腦')
    const r = await say('唔該晒')
    expect(r.projects).toEqual([])
    expect(replyText(r)).toContain('不客气')
    expect(r.clarify).toBe(false)
    // With nothing on screen, the thanks also asks back with the topic menu (the learner needs a next step).
    const first = await learner()('唔該晒')
    expect(replyText(first)).toContain('不客气')
    expect(first.projects).toEqual([])
    expect(first.clarify).toBe(true)
  })
})

describe('Cantonese rules leave Mandarin alone', () => {
  it.each(['确定系统的课', '旁边几个课程', '宜家家居', '我一定系统地学', '这些课都得交钱吗', '不识字的老人'])('"%s" reads as typed', (text) => {
    expect(read(text)).toBe(text)
  })
})
