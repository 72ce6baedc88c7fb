/**
 * English of voices earlier rounds did not read (issue 10, round 8): an age said as the years one has (Spanish,
 * French and Italian speakers: "i have 72 years"), an age with an adverb ("im only 19"), time done in the forces
 * ("did twenty years in the military"), Irish and Scottish kin and possessives ("my da", "ma granny", "me mam",
 * "a wee one"), Caribbean English ("mi work inna factory", "mi a farmer wid a likkle plot"), where a person comes
 * from said with their role ("a migrant worker from the countryside"), "it needs to be free" as a narrowing, a
 * list's own noun as its number ("course 3"), and subjects said as what one does ("do things on the internet",
 * "make a village prosper", "upskilling as a teacher"). Through the real engine, search and SQLite on the sample
 * catalogue; every expectation is computed from the catalogue's rows.
 */
import { describe, expect, it } from 'vitest'
import { detectOrdinal } from '../src/dialogue/intents.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { spellOutTextSpeak } from '../src/text/text-speak.js'
import { forAudience, useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown, active } = useSampleConversation('english8')
const understand = (text: string) => sampleRig().search.understand(text)
const audiencesOf = (text: string) => understand(text).slots.audiences.map((a) => a.id)
const topicsOf = (text: string) => understand(text).slots.topics.map((t) => t.id)

describe('who the learner is, in Englishes not read before', () => {
  it.each([
    ['i have 72 years', 'elderly'],
    ['my mother has 80 years', 'elderly'],
    ['i have 19 years', 'youth'],
    ['ngl im only 19', 'youth'],
    ['im just 20', 'youth'],
    ['i did twenty years in the military', 'veterans'],
    ['my uncle spent 8 years in the navy', 'veterans'],
    ['my da was in the army', 'veterans'],
    ['we have a wee one at home', 'parents'],
    ['i ve got two little ones', 'parents'],
    ['mi work inna factory far from home', 'migrant-workers'],
    ['mi a farmer wid a likkle plot', 'farmers'],
    ['ma granny is 84', 'elderly'],
    ['me mam is in her eighties', 'elderly'],
    ['my lad is 17 and left school', 'youth'],
  ])('"%s" is %s and nobody else', (text, audience) => {
    expect(audiencesOf(`${text}, any painting classes?`)).toEqual([audience])
    expect(understand(`${text}, any painting classes?`).needs).toEqual([])
  })

  it.each(['i have 72 years of experience in teaching', 'we have 20 years experience'])('"%s" is no age', (text) => {
    expect(audiencesOf(text)).not.toContain('elderly')
    expect(audiencesOf(text)).not.toContain('youth')
  })

  it.each([
    ['mi work inna factory', 'i work in a factory'],
    ['mi a farmer', 'i am a farmer'],
    ['ma granny wants to learn', 'my granny wants to learn'],
    ['me mam is 80', 'my mam is 80'],
    ['show me more', 'show me more'],
    ['tell me about it', 'tell me about it'],
  ])('"%s" reads "%s"', (typed, written) => {
    expect(spellOutTextSpeak(typed)).toBe(written)
  })

  it.each([
    ['im a migrant worker from the countryside, any painting classes', 'culture-arts'],
    ['i am a teacher from a mountain village, any computer class', 'digital-skills'],
  ])('"%s": where the person comes from is no subject', (text, topic) => {
    expect(topicsOf(text)).toEqual([topic])
  })

  it('the age said as years one has stays through a topic switch', async () => {
    const say = learner()
    await say('i have 72 years, any painting classes going')
    const r = await say('actually lets do computer basics instead')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => forAudience('elderly')(p) && p.topics.includes('digital-skills'))).toBe(true)
  })
})

describe('"it" before a requirement is the course wanted, not one shown', () => {
  it.each(['it needs to be free', 'it has to be free', 'it must be free of charge', 'it should be free'])('"%s" narrows the list to free projects', async (text) => {
    const say = learner()
    await say('any basic computer stuff going')
    const r = await say(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.fee === 0 && p.topics.includes('digital-skills'))).toBe(true)
  })

  it('"is it free" still asks about the project on screen', async () => {
    const say = learner()
    await say('any basic computer stuff going')
    const list = await say('1')
    const r = await say('is it free')
    expect(r.projects.length).toBeLessThanOrEqual(1)
    expect(replyText(r)).not.toMatch(/I found these/)
    expect(list.projects.length).toBeLessThanOrEqual(1)
  })
})

