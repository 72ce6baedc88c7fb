/**
 * Which list a number means, and what the widening ladder may never widen, through the real engine, search and SQLite
 * on the sample catalogue: a number with its measure word and no 第 ("2个", "三条") pointing at the list; a field
 * question with a number after a menu or a "nothing" answer meaning the last list of projects shown; a subject asked
 * to learn that no project names getting "nothing" however the carried filters are widened (also as a property over
 * generated conversations, fast-check). Phrasings written for this file (not from any simulator bank); every check is
 * computed from the catalogue's fields or from the replies, never from a hard-coded answer.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Reply } from '../src/dialogue/types.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner, active } = useSampleConversation('pl')
const ids = (r: Reply) => r.projects.map((p) => p.id)

describe('a number with its measure word and no 第 points at the list', () => {
  it.each([
    ['2个要交钱不', 1],
    ['三条在哪上课', 2],
    ['1个咋个报名', 0],
    ['二个搁哪上', 1],
    ['3个怎么样', 2],
    ['1个啥情况', 0],
  ])('"%s" is about item %i of the list', async (text, index) => {
    const say = learner()
    const list = await say('我想学电脑')
    expect(list.projects.length).toBeGreaterThan(index)
    expect(ids(await say(text))).toEqual([list.projects[index].id])
  })

  it.each(['一个月多少钱', '两个人能一起报吗', '三个都要钱吗'])('"%s" counts something: it names no project of the list', async (text) => {
    const say = learner()
    const list = await say('我想学电脑')
    const r = await say(text)
    for (const p of list.projects) expect(ids(r)).not.toEqual([p.id])
  })
})

describe('a number asking a field means the last list of projects shown', () => {
  it('after "more" ran out, "第一个咋报名" is about the first of the last page; a bare "1" answers the menu', async () => {
    const say = learner()
    let last = await say('我是退伍军人，想学人工智能，只要免费的')
    expect(last.projects.length).toBeGreaterThan(0)
    for (let i = 0; i < 30; i++) {
      const r = await say('还有吗')
      if (!r.projects.length) break
      last = r
    }
    const r = await say('第一个咋报名')
    expect(ids(r)).toEqual([last.projects[0].id])
    // A number alone is still the menu's: its topic's list, never the old project.
    const menu = await say('1')
    expect(menu.projects.length).toBeGreaterThan(0)
    expect(ids(menu)).not.toEqual([last.projects[0].id])
  })

  it('after a subject nobody teaches, "第一个在哪上课" is about the first of the list before it', async () => {
    const say = learner()
    const list = await say('有没有教电工的')
    expect(list.projects.length).toBeGreaterThan(0)
    expect((await say('想学冲浪')).projects).toEqual([])
    expect(ids(await say('第一个在哪上课'))).toEqual([list.projects[0].id])
  })
})

/** Turns that page, ask back or answer "nothing" in between; then a number asking a field. */
const BETWEEN = ['还有别的吗', '再来几个', '想学冲浪', '有什么好学的', '嗯', '想学马术']
const POINTED = ['第一个怎么报名', '第一个在哪上课', '第一个多少钱', '第一个啥时候开始', '1个咋报名']

describe('the last list shown is the one a number asking a field means, whatever came between', () => {
  it('over generated conversations, "第一个…" answers about the first project of the last reply that listed projects', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(BETWEEN.length - 1), { minLength: 1, maxLength: 5 }), fc.nat(POINTED.length - 1), async (turns, q) => {
        const say = learner()
        let last = await say('我想学人工智能，只要免费的')
        for (const t of turns) {
          const r = await say(BETWEEN[t])
          if (r.projects.length) last = r
        }
        expect(ids(await say(POINTED[q]))).toEqual([last.projects[0].id])
      }),
      { numRuns: 25, seed: 2511 },
    )
  })
})

/** Openers that set who, how, where and the fee: filters the ladder may widen. */
const OPENERS = ['我们老两口想在网上学点免费的', '我是退伍军人，在九江，只要线下的', '我在厂里上班，只要免费的网课', '我妈七十了，想学跳广场舞，免费的', '我是种地的，只要不要钱的']
/** Subjects asked in a learning frame, for the catalogue to say whether any project names them. */
const SUBJECTS = ['拖拉机', '潜水', '滑翔伞', '冲浪', '马术', '挖掘机', '架子鼓', '收割机']
const FRAMES = ['有没有学开{s}的', '想学{s}', '{s}的培训有吗', '那学{s}呢']

describe('the ladder widens the filters, never the subject', () => {
  it('a subject no project names, asked after filters were set, gets nothing on every rung', async () => {
    const catalogue = (await active()).map((p) => [p.title, p.summary, p.title_en ?? '', p.summary_en ?? '', ...p.tags].join(' '))
    const untaught = SUBJECTS.filter((s) => !catalogue.some((t) => t.includes(s)))
    expect(untaught.length).toBeGreaterThan(3)
    await fc.assert(
      fc.asyncProperty(fc.nat(OPENERS.length - 1), fc.nat(untaught.length - 1), fc.nat(FRAMES.length - 1), async (o, s, f) => {
        const say = learner()
        await say(OPENERS[o])
        const r = await say(FRAMES[f].replace('{s}', untaught[s]))
        expect(r.projects).toEqual([])
      }),
      { numRuns: 40, seed: 251 },
    )
  })
})

describe('a message the bot cannot read is never the same list again', () => {
  it('talk beside a hint that changes nothing ("孩子考研有补不" after a parent\'s list) is not read: no list, and the list stays', async () => {
    const say = learner()
    const list = await say('我是孩子他妈，想学家庭教育')
    expect(list.projects.length).toBeGreaterThan(0)
    const r = await say('孩子考研有补不')
    expect(r.projects).toEqual([])
    expect(r.clarify).toBe(true)
    // The list is still the one on screen: a number points into it, "更多" goes on past it.
    expect(ids(await say('第一个在哪上课'))).toEqual([list.projects[0].id])
    const more = await say('还有别的吗')
    for (const p of more.projects) expect(ids(list)).not.toContain(p.id)
  })

  it('a refinement said again with nothing else ("我是家长") still shows the list', async () => {
    const say = learner()
    const list = await say('我是家长，想学家庭教育')
    expect(ids(await say('我是家长'))).toEqual(ids(list))
  })
})
