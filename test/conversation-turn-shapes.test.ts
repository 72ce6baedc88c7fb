/**
 * Turn shapes people use that the dialogue layer must read by rule, through the
 * real engine, search and SQLite on the sample catalogue: "only these?" said
 * as a complaint or a paging verb is "more"; naming what was said and
 * discarding it is a reset; inside a conversation a request for something the
 * catalogue has nothing for gets the same honest "nothing" as when asked first;
 * a subject said only in words is never replaced by the carried group's list;
 * a group named inside the topic's phrase ("家长怎么…") does not filter.
 * Phrasings are written for this file; checks are computed from the catalogue.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { classifyControl } from '../src/dialogue/turn-classifier.js'
import { isTopicBound } from '../src/dialogue/topic-bound-audience.js'
import { headerText } from '../bench/sim/check.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown, active } = useSampleConversation('ts')
const NOTHING = /目录里暂时没有|The catalogue has no/
const mentions = (p: Project, w: string) => `${p.title}${p.summary}${p.tags.join('')}`.includes(w)

describe('"only these?" and paging verbs are "more"; a discarded past is a reset', () => {
  it.each(['就这些？', '才这么几个啊', '只有这几个吗', '往后翻', '翻页吧', '不够，再来几个', '不太满意 换一波', 'is that it?', 'keep em coming', 'show the rest please'])(
    'reads "%s" as more',
    (text) => expect(classifyControl(text)).toEqual({ kind: 'more' }),
  )

  it.each(['翻译', '就这个吧', '推拿', '不够用', '这个不算贵', '算了'])('does not read "%s" as more or a reset', (text) => {
    expect(classifyControl(text)).toBeNull()
  })

  it.each([
    ['之前讲的都作废，我想学电工', '我想学电工'],
    ['頭先講嘅唔算', ''],
    ['上面说的全不要了，在九江有没有免费的', '在九江有没有免费的'],
    ['以上都不算 想学英语', '想学英语'],
  ])('reads "%s" as a reset followed by "%s"', (text, rest) => {
    expect(classifyControl(text)).toEqual({ kind: 'reset', rest })
  })

  it('a discarded past leaks nothing into the request said after it', async () => {
    const say = learner()
    expect((await say('我在杭州，想找线上的AI课')).projects.length).toBeGreaterThan(0)
    const r = await say('前面问的都不作数，我想学电工')
    const header = headerText(r)
    expect(header).not.toContain('杭州')
    expect(header).not.toContain('线上')
    expect(r.projects.length).toBeGreaterThan(0)
  })
})

describe('inside a conversation, a request the catalogue has nothing for gets nothing', () => {
  const absent = (words: string[]) => async () => {
    const all = await active()
    for (const w of words) expect(all.some((p) => mentions(p, w))).toBe(false)
  }

  it('a subject asked in words after a request with a group and a place gets the same nothing as when asked first', async () => {
    await absent(['考研', '大客车', '客车'])()
    for (const ask of ['我要考研，有辅导班吗', '俺想学开大客车']) {
      const first = await learner()(ask)
      expect(first.projects).toEqual([])
      const say = learner()
      expect((await say('我在街道办上班，人在杭州，有没有数字技能的培训')).projects.length).toBeGreaterThan(0)
      const r = await say(ask)
      expect(r.projects).toEqual([])
      expect(replyText(r)).toMatch(NOTHING)
      // The request so far stays: "更多" and a narrowing still work on it afterwards.
      expect((await say('只要免费的')).projects.length).toBeGreaterThan(0)
    }
  })
})

describe('a subject said only in words is never replaced by the carried group\'s list', () => {
  it('"more" after a need in words goes on within that need and its topic, not every project for the group', async () => {
    const say = learner()
    const first = await say('我是农民，想学种茶')
    const pages = [first, await say('还有吗'), await say('再来几个')]
    const all = (await Promise.all(pages.map(shown))).flat()
    expect(all.length).toBeGreaterThan(0)
    expect(all.filter((p) => mentions(p, '茶')).length).toBeGreaterThan(0)
    const topicsOfFound = new Set(all.filter((p) => mentions(p, '茶')).flatMap((p) => p.topics))
    for (const p of all) expect(mentions(p, '茶') || p.topics.some((t) => topicsOfFound.has(t))).toBe(true)
  })
})

describe('a group named inside the topic\'s phrase is part of the subject, not a fact about the learner', () => {
  it.each([
    ['家长怎么和孩子相处', '家长', '和孩子相处', true],
    ['家长如何教育孩子', '家长', '教育孩子', true],
    ['做父母的学问', '父母', '学问', true],
    ['我是家长，想学怎么教孩子', '家长', '教孩子', false],
    ['作为家长怎么教孩子', '家长', '教孩子', false],
    ['家长，想学书法', '家长', '书法', false],
  ] as const)('"%s": %s (topic said as %s) is bound to the topic: %s', (text, word, matched, bound) => {
    const topic = { id: 'family-education', matched, explicit: true, related: false }
    expect(isTopicBound(text, { id: 'parents', matched: word, explicit: true, related: false }, [topic])).toBe(bound)
  })

  it('does not filter the topic\'s list by it, nor carry it to the next topic; a self-description does both', async () => {
    const say = learner()
    const r = await say('有没有讲家长怎么和孩子相处的课')
    expect(r.projects.length).toBeGreaterThan(0)
    expect(headerText(r)).not.toContain('家长')
    const next = await say('那电工方面的呢')
    expect(next.projects.length).toBeGreaterThan(0)
    expect(headerText(next)).not.toContain('家长')
    const parent = learner()
    expect(headerText(await parent('我是家长，想学怎么和孩子相处'))).toContain('家长')
    expect(headerText(await parent('那人工智能呢'))).toContain('家长')
  })
})

describe('words beside a refinement narrow the list on screen unless asked for as a subject', () => {
  it('a format said with talk words ("要线上直播或录播的", "只保留网上能学的") keeps the topic and the place', async () => {
    const { taxonomy } = sampleRig()
    const label = taxonomy.get('topics', 'ai')!.zh
    for (const narrowing of ['筛一筛，要线上直播或者录播的', '只保留网上能学的']) {
      const say = learner()
      expect(headerText(await say('我在湖南上班，想学人工智能'))).toContain(label)
      const r = await say(narrowing)
      expect(headerText(r)).toContain(label)
      expect(headerText(r)).toContain('湖南')
      for (const p of await shown(r)) {
        expect(p.topics).toContain('ai')
        expect(['online', 'hybrid']).toContain(p.format)
      }
    }
  })

  it('a subject asked for beside a refinement ("那书法呢，要免费的") still switches the topic', async () => {
    const say = learner()
    await say('我想学电工')
    const r = await say('那书法呢，要免费的')
    expect(r.projects.length).toBeGreaterThan(0)
    for (const p of await shown(r)) expect(p.fee).toBe(0)
    expect((await shown(r)).some((p) => p.topics.includes('energy-power') && !p.topics.includes('culture-arts'))).toBe(false)
  })
})

describe('the learning frame stops at a pause and at nouns with 学 in them', () => {
  it.each([
    ['我外婆快七十了想学，麻烦列一下的项目'],
    ['我们是老年大学的学员，有什么面对面的课可以推荐'],
    ['孩子的同学的家长推荐的，有免费的吗'],
  ])('"%s" is never answered "nothing" for a word of its talk', async (text) => {
    const r = await learner()(text)
    expect(replyText(r)).not.toMatch(NOTHING)
  })

  it('a subject right after the verb is still a subject nobody teaches', async () => {
    const word = '滑翔伞'
    expect((await active()).some((p) => mentions(p, word))).toBe(false)
    expect(replyText(await learner()(`外婆想学${word}`))).toContain(`“${word}”`)
  })
})

describe('a group only inferred from the words never replaces one the learner implied or stated', () => {
  it('after "当妈的想找免费的课" (a parent, implied), switching to a parenting phrase keeps the parent filtering', async () => {
    const say = learner()
    const first = await say('当妈的想找免费的课')
    expect(headerText(first)).toContain('家长')
    const r = await say('换成家长怎样教孩子的有吗')
    expect(headerText(r)).toContain('家长')
    expect(r.projects.length).toBeGreaterThan(0)
    for (const p of await shown(r)) expect(p.audiences.some((a) => a === 'parents' || a === 'general-public')).toBe(true)
  })
})

describe('position words name the first of the list in English and Chinese', () => {
  it.each([['how do i sign up for the top one'], ['tell me about the first one'], ['最顶上那个怎么报名'], ['最头上那个讲讲']])(
    '"%s" answers about the first project shown, not a "which one?"',
    async (ask) => {
      const say = learner()
      const list = await say(/^[a-z]/.test(ask) ? 'any AI courses online?' : '有没有线上的人工智能课')
      expect(list.projects.length).toBeGreaterThan(1)
      const r = await say(ask)
      expect(r.projects.map((p) => p.id)).toEqual([list.projects[0].id])
    },
  )
})

describe('talk that mentions saying is no question about a shown project', () => {
  it('"俺说一下，我是退伍的" after a list narrows or asks, never "which one do you mean?"', async () => {
    const say = learner()
    expect((await say('有没有线上的人工智能课')).projects.length).toBeGreaterThan(1)
    const r = await say('俺说一下，我是退伍军人')
    expect(replyText(r)).not.toContain('第几个')
    expect(headerText(r)).toContain('退役军人')
  })
})

describe('a word that is itself a learning verb and its subject is asked for wherever it stands', () => {
  it('"孙女考大学 补英语的有没" gets the honest nothing, not every project for a grandparent', async () => {
    const all = await active()
    expect(all.some((p) => mentions(p, '补英语') || mentions(p, '考大学'))).toBe(false)
    const r = await learner()('孙女考大学 补英语的有没')
    expect(r.projects).toEqual([])
    expect(replyText(r)).toMatch(NOTHING)
  })
})

describe('English narrowings that name a fee are no question about a shown project', () => {
  it('"that cost nothing only" after a list narrows to free ones; "cost nothing online" stays online', async () => {
    const say = learner()
    expect((await say('any parenting classes')).projects.length).toBeGreaterThan(1)
    const r = await say('that cost nothing only')
    expect(r.projects.length).toBeGreaterThan(0)
    for (const p of await shown(r)) expect(p.fee).toBe(0)
    const other = await learner()("i'm 17, show me that cost nothing online courses")
    for (const p of await shown(other)) expect(['online', 'hybrid']).toContain(p.format)
  })

  it('a stray pair of letters ("ey") asks back, never "nothing for ey"', async () => {
    const r = await learner()('ey')
    expect(r.clarify).toBe(true)
    expect(replyText(r)).not.toMatch(NOTHING)
  })
})
