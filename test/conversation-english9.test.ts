/**
 * English read by its structure (issue 10, round 9): every phrase saying HOW to learn holds no subject, however many
 * the message strings together ("from home over the internet"); a noun phrase about people is one person, read by
 * its head ("neighbourhood committee staff" is a community worker, not also an employee); where a person lives or
 * works, said with who they are ("a housewife in the countryside"), is no subject; a word before a course said for
 * someone is the kind of course ("professional training for teachers"), not a second learner; people named by a
 * relative clause ("for people who farm") or by where work took them from ("workers from the countryside") are who
 * learns; and a slip of any known English
 * word is read as that word when it differs only by an unstressed vowel or by which letters are doubled. Through the
 * real engine, search and SQLite on the sample catalogue; expectations are computed from the catalogue's rows.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { forAudience, useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown, active } = useSampleConversation('english9')
const understand = (text: string) => sampleRig().search.understand(text)
const topicsOf = (text: string) => understand(text).slots.topics.map((t) => t.id)
const audiencesOf = (text: string) => understand(text).slots.audiences.map((a) => a.id)

describe('every way of learning said is no subject', () => {
  it.each([
    ['for seniors, calligraphy from my laptop over the web', 'culture-arts'],
    ['money management classes, at home via the internet', 'law-finance'],
    ['i am working full time, from home over the internet is there any avoiding scams course', 'law-finance'],
    ['any cooking classes on zoom through the internet from home', 'vocational-skills'],
  ])('"%s" asks for %s only, online', (text, topic) => {
    expect(topicsOf(text)).toEqual([topic])
    expect(understand(text).slots.format).toBe('online')
  })

  it('"only from home over the internet" after a farming list keeps farming and shows online projects', async () => {
    const say = learner()
    await say('i grow vegetables for a living, any agriculture courses')
    const r = await say('only from home over the internet')
    const matching = (await active()).filter((p) => p.topics.includes('rural-revitalization') && p.format !== 'offline')
    expect(matching.length).toBeGreaterThan(0)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('rural-revitalization') && p.format !== 'offline')).toBe(true)
  })
})

describe('people said as a noun phrase are one person, read by the head', () => {
  it.each([
    ['for neighbourhood committee staff, any electrical safety course'],
    ['for village committee employees, any first aid course'],
    ['for residents committee employees, any first aid course'],
    ['training for staff at the residents committee'],
  ])('"%s" is a community worker and nobody else', (text) => {
    expect(audiencesOf(text)).toEqual(['community-workers'])
    expect(understand(text).needs).toEqual([])
  })

  it('a plain "staff" alone, or beside another group joined by "and", is still employees', () => {
    expect(audiencesOf('any computer course for staff')).toEqual(['employees'])
    expect(audiencesOf('for social workers and staff')).toEqual(['community-workers', 'employees'])
  })

  it.each(['professional training for teachers', 'i would like to enquire about professional training for teachers online'])(
    '"%s": the word before the course says what kind, the "for" says who learns', (text) => {
      expect(topicsOf(text)).toEqual(['teacher-development'])
      expect(audiencesOf(text)).toEqual([])
      expect(understand(text).needs).toEqual([])
    })

  it('"professional training" alone is still for employees', () => {
    expect(audiencesOf('professional training')).toEqual(['employees'])
  })

  it('after a veterans list, "change to professional training for teachers" adds no employees audience', async () => {
    const say = learner()
    await say('i left the army last year, any vocational training')
    const r = await say('change to professional training for teachers')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('teacher-development'))).toBe(true)
    expect(replyText(r)).not.toContain('Employees')
  })

  it('after "for neighbourhood committee staff", a new subject keeps community workers alone', async () => {
    const say = learner()
    await say('for neighbourhood committee staff, anything i can learn')
    const r = await say('electrical safety got or not')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('energy-power') && forAudience('community-workers')(p))).toBe(true)
  })
})

describe('where a person lives or works is part of who they are', () => {
  it.each([
    ['i am a housewife in the countryside, any painting classes', 'women'],
    ['i am a farmer in the countryside, any painting classes', 'farmers'],
    ['my dad is a farmer in the countryside, he wants to learn painting', 'farmers'],
  ])('"%s" asks for painting only, for %s', (text, audience) => {
    expect(topicsOf(text)).toEqual(['culture-arts'])
    expect(audiencesOf(text)).toEqual([audience])
  })

  it('"i am a housewife in the countryside can sign up or not" after a calligraphy list keeps calligraphy', async () => {
    const say = learner()
    await say('i would like to enquire about calligraphy')
    const r = await say('i am a housewife in the countryside can sign up or not')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('culture-arts'))).toBe(true)
  })
})

describe('people named by a relative clause or by where their work took them from', () => {
  it.each([
    ['for people who farm, any in person courses', 'farmers'],
    ['for those who are retired, any painting classes', 'elderly'],
    ['anyone who uses a wheelchair, any painting classes', 'people-with-disabilities'],
    ['for folks who teach in villages, any painting classes', 'rural-teachers'],
    ['for workers from the countryside, any painting classes', 'migrant-workers'],
    ['for labourers out of the villages, any painting classes', 'migrant-workers'],
  ])('"%s" is %s, and names no rural subject', (text, audience) => {
    expect(audiencesOf(text)).toEqual([audience])
    expect(topicsOf(text)).not.toContain('rural-revitalization')
    expect(understand(text).needs).toEqual([])
  })

  it('people who want to learn farming still ask for farming', () => {
    expect(topicsOf('people who want to learn farming')).toEqual(['rural-revitalization'])
  })

  it('"for workers from the countryside" then a new subject keeps migrant workers', async () => {
    const say = learner()
    await say('for workers from the countryside, what can i learn')
    const r = await say('what about anti fraud')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('law-finance') && forAudience('migrant-workers')(p))).toBe(true)
  })
})

describe('slips of any known English word', () => {
  it.each([
    ['vegatable growing', 'rural-revitalization'],
    ['viilage teachers training', 'teacher-development'],
    ['begginer computer class', 'digital-skills'],
  ])('"%s" reads as %s', (text, topic) => {
    expect(topicsOf(text)).toContain(topic)
    expect(understand(text).needs).toEqual([])
  })

  it.each([
    ['personal finance onine', 'online', null],
    ['frre ones', null, true],
  ])('"%s": a dropped letter keeps the first one, a doubled letter in a small word is read', (text, format, free) => {
    expect(understand(text).slots.format).toBe(format)
    expect(understand(text).slots.free).toBe(free)
    expect(understand(text).needs).toEqual([])
  })

  it('"teh painting course": two letters swapped in a small everyday word', () => {
    expect(understand('teh painting course').needs).toEqual([])
    expect(topicsOf('teh painting course')).toEqual(['culture-arts'])
  })

  it.each(['violin', 'horse riding', 'scuba diving'])('"%s", taught nowhere, stays as typed', (subject) => {
    expect(understand(`i want to learn ${subject}`).needs.flat().join(' ')).toMatch(subject.split(' ')[0].slice(0, 4))
  })
})
