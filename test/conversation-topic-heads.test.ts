/**
 * Topics said as a modifier and a general head (query/topic-heads), through the real engine, search and SQLite on
 * the sample catalogue: general skill heads stacked or qualified by usefulness name a trade (手艺技术, 管用的本事),
 * a subject right before such a head speaks for it (农民实用技能 is farming, 电脑的实用技能 digital), a taxonomy
 * word built as modifier + head reads with 化 between them (数字化能力), and the countryside's building up reads as
 * verb + place with a possessive between (发展俺们村子). Phrasings are written for this file, not taken from a bank;
 * every check is computed from the catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { sampleRig, learner, shown } = useSampleConversation('heads')
const topicsOf = (text: string) => sampleRig().search.understand(text).slots.topics.map((t) => t.id)
/** Expects a list of projects that all belong to `topic`. */
async function expectTopic(r: Reply, topic: string, said: string) {
  expect(r.projects.length, `${said}: ${replyText(r)}`).toBeGreaterThan(0)
  for (const p of await shown(r)) expect(p.topics, `${said} → ${p.title}`).toContain(topic)
}

describe('a topic said by a modifier and a general head', () => {
  it.each([
    ['vocational-skills', ['有没有手艺技术方面的课', '想学点管用的本事', '學門實用手藝']],
    ['digital-skills', ['数字化能力提升的课有吗', '想学电脑的实用技能']],
    ['rural-revitalization', ['想学怎么发展俺们村子', '振兴乡下的课程', '农民实用技能培训有没有']],
  ] as const)('%s', async (topic, phrasings) => {
    for (const said of phrasings) await expectTopic(await learner()(said), topic, said)
  })

  it('a switch to stacked skill heads lists trades, not courses that only mention 技术', async () => {
    const say = learner()
    await say('想学用智能手机')
    await expectTopic(await say('换成手艺技术的吧'), 'vocational-skills', '换成手艺技术的吧')
  })

  it('leaves a head with a subject of its own alone: 信息技术 is no trade, 传统手艺 is culture', () => {
    expect(topicsOf('高中信息技术')).not.toContain('vocational-skills')
    expect(topicsOf('想学传统手艺')).toEqual(['culture-arts'])
    expect(topicsOf('剪纸的手艺')).toEqual(['culture-arts'])
    expect(topicsOf('养老这方面的手艺')).toEqual(['health-elderly-care'])
  })

  it('a craft glued before 手艺 that is no taxonomy word is the subject: "湘绣手艺" puts what teaches 湘绣 first', async () => {
    const projects = await shown(await learner()('湘绣手艺有没有'))
    expect(projects.length).toBeGreaterThan(0)
    expect(`${projects[0].title}${projects[0].summary}`).toContain('湘绣')
    expect(sampleRig().search.understand('湘绣手艺有没有').slots.topics).toEqual([])
  })
})
