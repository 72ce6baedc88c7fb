/**
 * A field question that points at no project is about the project in focus only when it asks nothing of its own:
 * "想报名参加铁人三项" or "where could we watch the fireworks" with a course open name a field (报名, where) only
 * as part of asking for something else, which no project teaches, so nothing is listed or described. Questions about
 * the project itself ("报名要带什么证件", "学费可以分期吗") still answer it. Through the real engine on the sample
 * catalogue; phrasings written for this file, and every "not taught" word checked against the catalogue.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner, active } = useSampleConversation('own-field')
const text = (p: Project) => [p.title, p.summary, p.title_en ?? '', p.summary_en ?? '', ...p.tags].join(' ').toLowerCase()

/** A learner who asked for computer courses and opened the first one. */
async function withCourseOpen(lang: 'zh' | 'en') {
  const say = learner()
  await say(lang === 'zh' ? '我想学电脑' : 'I want to learn computer skills')
  const opened = await say('1')
  expect(opened.projects.length, replyText(opened)).toBeGreaterThan(0)
  return say
}

describe('a field asked as part of another thing is no question about the open project', () => {
  it.each([
    ['zh', '我想报名参加铁人三项', '铁人三项'],
    ['zh', '哪里报名学蹦极', '蹦极'],
    ['zh', '厨房下水道堵了，找谁来通', '下水道'],
    ['en', 'where could we watch the fireworks', 'fireworks'],
    ['en', 'how do i get into archery', 'archery'],
    ['en', 'where can i rent a kayak', 'kayak'],
  ] as const)('(%s) "%s" shows no project', async (lang, said, word) => {
    expect((await active()).some((p) => text(p).includes(word))).toBe(false)
    const r = await (await withCourseOpen(lang))(said)
    expect(r.projects, replyText(r)).toEqual([])
  })
})

describe('a field question about the open project still answers it', () => {
  it.each([
    ['zh', '报名要带什么证件'],
    ['zh', '学费可以分期吗'],
    ['zh', '上课地方远不远'],
    ['en', 'how do i sign up for it'],
    ['en', 'where is it held'],
    // The field word alone is the field asked, even one the catalogue has no project about.
    ['zh', '网址'],
    ['zh', '电话'],
    ['en', 'contact'],
    ['en', 'website'],
  ] as const)('(%s) "%s" answers about the open course', async (lang, said) => {
    const say = await withCourseOpen(lang)
    const r = await say(said)
    expect(r.projects.length, replyText(r)).toBe(1)
  })
})
