/**
 * What the learner asks for, and when "nothing" is honest (round 11, issue 10 points 3, 4 and 9), through the real
 * engine, search and SQLite on the sample catalogue:
 * - buying, booking or renting a thing, and asking where a job gets done, is a service: no projects, first or
 *   mid-conversation, and a place inside it (where the ticket goes) is not where the learner studies;
 * - a measure word or an adverb the word cutter glued to the request's verb (寻些, 找点, 才学), a demonstrative of
 *   place (这点) and a word made only of learning characters (授课) are no subject, so never "目录里暂时没有“…”";
 * The phrasings are our own, not a bank's; every check is computed from the catalogue.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { isAskedSubject } from '../src/query/need-frames.js'
import { isNeedWord } from '../src/query/need-filter.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner, shown, active } = useSampleConversation('asked-thing')
const text = (p: Project) => [p.title, p.summary, ...p.tags].join(' ')

describe('a service asked for is no learning request', () => {
  it.each([
    '我想订一间北京的酒店',
    '帮我买张去成都的火车票',
    '家里水管漏了，去哪儿可以修',
    '想租个两居室',
    'please book me a hotel room in shanghai',
    'where can we renew our passport',
    'need some cheap train tickets to xian',
  ])('"%s" gets no projects', async (said) => {
    const r = await learner()(said)
    expect(r.projects, replyText(r)).toEqual([])
  })

  it('gets nothing in the middle of a conversation, and the place of the ticket is not carried', async () => {
    const say = learner()
    expect((await say('我是退休老师，想学书法')).projects.length).toBeGreaterThan(0)
    const oos = await say('帮我买张去成都的火车票')
    expect(oos.projects, replyText(oos)).toEqual([])
    const next = await say('有没有线上的')
    expect(replyText(next)).not.toContain('成都')
  })

  it('still reads learning to buy or book as a request to learn', async () => {
    const r = await learner()('想学用手机买火车票')
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
  })
})

describe('words glued to the request are no subject', () => {
  it.each(['寻些', '找点', '这点', '才学', '再学'])('"%s" is no need-word', (word) => {
    expect(isNeedWord(word)).toBe(false)
  })

  it('does not take a word made only of learning characters for a subject ("混合授课的班")', () => {
    expect(isAskedSubject('有没有混合授课的班', '授课')).toBe(false)
    expect(isAskedSubject('有没有线上教学的课', '教学')).toBe(false)
  })

  it.each([
    ['帮俺寻点免费的课', (p: Project) => p.fee === 0],
    ['咋样才学得会用电脑', (p: Project) => p.topics.includes('digital-skills')],
    ['我们云南这点 想学电脑', (p: Project) => p.topics.includes('digital-skills')],
  ] as const)('"%s" lists what it asks for, never "nothing"', async (said, fits) => {
    expect((await active()).some(fits)).toBe(true)
    const r = await learner()(said)
    expect(replyText(r)).not.toContain('目录里暂时没有')
    expect((await shown(r)).some(fits), replyText(r)).toBe(true)
  })

  it('ranks by the subject, not by talk about who asks ("替辖区里的老人咨询")', async () => {
    const r = await learner()('替辖区里的老人咨询，有没有学电脑的')
    expect(replyText(r)).not.toContain('目录里暂时没有')
    expect((await shown(r)).some((p) => text(p).includes('电脑')), replyText(r)).toBe(true)
  })
})
