/**
 * English read by structure (round 15, en15): a word for knowing a subject ("literacy") after the subject is that
 * subject's; errands, facts of the day and a child's school exam are out of scope whatever frame asks for them, and
 * leave the learner as they were; "what do you teach" asks what there is; a start-over phrase typed with a slip in one word still starts over; the words
 * people of many Englishes address the bot with never break a "more". Phrasings are invented beside the spent banks'
 * (fresh14, fresh17, fresh18). Through the real engine, search and SQLite on the sample catalogue.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { forAudience, useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('english16')
const understand = (text: string) => sampleRig().search.understand(text)
const topics = (text: string) => understand(text).slots.topics.map((t) => t.id)

describe('a word for knowing a subject belongs to the subject said before it', () => {
  it.each([
    ['legal and money literacy course', ['law-finance']],
    ['health literacy classes', ['health-elderly-care']],
    ['scams and money literacy please', ['law-finance']],
  ])('"%s" is %j only', (text, ids) => {
    expect(topics(text)).toEqual(ids)
  })

  it.each(['literacy classes for adults', 'basic literacy please', 'adult literacy', 'my mum wants literacy lessons'])(
    '"%s" is still reading and writing', (text) => {
      expect(topics(text)).toEqual(['language'])
    })

  it('a migrant worker asking for "a legal and money literacy course" gets no language course, and "more" keeps it', async () => {
    const say = learner()
    const r = await say("in Henan, I'm a migrant worker, G'day, I'm after a legal and money literacy course, mate")
    expect(replyText(r).split('\n')[0]).not.toContain('Language')
    expect(replyText(await say('what else have ye got')).split('\n')[0]).not.toContain('Language')
  })
})

describe('errands, facts of the day and a child\'s school exam are out of scope', () => {
  it.each([
    "what are tonight's lottery numbers",
    'who won the football last night',
    "what's the weather like tomorrow",
    'is it gonna rain today',
    'can u help with my son\'s SAT math homework',
    'my daughter needs a tutor for her gaokao maths, any1?',
    'any tuition for my niece in chemistry',
    'need someone to tutor my boy for his gcse physics',
    'abeg where can I ship a container of phones from Guangzhou to Lagos',
    'how do I send a parcel to Manila',
    'my boss didnt pay my salary 3 months, what to do',
    'landlord kept my deposit 2000 yuan, what should i do',
    'who is the best dentist in Shanghai',
    'where is the nearest bank',
    'what time is the match tonight',
    'find me a cheap hotel in Chengdu',
    'how do i get a work visa',
  ])('"%s" shows no project', async (text) => {
    const r = await learner()(text)
    expect(r.projects).toEqual([])
  })

  it.each(['courses about unpaid wages', 'my boss has not paid me, any course on my rights', 'how to send documents by email',
    'i want to get a forklift licence', "what's the best way to learn english"])(
    '"%s" still asks to learn', async (text) => {
      expect((await learner()(text)).projects.length).toBeGreaterThan(0)
    })

  it('after one, the learner is who they were: no parent from "my son", no employee from "my boss"', async () => {
    const say = learner()
    await say("I'm a farmer, any courses?")
    expect((await say("can u help with my son's SAT math homework")).projects).toEqual([])
    expect((await say('my boss didnt pay my salary 3 months, what to do')).projects).toEqual([])
    const r = await say('how about elderly care?')
    const header = replyText(r).split('\n')[0]
    expect(header).not.toMatch(/Parents|Employees/)
    expect((await shown(r)).every(forAudience('farmers'))).toBe(true)
  })
})

describe('a vague opener said with "you teach", "whatcha" or "the menu" asks back', () => {
  it.each(["what's on offer?", 'what kinda stuff do you teach?', 'whatcha got for me', "what's on the menu?", 'what do you guys teach'])(
    '"%s" asks back with the menu', async (text) => {
      const r = await learner()(text)
      expect(r.projects).toEqual([])
      expect(replyText(r)).not.toMatch(/no projects for/)
    })

  it('"can you teach cooking?" still asks for cooking', () => {
    expect(topics('can you teach cooking?')).toEqual(['vocational-skills'])
  })
})

describe('a start-over phrase typed with one slip starts over', () => {
  it.each([
    'strat over, Good day. Please I want to enquire about free computer classes.',
    'start agian, free computer classes',
    'statr over pls, free computer classes',
    'begin agian, free computer classes',
  ])('"%s" forgets the migrant worker, the city and the format', async (text) => {
    const say = learner()
    await say("I'm a migrant worker in Zhengzhou, in-person courses?")
    const header = replyText(await say(text)).split('\n')[0]
    expect(header).toContain('Digital skills')
    expect(header).not.toMatch(/Migrant|郑州|in person/)
  })

  it.each(['aiyo, strat again lah', 'bro, start over', 'oops, reset po'])('"%s" starts over', async (text) => {
    const say = learner()
    await say("I'm a migrant worker in Zhengzhou, in-person courses?")
    expect(replyText(await say(text))).toMatch(/let's start again/i)
  })

  it.each(['smart over', 'stay over'])('"%s" starts nothing over', async (text) => {
    const say = learner()
    await say("I'm a migrant worker in Zhengzhou, in-person courses?")
    expect(replyText(await say(text))).not.toMatch(/let's start again/i)
  })

  it('"strat over" does (the reply the check above looks for)', async () => {
    const say = learner()
    await say("I'm a migrant worker in Zhengzhou, in-person courses?")
    expect(replyText(await say('strat over'))).toMatch(/let's start again/i)
  })
})

describe('how the bot is addressed never breaks a "more"', () => {
  it.each(['what else is there dai', 'aiyo, more lah', 'any more bhai', 'what else have ye got', 'more pls kuya', 'what else you got, chief', 'others bruh'])(
    'after computer classes, "%s" pages the same subject', async (text) => {
      const say = learner()
      const first = await say('computer classes please')
      const more = await say(text)
      expect(more.projects.length).toBeGreaterThan(0)
      const seen = new Set(first.projects.map((p) => p.id))
      expect(more.projects.some((p) => seen.has(p.id))).toBe(false)
      expect(replyText(more)).toContain('Digital skills')
    })
})
