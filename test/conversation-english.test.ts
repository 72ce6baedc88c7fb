/**
 * English as the bot's English-writing learners type it (issue 10, round 7): phone text-speak ("dont", "u",
 * "4 me", "face2face"), learners of English who drop articles and copulas ("i am in wheelchair", "i was
 * soldier"), Indian "myself a teacher", Nigerian Pidgin ("wetin", "i dey for"), a person given with an age
 * ("an old lady of 78"), and fee or place words beside a format ("at no charge by video", "a remote village").
 * One test per family, several people's wordings each, through the real engine, search and SQLite on the
 * sample catalogue; every expectation is computed from the catalogue's rows.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { spellOutTextSpeak } from '../src/text/text-speak.js'
import { forAudience, useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown, active } = useSampleConversation('english7')
const understand = (text: string) => sampleRig().search.understand(text)
const audiencesOf = (text: string) => understand(text).slots.audiences.map((a) => a.id)

describe('text-speak is spelt out before every English rule', () => {
  it.each([
    ['any courses 4 me pls', 'any courses for me please'],
    ['wat 2 study, dunno', "what to study, don't know"],
    ['u got classes 4 my mum?', 'you got classes for my mum?'],
    ['i have 2 pay?', 'i have to pay?'],
    ['im keen, thx', "i'm keen, thanks"],
    ['she doesnt want 2 travel', "she doesn't want to travel"],
    ['f2f or online b4 june', 'face to face or online before june'],
  ])('"%s" reads "%s"', (typed, written) => {
    expect(spellOutTextSpeak(typed)).toBe(written)
  })

  it.each(['i have 4 kids', 'number 2 please', 'is 4 free', 'course 2 looks good', 'learn r programming', '我想学 u盘'])(
    '"%s" keeps its numbers and letters', (typed) => {
      expect(spellOutTextSpeak(typed)).toBe(typed)
    })

  it.each(['painting that dont cost money', 'painting classes that doesnt cost anything', 'painting, i dont wanna pay', 'painting classes we dont have to pay 4'])(
    '"%s": only free projects, as with the apostrophe', async (text) => {
      expect(understand(text).slots.free).toBe(true)
      const r = await learner()(text)
      expect(r.projects.length).toBeGreaterThan(0)
      expect((await shown(r)).every((p) => p.fee === 0 && p.topics.includes('culture-arts'))).toBe(true)
    })

  it.each(['face2face computer class pls', 'f2f computer lessons?', 'computer class, face 2 face'])('"%s" asks for classes in person', async (text) => {
    expect(understand(text).slots.format).toBe('offline')
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => p.format !== 'online')).toBe(true)
  })
})

describe('who the learner is, without articles or copulas', () => {
  it.each([
    ['i am in wheelchair', 'people-with-disabilities'],
    ['my sister use wheelchair', 'people-with-disabilities'],
    ['i was soldier before', 'veterans'],
    ['i am teacher in village school', 'rural-teachers'],
    ['i am migrant worker in city', 'migrant-workers'],
    ['i am nurse in hospital', 'employees'],
    ['my mama is 70', 'elderly'],
    ['myself a community officer', 'community-workers'],
    ['myself a senior citizen', 'elderly'],
    ['i dey old now', 'elderly'],
    ['i do farming', 'farmers'],
    ['my dad does rice farming', 'farmers'],
    ['i drive grab', 'migrant-workers'],
    ['i am a foodpanda rider', 'migrant-workers'],
  ])('"%s" is %s and nobody else', (text, audience) => {
    expect(audiencesOf(`${text}, any course?`)).toEqual([audience])
  })

  it.each(['my neighbour is an old lady of 78', 'for a gentleman aged 81', 'my uncle is past 70', 'my neighbour is a widow of eighty'])(
    '"%s" is an older learner, not a woman asked for', (text) => {
      expect(audiencesOf(`${text}, any courses?`)).toEqual(['elderly'])
    })

  it.each(['for the handicapped', 'courses for the blind', 'anything for disabled kids'])('"%s" asks for people with disabilities', (text) => {
    expect(audiencesOf(text)).toEqual(['people-with-disabilities'])
  })

  it('an older learner said without a copula gets projects for older people, never "nothing"', async () => {
    const r = await learner()('my granny 82, she want learn phone, free class have?')
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every((p) => forAudience('elderly')(p) && p.fee === 0 && p.topics.includes('digital-skills'))).toBe(true)
  })
})

describe('words of other Englishes are no subject', () => {
  it.each(['abeg wetin course dey', 'wetin i fit learn for free', 'i reside in Wuhan, what courses', 'looking for classes for my mum in law'])(
    '"%s" names no missing subject and no law topic', async (text) => {
      const u = understand(text)
      expect(u.slots.topics.map((t) => t.id)).not.toContain('law-finance')
      const r = await learner()(text)
      expect(replyText(r)).not.toMatch(/has no projects for/)
    })

  it('"i dey for" is where the learner lives', () => {
    expect(understand('i dey for Wuhan, any free class').slots.region).toBe('武汉市')
  })

  it.each(['e-learning cources', 'any free cources'])('"%s": a letter of the same sound is a slip', (text) => {
    expect(understand(text).needs).toEqual([])
  })

  it.each(['she want learn phone', 'learning my iphone', 'i want study computer'])('"%s" is digital skills', (text) => {
    expect(understand(text).slots.topics.map((t) => t.id)).toEqual(['digital-skills'])
  })
})

describe('fee and place words beside a format', () => {
  it.each(['at no charge by video, money management', 'without fees online, money management', 'no cost, over the internet, money management'])(
    '"%s" is free and online', async (text) => {
      const u = understand(text)
      expect([u.slots.format, u.slots.free]).toEqual(['online', true])
      const r = await learner()(text)
      const matching = (await active()).filter((p) => p.fee === 0 && p.format === 'online' && p.topics.includes('law-finance'))
      expect(r.projects.length).toBe(Math.min(matching.length, r.projects.length))
      expect((await shown(r)).every((p) => p.fee === 0 && p.format === 'online')).toBe(true)
    })

  it.each(['i teach in a remote village', 'myself a teacher in a remote mountain school', 'we live in a remote area'])(
    '"%s" is a place, not a wish for remote classes', (text) => {
      expect(understand(text).slots.format).toBeNull()
    })

  it('"remote classes" still asks for online ones', () => {
    expect(understand('any remote classes on ai').slots.format).toBe('online')
  })
})

describe('what a farmer grows and where goods are sold are no subject and no format', () => {
  it.each([
    ['we grow maize and keep goats, any electrical work course', 'energy-power'],
    ['my dad grows rice on his farm, any computer class', 'digital-skills'],
    ['i keep pigs and chickens, anything on ai', 'ai'],
  ])('"%s" is a farmer asking for %s only', async (text, topic) => {
    const u = understand(text)
    expect(u.slots.topics.map((t) => t.id)).toEqual([topic])
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['farmers'])
    const r = await learner()(text)
    expect((await shown(r)).every((p) => p.topics.includes(topic))).toBe(true)
  })

  it.each(['selling our farm produce on the internet', 'how to sell tea on wechat', 'marketing our apples online'])(
    '"%s" asks for a subject, not for online classes', (text) => {
      expect(understand(text).slots.format).toBeNull()
    })

  it('selling online, in person classes please: the classes are in person', () => {
    expect(understand('selling our farm produce on the internet, in person classes please').slots.format).toBe('offline')
  })
})
