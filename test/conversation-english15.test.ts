/**
 * English request frames and dictated punctuation (round 14, en14): the frame a request is asked in ("I would like
 * to know if exists courses", "Excuse me, I am very sorry to trouble you, may I ask about …", "Respected sir, I humbly
 * request you to show me courses", "do you happen to have …", "is it possible to …") carries no subject, and what
 * remains decides; "may" before "I" is the modal, never the month; punctuation dictated as words ("period", "new line",
 * "open bracket") is punctuation. Phrasings are invented beside the bank's. Through the real engine, search and SQLite
 * on the sample catalogue.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { fromDictation } from '../src/text/dictation.js'
import { forAudience, useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('english15')
const understand = (text: string) => sampleRig().search.understand(text)

describe('the frame a request is asked in carries no subject', () => {
  it.each([
    "I'm a farmer, I would like to know if exists courses",
    'I am farmer, I work the land, I would like to know if exists courses',
    'Pardon me, sorry to bother you, do you happen to have cooking courses?',
    'Hello, I hope I am not disturbing you, I was wondering whether there are any computer classes',
    'Good day, I would like to enquire if there exist any calligraphy courses',
    'I would like to know if there is possibility of learning smartphone',
    'Kindly advise if any computer courses exists',
    'Please, I need web-based electricity and energy course. Is it exist?',
    'i am nurse, there exist course for me?',
    'Excuse me, I am very sorry to trouble you, may I ask about in-person teacher professional development course?',
  ])('"%s" has no need-word', (text) => {
    expect(understand(text).needs).toEqual([])
  })

  it.each([
    'Respected sir, I humbly request you to show me courses',
    'I wish to inquire whether courses are existing',
    'Dear madam, would you be so kind as to tell me what exists',
  ])('"%s" is a vague opener', (text) => {
    expect(understand(text).vague).toBe(true)
  })

  it('"may I ask" asks: it is no wish for courses in May', () => {
    expect(understand('May I know if exist some English courses?').slots.time).toBeNull()
    expect(understand('Excuse me, may I ask about computer classes').slots.time).toBeNull()
    expect(understand('any cooking courses in May?').slots.time?.from).toMatch(/-05-01$/)
    expect(understand('computer class starting may 5').slots.time?.from).toMatch(/-05-01$/)
  })

  it('"I\'m a farmer, I would like to know if exists courses" shows the farmers\' courses', async () => {
    const r = await learner()("I'm a farmer, I would like to know if exists courses")
    expect(replyText(r)).not.toMatch(/no projects for/)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(forAudience('farmers'))).toBe(true)
  })

  it('"Respected sir, I humbly request you to show me courses" asks back with the menu', async () => {
    const r = await learner()('Respected sir, I humbly request you to show me courses')
    expect(replyText(r)).not.toMatch(/no projects for/)
    expect(r.projects).toEqual([])
  })

  it('after a polite "may I ask about" request, "MORE PLEASE" pages the same subject', async () => {
    const say = learner()
    const first = await say('Excuse me, I am very sorry to trouble you, may I ask about computer classes?')
    const more = await say('MORE PLEASE')
    expect(more.projects.length).toBeGreaterThan(0)
    const seen = new Set(first.projects.map((p) => p.id))
    expect(more.projects.some((p) => seen.has(p.id))).toBe(false)
    expect(replyText(more)).toContain('Digital skills')
  })
})

describe('punctuation dictated as words', () => {
  it.each([
    ['I am a farmer period I want cooking courses', 'I am a farmer. I want cooking courses'],
    ['computer classes new line for my mum', 'computer classes. for my mum'],
    ['photography course open bracket online close bracket', 'photography course, online,'],
    ['courses colon free ones', 'courses: free ones'],
    ['i am retired period', 'i am retired.'],
  ])('"%s" reads "%s"', (said, read) => {
    expect(fromDictation(said)).toBe(read)
  })

  it.each(['a trial period of cooking', 'colon cancer screening class', 'a new line of work'])('"%s" keeps its words', (said) => {
    expect(fromDictation(said)).toBe(said)
  })

  it('"I am retired period I want computer classes" reads an older learner and a subject, no need-word', () => {
    const u = understand('I am retired period I want computer classes')
    expect(u.needs).toEqual([])
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['elderly'])
    expect(u.slots.topics.map((t) => t.id)).toEqual(['digital-skills'])
  })
})

describe('an English conversation keeps its language and its learner', () => {
  it.each(['Heilongjiang', 'Chongqing'])('a Chinese place spelt in pinyin, "%s", is answered in English', async (name) => {
    const say = learner()
    await say('farmer, any courses?')
    expect(replyText(await say(name))).toMatch(/^For "Farmers/)
  })

  it('a Chinese name in capitals, "Zhang Wei", is answered in English', async () => {
    const say = learner()
    await say('farmer, any courses?')
    expect(replyText(await say('Zhang Wei'))).not.toMatch(/\p{Script=Han}{2}/u)
  })

  it('pinyin typed for Chinese words in an English chat is still Chinese', async () => {
    const say = learner()
    await say('computer classes')
    expect(replyText(await say('zai hangzhou'))).toMatch(/^按“/)
  })

  it.each([
    "I'm asking for my grandpa, he is 78, Sir kindly tell what virtual courses are there",
    'for my grandpa, he is 78, online courses?',
    'looking for my mum who is 75, any online classes',
  ])('after "I am farmer", "%s" is asked for an older learner', async (text) => {
    const say = learner()
    await say('I am farmer sir, any free courses?')
    const r = await say(text)
    const header = replyText(r).split('\n')[0]
    expect(header).toContain('Older adults')
    expect(header).not.toContain('Farmers')
    expect((await shown(r)).every(forAudience('elderly'))).toBe(true)
  })
})

describe('a subject said before "you" is still the subject', () => {
  it.each([
    ['I want learn mahjong, you have class?', 'mahjong'],
    ['sorry for bothering you, any yoga class', 'yoga'],
  ])('"%s" asks for %s', (text, need) => {
    expect(understand(text).needs).toEqual([[need]])
  })
})
