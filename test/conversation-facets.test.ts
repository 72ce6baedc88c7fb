/**
 * How, where and at what cost the learner wants to learn, said in their own
 * words, through the real engine, search and SQLite on the sample catalogue:
 * format frames (通过…上课, 在家里学, 到教室去上, 亲自去), refusals (不要网上的),
 * composition (one online and one in-person mention make a mixed course),
 * fee composition (不收一分钱, 费用全免) and A-not-A questions (收不收费).
 * Phrasings are our own, not the simulator's banks; every check is computed
 * from the catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import type { Format, Project } from '../src/catalogue/project.js'
import { loadRegions } from '../src/catalogue/regions.js'
import type { Reply } from '../src/dialogue/types.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('facets')
const understand = (text: string) => sampleRig().search.understand(text)
const regions = loadRegions()
/** A project a learner who asked for `f` may be shown: that format, or one taught both ways. */
const fits = (f: Format) => (p: Project) => p.format === f || p.format === 'hybrid'

/** Shows projects, every one of them in format `f`. */
async function expectFormat(r: Reply, f: Format): Promise<Project[]> {
  expect(r.projects.length).toBeGreaterThan(0)
  const projects = await shown(r)
  expect(projects.every(f === 'hybrid' ? (p) => p.format === 'hybrid' : fits(f))).toBe(true)
  return projects
}

describe('a format said through a frame is read by what it means', () => {
  it.each([
    ['想借助腾讯会议上课的英语课', 'online'],
    ['有没有躺在床上就能听的健康课', 'online'],
    ['腿脚不利索，不方便出门，想学电脑', 'online'],
    ['想找个能跑到培训点去学的电工课', 'offline'],
    ['我想亲自去听课的那种书法班', 'offline'],
    ['师傅手把手地带着学的电工', 'offline'],
    ['电脑课，最好手机上学一半去教室学一半的', 'hybrid'],
  ] as const)('"%s" shows %s projects', async (text, f) => {
    expect(understand(text).slots.format).toBe(f)
    await expectFormat(await learner()(text), f)
  })

  it('the words of a format frame are never a need that blanks the reply ("亲自去上课")', async () => {
    const u = understand('有没有要亲自去上课的养老护理')
    expect(u.slots.format).toBe('offline')
    expect(u.needs.flat()).toEqual([])
    expect(u.slots.topics.map((t) => t.id)).toEqual(['health-elderly-care'])
  })

  it('a medium inside a format frame is not the subject ("通过手机上课" is no digital-skills request)', () => {
    const u = understand('想通过手机上课学书法')
    expect(u.slots.format).toBe('online')
    expect(u.slots.topics.map((t) => t.id)).toEqual(['culture-arts'])
  })
})

describe('a refused format counts against itself', () => {
  it.each([
    ['不要网上的，想学书法', 'offline'],
    ['不想跑去教室的电脑课', 'online'],
    ['别是那种网课，要真人教的', 'offline'],
  ] as const)('"%s" shows %s projects', async (text, f) => {
    expect(understand(text).slots.format).toBe(f)
    await expectFormat(await learner()(text), f)
  })
})

describe('two formats compose', () => {
  it('an online and an in-person mention both wanted is a mixed course', () => {
    expect(understand('网课也上，老师当面也教的那种').slots.format).toBe('hybrid')
    expect(understand('一半网上学一半去现场').slots.format).toBe('hybrid')
  })

  it('two formats offered as alternatives, or with indifference, are no filter', () => {
    expect(understand('网上还是去现场，我不挑').slots.format).toBeNull()
    expect(understand('线上线下不限，想学英语').slots.format).toBeNull()
  })

  it('a refusal that belongs to a fee before it does not refuse the format ("钱一分不要的线下课")', async () => {
    const text = '有没有钱都不要的线下电脑课'
    expect(understand(text).slots.format).toBe('offline')
    expect(understand(text).slots.free).toBe(true)
    const projects = await expectFormat(await learner()(text), 'offline')
    expect(projects.every((p) => p.fee === 0)).toBe(true)
  })

  it('a format word inside what is learned is no format ("在网上开店", "怎么用电脑上课", "现场急救")', () => {
    expect(understand('想学在网上开店卖土特产').slots.format).toBeNull()
    expect(understand('我是村小老师，想学学如何用电脑上课').slots.format).toBeNull()
    expect(understand('想学现场急救').slots.format).toBeNull()
    expect(understand('杭州线下急救培训').slots.format).toBe('offline')
  })
})

describe('a format said on its own turn narrows what is on screen', () => {
  it('"最好能待在家里学的" after a subject keeps the subject and shows only online projects', async () => {
    const say = learner()
    const first = await say('想学书法')
    expect(first.projects.length).toBeGreaterThan(0)
    const topics = new Set((await shown(first)).flatMap((p) => p.topics))
    const projects = await expectFormat(await say('最好能待在家里学的'), 'online')
    expect(projects.every((p) => p.topics.some((t) => topics.has(t)))).toBe(true)
  })

  it('"不想去现场" on its own turn turns an in-person list online', async () => {
    const say = learner()
    await expectFormat(await say('线下的电脑课'), 'offline')
    await expectFormat(await say('算了，不想去现场'), 'online')
  })
})

