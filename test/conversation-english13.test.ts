/**
 * English read by mechanism (round 13): an age said in passing after who one is ("i'm a young bloke, 21"), or marked
 * as one by its own words ("21 years old here", "turning 75", "at 68 i want to…"), is the learner's age; a group's
 * volunteers ("volunteers for a mothers' club") are that group's people; a format word right before a course noun
 * says how it is given whatever verb stands before it ("you got online class or not?"); a reaction said as its own
 * clause ("easy as") and a voice assistant addressed ("ok google") are no part of the request; a field word read
 * through a slip takes the slip typing makes ("wher" is where, not when), and so does a long start-over word
 * ("restar" is restart). Phrasings are invented, not taken from any bank. Through the real engine, search and SQLite
 * on the sample catalogue.
 */
import { describe, expect, it } from 'vitest'
import { detectField } from '../src/dialogue/intents.js'
import { classifyControl } from '../src/dialogue/turn-classifier.js'
import { withoutSpeechNoise } from '../src/text/speech-noise.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { forAudience, useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('english13')
const understand = (text: string) => sampleRig().search.understand(text)
const audiences = (text: string) => understand(text).slots.audiences.map((a) => a.id).sort()
/** Asserts that `r` searched for `audience` (its header names it) and shows projects, every one open to it. */
const expectFor = async (r: Reply, audience: string) => {
  expect(replyText(r)).toContain(sampleRig().taxonomy.get('audiences', audience)!.en)
  expect(r.projects.length).toBeGreaterThan(0)
  expect((await shown(r)).every(forAudience(audience))).toBe(true)
}

describe('an age said in passing after who one is', () => {
  it.each([
    ["I'm a young bloke, 21, any computer classes", ['youth']],
    ['im a student, 18 this year, painting classes?', ['youth']],
    ["she's a widow, 73, any classes for her", ['elderly']],
    ["I'm a farmer, 61, anything on phones", ['elderly', 'farmers']],
  ])('"%s" is %j', (text, ids) => {
    expect(audiences(text)).toEqual(ids)
  })

  it.each([
    ['21 years old here, any coding courses?', ['youth']],
    ['19yo, anything free?', ['youth']],
    ['in my early twenties, any courses', ['youth']],
    ['at 68 I want to learn the violin', ['elderly']],
    ['turning 75 in spring, phone classes?', ['elderly']],
    ['72 this year, want to learn calligraphy', ['elderly']],
    ["I'm 66 years young, painting classes?", ['elderly']],
  ])('an age marked as one with no "I\'m" before it: "%s" is %j', (text, ids) => {
    expect(audiences(text)).toEqual(ids)
  })

  it('a relative\'s age said before the relative is no age of the speaker: "a 16 year old boy" alone names no learner', () => {
    expect(audiences('a 16 year old boy wants to learn coding')).toEqual([])
  })

  it.each(["I'm a mother of 3, any parenting classes", "i'm a nurse, 20 minutes from town, computer classes?", "I'm a teacher in grade 11, AI course"])(
    '"%s" holds no age: the number counts something else', (text) => {
      expect(audiences(text)).not.toContain('youth')
      expect(audiences(text)).not.toContain('elderly')
    })

  it('"a young lad" is a young learner, and "young" and "lad" are no need-words', () => {
    const u = understand("I'm a young lad, any courses going?")
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['youth'])
    expect(u.needs).toEqual([])
  })

  it('a young man with his age gets courses open to young people', async () => {
    await expectFor(await learner()("I'm a young chap, 23, any courses going?"), 'youth')
  })
})

describe("a group's volunteers are that group's people", () => {
  it.each([
    ["I run the volunteers for a women's club, all of them ladies, any courses", ['women']],
    ["I look after volunteers at our community centre", ['community-workers']],
  ])('"%s" is %j and nobody else', (text, ids) => {
    expect(audiences(text)).toEqual(ids)
  })

  it('"i volunteer at" is the verb: the speaker is still a volunteer', () => {
    expect(audiences("I volunteer at a women's shelter, any courses")).toEqual(['community-workers'])
  })

  it("the volunteers of a women's group are shown courses open to women", async () => {
    await expectFor(await learner()("I manage volunteers for a women's group, any courses going?"), 'women')
  })
})

describe('a format word right before a course noun', () => {
  it.each(['you got online class or not?', 'I am a farmer, you got online course or not', 'where can I get online lessons'])(
    '"%s" asks for online learning, and "online" is no need-word', (text) => {
      const u = understand(text)
      expect(u.slots.format).toBe('online')
      expect(u.needs.flat()).toEqual([])
    })

  it('"how do I get online" is still getting connected, no format', () => {
    expect(understand('how do I get online').slots.format).toBeNull()
  })
})

describe('a reaction clause and a voice assistant are no part of the request', () => {
  it.each([
    ['anything to study, easy as', 'anything to study'],
    ['keen as, got any cooking classes?', 'got any cooking classes?'],
    ['ok google find free courses near me', 'find free courses near me'],
    ['Hey Siri, any online classes', 'any online classes'],
  ])('"%s" reads "%s"', (text, plain) => {
    expect(withoutSpeechNoise(text)).toBe(plain)
  })

  it.each(['i want to work as a nurse', 'google ads course'])('"%s" keeps its words', (text) => {
    expect(withoutSpeechNoise(text)).toBe(text)
  })

  it('"what can I study, sweet as" asks back instead of finding nothing for "sweet"', async () => {
    const r = await learner()('what can I study, sweet as')
    expect(r.clarify).toBe(true)
    expect(understand('what can I study, sweet as').needs).toEqual([])
  })

  it('"hey google" before a request holds no need-word', () => {
    expect(understand('hey google find online AI courses near me').needs).toEqual([])
  })
})

describe('a field word through a slip takes the slip typing makes', () => {
  it.each([['wher is number 2', 'place'], ['wher does the 1st one happen', 'place'], ['whenn does no. 2 start', 'dates']])(
    '"%s" asks for the %s', (text, field) => {
      expect(detectField(text, true)).toBe(field)
    })

  it('after a list, "wher is no. 1" answers where the first project is taught', async () => {
    const say = learner()
    await say('any cooking classes')
    const r = await say('wher is no. 1')
    expect(replyText(r)).toMatch(/taught|online/)
    expect(replyText(r)).not.toMatch(/starts on/)
  })
})

describe('a long start-over word typed with a slip of typing starts over', () => {
  it.each(['restar', 'restrat', 'restat'])('"%s" is a reset', (text) => {
    expect(classifyControl(text)).toEqual({ kind: 'reset', rest: '' })
  })

  it.each(['restaurant skills', 'restore old photos', 'resett'])('"%s" is no reset', (text) => {
    expect(classifyControl(text)?.kind).not.toBe('reset')
  })

  it('"restar, i am blind, job skills?" drops the fee said before and asks anew', async () => {
    const say = learner()
    await say('my grandma is 80, any free courses')
    const r = await say('restar, i am blind, job skills?')
    const header = replyText(r).split('\n').find((l) => /found these/.test(l)) ?? ''
    expect(header).toContain('People with disabilities')
    expect(header).not.toMatch(/free|Older adults/)
  })
})
