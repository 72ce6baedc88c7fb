/**
 * Dialect Mandarin written in simplified characters, and voice input, through the real engine, search and SQLite
 * on the sample catalogue (round 7, conv-dialect). One normaliser brings each dialect's everyday function words and
 * person words to Mandarin before any rule (src/text/mandarin-dialect.ts, cantonese-words.ts), and same-sounding
 * slips of the request's frame words are read by their pinyin (src/text/repair.ts frameWords). The phrasings are
 * written from how each dialect is spoken, not from the simulator's banks; every check is computed from the
 * catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { toMandarin } from '../src/text/dialect.js'
import { forAudience, useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('dialect')
const online = (p: Project) => p.format === 'online' || p.format === 'hybrid'
const offline = (p: Project) => p.format === 'offline' || p.format === 'hybrid'

describe('each dialect\'s everyday words read as Mandarin before any rule', () => {
  it.each([
    // Cantonese speakers typing simplified characters: the copula 系, work (做嘢, 揾工), 喺度 + verb.
    ['我系耕田嘅', '我是耕田的'],
    ['唔系我', '不是我'],
    ['我喺度做嘢', '我在做事'],
    ['点样用ChatGPT做嘢', '怎样用ChatGPT做东西'],
    ['我想揾份工', '我想找份工作'],
    ['有冇啱长者嘅电脑课', '有没有适合长者的电脑课'],
    ['我唔得闲 有冇网上嘅', '我没空 有没有网上的'],
    ['即系想学电脑', '就是想学电脑'],
    // South-western: an old man or father, "a bit" (一哈), "can I …?" (V得到不).
    ['我老汉儿七十了', '我老汉七十了'],
    ['我想耍一哈电脑', '我想玩一下电脑'],
    ['报得到名不', '能报名吗'],
    ['这个课我学得到不', '这个课我能学吗'],
    // Wu: mother, child, "don't want", today, work, he/she.
    ['阿拉姆妈想学唱歌', '我妈妈想学唱歌'],
    ['阿拉屋里厢小囡要学英语', '我家里孩子要学英语'],
    ['覅钞票的课有伐', '不要钱的课有吗'],
    ['今朝有啥课', '今天有什么课'],
    ['伊想学电脑', '他想学电脑'],
    ['阿有免费的课', '有没有免费的课'],
    ['第一只几钿', '第一只多少钱'],
    ['阿拉爷娘想学手机', '我父母想学手机'],
    // North-eastern, Henan, Hubei/Hunan, Shaanxi.
    ['俺爹贼想学手机', '我爹很想学手机'],
    ['俺妮儿想学电脑', '我闺女想学电脑'],
    ['想整个电工证', '想考个电工证'],
    ['俺想整点手艺', '我想学点手艺'],
    ['屋头老辈子想学跳舞', '家里老人家想学跳舞'],
    ['我是伢儿的娘', '我是孩子的娘'],
    ['想学带孙伢子', '想学带孙子'],
    ['我是屋里的堂客', '我是家里的妇女'],
    ['额今年六十九咯', '我今年六十九了'],
    ['𠊎老咯', '我老了'],
    ['屋里老倌子七十了', '屋里老头子七十了'],
    // Hokkien and Hakka speakers writing Mandarin.
    ['阮查某囝想学电脑', '我女儿想学电脑'],
    ['我是作穑的', '我是种地的'],
    ['我是讨海的', '我是打鱼的'],
    ['敢有免费的电脑课', '有没有免费的电脑课'],
    ['这个课我会使无', '这个课我可以吗'],
    ['我袂晓用手机', '我不会用手机'],
    ['有么个课', '有什么课'],
    ['毋使钱的课有冇', '不用钱的课有没有'],
    ['𠊎系客家人', '我是客家人'],
    ['厝边阿嬷', '邻居奶奶'],
    // 啱啱好 is Cantonese for "just right", and so is Mandarin 刚刚好 (啱啱 = 刚刚, read by text/cantonese-words).
    ['啱啱好', '刚刚好'],
  ])('"%s" reads as "%s"', (said, plain) => {
    expect(toMandarin(said)).toBe(plain)
  })

  it('leaves Mandarin words that contain a dialect word alone (系统, 关系, 防贼, 伊朗, 找工人, 整理证件, 会使人, 阿是穴, 内阁)', () => {
    for (const text of ['我想系统学习', '搞好关系', '防贼', '伊朗', '找工人', '做野外调查', '学得到很多东西', '老汉今年七十', '整理证件', '吃了会使人健康', '阿是穴', '内阁有变']) {
      expect(toMandarin(text)).toBe(text)
    }
  })
})

describe('who the learner is, said in a dialect, reaches the search', () => {
  it.each([
    ['我系耕田嘅 有冇课', 'farmers'],
    ['阮是作穑的 有无课', 'farmers'],
    ['我是讨海的 有啥课', 'farmers'],
    ['我是屋里的堂客 有么子课', 'women'],
    ['我是伢儿的娘 有么子课', 'parents'],
    ['我喺社区做嘢 有冇电脑课', 'community-workers'],
    ['我老汉儿七十了 想学耍手机', 'elderly'],
  ] as const)('"%s" lists projects for %s and names them', async (text, audience) => {
    const r = await learner()(text)
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every(forAudience(audience))).toBe(true)
    expect(replyText(r)).toContain(sampleRig().taxonomy.get('audiences', audience)!.zh)
  })

  it('a south-western "我系退伍军人 报得到不" after a request keeps the subject and adds the veteran', async () => {
    const say = learner()
    await say('我想学用手机')
    const r = await say('我系退伍军人 报得到不')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('digital-skills') && forAudience('veterans')(p))).toBe(true)
    expect(replyText(r)).not.toContain('得到')
  })

  it('"带孙伢子" asks for family education, not a stray word', async () => {
    const r = await learner()('额想学带孙伢子 有无')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('family-education'))).toBe(true)
    expect(replyText(r)).not.toContain('伢子')
  })
})

describe('questions about a shown project, asked in a dialect', () => {
  it.each([
    ['第一个系咪免费嘅', 'fee'],
    ['第一只几钿', 'fee'],
    ['头一个咋个报名', 'enroll'],
    ['第一个哪能报名', 'enroll'],
  ] as const)('"%s" answers that field of the first project', async (ask, field) => {
    const say = learner()
    const first = (await shown(await say('我想学电脑')))[0]
    const r = replyText(await say(ask))
    expect(r).toContain(first.title)
    if (field === 'enroll') expect(r).toContain(first.enroll!)
    else expect(r).toMatch(first.fee === 0 ? /免费/ : new RegExp(String(first.fee)))
  })
})

describe('having to go there, said the way people say it, is a class in person', () => {
  it.each(['要跑去上的', '要出门去上的', '得跑过去上课的'])('"%s" after a request narrows to classes in person', async (narrow) => {
    const say = learner()
    await say('我想学用手机')
    const projects = await shown(await say(narrow))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => offline(p) && p.topics.includes('digital-skills'))).toBe(true)
  })

  it('"不要跑去上的" and "不用跑去上的" want the opposite: online', () => {
    for (const text of ['不要跑去上的', '不用跑去上的']) expect(sampleRig().search.understand(text).slots.format).toBe('online')
  })
})

describe('AI named the way older people describe it, without the word', () => {
  it.each(['有没有教智能软件写东西的课', '想学用会聊天的机器人', '能帮人写文章的软件 有课吗'])('"%s" lists AI projects', async (text) => {
    const projects = await shown(await learner()(text))
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.topics.includes('ai'))).toBe(true)
  })

  it('a phone\'s or an office suite\'s software is no AI ("智能手机软件", "办公软件")', () => {
    for (const text of ['智能手机软件怎么装', '办公软件写报告']) {
      expect(sampleRig().search.understand(text).slots.topics.map((t) => t.id)).not.toContain('ai')
    }
  })
})

describe('voice input: a frame word said with a same-sounding character is read by its sound', () => {
  it.each([
    ['要现上的', online],
    ['要线夏的', offline],
  ] as const)('"%s" after a request narrows the format and keeps the subject', async (narrow, format) => {
    const say = learner()
    await say('我想学用手机')
    const r = await say(narrow)
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => format(p) && p.topics.includes('digital-skills'))).toBe(true)
  })

  it('"免非的" is free, and fillers around it change nothing', async () => {
    const say = learner()
    const r = await say('嗯 那个那个 就是说 有免非的电脑课吗')
    const projects = await shown(r)
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.fee === 0 && p.topics.includes('digital-skills'))).toBe(true)
  })

  it('does not read a phrase made with 上 or 下 as a format (往上翻, 我先上班了)', async () => {
    const understand = (text: string) => sampleRig().search.understand(text)
    for (const text of ['往上翻', '我先上班了', '要先下的']) expect(understand(text).slots.format ?? null).toBeNull()
  })
})
