/**
 * Asks for something other than learning, in every register (docs/dialogue-state.md, point 5; round 16, scope16): a
 * person to do a job (a house call, 师傅上门, a mechanic, a nanny), one's own case (wages owed with their particulars,
 * money arrived, one's passport held), the weather, a price or where it is cheapest, a refund, a remedy. They get
 * nothing, whatever topic their other words name (电表 is energy, 农药 farming, "back pain" read as "paint"), and the
 * same words asked to learn, or asked about one's rights without particulars (the dev questions), stay requests.
 * Through the real engine, search and SQLite on the sample catalogue; phrasings written for this file beside the
 * spent banks' (fresh19, fresh20, fresh21).
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner } = useSampleConversation('own-errands')

const ASKS = [
  // A person to do a job: a house call, someone found by trust, hired by price.
  '我家电表跳闸了 哪个师傅能上门修', '水管爆了 谁能来家里修一下', '空调不制冷，附近有没有师傅上门', '屋企盞燈壞咗，邊個師傅可以上門整',
  '熱水器壞了，有沒有師傅可以來修', '俺想请个靠谱的阿姨照顾老人', '能不能帮我找个靠谱的保带孩子', '下周搬家，有没有便宜的搬家公司',
  '冰箱不制冷了 有没有人能上门看一下', '门锁坏了，附近有开锁的吗', '屋企水喉漏水，有冇師傅推介',
  // One's own case: wages owed with their particulars, money arrived, a document held, taken to court.
  '手工活的工钱拖了三个月不给 咋闹', '老板欠我五千块工资半年了怎么办', '包工头拖了俺两个月的工钱 咋整', '帮我查一下我的伤残抚恤金这个月到账没有',
  '我的养老金这个月发了没有', '公司扣了我的护照怎么办', '外籍看護的居留證快到期了，要怎麼辦展延', '我的饭馆被房东涨房租了，怎么打官司',
  '老闆拖咗我兩個月人工，點算', '工地上干了半年活 一分钱没拿到 咋整', '早餐摊的营业执照咋办',
  // The weather, a price, where it is cheapest, a refund, a remedy.
  '海南这几天能出海打鱼不，台风走了没', '雲林這禮拜會不會落雨，欲噴農藥', '聽日會唔會落雨', '明天杭州会不会下雨',
  '理发店转出去 转让费一般要好多', '店面转让费大概多少', '船頂的引擎壞掉，高雄哪裡比較便宜', '修个手机屏幕哪里最便宜',
  '东莞回来的车票咋个退', '火车票怎么退', '我血压有点高，吃什么药好', '胃疼该吃什么药', '村里王大爷吃了降压药老是头晕，要不要停药',
  '明儿个下不下雨啊', '今天风大不大，能不能出船', '二手房中介费一般收几个点', '我妈关节疼 该挂哪个科',
]

const EN_ASKS = [
  'my truck broke down near Erenhot, need mechanic', "my car won't start, need a mechanic in Hohhot", 'looking for a good plumber in Chengdu',
  'need a babysitter this weekend', 'can you recommend a lawyer for my divorce', 'any bike shop in Dali that rents road bikes?',
  'my employer keep my passport, what to do', 'my boss took my ID card, what to do', 'will it rain in Guangzhou this weekend',
  'is the typhoon gone yet', 'what medicine should i take for a cold', 'how do i get my train ticket refunded',
  'can you book me a doctor appointment for my back pain',
  "my pension hasn't arrived this month", 'need someone to fix my roof', 'looking for a cleaner twice a week',
]

describe('an ask for something other than learning gets nothing', () => {
  it.each(ASKS)('"%s" gets no projects as a first message', async (said) => {
    const r = await learner()(said)
    expect(r.projects, replyText(r)).toEqual([])
    expect(replyText(r)).toContain('没有')
  })

  it.each(EN_ASKS)('(en) "%s" gets no projects as a first message', async (said) => {
    const r = await learner()(said)
    expect(r.projects, replyText(r)).toEqual([])
  })

  it.each([...ASKS.slice(0, 4), '帮我查一下我的伤残抚恤金这个月到账没有', '我血压有点高，吃什么药好'])('"%s" gets no projects after a list, and the request stays', async (said) => {
    const say = learner()
    expect((await say('我想学电脑')).projects.length).toBeGreaterThan(0)
    const r = await say(said)
    expect(r.projects, replyText(r)).toEqual([])
    const more = await say('那家庭教育呢')
    expect(more.projects.length, replyText(more)).toBeGreaterThan(0)
  })

  it('names the thing, never a place or a polite opening', async () => {
    expect(replyText(await learner()('船頂的引擎壞掉，高雄哪裡比較便宜'))).not.toMatch(/“高雄”/)
    expect(replyText(await learner()('能不能帮我找个靠谱的保姆带孩子'))).not.toMatch(/“能不能/)
    expect(replyText(await learner()('我的养老金这个月发了没有'))).toContain('养老金')
  })
})

describe('the same words asked to learn, or about one\'s rights, stay a request', () => {
  it.each([
    // The dev questions: a wrong with no particulars asks about one's rights; blood pressure managed is health.
    '在工地上干活，老板拖欠工资咋办', '我在外地打工，工资老板不给怎么办', '血压高怎么自己管理', '我家老头子血压高，我想学学怎么照顾他',
    // Learning the trade, the channel or the knowledge.
    '想学家电维修，能上门服务的那种手艺', '老人怎么用手机挂号', '种地的想在手机上收天气灾害提醒', '工资被拖欠了，想学点劳动法维权的知识',
    'how do i become a mechanic', 'electrician training course', 'how to book train tickets online',
  ])('"%s" gets a list', async (said) => {
    const r = await learner()(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
  })
})
