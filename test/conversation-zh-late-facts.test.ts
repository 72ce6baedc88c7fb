/**
 * Chinese phrasings that dropped what a turn said (fresh12, spent): a topic said with the other skill head (职业技术
 * for 职业技能), a late self-description asking on a group's behalf, a place after a connective, an apology before a
 * vague opener. Through the real engine, search and SQLite on the sample catalogue; the phrasings are our own, the
 * checks computed from the catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('zh-late-facts')
const label = (kind: 'topics' | 'audiences', id: string) => sampleRig().taxonomy.get(kind, id)!.zh
/** The header line of a reply: what the bot says it searched for. */
const header = (r: Reply) => replyText(r).split('\n')[0]

/** Asserts that `r` lists projects, every one filed under `topic`, and names the topic in its header. */
async function expectTopic(r: Reply, topic: string) {
  expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
  expect((await shown(r)).every((p) => p.topics.includes(topic)), replyText(r)).toBe(true)
  expect(header(r)).toContain(label('topics', topic))
}

describe('技能 and 技术 after a modifier name the same topic', () => {
  it.each([
    ['有没有职业技术的课', 'vocational-skills'],
    ['唔該，有冇面授嘅職業技術課程？', 'vocational-skills'],
    ['养殖技能有什么课', 'rural-revitalization'],
  ] as const)('"%s" asks for %s', async (text, topic) => {
    await expectTopic(await learner()(text), topic)
  })

  it('a switch said with the other head ("咁職業技術呢") replaces the topic and keeps the learner', async () => {
    const say = learner()
    const first = await say('我是公司上班族，有冇法律同理財嘅課？')
    expect(header(first)).toContain(label('audiences', 'employees'))
    const next = await say('咁職業技術呢')
    await expectTopic(next, 'vocational-skills')
    expect(header(next)).toContain(label('audiences', 'employees'))
    expect(header(next)).not.toContain(label('topics', 'law-finance'))
  })
})

describe('a late self-description adds the person and keeps the topic asked', () => {
  it.each([
    '忘了讲，我在厂里倒班，帮车间职工咨询',
    '补充一下，我是车间班组长，替组里的职工问问',
    '对了，我是车间主任',
  ])('"%s" after an energy request narrows it to employees', async (late) => {
    const say = learner()
    await expectTopic(await say('想学电工，要网上的'), 'energy-power')
    const r = await say(late)
    await expectTopic(r, 'energy-power')
    expect(header(r)).toContain(label('audiences', 'employees'))
    expect(header(r)).toContain('线上')
  })

  it('asking on a group\'s behalf beside a subject still asks for the subject', async () => {
    const say = learner()
    await say('想学电工')
    await expectTopic(await say('替村里的老人问问，有没有学手机的课'), 'digital-skills')
  })
})

describe('a place after a connective narrows the list', () => {
  it.each(['另外，宁波', '还有，寧波的', '另外 宁波'])('"%s" after a topic adds the city', async (place) => {
    const say = learner()
    await expectTopic(await say('想学用手机'), 'digital-skills')
    const r = await say(place)
    await expectTopic(r, 'digital-skills')
    expect(header(r)).toContain('宁波市')
  })

  it('a "more" typed with a slip still pages when it names no place ("还又没有别的")', async () => {
    const say = learner()
    const first = await say('想学用手机')
    const more = await say('还又没有别的')
    expect(header(more)).toBe(header(first))
    expect(more.projects.some((p) => first.projects.some((q) => q.id === p.id))).toBe(false)
  })
})

describe('an apology before a vague opener still asks back', () => {
  it.each(['不好意思打扰了，我想学点东西，有什么推荐吗', '抱歉，请问有啥课', '對不起，想學點嘢'])('"%s" gets the menu', async (text) => {
    const r = await learner()(text)
    expect(r.clarify, replyText(r)).toBe(true)
    expect(r.projects).toHaveLength(0)
  })

  it('an apology before a subject leaves the subject ("抱歉打扰，我想学电脑")', async () => {
    await expectTopic(await learner()('抱歉打扰，我想学电脑'), 'digital-skills')
  })
})

describe('a start-over said short and a person said as "I, one …"', () => {
  it.each(['算了重找', '全部清除重搜'])('"%s" clears the request before a new one', async (reset) => {
    const say = learner()
    await say('在四川，想学电工，要面授的')
    const r = await say(`${reset}，我想学用手机`)
    await expectTopic(r, 'digital-skills')
    expect(header(r)).not.toContain(label('topics', 'energy-power'))
    expect(header(r)).not.toContain('四川省')
  })

  it('重找 running on into its object ("重找工作") is no start-over', async () => {
    const say = learner()
    await say('想学电工')
    const r = await say('重找工作有啥课')
    expect(replyText(r)).not.toContain('重新开始')
  })

  it('"我一个女的" says the learner is a woman', async () => {
    const r = await learner()('我一个女的，有冇不收钱的课上')
    expect(r.projects.length).toBeGreaterThan(0)
    expect(header(r)).toContain(label('audiences', 'women'))
  })
})
