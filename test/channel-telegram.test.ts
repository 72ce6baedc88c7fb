import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createTelegramChannel, type TelegramChannel } from '../src/channels/telegram/index.js'
import { silentLogger } from '../src/channels/shared/logger.js'
import { loadPrompts } from '../src/prompts.js'
import { FakeBotApi } from './fakes/fake-bot-api.js'
import { buttonPress, buttonsOf, groupText, privateText, privateVoice, user } from './fakes/fake-bot-api-updates.js'
import { createScriptedEngine, type ScriptedEngine } from './fakes/channel-scripted-engine.js'

const prompts = loadPrompts()

describe('Telegram channel (long polling against a fake Bot API server)', () => {
  let api: FakeBotApi
  let engine: ScriptedEngine
  let channel: TelegramChannel

  beforeAll(async () => {
    api = await new FakeBotApi().start()
    engine = createScriptedEngine()
    channel = createTelegramChannel(engine, {
      token: '123:TEST',
      apiRoot: api.root,
      prompts,
      log: silentLogger,
      pollTimeoutSeconds: 1,
    })
    await channel.start()
  })
  afterAll(async () => {
    await channel.stop()
    await api.close()
  })

  it('fills the command menu in Chinese and English', () => {
    const calls = api.sent('setMyCommands')
    const zh = calls.find((c) => c.params.language_code === 'zh')!
    const en = calls.find((c) => c.params.language_code === 'en')!
    expect(zh.params.commands.map((c: { command: string }) => c.command)).toEqual(['start', 'help', 'menu', 'lang', 'forget'])
    expect(zh.params.commands[4].description).toBe('删除我的记录')
    expect(en.params.commands[4].description).toBe('Delete my data')
  })

  it('greets on /start, shows the menu and answers a button press with numbered projects and buttons', async () => {
    const alice = user(101)
    const welcome = api.nextMessage(alice.id)
    api.deliver(privateText(alice, '/start'))
    expect((await welcome).params.text).toContain('学习项目小助手')
    const menu = await api.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === alice.id && /哪方面/.test(c.params.text))
    const topic = buttonsOf(menu.params).find((b) => b.text === '人工智能')!
    expect(topic).toBeDefined()

    const results = api.nextMessage(alice.id)
    api.deliver(buttonPress(alice, alice.id, 1, topic.callback_data))
    const shown = await results
    expect(shown.params.text).toContain('1. 项目1（示范大学，线上，免费）')
    expect(shown.params.text).toContain('3. 项目3')
    const labels = buttonsOf(shown.params).map((b) => b.text)
    expect(labels).toEqual(['1 详情', '2 详情', '3 详情', '更多'])
    expect(api.sent('answerCallbackQuery').length).toBeGreaterThan(0)
    expect(engine.seen.at(-1)).toMatchObject({ channel: 'telegram', userId: '101', chatId: '101', text: '我想学人工智能' })

    const details = api.nextMessage(alice.id)
    api.deliver(buttonPress(alice, alice.id, 2, buttonsOf(shown.params)[1].callback_data))
    const detail = await details
    expect(detail.params.text).toContain('项目2：报名请打电话')
    expect(buttonsOf(detail.params).map((b) => b.text)).toEqual(['怎么报名', '👍', '👎'])

    const more = api.nextMessage(alice.id)
    api.deliver(buttonPress(alice, alice.id, 2, buttonsOf(shown.params)[3].callback_data))
    expect((await more).params.text).toContain('1. 项目4')

    const messagesBefore = api.sent('sendMessage', alice.id).length
    const up = buttonsOf(detail.params).find((b) => b.text === '👍')!
    api.deliver(buttonPress(alice, alice.id, 3, up.callback_data, detail.params.reply_markup))
    const edit = await api.waitFor((c) => c.method === 'editMessageReplyMarkup')
    expect(buttonsOf(edit.params).map((b) => b.text)).toEqual(['怎么报名'])
    const toast = await api.waitFor((c) => c.method === 'answerCallbackQuery' && c.params.text === '收到，谢谢您的反馈！')
    expect(toast).toBeDefined()
    expect(engine.seen.at(-1)).toMatchObject({ text: '👍 p2' })
    expect(api.sent('sendMessage', alice.id)).toHaveLength(messagesBefore)
  })

  it('answers in a group only when mentioned or replied to, with the mention removed', async () => {
    const bob = user(202)
    const group = -5001
    const before = engine.seen.length
    api.deliver(groupText(bob, group, '大家好，今天下雨'))
    const reply = api.nextMessage(group)
    api.deliver(groupText(bob, group, '我想学电工', { mention: true }))
    const sent = await reply
    expect(engine.seen.slice(before).map((m) => m.text)).toEqual(['我想学电工'])
    expect(engine.seen.at(-1)).toMatchObject({ userId: '202', chatId: String(group) })
    expect(sent.params.reply_parameters).toMatchObject({ message_id: expect.any(Number) })

    const again = api.nextMessage(group)
    api.deliver(groupText(bob, group, '2', { replyTo: { message_id: sent.params.reply_parameters.message_id } }))
    expect((await again).params.text).toContain('项目2')
  })

  it('explains kindly that it reads only text when sent a voice message', async () => {
    const carol = user(303)
    const reply = api.nextMessage(carol.id)
    api.deliver(privateVoice(carol))
    expect((await reply).params.text).toBe('我现在只能看懂文字。请直接打字告诉我想学什么，比如“我想学电脑”。')
  })

  it('answers the same update delivered twice only once', async () => {
    const dan = user(404)
    const update = { update_id: 900_001, ...privateText(dan, '我想学种菜') }
    api.deliver(update)
    await api.nextMessage(dan.id)
    api.deliver(update)
    const marker = api.nextMessage(dan.id)
    api.deliver(privateText(dan, '再来一个'))
    await marker
    expect(engine.seen.filter((m) => m.text === '我想学种菜')).toHaveLength(1)
    expect(api.sent('sendMessage', dan.id)).toHaveLength(2)
  })

  it('retries a sendMessage the server refused with 429 and delivers the reply', async () => {
    const eve = user(505)
    api.failNext('sendMessage', { status: 429, retryAfter: 1 })
    api.deliver(privateText(eve, '我想学电脑'))
    await api.waitFor((c) => c.method === 'sendMessage' && !c.failedWith && c.params.chat_id === eve.id && /项目1/.test(c.params.text))
    const attempts = api.sent('sendMessage', eve.id)
    expect(attempts.map((a) => a.failedWith)).toEqual([429, undefined])
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(900)
  })

  it('asks to shorten a message of more than 1000 characters without searching', async () => {
    const fay = user(606)
    const before = engine.seen.length
    const reply = api.nextMessage(fay.id)
    api.deliver(privateText(fay, '学'.repeat(1001)))
    expect((await reply).params.text).toBe('您的消息有点长，请缩短到 1000 个字以内再发给我。')
    expect(engine.seen.length).toBe(before)
  })

  it('slows down a user sending more than 20 messages a minute, with one message', async () => {
    const gus = user(707)
    for (let i = 0; i < 23; i++) api.deliver(privateText(gus, `第${i}条`))
    await api.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === gus.id && /发得有点快/.test(c.params.text))
    // A button press from the same chat runs after all 23 messages (one chat is handled in order), and an
    // over-the-limit press is still answered: its answerCallbackQuery is the sign that nothing more will come.
    const press = buttonPress(gus, gus.id, 1, 'sentinel')
    api.deliver(press)
    await api.waitFor((c) => c.method === 'answerCallbackQuery' && c.params.callback_query_id === press.callback_query.id)
    const texts = api.sent('sendMessage', gus.id).map((c) => c.params.text as string)
    expect(texts.filter((t) => /发得有点快/.test(t))).toHaveLength(1)
    expect(texts).toHaveLength(21)
  })

  it('forgets a user on /forget and says so', async () => {
    const hal = user(808)
    const reply = api.nextMessage(hal.id)
    api.deliver(privateText(hal, '/forget'))
    expect((await reply).params.text).toContain('已经删除')
    expect(engine.forgotten).toContainEqual({ channel: 'telegram', userId: '808' })
  })

  it('switches to English with /lang en and answers unknown commands with the help text', async () => {
    const ivy = user(909)
    const switched = api.nextMessage(ivy.id)
    api.deliver(privateText(ivy, '/lang en'))
    expect((await switched).params.text).toBe('OK, I will answer in English from now on.')
    const help = api.nextMessage(ivy.id)
    api.deliver(privateText(ivy, '/kb'))
    expect((await help).params.text).toContain('Commands:')
    const answer = api.nextMessage(ivy.id)
    api.deliver(privateText(ivy, 'computer'))
    await answer
    expect(engine.seen.at(-1)).toMatchObject({ lang: 'en', text: 'computer' })
  })
})

