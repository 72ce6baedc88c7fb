/**
 * English conversations on phrasing nobody tuned on (issue 10, classes 6 and
 * 10): who the learner is, the subject in everyday words, inflections and
 * typing slips, places in pinyin with "Province"/"City", format and fee words,
 * and the words around a request that must never become an "unmet skill".
 * Each runs through the real engine, search and SQLite on the sample
 * catalogue; every check is computed from the catalogue's own fields.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { useSampleRig } from './fixtures/dialogue-setup.js'

const sampleRig = useSampleRig()
let nextUser = 0
const regions = loadRegions()
const learner = () => {
  const user = `en-${++nextUser}`
  return (text: string) => sampleRig().say(text, user)
}
const shown = (r: Reply): Promise<Project[]> => Promise.all(r.projects.map(async (p) => (await sampleRig().store.get(p.id))!))
const active = (): Promise<Project[]> => sampleRig().store.list({ status: 'active' })
/** For this audience: the project names it, or is open to everyone. */
const forAudience = (id: string) => (p: Project) => p.audiences.includes(id) || p.audiences.includes('general-public')
const inProvince = (province: string) => (p: Project) => {
  if (p.format === 'online' || !p.region) return true
  const ref = regions.resolve(p.region)
  return ref === 'nationwide' || (ref !== null && ref.province === province)
}
const NOTHING = /has no (matching )?projects/


describe('6. an English request keeps the person and finds what matches', () => {
  it.each([
    ['I lay bricks on construction sites in the city, anything free to learn?', 'migrant-workers', true],
    ['I do deliveries in Shenzhen. Anything that costs nothing?', 'migrant-workers', true],
    ["I'm a pensioner, any classes for me?", 'elderly', false],
    ['I teach kids out in the mountains, any courses?', 'rural-teachers', false],
    ["I'm a single dad, what's on offer?", 'parents', false],
    ['I use a wheelchair, anything for me?', 'people-with-disabilities', false],
    ['I served in the army until last year, what can I do?', 'veterans', false],
  ])('"%s" is understood as %s', async (text, audience, wantsFree) => {
    const u = sampleRig().search.understand(text)
    expect(u.slots.audiences.map((a) => a.id)).toContain(audience)
    const r = await learner()(text)
    const fits = (p: Project) => forAudience(audience)(p) && (!wantsFree || p.fee === 0)
    expect((await active()).some(fits)).toBe(true)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(fits)).toBe(true)
  })
})

describe('10. everyday English names the subject', () => {
  it.each([
    ['looking after my elderly parents', 'health-elderly-care'],
    ['getting to grips with my smartphone', 'digital-skills'],
    ['bringing up teenagers', 'family-education'],
    ['managing the household budget', 'law-finance'],
    ['learning a trade', 'vocational-skills'],
    ['electrical repairs and wiring', 'energy-power'],
    ['better teaching methods', 'teacher-development'],
    ['rural tourism and homestays', 'rural-revitalization'],
    ['chinese brush painting', 'culture-arts'],
    ['brushing up my spoken english', 'language'],
  ])('"%s" lists only %s projects', async (subject, topic) => {
    const r = await learner()(`any courses on ${subject}?`)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes(topic))).toBe(true)
  })

  it('reads inflections and slips of the keyboard as the word meant', async () => {
    for (const [text, topic] of [['anythign on raisng kids?', 'family-education'], ['coruses abuot caring for the eldrely', 'health-elderly-care']]) {
      const r = await learner()(text)
      expect(r.projects.length, text).toBeGreaterThan(0)
      expect((await shown(r)).every((p) => p.topics.includes(topic)), text).toBe(true)
    }
  })

  it('leaves a real word nobody teaches as typed, so it still finds nothing', async () => {
    for (const text of ['horse riding lessons', 'violin lessons for adults?']) {
      const r = await learner()(text)
      expect(r.projects, text).toEqual([])
    }
  })
})

describe('English words around a request never become a subject', () => {
  it('a switch said with "forget that … instead" lists the new subject', async () => {
    const say = learner()
    await say("I'm retired, anything on photography?")
    const r = await say('forget that, money management instead')
    expect(replyText(r)).not.toMatch(NOTHING)
    expect((await shown(r)).every((p) => p.topics.includes('law-finance') && forAudience('elderly')(p))).toBe(true)
  })

  it('a vague opener in English gets the topic menu, not "nothing found"', async () => {
    for (const text of ['where do i even start?', "no idea what to study tbh, dunno"]) {
      const r = await learner()(text)
      expect(r.clarify, text).toBe(true)
      expect(replyText(r), text).not.toMatch(NOTHING)
    }
  })
})

describe('English places, formats and fees', () => {
  it.each([
    ['anything in Hubei Province?', '湖北省'],
    ['courses near Xi\'an City please', '陕西省'],
    ['what is there around Chengdu city', '四川省'],
  ])('"%s" keeps to %s', async (text, province) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(inProvince(province))).toBe(true)
  })

  it('"in a classroom" asks for taught-in-person projects, "classroom management" is a subject', async () => {
    const inPerson = await learner()('computer skills, in a classroom please')
    expect(inPerson.projects.length).toBeGreaterThan(0)
    expect((await shown(inPerson)).every((p) => p.format !== 'online')).toBe(true)
    expect(sampleRig().search.understand('any classroom management courses?').slots.format).toBeNull()
    expect(sampleRig().search.understand('any classroom management courses?').slots.topics.map((t) => t.id)).toContain('teacher-development')
  })

  it('every way of saying "free" asks for free projects', async () => {
    for (const text of ["smartphone basics that don't cost a penny", 'gratis AI lessons', 'AI classes with no fees']) {
      const r = await learner()(text)
      expect(r.projects.length, text).toBeGreaterThan(0)
      expect((await shown(r)).every((p) => p.fee === 0), text).toBe(true)
    }
    expect(sampleRig().search.understand('something to do in my free time').slots.free).toBeNull()
  })
})
