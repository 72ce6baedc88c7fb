/**
 * An errand is decided by how it asks, not by what it is about (docs/dialogue-state.md, points 5 and 8): a claim
 * (怎么赔, 怎么要回来; not what to do about a wrong, 老板拖欠工资咋办), a sale (谁来收), a price (多少钱一个), an
 * application (怎么申请, 协助申请), a place to eat or to watch a game, money sent, a child's homework done or numbers boosted get nothing and
 * leave the request as it was, whatever their object; the same words with a learning frame (学, 课, learn, course)
 * stay a request. And a first message that asks to learn something unnamed, in formal or classical wording (敝人,
 * 之课, 有何建议) or beside talk of its day (庙里忙完了), asks back with the menu, never "nothing found". Through the
 * real engine, search and SQLite on the sample catalogue; phrasings written for this file beside the spent banks'.
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner } = useSampleConversation('asking-frames')

describe('an errand asked by its frame gets nothing, whatever its object', () => {
  it.each([
    // Settling a case.
    '外卖送错了 怎么赔', '房东押金不退 怎么要回来', '快递件丢了 咋个赔', '包工头欠俺工钱 阿门要回来',
    // Selling, a price, an application.
    '家里的土鸡蛋想卖，谁收', '我家的新茶想卖个好价钱，谁来收', '二手摩托车现在多少钱一台', '小巴牌照而家幾錢一個',
    '低保怎么申请', '请帮我申请廉租房', '請問退休簽證怎麼申請', '煩請協助申請澳門長者敬老金',
    // Where to eat or watch, money sent, homework done, numbers boosted.
    '成都哪里串串好吃', '今晚重庆哪里火锅安逸', '哪里能看世界杯直播', '怎么给老家汇钱', '帮我孩子辅导作业', '帮我刷点好评', '帮我直播间拉点人气 刷刷单',
  ])('"%s" gets no projects', async (said) => {
    const r = await learner()(said)
    expect(r.projects, replyText(r)).toEqual([])
    expect(replyText(r)).toContain('没有')
  })

  it.each([
    'how do I claim compensation for a lost parcel', 'how do i get my deposit back from the landlord', 'where can I stream the match tonight',
    'cheapest way to wire money to the philippines', "can you do my son's maths homework", 'how much is a used car these days',
    'how to send money home, which app best rate', 'where to watch the cowboys game tonight', 'help my kid with his algebra homework fr',
    'madam where I can renew my work visa',
  ])('(en) "%s" gets no projects', async (said) => {
    const r = await learner()(said)
    expect(r.projects, replyText(r)).toEqual([])
  })

  it('leaves the request as it was: a group or place inside it never joins', async () => {
    const say = learner()
    expect((await say('我想学电脑')).projects.length).toBeGreaterThan(0)
    expect((await say('请问退休签证怎么申请')).projects).toEqual([])
    expect((await say('今晚重庆哪里火锅安逸')).projects).toEqual([])
    const next = await say('那家庭教育呢')
    expect(next.projects.length, replyText(next)).toBeGreaterThan(0)
    expect(replyText(next)).not.toMatch(/重庆|老年/)
  })
})

describe('the same words asked to learn stay a request', () => {
  it.each([
    '工资被拖欠了，想学点劳动法维权的知识', '想学法律知识，怎么维权', '老人想学用手机给孩子转账', '有没有辅导孩子作业的家长课',
    '怎么帮孩子辅导作业', '孩子不听话咋整', '电线老化怎么办', 'how do i help my kid with homework',
    // What to do about a wrong asks about one's rights (the dev questions' 老板拖欠工资咋办), unlike asking to be paid back.
    '老板不发工资咋办', '在工地上干活，老板拖欠工资咋办', "landlord won't return my deposit what do i do",
    // How an insurance pays is knowing one's policy; homework with no subject named is the parent's (dev questions).
    '送快递的，出了事故保险怎么赔', 'help my son with his homework',
  ])('"%s" gets a list', async (said) => {
    const r = await learner()(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
  })
})

describe('a first message asking to learn something unnamed asks back, however formally worded', () => {
  it.each([
    '敬请推荐可学之课，不胜感激', '敝人想學點東西，請問有何建議', '廟裡忙完了，想學點東西，有什麼推薦', '在下想进修，有何高见',
    '店里忙完了，想学点东西，有啥推荐', '烦请惠荐可修之课，感激不尽', '老朽闲来无事，欲学点东西，请赐教',
  ])('"%s" gets the menu', async (said) => {
    const r = await learner()(said)
    expect(r.clarify, replyText(r)).toBe(true)
    expect(r.projects).toEqual([])
    expect(replyText(r)).not.toMatch(/没有/)
  })
})
