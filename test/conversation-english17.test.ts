/**
 * English self-descriptions read by who is said to be what (round 16, en16): a woman said outright is stated, so a job
 * or a child beside her is only a guess; a relative said as a place or as whom someone lives with ("at grandma house")
 * is no learner; a job said of oneself ("I'm a cook at a restaurant") is who one is, neither a subject nor an errand; a
 * mix word beside a mixed format ("online and offline mixed") is part of the format; asking what the bot is ("are you
 * a robot?") asks for nothing. Phrasings are invented beside the spent banks' (fresh19, fresh20). Through the real
 * engine, search and SQLite on the sample catalogue.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner } = useSampleConversation('english17')
const understand = (text: string) => sampleRig().search.understand(text)
const audiences = (text: string) => understand(text).slots.audiences.map((a) => `${a.id}${a.explicit ? '!' : '?'}`)
const header = async (say: (t: string) => Promise<unknown>, text: string) => replyText(await say(text) as never).split('\n')[0]

describe('a woman said outright is stated, and a job or a child beside her is only a guess', () => {
  it.each([
    'I am a lady, work as nanny po',
    'I am woman, alone here with my daughter',
    'I am a woman, I work as a maid',
    'as a single woman working as a domestic helper, any course?',
    "I'm a young woman, my son is 4",
  ])('"%s" is a woman, stated, and nothing else', (text) => {
    expect(audiences(text)).toEqual(['women!'])
  })

  it.each(['I am an old lady', 'I am a woman of 70'])('"%s" is an older learner', (text) => {
    expect(audiences(text)).toEqual(['elderly?'])
  })

  it('the woman stays alone through a switch and a narrowing', async () => {
    const say = learner()
    expect(await header(say, "I'm a lady with my little girl here, any course for me?")).not.toMatch(/Parents|Migrant/)
    expect(await header(say, 'what about law and finance?')).toMatch(/Women/)
    expect(await header(say, 'free ones?')).not.toMatch(/Parents|Migrant/)
  })
})

describe('a relative said as a place or as whom someone lives with is no learner', () => {
  it.each([
    "I'm a mother, my son is at grandma house back home",
    "I'm a dad, the kids live with their grandparents in the village",
    "I'm a single mum, my boy stays at his nan's house",
    'I am a mother, my daughter is back home with grandma',
    "I'm a parent, kids are at my parents place",
  ])('"%s" is a parent, with no need-word', (text) => {
    expect(audiences(text)).toEqual(['parents?'])
    expect(understand(text).needs).toEqual([])
  })

  it.each(['any phone class for my grandma', 'grandma wants to learn to use her phone'])('"%s" still asks for an older learner', (text) => {
    expect(understand(text).slots.audiences.map((a) => a.id)).toEqual(['elderly'])
  })

  it('"I\'m a mother, my son is at grandma house" keeps the parent through a switch', async () => {
    const say = learner()
    expect(await header(say, "I'm a mum, my boy lives with his grandparents back home, any course for me?")).toMatch(/Parents/)
    expect(await header(say, 'what about digital skills?')).not.toMatch(/Older/)
  })
})

describe('a job said of oneself is who one is, not a subject or an errand', () => {
  it.each([
    ["I'm a welder at a shipyard, any english course?", ['language']],
    ['I work as a chef in a hotel, do you have computer classes', ['digital-skills']],
    ["I'm an english teacher, any AI course", ['ai']],
    ["I'm a cook at a restaurant, full-time employee, Do you have computer and phone basics courses?", ['digital-skills']],
  ])('"%s" asks for %j only, with no need-word', (text, ids) => {
    const u = understand(text)
    expect(u.slots.topics.map((t) => t.id)).toEqual(ids)
    expect(u.needs).toEqual([])
  })

  it.each(["I'm an english learner", 'I am an adult learner of English'])('"%s" still asks for English', (text) => {
    expect(understand(text).slots.topics.map((t) => t.id)).toEqual(['language'])
  })

  it('"I\'m a cook at a restaurant, full-time employee" is an employee, no errand', () => {
    const u = understand("I'm a cook at a restaurant, full-time employee")
    expect(u.outOfScope).toBeUndefined()
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['employees'])
  })

  it('a restaurant asked for is still an errand', () => {
    expect(understand('i m looking for a restaurant in Dali').outOfScope).toMatch(/^restaurant/)
  })

  it('"I\'m a hairdresser" is a person the bot cannot read, not "nothing for hairdresser"', async () => {
    const u = understand("I'm a hairdresser")
    expect(u.unreadPerson).toBeTruthy()
    expect(u.needs).toEqual([])
    const r = await learner()("I'm a hairdresser, what in-person courses do you have")
    expect(r.projects.length).toBeGreaterThan(0)
  })
})

describe('a mix word beside a mixed format is part of the format', () => {
  it.each([
    'I want know online and offline mixed class have or not',
    'offline and online combined course?',
    'class in person and online together',
    'mixed online and offline course',
  ])('"%s" is mixed, with no need-word', (text) => {
    const u = understand(text)
    expect(u.slots.format).toBe('hybrid')
    expect(u.needs).toEqual([])
  })

  it('a farmer asking for "online and offline mixed" gets mixed courses', async () => {
    const r = await learner()("I'm a farmer, I want know online and offline mixed class have or not")
    expect(r.projects.length).toBeGreaterThan(0)
  })
})

describe('asking what the bot is asks for nothing', () => {
  it.each(['what can I study? are you a robot?', 'r u a real person or a bot', 'hi, are you a chatbot? what courses are there'])(
    '"%s" asks back', async (text) => {
      const r = await learner()(text)
      expect(r.clarify).toBe(true)
      expect(r.projects).toEqual([])
    })

  it('"am i talking to a human" names no province', () => {
    expect(understand('am i talking to a human? i want cooking class').slots.region).toBeNull()
  })

  it('an AI course asked for beside the question is still asked for', () => {
    expect(understand('are you an AI? i want an AI course').slots.topics.map((t) => t.id)).toEqual(['ai'])
  })
})

describe('a farmer who farms, then says what they grow, is one description', () => {
  it.each(['I farm, grow vegetables on my land', 'we farm and grow rice on our land', 'i farm, keep a few goats and plant maize'])(
    '"%s" is a farmer with no subject and no need-word', (text) => {
      const u = understand(text)
      expect(u.slots.audiences.map((a) => a.id)).toEqual(['farmers'])
      expect(u.slots.topics).toEqual([])
      expect(u.needs).toEqual([])
    })

  it('a subject asked after it is the only subject', () => {
    const u = understand('I farm, grow vegetables on my land, any face-to-face professional development for teachers class?')
    expect(u.slots.topics.map((t) => t.id)).toEqual(['teacher-development'])
  })
})

describe('a dictated "four" before a list item is "for", and the rate is the fee', () => {
  it.each([
    ['what is rate four no. 1', /fee|free|yuan/],
    ["what's the contact number four number 2", /Contact/],
    ['the price four option 1 please', /fee|free|yuan/],
  ])('"%s" answers the field of that item', async (question, field) => {
    const say = learner()
    await say('any basic digital skills class?')
    expect(replyText(await say(question))).toMatch(field)
  })

  it('"I have four kids" still counts them', () => {
    expect(understand('I have four kids, any course').slots.audiences.map((a) => a.id)).toEqual(['parents'])
  })
})
