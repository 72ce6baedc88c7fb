/**
 * Round 8's topic shapes, through the real engine, search and SQLite on the sample catalogue:
 * a subject named by the worry, the wish or the errand around it rather than by the topic's word.
 * A child's trouble ("儿子不肯上学", "my son won't study"), being a good parent or teacher ("做个称职的妈妈",
 * "当一个合格的班主任"), produce taken to a platform ("自家的橘子往抖音上卖"), Taiwan's 小農產品, bills paid
 * on a phone, a landlord, one's own classroom. Phrasings are written for this file, not taken from a bank;
 * every check is computed from the catalogue's fields.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import type { Reply } from '../src/dialogue/types.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner, shown } = useSampleConversation('ct8')
/** Expects a list of projects that all belong to `topic`. */
async function expectTopic(r: Reply, topic: string, said: string) {
  expect(r.projects.length, `${said}: ${replyText(r)}`).toBeGreaterThan(0)
  for (const p of await shown(r)) expect(p.topics, `${said} → ${p.title}`).toContain(topic)
}

describe('a subject said as the worry or the wish around it', () => {
  it.each([
    ['family-education', ['儿子不肯上学怎么办', '闺女越来越叛逆 有课吗', '我家娃整天刷短视频', '細路仔成日駁嘴點算', '想学做个称职的妈妈', '怎么当好父母']],
    ['teacher-development', ['想学当一个合格的班主任', '怎样做个好老师']],
    ['rural-revitalization', ['自家的橘子往抖音上卖 有课吗', '想学茶叶咋在网上营销', '請問有小農產品行銷的課嗎']],
  ] as const)('%s', async (topic, phrasings) => {
    for (const said of phrasings) await expectTopic(await learner()(said), topic, said)
  })

  it.each([
    ['family-education', ['my teenager won\'t talk to me, any course', 'our boy wont listen to us']],
    ['digital-skills', ['how to pay my utility bills on the phone', 'teach me to do errands online']],
    ['law-finance', ['problems with my landlord', 'rental agreement rights class']],
    ['teacher-development', ['how to manage my classroom', 'handling my pupils better']],
  ] as const)('English: %s', async (topic, phrasings) => {
    for (const said of phrasings) await expectTopic(await learner()(said), topic, said)
  })

  it('does not take one\'s own classroom or errands done online for the course format', async () => {
    const r = await learner()('how to manage my classroom')
    expect(r.projects.length).toBeGreaterThan(0)
    expect(replyText(r).split('\n')[0]).not.toMatch(/in person|online/)
    const e = await learner()('doing stuff online like paying the bills')
    expect(replyText(e).split('\n')[0]).not.toMatch(/in person|online/)
  })
})
