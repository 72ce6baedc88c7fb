import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ScanStatus } from 'wechaty'
import { createWechatChannel, type WechatChannel } from '../src/channels/wechat/index.js'
import type { Logger } from '../src/channels/shared/logger.js'
import { loadPrompts } from '../src/prompts.js'
import { createMockWechat } from './fakes/mock-wechat.js'
import { createScriptedEngine } from './fakes/channel-scripted-engine.js'

const wx = createMockWechat()
const engine = createScriptedEngine()
let channel: WechatChannel
const logged: string[] = []
const log: Logger = { info: (m) => void logged.push(m), warn: (m) => void logged.push(m), error: (m) => void logged.push(m) }

beforeAll(async () => {
  channel = createWechatChannel(engine, {
    puppet: wx.puppet,
    prompts: loadPrompts(),
    log,
    name: `learnfinder-test-${process.pid}`,
  })
  await channel.start()
  wx.mocker.scan('https://login.weixin.qq.com/l/learnfinder-test', ScanStatus.Waiting)
  wx.mocker.login(wx.me)
})
afterAll(async () => {
  await channel.stop()
})

describe('WeChat channel (Wechaty on wechaty-puppet-mock)', () => {
  it('logs the login QR code link for the operator', () => {
    expect(logged).toContain(
      'wechat: scan this QR code with WeChat to log in: https://wechaty.js.org/qrcode/https%3A%2F%2Flogin.weixin.qq.com%2Fl%2Flearnfinder-test',
    )
  })

  it('answers a direct conversation in numbered text and follows up on a number', async () => {
    const grandma = wx.mocker.createContact({ name: '王奶奶' })
    const first = wx.nextFromBot(grandma.id)
    grandma.say('我想学用智能手机').to(wx.me)
    const reply = await first
    expect(reply.text).toContain('1. 项目1（示范大学，线上，免费）')
    expect(reply.text).toContain('回复数字看详情，回复“更多”看更多。')
    expect(reply.text).not.toContain('也可以回复：1')
    expect(engine.seen.at(-1)).toMatchObject({ channel: 'wechat', userId: grandma.id, chatId: grandma.id, text: '我想学用智能手机' })

    const second = wx.nextFromBot(grandma.id)
    grandma.say('2').to(wx.me)
    expect((await second).text).toContain('项目2：报名请打电话')

    const third = wx.nextFromBot(grandma.id)
    grandma.say('更多').to(wx.me)
    expect((await third).text).toContain('1. 项目4')
  })

  it('in a room answers only when @-mentioned, and answers with a mention', async () => {
    const li = wx.mocker.createContact({ name: '李老师' })
    const zhang = wx.mocker.createContact({ name: '张师傅' })
    const room = wx.mocker.createRoom({ topic: '乡村教师群', memberIdList: [wx.me.id, li.id, zhang.id] })
    const before = engine.seen.length

    zhang.say('今天天气不错').to(room)
    const answered = wx.nextFromBot(room.id)
    li.say('@学习助手 有适合乡村教师的课吗', [wx.me]).to(room)
    const reply = await answered
    expect(engine.seen.slice(before).map((m) => m.text)).toEqual(['有适合乡村教师的课吗'])
    expect(engine.seen.at(-1)).toMatchObject({ userId: li.id, chatId: room.id })
    expect(reply.text.startsWith('@李老师')).toBe(true)
    expect(reply.text).toContain('1. 项目1')
  })

  it('never answers its own messages', async () => {
    const before = engine.seen.length
    const sentBefore = wx.sent.length
    const friend = wx.mocker.createContact({ name: '老朋友' })
    wx.me.say('我想学电工').to(friend)
    // The friend's own message next: once it is answered, the bot's message has gone past too.
    const answered = wx.nextFromBot(friend.id)
    friend.say('你好').to(wx.me)
    await answered
    expect(engine.seen.slice(before).map((m) => m.text)).toEqual(['你好'])
    expect(wx.sent.filter((m) => m.text === '我想学电工')).toHaveLength(1)
  })

  it('explains that it reads only text when sent a picture', async () => {
    const { FileBox } = await import('file-box')
    const uncle = wx.mocker.createContact({ name: '刘叔' })
    const reply = wx.nextFromBot(uncle.id)
    uncle.say(FileBox.fromBase64(Buffer.from('not really a jpeg').toString('base64'), 'photo.jpg')).to(wx.me)
    expect((await reply).text).toBe('我现在只能看懂文字。请直接打字告诉我想学什么，比如“我想学电脑”。')
  })
})
