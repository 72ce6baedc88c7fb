/**
 * Errands are no request to learn: hiring someone where they can be found ("哪里可以请保姆"), a job or a purchase
 * asked with its object said first ("电动车坏了，哪里修", "高铁票怎么买"), how to buy a thing with no channel named, the
 * place of an errand ("去哪个医院"), and booking said as what is done ("advise on booking a room") get nothing, and
 * leave the request as it was: no group or place their words touch joins it (docs/dialogue-state.md, point 5). Asking to learn the same trade still
 * lists it. Through the real engine, search and SQLite on the sample catalogue; phrasings written for this file, and
 * every "not taught" word checked against the catalogue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { openRig, tempDbPath, useSampleConversation, type EngineRig } from './fixtures/dialogue-setup.js'
import { DIALOGUE_PROJECTS } from './fixtures/dialogue-projects.js'

const { learner, shown, active } = useSampleConversation('errands')
const text = (p: Project) => [p.title, p.summary, p.title_en ?? '', p.summary_en ?? '', ...p.tags].join(' ').toLowerCase()

describe('hiring someone where they can be found is a service', () => {
  it.each(['哪里可以请保姆', '邊度可以請外傭', '去哪雇个钟点工', '在哪能请到靠谱的月嫂', '哪儿能聘个司机', '哪里可可以请个月嫂'])('"%s" gets no projects', async (said) => {
    const r = await learner()(said)
    expect(r.projects, replyText(r)).toEqual([])
    expect(replyText(r)).toContain('没有')
  })
})

describe('a job or a purchase asked with its object said first is a service', () => {
  it.each([
    ['电动车坏了，哪里修', '电动车'],
    ['我家电瓶车坏了 去哪修', '电瓶车'],
    ['手机屏幕碎了去哪换', '手机屏幕'],
    ['空调坏了 哪哪儿修', '空调'],
    ['想问下去北京的高铁票怎么买', '高铁票'],
    ['演唱会门票去哪买', '门票'],
    ['怎么买去上海的火车票', '火车票'],
    ['孩子发烧了去哪个医院', '医院'],
    ['最近的派出所在哪', '派出所'],
  ])('"%s" gets no projects, and says what it has none of', async (said, thing) => {
    const r = await learner()(said)
    expect(r.projects, replyText(r)).toEqual([])
    expect(replyText(r)).toMatch(new RegExp(`“[^”]*${thing}”`))
  })

  it.each([
    ['please advise on booking a conference room for Friday', 'conference room'],
    ['any tips on renting a van for the weekend', 'van'],
  ])('(en) "%s" gets no projects', async (said, word) => {
    expect((await active()).some((p) => new RegExp(`\\b${word}\\b`).test(text(p)))).toBe(false)
    const r = await learner()(said)
    expect(r.projects, replyText(r)).toEqual([])
  })
})

describe('"play" before a sport or an instrument is how it is learnt, never a slip of "pay"', () => {
  // (The fixture catalogue's English has no "play", so only the bot's own words can keep it from being read as "pay".)
  const tmp = tempDbPath()
  let rig: EngineRig
  beforeAll(async () => { rig = await openRig(tmp.path) })
  afterAll(() => { rig.close(); tmp.cleanup() })

  it.each([
    ['where can I learn to play rugby', 'rugby'],
    ['I want to learn to play the cello', 'cello'],
  ])('"%s" is told the catalogue has nothing for "%s"', async (said, word) => {
    expect(DIALOGUE_PROJECTS.some((p) => /\bplay/i.test(text(p)))).toBe(false)
    const r = await rig.say(said, `play-${word}`)
    expect(r.projects).toEqual([])
    expect(replyText(r)).toContain(`"${word}"`)
  })
})

describe('an errand leaves the request as it was', () => {
  it('a helper hired where one is found (外傭) never makes the learner a migrant worker', async () => {
    const say = learner()
    const first = await say('我在重庆，想学家庭教育')
    expect(first.projects.length).toBeGreaterThan(0)
    expect((await say('邊度可以請外傭')).projects).toEqual([])
    const next = await say('那数字技能呢')
    expect(next.projects.length, replyText(next)).toBeGreaterThan(0)
    expect(replyText(next)).not.toContain('农民工')
    expect(replyText(next)).toContain('重庆')
  })

  it('a place or a group said beside an errand is no fact about the learner', async () => {
    const say = learner()
    expect((await say('我想学电脑')).projects.length).toBeGreaterThan(0)
    expect((await say('我在杭州，想找人修冷气')).projects).toEqual([])
    expect((await say('我是退休老人，想请个保姆')).projects).toEqual([])
    expect((await say('我在南昌，附近有没有好的医院')).projects).toEqual([])
    const next = await say('那家庭教育呢')
    expect(next.projects.length, replyText(next)).toBeGreaterThan(0)
    expect(replyText(next)).not.toMatch(/杭州|老年|南昌/)
  })
})

describe('asking to learn the same trade still lists it', () => {
  it.each([
    ['想学修电动车', 'energy-power'],
    ['学做家政服务', 'vocational-skills'],
    ['怎么网上买火车票', 'digital-skills'],
    ['how to learn to fix bikes', 'energy-power'],
    ['我想当保姆', 'vocational-skills'],
    ['想当陪诊师，医院里有培训吗', 'health-elderly-care'],
  ] as const)('"%s" gets its topic', async (said, topic) => {
    const r = await learner()(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
    expect((await shown(r)).some((p) => p.topics.includes(topic)), replyText(r)).toBe(true)
  })
})

describe('politeness and a reaction around a vague opener ask back', () => {
  it.each(['不好意思打扰了，我想学点东西，有什么推荐吗', 'any suggestions for something to study, sweet as'])('"%s" gets the menu', async (said) => {
    const r = await learner()(said)
    expect(r.clarify, replyText(r)).toBe(true)
    expect(replyText(r)).not.toMatch(/没有|no projects/)
  })
})
