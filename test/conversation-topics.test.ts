/**
 * What the learner wants to learn, through the real engine, search and SQLite
 * on the sample catalogue: each topic said the way people talk (the things
 * they do, the tools, the trades, the problems), everyday subjects of a topic
 * the catalogue does not teach by name (the topic answers, and says so), a
 * skill nobody teaches (nothing, with the way to its topic), out-of-scope
 * subjects (nothing), and words that are not subjects never blanking or
 * replacing the topic. Phrasings are written for this file, not taken from any
 * simulator bank; every check is computed from the catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { menuTopics } from '../src/dialogue/render-reply.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown, active } = useSampleConversation('ct')
const text = (p: Project) => [p.title, p.summary, ...p.tags].join(' ')
/** True when no active project mentions `word`: the catalogue does not teach it by name. */
const untaught = async (word: string) => !(await active()).some((p) => text(p).includes(word))
/** Expects a list of projects that all belong to `topic`. */
async function expectTopic(r: Reply, topic: string, said: string) {
  expect(r.projects.length, `${said}: ${replyText(r)}`).toBeGreaterThan(0)
  for (const p of await shown(r)) expect(p.topics, `${said} → ${p.title}`).toContain(topic)
}

describe('each topic said through what people do with it', () => {
  it.each([
    ['digital-skills', ['我妈想学用手机网上挂号', '想学会发朋友圈', '教老人手机上交话费的课有吗']],
    ['ai', ['想学用AI作图', '单位让我们学DeepSeek这些AI工具']],
    ['rural-revitalization', ['想学养几头牛', '自家种的橘子卖不出去 有没有课', '在快手上卖自家的红薯咋学']],
    ['energy-power', ['想学修电动车', '屋顶光伏怎么装', '电工上岗证有培训吗']],
    ['health-elderly-care', ['照顾家里卧床的老人 有啥课', '怎么伺候瘫在床上的老娘']],
    ['vocational-skills', ['想学个一技之长', '想学保姆这行']],
    ['culture-arts', ['想学扭秧歌', '学吹拉弹唱', '想学唱豫剧']],
    ['teacher-development', ['当老师的怎么上好公开课', '班主任咋管好班']],
    ['family-education', ['咋跟青春期的闺女说话', '孩子厌学怎么办']],
    ['law-finance', ['老人接到诈骗电话咋办', '老板拖欠工资咋讨']],
    ['language', ['想背英语单词', '想学汉语拼音']],
  ] as const)('%s', async (topic, phrasings) => {
    for (const said of phrasings) await expectTopic(await learner()(said), topic, said)
  })
})

describe('subjects the catalogue does not teach by name', () => {
  it('answers an everyday subject of a topic with the topic, naming the subject nobody teaches', async () => {
    const { taxonomy } = sampleRig()
    const family = taxonomy.topics.flatMap((e) => (e.family ?? []).map((w) => ({ id: e.id, w })))
      .filter(({ w }) => /^\p{Script=Han}{2,}$/u.test(w))
    // Words said on their own (not inside a general word for the topic, as 英语 is inside 英语单词) that nobody teaches.
    const alone = (w: string) => sampleRig().search.understand(`想学${w}`).slots.topics.some((t) => t.matched.includes(w))
    const missing: { id: string; w: string }[] = []
    for (const f of family) if (alone(f.w) && await untaught(f.w)) missing.push(f)
    expect(missing.length).toBeGreaterThan(3)
    // One per topic, so every family is tried.
    const perTopic = [...new Map(missing.map((f) => [f.id, f])).values()]
    for (const { id, w } of perTopic) {
      const r = await learner()(`想学${w}`)
      await expectTopic(r, id, w)
      expect(replyText(r)).toContain(`没有专门教“${w}”的`)
    }
  })

  it('says nothing about the subject when a shown project teaches it by name', async () => {
    const { taxonomy } = sampleRig()
    const taught: string[] = []
    for (const e of taxonomy.topics) for (const w of e.family ?? []) if (!(await untaught(w))) taught.push(w)
    expect(taught.length).toBeGreaterThan(0)
    const r = await learner()(`想学${taught[0]}`)
    expect(r.projects.length).toBeGreaterThan(0)
    if ((await shown(r)).some((p) => text(p).includes(taught[0]))) expect(replyText(r)).not.toContain('没有专门教')
  })

  it('gives a skill nobody teaches nothing, and offers its topic by its menu number', async () => {
    const { taxonomy } = sampleRig()
    const texts = (await active()).map(text)
    const pairs = (w: string) => [...w].slice(1).map((c, i) => [...w][i] + c)
    const skills = taxonomy.topics.flatMap((e) => e.synonyms.map((w) => ({ id: e.id, w })))
      .filter(({ w }) => /^\p{Script=Han}{2,}$/u.test(w) && !taxonomy.namesWholeTopic(w) && !taxonomy.isFamilyWord(w)
        && ![w, ...pairs(w)].some((x) => texts.some((t) => t.includes(x))))
    expect(skills.length).toBeGreaterThan(0)
    const { id, w } = skills[0]
    const say = learner()
    const r = await say(`想学${w}`)
    expect(r.projects).toEqual([])
    const n = menuTopics(taxonomy).indexOf(id) + 1
    expect(replyText(r)).toContain(`“${w}”`)
    expect(replyText(r)).toContain(`“${n}”`)
    await expectTopic(await say(String(n)), id, `${w} then ${n}`)
  })

  it('answers with the topic when a general word for it comes beside the untaught skill ("开叉车考个证")', async () => {
    expect(await untaught('叉车')).toBe(true)
    expect((await learner()('学开叉车')).projects).toEqual([])
    await expectTopic(await learner()('想学开叉车 考个证'), 'vocational-skills', '开叉车 考个证')
  })

  it.each([
    ['想学打乒乓球', '乒乓'],
    ['有没有雅思培训', '雅思'],
    ['教滑冰的有吗', '滑冰'],
    ['想学开飞机', '飞机'],
    ['娃想学轮滑', '轮滑'],
  ])('still gives an out-of-scope subject nothing: "%s"', async (said, word) => {
    expect(await untaught(word)).toBe(true)
    expect((await learner()(said)).projects).toEqual([])
  })
})

describe('words that are not subjects', () => {
  it.each(['公益免费的优先', '补充一下，我们是老年大学的学员', '只揀面授的', '要线上直播的', '我孩子在上小学，这种能报吗'])(
    'never replace the topic when they narrow: "%s"', async (narrowing) => {
      const say = learner()
      await expectTopic(await say('我想学用手机网上挂号缴费'), 'digital-skills', 'opening')
      const r = await say(narrowing)
      for (const p of await shown(r)) expect(p.topics, `${narrowing} → ${p.title}`).toContain('digital-skills')
      expect(replyText(r)).not.toMatch(/目录里暂时没有“/)
    })
})
