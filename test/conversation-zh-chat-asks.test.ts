/**
 * Chat asks of round 13 (zh2): pinyin initials typed for a function word beside Chinese ("ymy适合俺学的" is
 * "有没有适合我学的", "zm报名", "学sm好"), a vague wish relayed by a hotline clerk ("来电人想学点东西") asking back, and
 * opening an account on a platform ("网约车平台咋注册") an errand with no projects, while learning to drive for one or
 * to use a ride app stays a request. Through the real engine, search and SQLite on the sample catalogue.
 */
import { describe, expect, it } from 'vitest'
import { useSampleConversation } from './fixtures/dialogue-setup.js'
import { replyText } from '../src/dialogue/reply-text.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { createQueryUnderstander } from '../src/query/understand.js'

const { learner, shown } = useSampleConversation('zh-chat-asks')
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })

describe('pinyin initials for a function word', () => {
  it.each(['ymy适合俺学的', '来电人想学点东西，请推荐', 'ymy啥能学的'])('"%s" is a vague opener and asks back', async (said) => {
    const r = await learner()(said)
    expect(r.clarify, replyText(r)).toBe(true)
  })

  it('"ymy免费的人工智能的课" asks for free AI classes; English and codes keep their letters', async () => {
    const u = understand('ymy免费的人工智能的课')
    expect(u.slots.topics.map((t) => t.id)).toEqual(['ai'])
    expect(u.slots.free).toBe(true)
    expect(understand('zm报名').needs).toEqual([])
    expect(understand('我想学SM公司的舞蹈').needs.flat()).toContain('sm')
  })
})

describe('opening an account on a platform is an errand', () => {
  it.each(['网约车平台咋注册', '淘宝店怎么开户', '想注册个抖音账号', '外卖骑手账号如何认证'])('"%s" gets no projects', async (said) => {
    const r = await learner()(said)
    expect(r.projects, replyText(r)).toEqual([])
    expect(replyText(r)).toContain('没有')
  })

  it.each(['学用打车软件', '想学手机上开网店'])('"%s" is still a request to learn', async (said) => {
    const r = await learner()(said)
    expect((await shown(r)).length, replyText(r)).toBeGreaterThan(0)
  })

  it('a registered profession is no account ("注册会计师怎么考")', () => {
    expect(understand('注册会计师怎么考').outOfScope ?? null).toBeNull()
  })
})
