/**
 * A message that asks for something other than learning is out of scope whatever it is about (docs/dialogue-state.md,
 * point 5): divination and the services of belief (算命, 看风水, 求签), anyone found to do a deed (找人 + any verb, 代办),
 * someone found to deal with (收购商, 批发商, 对象), the day's information looked up (限行, 天气, 开奖), a fee of daily life
 * (运费, 停车费), goods sent from one place to another, a job done on the asker's behalf (帮我代缴) and a tutor hired one
 * to one. And a message with an asking frame, no slot and no word of learning anywhere asks for something else: a
 * word of it nobody teaches gets the honest "nothing" (他家狗丢了 咋找回来), never the list on screen, while a remark
 * on the list (这个不错, 能便宜点吗) says no "nothing". Through the real engine, search and SQLite on the sample
 * catalogue; our own phrasings beside the spent banks' (fresh14, fresh18).
 */
import { describe, expect, it } from 'vitest'
import { replyText } from '../src/dialogue/reply-text.js'
import { useSampleConversation } from './fixtures/dialogue-setup.js'

const { learner } = useSampleConversation('unframed-asks')

const ASKS = [
  // Divination, hiring anyone for any deed, someone to deal with.
  '想找个先生给看看八字', '求个签，看看今年运势', '哪儿能找人起个好名字', '能找人替我考驾照笔试吗', '在哪能找人代办居住证',
  '我那批橘子卖不出去，帮我找个批发商', '帮我介绍个对象',
  // The day's information, a fee, a parcel, a job done for the asker, a tutor hired.
  '帮我查一下明天北京的天气', '明天下雨吗', '帮我看看今天的彩票开奖号码', '停车费怎么算', '从成都寄个包裹到上海要多少邮费',
  '能帮我代缴一下电费吗', '孩子高考英语想找个上门家教',
  // No word of learning anywhere, an asking frame, a word nobody teaches.
  '我家猫跑丢了怎么找', '今天天气怎么样',
  // The spent banks' (fresh14, fresh18).
  '转一位群众的咨询：哪里可以找人算命看风水', '俺家苹果滞销了 你帮俺找个收购商呗', '帮我查下杭州今天哪条路限行',
  '俺邻居让俺问问 他家狗丢了三天了 咋找回来', '您好，请问护工证在哪能找人代办，不想考试',
  '我邻居让我问问，他家孩子中考数学能不能找个一对一家教', '请问从杭州寄一箱苹果到内蒙古运费多少',
]

describe('a message asking for something other than learning gets nothing', () => {
  it.each(ASKS)('"%s" gets no projects as a first message', async (said) => {
    const r = await learner()(said)
    expect(r.projects, replyText(r)).toEqual([])
    expect(replyText(r)).toContain('没有')
  })

  it.each(ASKS)('"%s" gets no projects after a list, and the request stays', async (said) => {
    const say = learner()
    expect((await say('我是退休老人，想学手机')).projects.length).toBeGreaterThan(0)
    const r = await say(said)
    expect(r.projects, replyText(r)).toEqual([])
    const next = await say('更多')
    expect(replyText(next)).toContain('数字技能')
  })
})

describe('the same things asked to learn, or looked up on a channel, stay a request', () => {
  it.each(['老人想学用手机查天气', '怎么用手机查天气', '手机上怎么查违章', '电脑坏了怎么办', '想学电商，怎么找收购商'])('"%s" gets a list', async (said) => {
    const r = await learner()(said)
    expect(r.projects.length, replyText(r)).toBeGreaterThan(0)
  })
})

describe('a remark on the list or a vague opener is no ask for something else', () => {
  it.each(['这个不错', '能便宜点吗', '挺好的'])('"%s" after a list says no "nothing"', async (said) => {
    const say = learner()
    await say('我是退休老人，想学手机')
    expect(replyText(await say(said))).not.toContain('目录里暂时没有')
  })

  it.each(['有啥推荐的吗', '你们这有什么好学的'])('"%s" asks back', async (said) => {
    const r = await learner()(said)
    expect(r.clarify, replyText(r)).toBe(true)
  })
})
