/**
 * Round 8 turn shapes (conv-dialogue8), through the real engine, search and SQLite on the sample catalogue:
 * a question about one listed project asked with the field in everyday words (去哪儿登记, 要几个钱, 上哪去上,
 * 喺边度, how do i get in) answers that field; what was said named and discarded with a bare 不要 (之前讲嘅全部唔要)
 * is a reset; a group said in a clause of its own stays the learner's even when the topic's phrase names it too
 * (给家里有小孩的家长，有家长课堂吗). Phrasings are written for this file; checks come from the catalogue.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { classifyControl } from '../src/dialogue/turn-classifier.js'
import { headerText } from '../bench/sim/check.js'
import { fieldEvidence } from '../bench/eval/dialogues.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner, shown } = useSampleConversation('tf')

describe('a field asked in everyday words about a listed project answers that field', () => {
  it.each([
    ['第二条去哪儿登记', 1, 'enroll'],
    ['老二那个咋个报上', 1, 'enroll'],
    ['头一个找谁报', 0, 'enroll'],
    ['第三个要几个钱', 2, 'fee'],
    ['第一个要好多钱', 0, 'fee'],
    ['第二個使唔使錢', 1, 'fee'],
    ['第三条上哪去上', 2, 'place'],
    ['第一個喺邊度上堂', 0, 'place'],
    ['第二个在啥地方上', 1, 'place'],
    ['第二個打去邊度問', 1, 'contact'],
    ['the 3rd one - how do i get in', 2, 'enroll'],
    ['第一个哪个地方报', 0, 'enroll'],
    ['报第二个要点做', 1, 'enroll'],
    ['第二个找哪个问', 1, 'contact'],
    ['第三個電話幾號', 2, 'contact'],
    ['第一個幾錢', 0, 'fee'],
  ] as const)('"%s" answers item %i\'s %s', async (text, index, field) => {
    const say = learner()
    const list = await say('我想学人工智能')
    expect(list.projects.length).toBeGreaterThan(index)
    const r = await say(text)
    expect(r.projects.map((p) => p.id)).toEqual([list.projects[index].id])
    const [p] = await shown(r)
    const evidence = fieldEvidence(p as Project, field)
    const answer = replyText(r)
    if (evidence) expect(evidence.some((e) => answer.includes(e))).toBe(true)
    // The field asked, not the whole card: a card opens with the project's title in brackets.
    expect(answer).not.toContain(`【${p.title}】`)
  })
})

describe('what was said, named and discarded with a bare 不要, is a reset', () => {
  it.each([
    ['之前講嘅全部唔要', ''],
    ['刚才那些都不要，我想学书法', '我想学书法'],
    ['前面说的不算数，想学电工', '想学电工'],
  ])('reads "%s" as a reset followed by "%s"', (text, rest) => {
    expect(classifyControl(text)).toEqual({ kind: 'reset', rest })
  })

  it.each(['不要这个了', '不要线上的', '我不要收费的'])('does not read "%s" (no past named) as a reset', (text) => {
    expect(classifyControl(text)?.kind).not.toBe('reset')
  })

  it('leaks nothing of the request before it', async () => {
    const say = learner()
    expect((await say('我家種茶的，有冇免費的嘅課程')).projects.length).toBeGreaterThan(0)
    const r = await say('之前講嘅全部唔要，想學電工')
    const header = headerText(r)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(header).not.toContain('农民')
    expect(header).not.toContain('免费')
  })
})

describe('a group said in a clause of its own is the learner\'s, even when the topic\'s phrase names it too', () => {
  it('filters the list and is carried to the next topic', async () => {
    const say = learner()
    const first = await say('给家里有小孩的家长，请问有家长课堂方面的课程吗')
    expect(first.projects.length).toBeGreaterThan(0)
    expect(headerText(first)).toContain('家长')
    const next = await say('换个方向，看看日常法律知识')
    expect(next.projects.length).toBeGreaterThan(0)
    expect(headerText(next)).toContain('家长')
    for (const p of await shown(next)) expect(p.audiences.some((a) => a === 'parents' || a === 'general-public')).toBe(true)
  })

  it('named only inside the topic\'s phrase it still only ranks', async () => {
    const say = learner()
    expect(headerText(await say('有没有家长课堂'))).not.toContain('家长')
    expect(headerText(await say('那电工的呢'))).not.toContain('家长')
  })
})

describe('a word naming whom a course is for names no one listed project', () => {
  it('"let\'s look at skills for teachers" is a new request, not the card of a listed "… for Teachers" course', async () => {
    const say = learner()
    const list = await shown(await say("i'm an office worker, what training is there"))
    const forTeachers = list.find((p) => /teachers/i.test(p.title_en ?? ''))
    expect(forTeachers).toBeDefined()
    const r = await say("let's look at skills for teachers")
    expect(r.projects.length).toBeGreaterThan(1)
  })

  it('beside a real word of the title it still points at that project', async () => {
    const say = learner()
    const list = await shown(await say("i'm an office worker, what training is there"))
    const forTeachers = list.find((p) => /generative ai/i.test(p.title_en ?? ''))
    expect(forTeachers).toBeDefined()
    const r = await say('the generative ai one for teachers, how much')
    expect(r.projects.map((p) => p.id)).toEqual([forTeachers!.id])
  })
})
