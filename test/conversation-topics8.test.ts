/**
 * Round 8's topic shapes, through the real engine, search and SQLite on the sample catalogue:
 * a subject named by the worry, the wish or the errand around it rather than by the topic's word.
 * A child's trouble ("儿子不肯上学", "my son won't study"), being a good parent or teacher ("做个称职的妈妈",
 * "当一个合格的班主任"), produce taken to a platform ("自家的橘子往抖音上卖"), Taiwan's 小農產品, bills paid
 * on a phone, a landlord, one's own classroom; a boss who does not pay, an ache or a fall, a small shop to open;
 * an elder's or a parent's group beside the topic it is the subject of ranks, not filters. Phrasings are written for this file, not taken from a bank;
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
    ['law-finance', ['厂里的老板拖欠我们工资', '工头一直不发工钱 咋办']],
    ['health-elderly-care', ['我妈膝盖疼 有啥课', '怎么防止老人摔跤', '想学照顾瘫痪的奶奶']],
    ['vocational-skills', ['想开家早餐店 学点啥']],
    ['energy-power', ['家里的灯泡咋换', '想学装插座']],
  ] as const)('%s', async (topic, phrasings) => {
    for (const said of phrasings) await expectTopic(await learner()(said), topic, said)
  })

  it.each([
    ['law-finance', ['想攒些养老的钱', '怎么规划好养老钱']],
    ['teacher-development', ['当班主任的怎样管好班级', '老师如何带学生']],
  ] as const)('money for old age, a teacher managing the class: %s', async (topic, phrasings) => {
    for (const said of phrasings) await expectTopic(await learner()(said), topic, said)
  })

  it('reads a child\'s grades, shyness and closeness as family education', async () => {
    for (const said of ['闺女的成绩老是提不上去', '儿子太害羞了', '孙女跟我不亲 怎么办', '想学陪孩子一起看书']) {
      await expectTopic(await learner()(said), 'family-education', said)
    }
  })

  it.each([
    ['family-education', ['my teenager won\'t talk to me, any course', 'our boy wont listen to us', 'my daughter is being bullied', 'stopping my kids arguing']],
    ['digital-skills', ['how to pay my utility bills on the phone', 'teach me to do errands online', 'booking a taxi on my phone']],
    ['law-finance', ['problems with my landlord', 'rental agreement rights class', 'the contractor never paid us']],
    ['teacher-development', ['how to manage my classroom', 'handling my pupils better', 'planning my lessons', 'using videos in my classroom']],
    ['rural-revitalization', ['selling our hometown specialties']],
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
  it('lets a group named with its own topic rank instead of filtering: 银发族运动保健, 老人防骗, fitness in old age', async () => {
    const r = await learner()('我是视障人士，有没有银发族运动保健的课')
    expect(replyText(r).split('\n')[0], replyText(r)).not.toContain('老年人')
    const c = await learner()('我是社区干部，想找老人日常防骗的课')
    expect(replyText(c).split('\n')[0], replyText(c)).not.toContain('老年人')
    for (const p of await shown(c)) expect(p.topics).toContain('law-finance')
    const e = await learner()('i work in an office, any course on keeping fit in old age')
    expect(replyText(e).split('\n')[0], replyText(e)).not.toMatch(/older/i)
    // The elder who says so is still the learner.
    const o = await learner()('老人想学保健')
    expect(replyText(o).split('\n')[0]).toContain('老年人')
  })
})
