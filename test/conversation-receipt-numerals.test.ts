/**
 * A place in the list said the way a form or a receipt writes numbers, and an English field question whose own noun
 * is "number" (docs/dialogue-state.md, "A number answers the last list"), through the real engine on the sample
 * catalogue:
 * - the receipt-style numerals after 第 (第贰个, 第叁個, 第肆个, 第伍个, 第貳個) are the everyday ones;
 * - "contact number four number three" (four said for "for", read as dictation by text/dictation in the message's
 *   plain form, which is what follow-ups read) asks for the third project's contact; "the phone number two" is still
 *   the second project;
 * - the price asked as a "rate", "tuition" or "charge" is the fee.
 * Phrasings are our own; those from the spent fresh21 bank are named as such.
 */
import { describe, expect, it } from 'vitest'
import { detectOrdinal, detectField, withPlainOrdinals } from '../src/dialogue/intents.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { plainMessage } from '../src/text/speech-noise.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner } = useSampleConversation('receipt-numerals')

describe('the receipt-style numerals after 第 are a place in the list', () => {
  it.each([
    ['第贰个收费吗？收多少', 2], ['第叁个电话多少', 3], ['第叁個點樣報名', 3], ['第肆个在哪上课', 4], ['第伍个讲下子', 5],
    ['第貳個幾時開課', 2], ['第壹个怎么报名', 1], ['第 叁 个详细说说', 3],
  ])('"%s" points at project %d', (text, n) => {
    expect(detectOrdinal(text, 5)).toBe(n)
  })

  it('leaves the same characters alone where they are words (收拾, 队伍, 大陆, 參加)', () => {
    for (const text of ['收拾一下', '退伍军人', '大陆来的', '想參加']) expect(withPlainOrdinals(text)).toBe(text)
  })

  it('answers "第叁个电话多少" (fresh21) with the third project\'s contact, and "第贰个收费吗" with the second one\'s fee', async () => {
    const chat = learner()
    const list = await chat('有数字技能的课吗')
    expect(list.projects.length).toBeGreaterThanOrEqual(3)
    const contact = await chat('第叁个电话多少')
    expect(contact.projects.map((p) => p.id)).toEqual([list.projects[2]!.id])
    expect(replyText(contact)).toContain('联系方式')
    const fee = await chat('第贰个收费吗？收多少')
    expect(fee.projects.map((p) => p.id)).toEqual([list.projects[1]!.id])
    expect(replyText(fee)).toMatch(/费用|免费/)
  })

  it('gives the card for "第叁个讲下子咯" (fresh21), not a new search', async () => {
    const chat = learner()
    const list = await chat('有数字技能的课吗')
    const card = await chat('第叁个讲下子咯')
    expect(card.projects.map((p) => p.id)).toEqual([list.projects[2]!.id])
  })
})

describe('"number" as the field asked for is not the place in the list (as the message is read)', () => {
  it.each([
    ["what's the contact number four number three", 3], ['phone number for number 2', 2], ["what's the phone number two", 2],
    ['can I get the contact number of number one', 1], ['what is rate four no. 1', 1],
  ])('"%s" points at project %d', (text, n) => {
    expect(detectOrdinal(plainMessage(text), 3)).toBe(n)
  })

  it.each(['what is the rate for no. 2', 'tuition for the second one?', 'any charges for number one?'])('"%s" asks the fee', (text) => {
    expect(detectField(text, true)).toBe('fee')
  })

  it("answers the third project's contact to \"what's the contact number four number three\" (fresh21)", async () => {
    const chat = learner()
    const list = await chat('any digital skills courses?')
    expect(list.projects.length).toBeGreaterThanOrEqual(3)
    const contact = await chat("what's the contact number four number three")
    expect(contact.projects.map((p) => p.id)).toEqual([list.projects[2]!.id])
    expect(replyText(contact)).toMatch(/^Contact/)
  })
})