describe("the list's own noun with a number points at that project", () => {
  it.each([
    ['course 2 phone number', 1],
    ['whats the price for course 1', 0],
    ['how do i enrol in course 3', 2],
    ['tell me about programme two', 1],
    ['how do i enrol in course 2', 1],
  ])('"%s" is about that project', async (text, index) => {
    const say = learner()
    const list = await say('any painting classes')
    expect(list.projects.length).toBeGreaterThan(2)
    const r = await say(text)
    expect(replyText(r)).toContain((await shown(list))[index].title_en ?? (await shown(list))[index].title)
  })

  it.each([['how do i enrol in course 3', 3], ['sign me up for programme 2', 2], ['my son is in class 2', null]])(
    '"%s" names project %s', (text, n) => {
      expect(detectOrdinal(text, 3)).toBe(n)
    })

  it('"my son is in class 2" is no pointer', async () => {
    const say = learner()
    await say('any painting classes')
    const r = await say('my son is in class 2, any parenting courses')
    expect(replyText(r)).not.toMatch(/Which one do you mean/)
  })
})

describe('subjects said as what one does', () => {
  it.each([
    ['how to do things on the internet', 'digital-skills'],
    ['getting stuff done on my phone', 'digital-skills'],
    ['how to make a village prosper', 'rural-revitalization'],
    ['helping our villages thrive', 'rural-revitalization'],
    ['upskilling as a teacher', 'teacher-development'],
  ])('"%s" is %s', (text, topic) => {
    expect(topicsOf(text)).toEqual([topic])
    expect(understand(text).needs).toEqual([])
  })

  it('"in person how to do things on the internet": the internet is the subject, the class is in person', async () => {
    const text = 'id love an in person how to do things on the internet course'
    expect(understand(text).slots.format).toBe('offline')
    const r = await learner()(text)
    const matching = (await active()).filter((p) => p.format !== 'online' && p.topics.includes('digital-skills'))
    expect(r.projects.length).toBe(Math.min(matching.length, r.projects.length))
    expect((await shown(r)).every((p) => p.format !== 'online' && p.topics.includes('digital-skills'))).toBe(true)
  })
})

describe('who the learner is, in more Englishes (conv-en8-b)', () => {
  it.each([
    ['my father he is old now 81', 'elderly'],
    ['im an old timer of 77', 'elderly'],
    ['i am working in construction far from my village', 'migrant-workers'],
    ['i left upcountry to work in town', 'migrant-workers'],
    ['i am a teacher at upcountry primary', 'rural-teachers'],
    ['we farm cassava and maize', 'farmers'],
    ['i just finished my a levels', 'youth'],
    ['i got a hearing impairment', 'people-with-disabilities'],
    ['i work at the residents committee office', 'community-workers'],
    ['i am salaried in a private company', 'employees'],
    ['i am having two kids', 'parents'],
  ])('"%s" is %s and nobody else, with no word left over', (text, audience) => {
    const u = understand(`${text} please i beg any music lessons`)
    expect(u.slots.audiences.map((a) => a.id)).toEqual([audience])
    expect(u.needs).toEqual([])
  })

  it.each([
    ['my grandad served in the forces keen as for physical clsses legal literacy', 'law-finance', 'veterans'],
    ['i hustle in the city doing deliveries keen as for chatbots and ai', 'ai', 'migrant-workers'],
    ['i just finished my a levels kindly guide me to personal money management', 'law-finance', 'youth'],
    ['im 18 do you have elderly nursing', 'health-elderly-care', 'youth'],
  ])('"%s": the subject asked in the same breath as who they are is kept', async (text, topic, audience) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes(topic) && forAudience(audience)(p))).toBe(true)
  })

  it.each(['courses where you go in', 'using the computer and internet, in person'])('"%s" asks for classes in person', (text) => {
    expect(understand(text).slots.format).toBe('offline')
  })

  it('"ok forget it, <topic>" switches the topic, it points at no project', async () => {
    const say = learner()
    await say('i am 70 years please any legal literacy')
    const r = await say('ok forget it, how to work a smartphone')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('digital-skills') && forAudience('elderly')(p))).toBe(true)
  })

  it('"skills that get you employed" is vocational skills, not an employees audience', () => {
    const u = understand('skills that get you employed')
    expect(u.slots.topics.map((t) => t.id)).toEqual(['vocational-skills'])
    expect(u.slots.audiences).toEqual([])
  })
})
