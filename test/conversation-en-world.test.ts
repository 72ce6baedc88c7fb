/**
 * English from many Englishes in whole conversations (issue 10, classes 6, 7,
 * 8 and 10, round 4): Singapore and Malaysia ("got more or not", "lah"),
 * India ("kindly suggest"), the Philippines ("po"), West Africa ("abeg"),
 * retirees ("my hubby"), and the ways people point at a list ("the top one",
 * "the next lot"). Each runs through the real engine, search and SQLite on the
 * sample catalogue; every expectation is computed from the catalogue's rows.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { useSampleConversation, forAudience } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown, active } = useSampleConversation('en-world')
const audiencesOf = (text: string) => sampleRig().search.understand(text).slots.audiences.map((a) => a.id)

describe('8. list words of many Englishes', () => {
  it.each(['how much is the top one', 'the top one got fees or not', 'details of the top one pls'])('"%s" is about the first project shown', async (ask) => {
    const say = learner()
    const list = await say('any calligraphy courses?')
    expect(list.projects.length).toBeGreaterThan(1)
    const r = await say(ask)
    expect(r.clarify).toBe(false)
    expect(r.projects.map((p) => p.id)).toEqual([list.projects[0].id])
  })

  it.each(['next lot', 'load more', 'got more or not', 'show more lah', 'abeg show me more', 'more po', 'the rest?'])(
    '"%s" pages on to projects not yet shown', async (more) => {
      const say = learner()
      const first = await say('i am retired, any free courses?')
      const matching = (await active()).filter((p) => forAudience('elderly')(p) && p.fee === 0)
      expect(matching.length).toBeGreaterThan(first.projects.length)
      const next = await say(more)
      expect(next.projects.length).toBeGreaterThan(0)
      expect(next.projects.some((p) => first.projects.some((q) => q.id === p.id))).toBe(false)
      expect((await shown(next)).every((p) => forAudience('elderly')(p) && p.fee === 0)).toBe(true)
    })
})

describe('7. a subject with a lesson word is asked for, even beside a list', () => {
  it.each(['any violin teacher?', 'looking for karate class for adults', 'any boxing classes', 'golf coaching for beginners'])(
    '"%s" gets nothing, after a list too, and names the word as typed', async (text) => {
      const word = /violin|karate|boxing|golf/.exec(text)![0]
      expect((await active()).some((p) => `${p.title} ${p.summary}`.toLowerCase().includes(word))).toBe(false)
      const say = learner()
      await say('i have a full time job. what in-person classes do you have')
      const r = await say(text)
      expect(r.projects).toEqual([])
      expect(replyText(r)).toContain(`"${word}"`)
    })
})

describe('6. who the learner is, said in many Englishes', () => {
  it.each([
    ["i'm a community officer", 'community-workers'],
    ['my family farms', 'farmers'],
    ['my whole family works in farming', 'farmers'],
    ["i'm a mother of two kids", 'parents'],
    ['i moved to the city for work from my village by the way', 'migrant-workers'],
  ])('"%s" is %s and nobody else', (text, audience) => {
    expect(audiencesOf(text)).toEqual([audience])
  })

  it('"kindly suggest" and "my hubby" are no subjects: a retired couple gets free projects for older people', async () => {
    const r = await learner()('my hubby and i are pensioners. kindly suggest zero cost programmes')
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).not.toMatch(/has no projects for/)
    expect((await shown(r)).every((p) => forAudience('elderly')(p) && p.fee === 0)).toBe(true)
  })

  it('working "far from home" says who, not how: in-person classes stay in person', async () => {
    const text = 'i do construction work far from home. what in-person classes do you have'
    expect(sampleRig().search.understand(text).slots.format).toBe('offline')
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.format !== 'online' && forAudience('migrant-workers')(p))).toBe(true)
  })

  it.each(['caregiving for aged parents', 'looking after bedridden old folks', 'senior health care'])(
    '"%s" is the care topic, not an older learner', async (subject) => {
      const text = `i'm a community officer. i wanna learn ${subject}`
      expect(audiencesOf(text)).toEqual(['community-workers'])
      const r = await learner()(`i wanna learn ${subject}`)
      expect(r.projects.length).toBeGreaterThan(0)
      expect((await shown(r)).every((p) => p.topics.includes('health-elderly-care'))).toBe(true)
    })

  it('"skills to get hired" is vocational training', async () => {
    const r = await learner()('pls recommend some zero cost skills to get hired courses')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.topics.includes('vocational-skills') && p.fee === 0)).toBe(true)
  })
})

describe('10. formats and fees in the words of many Englishes', () => {
  it.each([
    ['painting classes on my phone', 'online'],
    ['painting classes that i can attend from my house', 'online'],
    ['painting classes, self-paced', 'online'],
    ['can or not online one', 'online'],
    ['painting classes, physical class', 'offline'],
    ['painting classes, walk-in', 'offline'],
    ['painting classes, mixed mode', 'hybrid'],
    ['painting classes, half online half physical', 'hybrid'],
  ])('"%s" asks for %s projects', (text, format) => {
    const u = sampleRig().search.understand(text)
    expect(u.slots.format).toBe(format)
    expect(u.needs).toEqual([])
  })

  it('"using ai in the classroom" is a subject, not a wish for classroom teaching', () => {
    expect(sampleRig().search.understand('any training on using ai in the classroom?').slots.format).toBeNull()
  })

  it.each(['zero fees', 'no need to pay', 'fee waived', 'sponsored'])('painting classes, "%s": only free ones', async (fee) => {
    const r = await learner()(`painting classes, ${fee}`)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.fee === 0 && p.topics.includes('culture-arts'))).toBe(true)
  })

  it.each([
    ["i'm a retired civil servant", 'elderly'],
    ['my lola is 75 and wants to learn', 'elderly'],
    ['am 67 yrs', 'elderly'],
    ["i'm physically challenged", 'people-with-disabilities'],
    ['my legs are paralysed', 'people-with-disabilities'],
    ["i'm a casual worker", 'migrant-workers'],
    ['i work for an ngo in the community', 'community-workers'],
  ])('"%s" is %s', (text, audience) => {
    expect(audiencesOf(`${text}, any courses?`)).toEqual([audience])
  })
})