describe('Telegram channel graceful stop', () => {
  it('finishes the update in hand before stop() resolves and confirms it', async () => {
    const api = await new FakeBotApi().start()
    const engine = createScriptedEngine()
    engine.delayMs = 500
    const channel = createTelegramChannel(engine, { token: '1:T', apiRoot: api.root, prompts, log: silentLogger, pollTimeoutSeconds: 1 })
    await channel.start()
    const u = user(4242)
    const id = api.deliver(privateText(u, '我想学电工'))
    while (!engine.seen.length) await new Promise((r) => setTimeout(r, 10))
    await channel.stop()
    expect(api.sent('sendMessage', u.id)).toHaveLength(1)
    expect(id).toBeLessThan(api.confirmedOffset)
    await api.close()
  })
})

describe('Telegram channel start-up errors', () => {
  it('names TELEGRAM_BOT_TOKEN when Telegram refuses the token', async () => {
    const api = await new FakeBotApi().start()
    api.failNext('getMe', { status: 401, description: 'Unauthorized' })
    const channel = createTelegramChannel(createScriptedEngine(), { token: '1:WRONG', apiRoot: api.root, prompts, log: silentLogger })
    await expect(channel.start()).rejects.toThrow('TELEGRAM_BOT_TOKEN: Telegram refused the token (Unauthorized); copy it again from @BotFather')
    await channel.stop()
    await api.close()
  })
})

