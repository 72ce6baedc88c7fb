/**
 * English read by mechanism (issue 10, round 10): Chinese words inside an English message, typed or read from
 * pinyin, say the format and fee they say in Chinese; older relatives typed in pinyin are kin; a work role said as a
 * participle with nobody before it is the speaker; the speaker's own family is relatives, not the parents'
 * audience; "that" opening a clause points at no project; and a time of day is no subject. Through the real
 * engine, search and SQLite on the sample catalogue; expectations are computed from the catalogue's rows.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { forAudience, useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('english10')
const understand = (text: string) => sampleRig().search.understand(text)
const audiencesOf = (text: string) => understand(text).slots.audiences.map((a) => a.id)

describe('Chinese words in an English message', () => {
  it.each(['is there a mianfei cooking course', 'cooking course, 免费 if you have'])('"%s" asks for free projects only', async (text) => {
    expect(understand(text).slots.free).toBe(true)
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.fee === 0)).toBe(true)
  })

  it('an English fee word still decides over a Chinese one', () => {
    expect(understand('painting classes, free').slots.free).toBe(true)
    expect(understand('painting classes').slots.free).toBe(null)
  })

  it.each([['my yeye is 82 and wants calligraphy'], ['for my waipo, she is 75, any phone class']])('"%s" is an older learner', async (text) => {
    expect(audiencesOf(text)).toEqual(['elderly'])
    expect(understand(text).needs.flat()).not.toContain('yeye')
  })

  it('"laoban" is left alone: it is also the boss', () => {
    expect(audiencesOf('my laoban is 50')).toEqual([])
  })
})

describe('a work role said as a participle is the speaker', () => {
  it.each([
    ['working at a bank, anything on money management', 'employees'],
    ['based in Hefei, working in a factory, what can i study', 'migrant-workers'],
    ['teaching at a county school, any courses for me', 'rural-teachers'],
  ])('"%s" is %s', (text, audience) => {
    expect(audiencesOf(text)).toEqual([audience])
  })

  it('after a learning word the phrase is the subject, not who learns', () => {
    expect(audiencesOf('i want to learn working in an office')).toEqual([])
  })

  it('"working in an office, any computer class" shows only projects open to employees', async () => {
    const r = await learner()('working in an office, any computer class')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(forAudience('employees'))).toBe(true)
  })
})

describe('the speaker\'s own family is relatives', () => {
  it.each(['learning to video chat with my family', 'a phone course for my parents', 'something for our whole family'])(
    '"%s" names no parents\' audience', (text) => {
      expect(audiencesOf(text)).not.toContain('parents')
    })

  it.each(['courses for families', 'a course for parents of toddlers'])('"%s" is still the parents\' audience', (text) => {
    expect(audiencesOf(text)).toEqual(['parents'])
  })
})

describe('"that" opening a clause points at no project', () => {
  it('after a list, "preferably one that i can follow from home" narrows to online projects', async () => {
    const say = learner()
    await say('any painting courses')
    const r = await say('preferably one that i can follow from home online')
    expect(replyText(r)).not.toMatch(/Which one do you mean/)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.format !== 'offline' && p.topics.includes('culture-arts'))).toBe(true)
  })

  it('after a list, "how much does that cost" still asks which one', async () => {
    const say = learner()
    await say('any painting courses')
    const r = await say('how much does that cost')
    expect(replyText(r)).toMatch(/Which one do you mean/)
  })
})

describe('a time of day is no subject', () => {
  it.each(['good afternoon, what could i learn', 'morning! what do you have'])('"%s" gets the topic menu', async (text) => {
    expect(understand(text).needs).toEqual([])
    const r = await learner()(text)
    expect(r.clarify).toBe(true)
  })
})

describe('who learns and what, said by a life event or a device owned', () => {
  it.each([
    ['recently finished university, any ai courses', 'youth'],
    ['for people who had to leave their village, any safety training', 'migrant-workers'],
  ])('"%s" is %s', (text, audience) => {
    expect(audiencesOf(text)).toEqual([audience])
  })

  it('"becoming more confident with my tablet" is digital skills', () => {
    expect(understand('becoming more confident with my tablet').slots.topics.map((t) => t.id)).toEqual(['digital-skills'])
  })
})

describe('starting afresh and subjects said as tasks', () => {
  it('"new topic, any painting" after a free computer list clears the fee and the subject', async () => {
    const say = learner()
    await say('free computer class')
    const r = await say('new topic, any painting')
    expect(replyText(r).split('\n')[0]).not.toMatch(/free/i)
    expect((await shown(r)).every((p) => p.topics.includes('culture-arts'))).toBe(true)
  })

  it.each([
    ['selling our own harvest', 'rural-revitalization'],
    ['skills for a better job', 'vocational-skills'],
    ['how to avoid being tricked on the phone', 'law-finance'],
  ])('"%s" is %s', (text, topic) => {
    expect(understand(text).slots.topics.map((t) => t.id)).toEqual([topic])
  })
})
