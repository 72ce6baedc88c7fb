/**
 * English read by mechanism (issue 10, round 12): a reaction to the list before asking on ("grand, any more?",
 * "brilliant, next lot") is only a reaction, so the turn pages the same list; and the role after "working as" / "works
 * as" / "employed as" is who the learner is, the work verb adding no employees audience of its own. Phrasings are
 * invented, not taken from any bank. Through the real engine, search and SQLite on the sample catalogue; expectations
 * are computed from the catalogue's rows.
 */
import { describe, expect, it } from 'vitest'
import { classifyControl } from '../src/dialogue/turn-classifier.js'
import { detectField } from '../src/dialogue/intents.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('english12')
const audiences = (text: string) => sampleRig().search.understand(text).slots.audiences.map((a) => a.id).sort()

describe('a reaction to the list before asking on is no request', () => {
  it.each(['grand, any more?', 'brilliant, more please', 'ace, keep em coming', 'sweet as, more?', 'bonza, more mate',
    'splendid, further options?', 'okey dokey more pls', 'wicked, the next lot', 'fair enough, what else', 'lush, show us some more'])(
    '"%s" asks for more', (text) => {
      expect(classifyControl(text)).toEqual({ kind: 'more' })
    })

  it('"champion, next ones" pages the same topic after a list', async () => {
    const say = learner()
    const first = await say('any free computer courses')
    const r = await say('champion, next ones')
    expect(r.projects.length).toBeGreaterThan(0)
    expect(r.projects.some((p) => first.projects.some((q) => q.id === p.id))).toBe(false)
    expect((await shown(r)).every((p) => p.topics.includes('digital-skills') && p.fee === 0)).toBe(true)
  })

  it('a reaction before a new subject only introduces it: "brilliant" is no need-word', () => {
    expect(sampleRig().search.understand('brilliant, any cooking classes?').needs.flat()).not.toContain('brilliant')
  })
})

describe('the role after "working as" is who the learner is', () => {
  it.each([
    ['i am working as a teacher in a village school, any free courses', ['rural-teachers']],
    ['I am employed as a teacher in a rural school', ['rural-teachers']],
    ['i work as a nurse, got computer classes?', ['employees']],
    ["my dad works as a builder, anything for him", ['migrant-workers']],
    ['my mum has been working as a community worker, courses for her?', ['community-workers']],
    ['i make a living as a farmer', ['farmers']],
    ['i am working as teacher in countryside school', ['rural-teachers']],
  ])('"%s" is %j and nobody else', (text, ids) => {
    expect(audiences(text)).toEqual(ids)
  })

  it('"I am working" alone is still an employee', () => {
    expect(audiences('I am working, any evening courses')).toEqual(['employees'])
  })

  it('a village teacher said with "working as" is shown only projects open to rural teachers', async () => {
    const r = await learner()('near Guizhou, i am working as a teacher in a village school, any free courses going?')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.audiences.includes('rural-teachers') || p.audiences.includes('general-public'))).toBe(true)
  })
})

describe('a school placed out in the country, and asking words of everyday English', () => {
  it.each([
    'i teach at a little school up in the hills, anything for me',
    'teacher at a school out in the countryside, AI courses?',
    'i teach in a primary school in a village',
  ])('"%s" is a rural teacher, with no subject or need-word from the place', (text) => {
    const u = sampleRig().search.understand(text)
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['rural-teachers'])
    expect(u.slots.topics.map((t) => t.id)).not.toContain('rural-revitalization')
    expect(u.needs).toEqual([])
  })

  it.each(['been retired a few years, fancy learning photography', 'we are a group of retirees near Hangzhou'])(
    '"%s" holds no need-word ("fancy" asks, "a group of" counts)', (text) => {
      expect(sampleRig().search.understand(text).needs).toEqual([])
    })
})

describe('getting in touch is the contact, getting in is enrolling', () => {
  it.each(['how do i get in touch about the 2nd?', 'who do i reach about number 1', 'who should we speak to about the second'])(
    '"%s" asks for the contact', (text) => {
      expect(detectField(text)).toBe('contact')
    })

  it('"how can i get into the first one" still asks how to enrol', () => {
    expect(detectField('how can i get into the first one')).toBe('enroll')
  })
})

describe('what a farmer grows and keeps, each with its own verb, is who they are', () => {
  it.each(['we farm rice and keep ducks, any computer classes', 'my parents farm maize and raise pigs, computer courses for them?'])(
    '"%s" is a farmer, with no rural subject from the animals', (text) => {
      const u = sampleRig().search.understand(text)
      expect(u.slots.audiences.map((a) => a.id)).toEqual(['farmers'])
      expect(u.slots.topics.map((t) => t.id)).toEqual(['digital-skills'])
    })
})
