/**
 * Round 4's Taiwan and Hong Kong wording through the real engine, search and
 * SQLite on the sample catalogue: work and family said the Hong Kong way
 * (打工仔, 返工, 做老豆), Taiwan's community bodies (社區發展協會, 里辦公處),
 * Cantonese 同 as "and", 由頭 resets, 哈囉 openers. Phrasings are our own,
 * not the simulator's banks; every check is computed from the catalogue.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { toMandarin } from '../src/text/dialect.js'
import { toSimplified } from '../src/text/normalize.js'
import { toMainlandWords } from '../src/text/regional-words.js'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('trad4')
const onTopic = (id: string) => (p: Project) => p.topics.includes(id)
const label = (kind: 'audiences' | 'topics', id: string) => sampleRig().taxonomy.get(kind, id)!.zh
const read = (text: string) => toSimplified(toMandarin(text))

describe('how Hong Kong and Taiwan learners say who they are', () => {
  it.each([
    ['我係打工仔，想搵啲電腦課', 'employees'],
    ['我白天要返工，有冇夜晚嘅課', 'employees'],
    ['我七十幾歲了，有冇適合我嘅課', 'elderly'],
    ['我在里辦公處上班，想進修', 'community-workers'],
    ['我在社區發展協會做事，有什麼課', 'community-workers'],
    ['我是做爸爸的，想上課', 'parents'],
    ['我係做老豆嘅，想搵課', 'parents'],
  ] as const)('"%s" names its learner and lists classes for them', async (text, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).toContain(label('audiences', audience))
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
  })

  it('打工仔 is an employee only in traditional text: typed in simplified it stays a migrant worker', () => {
    expect(read('我係打工仔')).toContain('上班族')
    expect(read('我是打工仔')).toContain('打工仔')
  })
})

describe('Hong Kong and Taiwan names of topics', () => {
  it.each([
    ['有冇僱員再培訓課程', 'vocational-skills'],
    ['想學綠能發電技術', 'energy-power'],
    ['有沒有家長成長班', 'family-education'],
    ['想學粵劇同音樂', 'culture-arts'],
    ['阿嬤想學歌仔戲', 'culture-arts'],
  ] as const)('"%s" lists projects of that topic', async (text, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic(topic))).toBe(true)
  })
})

describe('Cantonese 同 ("and") and the order of two formats', () => {
  it('"實體同網上都有嘅" asks for classes held both ways', async () => {
    const r = await learner()('有冇實體同網上都有嘅電腦課')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.format === 'hybrid')).toBe(true)
  })

  it('keeps 同 inside words of its own (同事, 不同, 一同, 同學) in traditional text, and all 同 in mainland text', () => {
    for (const text of ['我同事推荐', '不同的课', '一同去上课', '老同学', '同时上课']) expect(toMainlandWords(text, true)).toBe(text)
    expect(toMainlandWords('粤剧同音乐', false)).toBe('粤剧同音乐')
    expect(toMainlandWords('粤剧同音乐', true)).toBe('粤剧和音乐')
  })
})

describe('Taiwan and Hong Kong control words in a conversation', () => {
  it('"哈囉，想上課" is a greeting and asks back with the menu', async () => {
    const r = await learner()('哈囉，想上課')
    expect(r.clarify).toBe(true)
    expect(r.projects).toEqual([])
    expect(replyText(r)).not.toContain('目录里暂时没有')
  })

  it('"由頭嚟過" with a new request drops the veteran and the old topic', async () => {
    const say = learner()
    const first = await say('我係榮民，想學電腦')
    expect((await shown(first)).every(forAudience('veterans'))).toBe(true)
    const r = await say('由頭嚟過，我想上面授的反詐騙課')
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).not.toContain(label('audiences', 'veterans'))
    expect((await shown(r)).every((p) => onTopic('law-finance')(p) && p.format !== 'online')).toBe(true)
  })

  it('a Taiwan community worker said while narrowing keeps the care topic', async () => {
    const say = learner()
    const first = await say('有冇長照課程')
    expect((await shown(first)).every(onTopic('health-elderly-care'))).toBe(true)
    const r = await say('補充一下，我在社區發展協會做事')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('health-elderly-care'))).toBe(true)
  })
})

describe('the wider family of Taiwan and Hong Kong words', () => {
  it.each([
    ['我在工廠做散工，想學技術', 'migrant-workers'],
    ['我是偏遠地區學校的老師', 'rural-teachers'],
    ['我係菜農，有冇課', 'farmers'],
    ['我個仔讀中三，有冇適合佢嘅', 'youth'],
    ['我喺長者中心做嘢，想進修', 'community-workers'],
    ['我返緊工，想學電腦', 'employees'],
  ] as const)('"%s" names its learner', async (text, audience) => {
    const r = await learner()(text)
    expect(replyText(r)).toContain(label('audiences', audience))
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
  })

  it.each([
    ['想學用臉書同IG', 'digital-skills'],
    ['有冇居家照顧嘅課', 'health-elderly-care'],
    ['想考丙級技能檢定', 'vocational-skills'],
    ['老師增能研習', 'teacher-development'],
    ['想學台語', 'language'],
    ['想學國樂', 'culture-arts'],
  ] as const)('"%s" lists projects of that topic', async (text, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic(topic))).toBe(true)
  })

  it('a family elder is not a Taiwan neighbourhood head (家里长辈 holds 里长)', () => {
    expect(read('我家里长辈想学电脑')).toBe('我家里长辈想学电脑')
    expect(read('我屋企長輩想學電腦')).not.toContain('社区干部')
    expect(read('我是里長')).toContain('社区干部')
  })

  it('"最頂嗰個喺邊", "排第三嗰個幾時開始" answer about the first and third project on screen (OpenCC turns 嗰 into 𠮶)', async () => {
    const say = learner()
    const list = await say('想學電腦')
    expect(list.projects.length).toBeGreaterThan(2)
    const top = await say('最頂嗰個喺邊')
    expect(top.projects.map((p) => p.id)).toEqual([list.projects[0].id])
    const third = await say('排第三嗰個幾時開始')
    expect(third.projects.map((p) => p.id)).toEqual([list.projects[2].id])
  })
})

describe('Taiwan and Hong Kong ways of saying where one works or studies', () => {
  it.each([
    ['我在科技公司任職，想學AI', 'employees'],
    ['我係文員，想搵課', 'employees'],
    ['我從軍中退下來，想學技術', 'veterans'],
    ['我是中輟生，有冇課', 'youth'],
    ['我在離島當老師', 'rural-teachers'],
    ['我在村辦公室幫忙', 'community-workers'],
    ['我是家管，想上課', 'women'],
  ] as const)('"%s" names its learner', async (text, audience) => {
    const r = await learner()(text)
    expect(replyText(r)).toContain(label('audiences', audience))
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
  })
})

describe('Hong Kong words that must not widen what the bot reads', () => {
  it('"有冇DSE補習" inside a conversation recommends nothing, while "我剛考完DSE" is a young learner', async () => {
    const say = learner()
    await say('我在社區服務中心工作，有沒有網上課程？')
    const tutoring = await say('有冇DSE補習')
    expect(tutoring.projects).toEqual([])
    const leaver = await learner()('我剛考完DSE，有冇課')
    expect(replyText(leaver)).toContain(label('audiences', 'youth'))
  })

  it('an app or device named as what a child plays with is no digital-skills request ("孙子老玩平板，我管不住")', () => {
    const topics = sampleRig().search.understand('孙子老玩平板，我管不住').slots.topics.map((t) => t.id)
    expect(topics).not.toContain('digital-skills')
    expect(sampleRig().search.understand('想學用臉書同IG').slots.topics.map((t) => t.id)).toContain('digital-skills')
  })

  it('"我有兩個小朋友" is a parent asking, and "咁老師專業發展呢" switches to teacher development', async () => {
    const parent = await learner()('我有兩個小朋友，有冇網上嘅課程推介？')
    expect(replyText(parent)).toContain(label('audiences', 'parents'))
    expect(replyText(parent)).not.toContain(label('audiences', 'youth'))
    const say = learner()
    await say('想學電腦')
    const r = await say('咁老師專業發展呢')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('teacher-development'))).toBe(true)
  })
})

describe('more Taiwan and Hong Kong phrasings of formats, people and questions', () => {
  it('"上網就可以上的" is an online class, not a wish to learn the internet', async () => {
    const r = await learner()('有冇上網就可以上的英文課')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => onTopic('language')(p) && p.format !== 'offline')).toBe(true)
    expect(replyText(r)).not.toContain(label('topics', 'digital-skills'))
  })

  it.each([
    ['適合十幾歲的，有冇線上課', 'youth'],
    ['我係外來勞工，有冇課程', 'migrant-workers'],
    ['我家在種稻，想學電腦', 'farmers'],
    ['我在社區關懷據點服務，想進修', 'community-workers'],
  ] as const)('"%s" names its learner', async (text, audience) => {
    const r = await learner()(text)
    expect(replyText(r)).toContain(label('audiences', audience))
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
  })

  it('"我七十幾歲" stays an older learner, not a teenager', () => {
    expect(sampleRig().search.understand('我七十幾歲了').slots.audiences.map((a) => a.id)).not.toContain('youth')
  })

  it.each([
    ['技術證照課程', 'vocational-skills'],
    ['老師教學專業', 'teacher-development'],
    ['教小朋友的方法', 'family-education'],
  ] as const)('"%s" lists projects of that topic', async (text, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic(topic))).toBe(true)
  })

  it('"第一個可以打去邊度問" asks for the first project\'s phone number, not its place', async () => {
    const say = learner()
    const list = await say('想學電腦')
    const first = (await shown(list))[0]
    const r = await say('第一個可以打去邊度問')
    expect(replyText(r)).toContain(first.contact)
  })
})

describe('who a Taiwan or Hong Kong learner is, said through their school or their child', () => {
  it('"我是長青學苑的學員" is an older learner, and 學員 is no subject', async () => {
    const r = await learner()('我是長青學苑的學員，有冇嘅課程')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(forAudience('elderly'))).toBe(true)
  })

  it('"我有個細路讀小學" is a parent, and "做家長的功課" is family education, not a new learner', async () => {
    const parent = await learner()('我有個細路讀小學，有冇網上嘅課')
    expect(replyText(parent)).toContain(label('audiences', 'parents'))
    const say = learner()
    await say('我係社區中心嘅職員，想搵課')
    const r = await say('換成做家長的功課')
    expect((await shown(r)).every((p) => onTopic('family-education')(p) && forAudience('community-workers')(p))).toBe(true)
  })
})

describe('format words inside a subject, and a subject inside format words', () => {
  it('"有現場教學的把農產品放網路上賣嗎" asks for in-person classes on selling online', async () => {
    const r = await learner()('有現場教學的把農產品放網路上賣嗎')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => onTopic('rural-revitalization')(p) && p.format !== 'online')).toBe(true)
  })

  it('"線上直播就好" narrows to online and keeps the topic; 直播帶貨 stays a subject', async () => {
    const say = learner()
    await say('我想參加不收費的個人理財')
    const r = await say('線上直播就好')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => onTopic('law-finance')(p) && p.format !== 'offline')).toBe(true)
    expect(sampleRig().search.understand('想學直播帶貨').slots.format).toBeNull()
  })
})
