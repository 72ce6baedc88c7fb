/**
 * The real `learnfinder serve` with the HTTP channel and the Telegram
 * webhook on the same server: /api/chat with the real engine, /healthz, and
 * Telegram updates posted to the webhook path with the secret token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FakeBotApi } from './fakes/fake-bot-api.js'
import { privateText, user } from './fakes/fake-bot-api-updates.js'
import { freePort, prepareServeDb, spawnServe, type ServeProcess } from './fakes/fake-bot-api-serve.js'

let api: FakeBotApi
let serve: ServeProcess
let db: ReturnType<typeof prepareServeDb>
let base: string
const SECRET = 'hook-secret_42'

beforeAll(async () => {
  api = await new FakeBotApi().start()
  db = prepareServeDb()
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  serve = spawnServe(db.db, {
    TELEGRAM_BOT_TOKEN: '123456:FAKE',
    TELEGRAM_API_ROOT: api.root,
    TELEGRAM_WEBHOOK_URL: `https://bot.example.org/tg/hook`,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    HTTP_ENABLED: '1',
    HTTP_PORT: String(port),
  })
  await serve.waitForLog(/telegram: webhook registered/)
})
afterAll(async () => {
  serve?.kill()
  await api?.close()
  db?.cleanup()
})

const chat = (body: unknown) =>
  fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) })
const hook = (update: unknown, secret: string) =>
  fetch(`${base}/tg/hook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
    body: JSON.stringify(update),
  })

describe('learnfinder serve over HTTP', () => {
  it('holds a conversation over /api/chat with the real engine', async () => {
    const first: any = await (await chat({ session: 'web-7', text: '我想学人工智能' })).json()
    const projects = first.reply.parts.find((p: { type: string }) => p.type === 'projects')
    expect(projects.items.length).toBeGreaterThan(0)
    expect(first.text).toMatch(/^.*\n1\. /)
    const second: any = await (await chat({ session: 'web-7', text: '1' })).json()
    expect(second.reply.projects).toEqual([first.reply.projects[0]])
  })

  it('answers 400 for bad JSON and 413 for an oversized body', async () => {
    const bad = await chat('{"session":')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as any).error).toMatch(/not valid JSON/)
    const big = await chat({ session: 's', text: '学'.repeat(10_000) })
    expect(big.status).toBe(413)
  })

  it('reports the database and the index ready on /healthz', async () => {
    const res = await fetch(`${base}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, db: 'ok', index: 'ready' })
  })
})

describe('learnfinder serve on a Telegram webhook', () => {
  it('registered the webhook URL with its secret', () => {
    expect(api.webhook).toEqual({ url: 'https://bot.example.org/tg/hook', secret: SECRET })
  })

  it('returns 401 for a wrong secret and answers nothing', async () => {
    const u = user(3001)
    const res = await hook({ update_id: 1, ...privateText(u, '我想学电工') }, 'not-the-secret')
    expect(res.status).toBe(401)
    // A later good update from the same user is answered: by then the refused one would have been too.
    const reply = api.nextMessage(u.id)
    expect((await hook({ update_id: 11, ...privateText(u, '我想学电工') }, SECRET)).status).toBe(200)
    await reply
    expect(api.sent('sendMessage', u.id)).toHaveLength(1)
  })

  it('accepts an update with the right secret and replies through the Bot API', async () => {
    const u = user(3002)
    const reply = api.nextMessage(u.id)
    const res = await hook({ update_id: 2, ...privateText(u, '我想学电工') }, SECRET)
    expect(res.status).toBe(200)
    expect((await reply).params.text).toContain('农村电工安全用电培训')
  })
})
