/**
 * GET /healthz answers whenever the bot runs as a service, not only with the
 * HTTP channel on: with HTTP_ENABLED off, a real `learnfinder serve` on
 * Telegram serves /healthz alone on HTTP_HOST:HTTP_PORT.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FakeBotApi } from './fakes/fake-bot-api.js'
import { freePort, prepareServeDb, spawnServe, type ServeProcess } from './fakes/fake-bot-api-serve.js'

let api: FakeBotApi
let db: ReturnType<typeof prepareServeDb>
let serve: ServeProcess
let base: string

beforeAll(async () => {
  api = await new FakeBotApi().start()
  db = prepareServeDb()
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  serve = spawnServe(db.db, { TELEGRAM_BOT_TOKEN: '123456:FAKE', TELEGRAM_API_ROOT: api.root, HTTP_PORT: String(port) })
  await serve.waitForLog(/telegram: long polling started/)
  await serve.waitForLog(/health: GET http:\/\/127\.0\.0\.1:\d+\/healthz/)
}, 60_000)
afterAll(async () => {
  serve?.kill()
  await serve?.exited
  await api?.close()
  db?.cleanup()
})

describe('the health check with HTTP_ENABLED off', () => {
  it('answers GET /healthz with the database and index state', async () => {
    const res = await fetch(`${base}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, db: 'ok', index: 'ready' })
  })

  it('serves nothing else: the chat API stays off', async () => {
    const res = await fetch(`${base}/api/chat`, { method: 'POST', body: JSON.stringify({ session: 's', text: '电工' }) })
    expect(res.status).toBe(404)
    expect(((await res.json()) as { error: string }).error).toMatch(/only GET \/healthz is served/)
  })
})
