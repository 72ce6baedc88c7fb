/**
 * A shown project picked by one short word of its title beside a pointer ("表格那个有咨询电话没", "那个智能的电话多少",
 * "考试的几号开班"), and 咨询 read as the act of asking unless it names what is reached (找谁咨询, 咨询方式), through the
 * real engine, search and SQLite on the sample catalogue. The title words are chosen from the replies (a two-character
 * piece of one title that no other title on screen holds), never written in: the rule is checked over every list of
 * several openers. Phrasings written for this file, not from any simulator bank.
 */
import { describe, expect, it } from 'vitest'
import type { Reply } from '../src/dialogue/types.js'
import { controlForm } from '../src/dialogue/control-text.js'
import { detectField } from '../src/dialogue/intents.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner } = useSampleConversation('tw')
const ids = (r: Reply) => r.projects.map((p) => p.id)

/** A two-character Chinese piece of `title` that no other title holds, with no pointer, particle or field word in it. */
function distinguishingWord(title: string, others: string[]): string | null {
  const t = [...controlForm(title)]
  for (let i = 0; i + 2 <= t.length; i++) {
    const w = t.slice(i, i + 2).join('')
    if (!/^[\u4e00-\u9fff]{2}$/u.test(w) || /[那这个的是有要在]/u.test(w) || detectField(w, true) !== null) continue
    if (others.every((o) => !controlForm(o).includes(w))) return w
  }
  return null
}

const OPENERS = ['我想学人工智能', '我想学电脑', '老年人想学养生保健', '家长想学家庭教育']
const FORMS = [(w: string) => `${w}那个在哪里上`, (w: string) => `那个${w}的电话多少`, (w: string) => `${w}的几号开班`]

describe('a word of one title beside a pointer names that project', () => {
  it.each(OPENERS)('every project of the list for "%s" is named by a word only its title holds', async (opener) => {
    let checked = 0
    for (const [f, form] of FORMS.entries()) {
      const list = await learner()(opener)
      const titles = list.projects.map((p) => p.title)
      for (const [i, p] of list.projects.entries()) {
        const word = distinguishingWord(p.title, titles.filter((_, j) => j !== i))
        if (!word) continue
        const say = learner()
        await say(opener)
        const r = await say(form(word))
        expect(ids(r), `${form(word)} (form ${f}) after ${opener}`).toEqual([p.id])
        checked++
      }
    }
    expect(checked).toBeGreaterThan(3)
  })

  it('after a "nothing" answer the word names a project of the last list shown', async () => {
    const say = learner()
    const list = await say('我想学电脑')
    const titles = list.projects.map((p) => p.title)
    const word = distinguishingWord(titles[1], [titles[0], ...titles.slice(2)])!
    await say('想学开潜水艇')
    expect(ids(await say(`${word}那个怎么报名`))).toEqual([list.projects[1].id])
  })

  it('a word every title on screen holds names none of them', async () => {
    const say = learner()
    const list = await say('我想学人工智能')
    const common = ['人工', '智能'].find((w) => list.projects.every((p) => controlForm(p.title).includes(w)))
    if (!common) return
    const r = await say(`${common}那个在哪里上`)
    expect(r.projects.length).not.toBe(1)
  })
})

describe('咨询 is the contact only as what is reached', () => {
  it.each(['重新咨询', '我重新咨询一下'])('"%s" starts over', async (text) => {
    const say = learner()
    await say('我想学电脑')
    const r = await say(text)
    expect(r.projects).toEqual([])
    expect(replyText(r)).not.toMatch(/第几个/)
  })

  it('asking on behalf of a group, "按这个筛选", narrows the list instead of giving a phone number', async () => {
    const say = learner()
    await say('我想学电脑')
    const r = await say('帮村里的老人咨询，按这个再筛一下')
    expect(replyText(r)).not.toMatch(/联系方式|第几个/)
    expect(replyText(r)).toContain('老年人')
  })

  it.each(['第二个找谁咨询', '第二个的咨询方式', '第二个怎么咨询'])('"%s" asks the contact of item 2', async (text) => {
    const say = learner()
    const list = await say('我想学电脑')
    const r = await say(text)
    expect(ids(r)).toEqual([list.projects[1].id])
    expect(replyText(r)).toMatch(/联系/)
  })
})