describe('Telegram channel in webhook mode', () => {
  let api: FakeBotApi
  let channel: TelegramChannel
  let server: Server
  let url: string
  const engine = createScriptedEngine()

  beforeAll(async () => {
    api = await new FakeBotApi().start()
    channel = createTelegramChannel(engine, {
      token: '123:TEST',
      apiRoot: api.root,
      prompts,
      log: silentLogger,
      webhook: { url: 'https://bot.example.org/telegram/hook', secret: 's3cret-token' },
    })
    server = createServer((req, res) => void channel.webhookHandler!(req, res))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${channel.webhookPath}`
    await channel.start()
  })
  afterAll(async () => {
    await channel.stop()
    await new Promise((r) => server.close(r))
    await api.close()
  })
  afterEach(() => {
    engine.delayMs = 0
  })

  it('registers the webhook with its secret', () => {
    expect(channel.webhookPath).toBe('/telegram/hook')
    expect(api.webhook).toEqual({ url: 'https://bot.example.org/telegram/hook', secret: 's3cret-token' })
  })

  it('returns 401 for a wrong secret token and handles nothing', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'wrong' },
      body: JSON.stringify({ update_id: 1, ...privateText(user(11), '你好') }),
    })
    expect(res.status).toBe(401)
    expect(engine.seen).toHaveLength(0)
  })

  it('answers 200 before the slow work and then replies through the Bot API', async () => {
    engine.delayMs = 400
    const u = user(12)
    const reply = api.nextMessage(u.id)
    const started = Date.now()
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 's3cret-token' },
      body: JSON.stringify({ update_id: 2, ...privateText(u, '我想学电工') }),
    })
    expect(res.status).toBe(200)
    expect(Date.now() - started).toBeLessThan(350)
    expect((await reply).params.text).toContain('项目1')
  })
})
