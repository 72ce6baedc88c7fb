/**
 * Who the learner is, when the bot cannot read it, through the real engine, search and SQLite on the sample
 * catalogue (docs/dialogue-state.md, "A person the bot cannot read"): a self-description no reader knows makes the
 * list prefer the projects open to everyone, says so, keeps it across narrowing, "更多" and a topic switch, gives way
 * to a group said later and goes with reset; a place, a wish or a level never counts as one. And when two readings
 * of the person compete, the word that says it outright (女的, 女工) wins over a job's guess, and a job word is never
 * read as the head of another group's longer one (农民 of 农民工). Phrasings are written for this file, not taken
 * from any simulator bank; every check is computed from the catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown, expectFor } = useSampleConversation('unread')
const NOTE = '您说的情况目录里没有专门的项目'
const openToAll = async (r: Reply) => (await shown(r)).every((p) => p.audiences.includes('general-public'))

describe('a self-description no reader knows prefers the projects open to everyone', () => {
  it.each([
    ['我是开小卖部的，有什么线上的课'],
    ['本人是做小生意的，有没有免费的课'],
    ['我在车队上班，有线上的课吗'],
  ])('"%s" lists only projects open to everyone and says why', async (said) => {
    const r = await learner()(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
    expect(await openToAll(r), replyText(r)).toBe(true)
    expect(replyText(r)).toContain(NOTE)
  })

  it('says so in English too ("I run a small noodle stall")', async () => {
    const r = await learner()('I run a small noodle stall, any online courses?')
    expect(await openToAll(r), replyText(r)).toBe(true)
    expect(replyText(r)).toContain('open to everyone')
  })

  it('keeps it through a narrowing, "更多" and a topic switch', async () => {
    const say = learner()
    await say('我是开小卖部的，有什么课')
    for (const turn of ['线上的', '更多', '那电脑方面的呢']) {
      const r = await say(turn)
      expect(r.projects.length, turn).toBeGreaterThan(0)
      expect(await openToAll(r), `${turn}: ${replyText(r)}`).toBe(true)
    }
  })

  it('answers an opener that only says who the learner is with that list and asks what to learn', async () => {
    const r = await learner()('我是做小生意的')
    expect(await openToAll(r), replyText(r)).toBe(true)
    expect(r.clarify).toBe(true)
  })

  it('gives way to a group said later, and goes with reset', async () => {
    const say = learner()
    await say('我是开小卖部的，有什么电脑课')
    await expectFor(await say('我是农民'), 'farmers')
    await say('重新开始')
    const r = await say('有什么电脑课')
    expect(replyText(r)).not.toContain(NOTE)
    expect(await openToAll(r), replyText(r)).toBe(false)
  })

  it('never joins a request a group already holds ("我是农民" then "我是开小卖部的")', async () => {
    const say = learner()
    await say('我是农民，有什么电脑课')
    const r = await say('我是开小卖部的')
    expect(replyText(r)).not.toContain(NOTE)
    expect(replyText(r)).toContain(sampleRig().taxonomy.get('audiences', 'farmers')!.zh)
  })

  it.each([
    ['我在杭州，有啥电脑课'],
    ['我是想问有没有电脑课'],
    ['我是零基础，想学电脑'],
    ['我平时干活挺忙，想学点电脑'],
    ['我在网上看到你们的电脑课'],
  ])('reads no person in a place, a wish, a level or a busy life: "%s"', async (said) => {
    const u = sampleRig().search.understand(said)
    expect(u.unreadPerson).toBeUndefined()
    expect(replyText(await learner()(said))).not.toContain(NOTE)
  })
})

describe('the word that says who the learner is outright wins', () => {
  it.each([
    ['我是做保姆的，女的，有啥课', 'women'],
    ['俺是下岗女工，有啥免费的课', 'women'],
    ['我是渔民家的儿媳妇，有没有课', 'women'],
    ['我是送快递的农民工，有啥课', 'migrant-workers'],
    ['我是车行雇员，有线上的课吗', 'employees'],
    ['我是个上班族，有啥课', 'employees'],
  ] as const)('"%s" is read as %s', async (said, audience) => {
    expect(sampleRig().search.understand(said).slots.audiences.map((a) => a.id)).toEqual([audience])
    await expectFor(await learner()(said), audience)
  })

  it('reads a community office however its name is stacked ("the local neighbourhood residents committee")', () => {
    const u = sampleRig().search.understand('I work for the local neighbourhood residents committee, any courses?')
    expect(u.slots.audiences.map((a) => a.id)).toEqual(['community-workers'])
  })
})
