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

describe('English subjects, people and formats said in words the tables never listed', () => {
  it.each([
    ['getting comfortable with technology', 'digital-skills'],
    ['job-ready skills', 'vocational-skills'],
    ['e-commerce for villages', 'rural-revitalization'],
    ['developing the countryside', 'rural-revitalization'],
    ['helping my village get richer', 'rural-revitalization'],
    ['hairdressing', 'vocational-skills'],
    ['training to become a chef', 'vocational-skills'],
    ['courses for primary school teachers', 'teacher-development'],
  ])('"%s" lists only %s projects', async (subject, topic) => {
    const r = await learner()(`i'm keen on ${subject}, anything?`)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes(topic))).toBe(true)
  })

  it('"internet-based" is a format, not the digital-skills subject', async () => {
    const u = sampleRig().search.understand('power and electricity courses, internet-based if possible')
    expect(u.slots.format).toBe('online')
    expect(u.slots.topics.map((t) => t.id)).toEqual(['energy-power'])
    const r = await learner()('power and electricity courses, internet-based if possible')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.format !== 'offline' && p.topics.includes('energy-power'))).toBe(true)
  })

  it.each([
    ["i'm a nanny, anything for me?", 'migrant-workers'],
    ['i have a 5 year old', 'parents'],
    ['for people with day jobs', 'employees'],
  ])('"%s" says who (%s) and names no subject', (text, audience) => {
    const u = sampleRig().search.understand(text)
    expect(u.slots.audiences.map((a) => a.id)).toEqual([audience])
    expect(u.slots.topics).toEqual([])
  })

  it('"training for village teachers" keeps who the course is for (rural teachers)', () => {
    for (const text of ['teacher training for rural teachers', 'professional development for village teachers', 'workshops for village teachers']) {
      expect(sampleRig().search.understand(text).slots.audiences.map((a) => a.id), text).toContain('rural-teachers')
    }
  })

  it('"half online half in person" asks for blended projects', () => {
    expect(sampleRig().search.understand('calligraphy, half online half in person').slots.format).toBe('hybrid')
  })

  it('a course "for my wife" is for women', async () => {
    const text = "it's for my wife, any job-ready skills courses?"
    expect(sampleRig().search.understand(text).slots.audiences.map((a) => a.id)).toEqual(['women'])
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => forAudience('women')(p) && p.topics.includes('vocational-skills'))).toBe(true)
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

describe('who the course is for, read from a person and an age or a role', () => {
  it.each([
    ['my dad works construction, anything free for him?', 'migrant-workers'],
    ['grandpa is 81 and wants something about his phone', 'elderly'],
    ["my daughter's 16, any AI courses for her?", 'youth'],
    ['courses for people aged 18 to 25', 'youth'],
    ['my wife volunteers in the neighbourhood, what is there for her?', 'community-workers'],
    ['my husband got out of the army in spring, anything useful?', 'veterans'],
    ["my brother's in a wheelchair, what could he do?", 'people-with-disabilities'],
    ['my sister teaches up in the mountains, any courses?', 'rural-teachers'],
    ["we've got a small farm, anything for us?", 'farmers'],
    ['i work at a bank, any evening courses?', 'employees'],
    ["i've got two kids, what's on?", 'parents'],
    ["i'm an old man, what can i learn?", 'elderly'],
  ])('"%s" is for %s, and what is shown fits them', async (text, audience) => {
    expect(sampleRig().search.understand(text).slots.audiences.map((a) => a.id)).toEqual([audience])
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(forAudience(audience))).toBe(true)
  })

  it('a subject said inside the words about the person does not replace the subject asked for', async () => {
    const say = learner()
    await say('any AI courses?')
    const r = await say("btw i'm a farmer growing tea")
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('ai'))).toBe(true)
  })

  it('an audience or format word whose everyday reading implies a subject only narrows ("for teenagers", "via video call")', async () => {
    for (const narrow of ['for teenagers', 'via video call please']) {
      const say = learner()
      await say('any painting courses?')
      const r = await say(narrow)
      expect(r.projects.length, narrow).toBeGreaterThan(0)
      expect((await shown(r)).every((p) => p.topics.includes('culture-arts')), narrow).toBe(true)
    }
  })
})

describe('plain English is read as typed, and the words of a subject are no format', () => {
  it('an everyday word is never "repaired" into another one', () => {
    for (const [text, word] of [['i left the army in 2019', 'left'], ['my husband drives a van', 'drives'], ['scuba diving lessons', 'diving'], ["i'm an old man", 'man']]) {
      expect(sampleRig().search.understand(text).normalized.split(' '), text).toContain(word)
    }
  })

  it('"how to get online" face to face is a subject taught in person', async () => {
    const r = await learner()('face to face classes on how to get online')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('digital-skills') && p.format !== 'online')).toBe(true)
  })

  it('"using AI at work" asks for AI, not for job training', () => {
    expect(sampleRig().search.understand('any courses on using AI at work?').slots.topics.map((t) => t.id)).toEqual(['ai'])
  })

  it('cramming for a school exam is out of scope, however it is typed', async () => {
    for (const text of ['maths tuition for my grandson', 'gcse physics tutorng', 'any entrance exam coaching for my girl?']) {
      const r = await learner()(text)
      expect(r.projects, text).toEqual([])
      expect(replyText(r), text).toMatch(/has no projects for/)
    }
  })
})

describe('English dialogue words', () => {
  it('a spelled-out list number picks that project, for any field', async () => {
    const say = learner()
    const list = await say('any calligraphy courses?')
    expect(list.projects.length).toBeGreaterThan(1)
    for (const ask of ['phone number for number two?', 'registration for no. two', 'details on 2']) {
      const r = await say(ask)
      expect(r.projects.map((p) => p.id), ask).toEqual([list.projects[1].id])
    }
  })

  it('a word any title may carry ("preparation") names no shown project alone, but helps a real one', async () => {
    const say = learner()
    const list = await say('for teachers in the countryside. got anything for me?')
    const prep = list.projects.find((p) => /Lesson Preparation/.test(p.title))
    expect(prep).toBeDefined()
    expect((await say('toefl preparation course pls')).projects).toEqual([])
    await say('for teachers in the countryside. got anything for me?')
    expect((await say('tell me about the lesson preparation one')).projects.map((p) => p.id)).toEqual([prep!.id])
  })

  it('"IT skills" and "forget that" point at no project', async () => {
    const say = learner()
    await say('any painting courses?')
    const r = await say('forget that, what about basic IT skills instead?')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('digital-skills'))).toBe(true)
  })

  it('"keep going" pages on and "scratch that, start over" starts again', async () => {
    const say = learner()
    const first = await say('any calligraphy courses?')
    const more = await say('keep going')
    expect(more.projects.length).toBeGreaterThan(0)
    expect(more.projects.some((p) => first.projects.some((q) => q.id === p.id))).toBe(false)
    const reset = await say('scratch that, start over')
    expect(reset.projects).toEqual([])
    expect(replyText(reset)).toMatch(/start again/i)
  })
})
