/**
 * What a Hong Kong, Macau or Taiwan learner says around a request without asking for anything: an apology for their
 * Chinese, who they are in Taiwanese indigenous words (部落的耆老), a doubled character from the input method. Through
 * the real engine, search and SQLite on the sample catalogue; phrasings are our own.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner, shown } = useSampleConversation('trad-courtesy')
const onTopic = (id: string) => (p: Project) => p.topics.includes(id)

describe('an apology for one\'s own Chinese is politeness, not a wish to learn a language', () => {
  it.each([
    ['有冇網上嘅健康養老課程？我中文不好，謝謝', 'health-elderly-care'],
    ['我的中文唔係好好，想搵免費嘅電腦課', 'digital-skills'],
    ['不好意思，本人國語講得不太好，請問有冇法律課程', 'law-finance'],
    ['想學畫畫，我普通话说得不好，见谅', 'culture-arts'],
    ['有冇電腦班？我唔太識講普通話', 'digital-skills'],
    ['本人係退休人士，中文唔好，想搵電腦班', 'digital-skills'],
    ['有冇法律課程？小弟看不太懂中文，請見諒', 'law-finance'],
  ] as const)('"%s" lists only that topic', async (text, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).not.toContain('语言学习')
    expect((await shown(r)).every(onTopic(topic))).toBe(true)
  })

  it.each([
    ['Sorry, my Mandarin is not very good. Any online health courses?', 'health-elderly-care'],
    ['any free computer classes? my Chinese is poor, thanks', 'digital-skills'],
  ] as const)('the English apology "%s" lists only that topic', async (text, topic) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r)).not.toMatch(/Language learning|语言学习/)
    expect((await shown(r)).every(onTopic(topic))).toBe(true)
  })

  it.each(['我中文不好，想學中文', '我唔識講普通話，想學', '我是外籍配偶，中文不好，想學'])('a wish to learn the language is still read as one ("%s")', async (text) => {
    const r = await learner()(text)
    expect(r.projects.length).toBeGreaterThan(0)
    expect((await shown(r)).every(onTopic('language'))).toBe(true)
  })
})

describe('a Taiwanese tribe\'s elder (耆老) is an older learner; 部落 is only where they live', () => {
  const { expectFor } = useSampleConversation('trad-elder')

  it.each([
    '我是部落的耆老，想搵嘅課程',
    '我係原鄉嘅耆老，有冇課程推介？',
    '本人為部落耆老，請問有無課程',
  ])('"%s" lists classes for older people', async (text) => {
    await expectFor(await learner()(text), 'elderly')
  })

  it('said later as a correction ("補充：我是部落的耆老"), it narrows the list to older people', async () => {
    const say = learner()
    await say('有冇電腦班')
    const projects = await expectFor(await say('漏咗講，我是部落的耆老'), 'elderly')
    expect(projects.every(onTopic('digital-skills'))).toBe(true)
  })

  it('部落的年輕人, 部落婦女 and 部落媽媽 are read by the head noun (young, women)', async () => {
    await expectFor(await learner()('我是部落的年輕人，有冇電腦課'), 'youth')
    await expectFor(await learner()('我們是一群部落婦女，有冇電腦課'), 'women')
    await expectFor(await learner()('我們是部落媽媽，想學電腦'), 'women')
  })
})