describe('free is read by composition, and a fee question is no filter', () => {
  it.each(['不收一分钱的电脑课', '费用全免的法律课', '分文不取的英语课', '免报名费的书法班', '培训费为零的电工课'])('"%s" shows only free projects', async (text) => {
    expect(understand(text).slots.free).toBe(true)
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.fee === 0)).toBe(true)
  })

  it.each(['书法课收不收费', '这个电脑班交不交钱', '花不花钱啊这个英语课'])('"%s" asks about the fee and does not filter on it', (text) => {
    expect(understand(text).slots.free).toBeNull()
  })

  it('an effort word is no fee ("学起来不费劲的")', () => {
    expect(understand('学起来不费劲的电脑课').slots.free).toBeNull()
  })
})

describe('a place said as a county, a district or a nickname is the city it lies in', () => {
  it.each([
    ['人在昆山，有线下的电脑课吗', '苏州市'],
    ['家住顺德，想学点家庭教育', '佛山市'],
    ['坐标蓉城，有养老护理的课吗', '成都市'],
    ['我是萧山区的，想学手机', '杭州市'],
  ] as const)('"%s" is searched in %s, and every project shown is open there', async (text, city) => {
    expect(understand(text).slots.region).toBe(city)
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    const here = regions.resolve(city)!
    for (const p of await shown(r)) {
      const where = p.region ? regions.resolve(p.region) : null
      expect(p.format === 'online' || (where !== null && regions.covers(where, here))).toBe(true)
    }
  })

  it('an everyday word holding a district name is no place ("新会员", "集美们")', () => {
    expect(understand('新会员有优惠吗').slots.region).toBeNull()
    expect(understand('集美们有啥好课').slots.region).toBeNull()
  })
})

describe('a format is composed from a medium, a place and the verbs around them', () => {
  it.each([
    ['视频直播形式的英语课', 'online'],
    ['以视频方式上的法律课', 'online'],
    ['有网络直播授课的书法课吗', 'online'],
    ['在手机上点开就能学的家庭教育课', 'online'],
    ['需要到培训机构上课的电工课', 'offline'],
    ['想报混成课程的电脑课', 'hybrid'],
    ['手机上跟到教室都能上的电脑课', 'hybrid'],
    ['两种上课方式都有的电脑课', 'hybrid'],
  ] as const)('"%s" shows %s projects, and its words are no need', async (text, f) => {
    const u = understand(text)
    expect(u.slots.format).toBe(f)
    expect(u.needs.flat().filter((w) => /视频|直播|网络|手机|点开|机构|混成/.test(w))).toEqual([])
    await expectFormat(await learner()(text), f)
  })

  it('either way as the answer is no filter; a course both ways work for is mixed', () => {
    expect(understand('网上还是现场都行').slots.format).toBeNull()
    expect(understand('线上线下都行，想学英语').slots.format).toBeNull()
    expect(understand('想学网上去现场都行的唱歌跳舞').slots.format).toBe('hybrid')
  })

  it('a medium that is the subject, or teaching with one, is no format ("短视频教学", "视频教学能力", "用手机拍照")', () => {
    expect(understand('想学短视频教学').slots.format).toBeNull()
    expect(understand('老师视频教学能力提升').slots.format).toBeNull()
    expect(understand('用手机拍照就能学会吗').slots.format).toBeNull()
  })

  it('"不要交钱的" is free as "不收钱的" is', async () => {
    const text = '不要交钱的电脑课'
    expect(understand(text).slots.free).toBe(true)
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.fee === 0)).toBe(true)
  })
})

describe('English formats are composed too: a medium after by/via/over, a going verb before a place, two parts of one course', () => {
  it.each([
    ['calligraphy lessons by video', 'online'],
    ['english classes over the internet please', 'online'],
    ["i'd rather go to a class for computer skills", 'offline'],
    ['computer course, i can physically attend', 'offline'],
    ['need physical painting classes', 'offline'],
    ["i don't want to go to a class, any computer course?", 'online'],
    ['computer course, some sessions online some in class', 'hybrid'],
  ] as const)('"%s" shows %s projects', async (text, f) => {
    expect(understand(text).slots.format).toBe(f)
    await expectFormat(await learner()(text), f)
  })

  it('alternatives, a refused part and a medium that is the subject are no such format', () => {
    expect(understand('computer course online or in person').slots.format).toBeNull()
    expect(understand('computer course, online and not in person').slots.format).toBe('online')
    expect(understand('help using video calls with family').slots.format).toBeNull()
    expect(understand('classroom management for teachers').slots.format).toBeNull()
  })
})

describe('a composed format said on its own turn narrows, and a reset forgets it', () => {
  it('"只考虑视频直播形式的" after a subject keeps the subject and shows only online projects', async () => {
    const say = learner()
    const topics = new Set((await shown(await say('想学书法'))).flatMap((p) => p.topics))
    const projects = await expectFormat(await say('只考虑视频直播形式的'), 'online')
    expect(projects.every((p) => p.topics.some((t) => topics.has(t)))).toBe(true)
  })

  it('"by video please" after an English request narrows it to online', async () => {
    const say = learner()
    await say('calligraphy classes')
    await expectFormat(await say('by video please'), 'online')
  })

  it.each([
    ['重新开始，想学电工', /线上|免费/],
    ['start over, electrician courses', /online|free/],
  ] as const)('after a composed format and fee, "%s" names neither in its header nor applies them', async (reset, old) => {
    const say = learner()
    await say('在手机上点开就能学的、不要交钱的电脑课')
    const r = await say(reset)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r).split('\n')[0]).not.toMatch(old)
    const projects = await shown(r)
    expect(projects.every((p) => p.topics.includes('energy-power'))).toBe(true)
    // Electrician courses are mostly in person and paid: a leaked online or free filter would hide them all.
    expect(projects.some((p) => p.format === 'offline' || p.fee !== 0)).toBe(true)
  })
})
