/**
 * English who-the-learner-is (round 13, wave 2): what a person is, then what they do, said as one description ("i am
 * migrant worker, come from countryside to work in city", "i'm blind and use a screen reader") is one reading, whose
 * words (the countryside, the screen reader) are no subject or need; leaving the village for work said with no subject
 * is a migrant worker; a job after "retired" ("retired civil servant here") is past, so the learner is an older one,
 * not an employee; a parent who names the child ("parent of a pupil", "mum of two primary schoolers") is a parent, not
 * a young learner; "remote" before "teacher training" says how the course is given, not a rural teacher. Phrasings are
 * invented beside the bank's. Through the real engine, search and SQLite on the sample catalogue.
 */
import { describe, expect, it } from 'vitest'
import type { Reply } from '../src/dialogue/types.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { forAudience, useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('english14')
const understand = (text: string) => sampleRig().search.understand(text)
const audiences = (text: string) => understand(text).slots.audiences.map((a) => a.id).sort()
const topics = (text: string) => understand(text).slots.topics.map((t) => t.id).sort()
/** Asserts that `r` searched for `audience` (its header names it) and shows projects, every one open to it. */
const expectFor = async (r: Reply, audience: string) => {
  expect(replyText(r)).toContain(sampleRig().taxonomy.get('audiences', audience)!.en)
  expect(r.projects.length).toBeGreaterThan(0)
  expect((await shown(r)).every(forAudience(audience))).toBe(true)
}

describe('leaving the countryside to work in the city', () => {
  it.each([
    'I am migrant worker, come from countryside to work in city, courses?',
    "I'm a builder and came from my village to find work in the city, any courses?",
    'came from the village to find work in the city, any courses?',
    'moved from my hometown to work in Shenzhen, anything for me',
    'I work away from my hometown, any classes',
  ])('"%s" is a migrant worker, and the countryside is no subject', (text) => {
    expect(audiences(text)).toEqual(['migrant-workers'])
    expect(topics(text)).toEqual([])
  })

  it('the migrant-worker courses are shown, not relaxed to everyone', async () => {
    const r = await learner()('I am migrant worker, come from countryside to work in city, Please share courses list')
    expect(replyText(r)).not.toMatch(/open to everyone/)
    await expectFor(r, 'migrant-workers')
  })
})

describe('a disability said by the aid one uses', () => {
  it.each([
    "I'm blind and use a screen reader, courses?",
    "I'm visually impaired and need a screen reader, any classes",
    'my dad is deaf and uses hearing aids, anything for him',
  ])('"%s" is a disabled learner, and the aid is no need', (text) => {
    const u = understand(text)
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['people-with-disabilities'])
    expect(u.needs).toEqual([])
  })

  it('"I\'m blind and use a screen reader, courses?" shows courses open to disabled learners', async () => {
    await expectFor(await learner()("I'm blind and use a screen reader, courses?"), 'people-with-disabilities')
  })
})

describe('a job after "retired" is past', () => {
  it.each([
    'retired civil servant here, aged 70, courses?',
    'a retired bank clerk looking for courses',
    'retired teacher here, anything free?',
    'Retired nurse, 68, painting classes?',
  ])('"%s" is an older learner only', (text) => {
    expect(audiences(text)).toEqual(['elderly'])
  })

  it('a retired soldier is still a veteran', () => {
    expect(audiences('retired soldier here, any courses')).toContain('veterans')
  })

  it('"retired civil servant here, aged 70, courses?" shows courses for older learners', async () => {
    await expectFor(await learner()('retired civil servant here, aged 70, courses?'), 'elderly')
  })
})

describe('a parent who names the child', () => {
  it.each([
    'I am parent of a pupil, virtual courses?',
    'mother of a primary school pupil, courses?',
    "I'm a dad of a year 3 pupil, anything?",
    "I'm a mum of two primary schoolers, any classes",
    'parent of a primary schooler here, courses?',
    'single mum of a toddler, any classes',
  ])('"%s" is a parent, not a young learner', (text) => {
    expect(audiences(text)).toEqual(['parents'])
    expect(understand(text).needs).toEqual([])
  })

  it('"remote" before teacher training is how it is given: "I\'m a parent, remote teacher training?" stays a parent', () => {
    const u = understand("I'm a parent, remote teacher training?")
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['parents'])
    expect(u.slots.format).toBe('online')
  })

  it('a teacher in a remote village is still a rural teacher', () => {
    expect(audiences('I teach in a remote village, any courses')).toEqual(['rural-teachers'])
  })

  it('"I am parent of a pupil, Please share courses list" shows courses open to parents', async () => {
    await expectFor(await learner()('I am parent of a pupil, Please share courses list'), 'parents')
  })
})
