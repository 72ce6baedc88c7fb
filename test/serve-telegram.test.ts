/**
 * The real `learnfinder serve` process (real engine, real search, a temp
 * database) on Telegram long polling against the fake Bot API server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { FakeBotApi } from './fakes/fake-bot-api.js'
import { buttonPress, buttonsOf, groupText, privateText, privateVoice, user } from './fakes/fake-bot-api-updates.js'
import { prepareServeDb, spawnServe, type ServeProcess } from './fakes/fake-bot-api-serve.js'

let api: FakeBotApi
let serve: ServeProcess
let db: ReturnType<typeof prepareServeDb>

/**
 * An OpenAI-compatible endpoint that fails at once (the engine falls back to
 * its templates) or, for the SIGTERM test, never answers: the update is then
 * provably "in hand" until the engine's LLM timeout.
 */
const llm = { mode: 'fail' as 'fail' | 'hang', requests: 0, hanging: [] as ServerResponse[] }
let llmServer: Server

beforeAll(async () => {
  api = await new FakeBotApi().start()
  llmServer = createServer((req, res) => {
    req.resume()
    llm.requests++
    if (llm.mode === 'hang') return void llm.hanging.push(res)
    res.writeHead(500, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ error: { message: 'fake model is down' } }))
  })
  await new Promise<void>((r) => llmServer.listen(0, '127.0.0.1', r))
  db = prepareServeDb()
  serve = spawnServe(db.db, {
    TELEGRAM_BOT_TOKEN: '123456:FAKE',
    TELEGRAM_API_ROOT: api.root,
    TELEGRAM_ADMIN_IDS: '1',
    LLM_BASE_URL: `http://127.0.0.1:${(llmServer.address() as AddressInfo).port}/v1`,
    LLM_MODEL: 'fake-model',
    LLM_TIMEOUT_MS: '1500',
  })
  await serve.waitForLog(/telegram: long polling started/)
})
afterAll(async () => {
  serve?.kill()
  for (const res of llm.hanging) res.destroy()
  llmServer?.closeAllConnections()
  await new Promise((r) => llmServer?.close(r))
  await api?.close()
  db?.cleanup()
})

describe('learnfinder serve on Telegram (long polling)', () => {
  it('holds a full conversation: /start, a menu button, details, 👍', async () => {
    const alice = user(1001)
    const menu = api.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === alice.id && buttonsOf(c.params).length > 3)
    api.deliver(privateText(alice, '/start'))
    const menuMsg = await menu
    expect(api.sent('sendMessage', alice.id)[0].params.text).toContain('学习项目小助手')
    const aiButton = buttonsOf(menuMsg.params).find((b) => b.text.includes('人工智能'))!
    expect(aiButton).toBeDefined()

    const list = api.nextMessage(alice.id)
    api.deliver(buttonPress(alice, alice.id, 2, aiButton.callback_data))
    const listMsg = await list
    expect(listMsg.params.text).toMatch(/1\. 人工智能通识课|1\. 老年人也能用的AI助手/)
    const labels = buttonsOf(listMsg.params).map((b) => b.text)
    expect(labels).toContain('1 详情')
    expect(labels).toContain('更多')

    const details = api.nextMessage(alice.id)
    api.deliver(buttonPress(alice, alice.id, 3, buttonsOf(listMsg.params)[0].callback_data))
    const detailMsg = await details
    expect(detailMsg.params.text).toMatch(/人工智能通识课|老年人也能用的AI助手/)
    const up = buttonsOf(detailMsg.params).find((b) => b.text === '👍')!
    expect(up).toBeDefined()

    const sentBefore = api.sent('sendMessage', alice.id).length
    api.deliver(buttonPress(alice, alice.id, 4, up.callback_data, detailMsg.params.reply_markup))
    await api.waitFor((c) => c.method === 'editMessageReplyMarkup' && Number(c.params.message_id) === 4)
    const toast = await api.waitFor((c) => c.method === 'answerCallbackQuery' && typeof c.params.text === 'string')
    expect(toast.params.text).toMatch(/谢谢/)
    expect(api.sent('sendMessage', alice.id)).toHaveLength(sentBefore)
  })

  it('in a group answers the message that mentions it, not the others', async () => {
    const bob = user(1002)
    const group = -100200
    api.deliver(groupText(bob, group, '今天谁去买菜'))
    const reply = api.nextMessage(group)
    api.deliver(groupText(bob, group, '有适合家长的课吗', { mention: true }))
    const msg = await reply
    expect(msg.params.text).toContain('家庭教育讲堂')
    // Another unaddressed message, then a mention: once the mention is answered, the other is past too.
    api.deliver(groupText(bob, group, '晚上吃什么'))
    const second = api.nextMessage(group)
    api.deliver(groupText(bob, group, '有适合老年人的课吗', { mention: true }))
    await second
    expect(api.sent('sendMessage', group)).toHaveLength(2)
  })

  it('explains kindly what it can do when sent a voice message', async () => {
    const carol = user(1003)
    const reply = api.nextMessage(carol.id)
    api.deliver(privateVoice(carol))
    expect((await reply).params.text).toContain('只能看懂文字')
  })

  it('answers the same update delivered twice only once', async () => {
    const dan = user(1004)
    const update = { update_id: 77_001, ...privateText(dan, '我想学电工') }
    api.deliver(update)
    await api.nextMessage(dan.id)
    api.deliver(update)
    const marker = api.nextMessage(dan.id)
    api.deliver(privateText(dan, '谢谢'))
    await marker
    expect(api.sent('sendMessage', dan.id)).toHaveLength(2)
  })

  it('retries after a 429 from the server and still answers', async () => {
    const eve = user(1005)
    api.failNext('sendMessage', { status: 429, retryAfter: 1 })
    const answered = api.waitFor(
      (c) => c.method === 'sendMessage' && !c.failedWith && c.params.chat_id === eve.id && /养老护理员/.test(c.params.text),
      15_000,
    )
    api.deliver(privateText(eve, '我想学养老护理'))
    await answered
    const attempts = api.sent('sendMessage', eve.id)
    expect(attempts).toHaveLength(2)
    expect(attempts[0].failedWith).toBe(429)
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(900)
  })

  it('on SIGTERM mid-conversation finishes the update in hand, exits 0 and leaves the database intact', async () => {
    const frank = user(2001)
    llm.mode = 'hang'
    const asked = llm.requests
    const id = api.deliver(privateText(frank, '我想学用智能手机'))
    // The engine is now waiting for the (hanging) model: the update is in hand.
    while (llm.requests === asked) await new Promise((r) => setTimeout(r, 20))
    serve.child.kill('SIGTERM')
    const { code } = await serve.exited
    expect(code).toBe(0)
    expect(serve.stderr()).toContain('SIGTERM: finishing the messages in hand')
    expect(serve.stderr()).toContain('the database is closed')
    const replies = api.sent('sendMessage', frank.id).filter((c) => !c.failedWith)
    expect(replies).toHaveLength(1)
    expect(replies[0].params.text).toContain('老年人智能手机入门班')
    // Confirmed to Telegram, so a restart does not answer it again.
    expect(id).toBeLessThan(api.confirmedOffset)
    const check = new BetterSqlite3(db.db, { readonly: true })
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
    expect((check.prepare('SELECT COUNT(*) AS n FROM projects').get() as { n: number }).n).toBe(7)
    check.close()
  })
})
