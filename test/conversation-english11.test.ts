/**
 * English read by mechanism (issue 10, round 11): dictated English (punctuation said as words, "on line" split, "four"
 * heard for "for") reads as the written English it transcribes; a place called real, as against a screen ("an actual
 * place", "somewhere physical") asks for in-person learning; any discarding verb with all of what was said as its
 * object starts over; and a young relative the course is for, aged by a word ("for our teenage grandson"), is the
 * young learner. Phrasings are invented, not taken from any bank. Through the real engine, search and SQLite on the
 * sample catalogue; expectations are computed from the catalogue's rows.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { fromDictation } from '../src/text/dictation.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('english11')
const understand = (text: string) => sampleRig().search.understand(text)

describe('dictated English reads as what it transcribes', () => {
  it.each([
    ['good evening question mark', 'good evening?'],
    ['any sewing classes on line question mark', 'any sewing classes online?'],
    ['painting lessons exclamation point', 'painting lessons!'],
    ['i want english comma something free full stop', 'i want english, something free.'],
    ['good morning questoin mark', 'good morning?'],
    ['any more like that question mark', 'any more like that?'],
    ['is there more of this comma please', 'is there more of this, please'],
    ['something four my grandma', 'something for my grandma'],
    ['classes four working mums', 'classes for working mums'],
  ])('"%s" is written "%s"', (said, written) => {
    expect(fromDictation(said)).toBe(written)
  })

  it.each(['i have four kids', 'number four', 'option four please', 'four kids and a job', 'stand on line 3', 'what does a question mark mean', 'is the full stop needed'])(
    '"%s" keeps its words (a count, a number, a line number)', (said) => {
      expect(fromDictation(said)).toBe(said)
    })

  it.each(['good evening question mark', 'hey there exclamation mark'])('"%s" is a greeting and gets an ask-back', async (text) => {
    const r = await learner()(text)
    expect(r.clarify).toBe(true)
    expect(r.projects).toEqual([])
  })

  it('a dictated question keeps its subject and asks for online projects, with no punctuation word as a need', async () => {
    const text = 'anything on using a smartphone on line question mark'
    expect(understand(text).needs).toEqual([])
    expect(understand(text).slots.format).toBe('online')
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('digital-skills') && p.format !== 'offline')).toBe(true)
  })

  it('"more" said with a dictated question mark pages on the same topic', async () => {
    const say = learner()
    await say('looking for law courses')
    const r = await say('got any others question mark')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('law-finance'))).toBe(true)
  })
})

describe('a place called real asks for in-person learning', () => {
  it.each([
    'any first aid classes at a real venue',
    'is there calligraphy in an actual building',
    'painting lessons somewhere physical',
    'i would like to learn cooking in the flesh',
    'phone skills for seniors, at a physical location please',
  ])('"%s" is in person', (text) => {
    expect(understand(text).slots.format).toBe('offline')
    expect(understand(text).needs).toEqual([])
  })

  it.each(['real world money skills', 'physical therapy for older people', 'the actual cost of the cooking class'])('"%s" says no format', (text) => {
    expect(understand(text).slots.format).toBe(null)
  })
})

describe('discarding all of what was said starts over', () => {
  it.each(['disregard everything i said', 'bin the lot', 'toss all of it', 'never mind all of that'])(
    '"%s, any computer course" drops the earlier audience and format', async (lead) => {
      const say = learner()
      await say('for farmers, agriculture courses in person')
      const r = await say(`${lead}, any computer course`)
      const header = replyText(r).split('\n').find((l) => /found these/.test(l)) ?? ''
      expect(header).toMatch(/Digital skills/)
      expect(header).not.toMatch(/Farmers|in person/)
    })
})

describe('a young relative the course is for, aged by a word, is the young learner', () => {
  it.each(['something for our teenage grandson', 'any art class for his adolescent nephew'])('"%s" is a young learner', (text) => {
    expect(understand(text).slots.audiences.map((a) => a.id)).toEqual(['youth'])
  })

  it('without the "for", a teenage son is a parent\'s concern, not the learner', () => {
    expect(understand('how to talk with my teenage son').slots.audiences.map((a) => a.id)).not.toContain('youth')
  })
})

describe('an age reached this year is no time wish', () => {
  it.each(['i am a retiree, 68 this year, any singing class', 'for my grandpa, eighty this year, anything in person'])('"%s" sets no time', (text) => {
    expect(understand(text).slots.time).toBeNull()
  })

  it('a course starting this year still sets one', () => {
    expect(understand('any painting class starting this year').slots.time).not.toBeNull()
  })
})
