/**
 * The real `learnfinder serve` when Telegram cannot be reached (nothing
 * listens) or answers every call with 500: it says so in the log, keeps
 * retrying with a growing wait, and a SIGTERM ends it within 10 s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { freePort, prepareServeDb, spawnServe, type ServeProcess } from './fakes/fake-bot-api-serve.js'

let db: ReturnType<typeof prepareServeDb>
let broken: Server
let brokenCalls = 0
const serves: ServeProcess[] = []

beforeAll(async () => {
  db = prepareServeDb()
  broken = createServer((req, res) => {
    req.resume()
    brokenCalls++
    res.writeHead(500, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ ok: false, error_code: 500, description: 'Internal Server Error' }))
  })
  await new Promise<void>((r) => broken.listen(0, '127.0.0.1', r))
})
afterAll(async () => {
  for (const s of serves) s.kill()
  broken?.closeAllConnections()
  await new Promise((r) => broken?.close(r))
  db?.cleanup()
})

/** Starts serve against `apiRoot`, waits for the second retry line, sends SIGTERM and times the exit. */
async function termWhileRetrying(apiRoot: string, extra: Record<string, string> = {}): Promise<{ ms: number; code: number | null; log: string }> {
  const serve = spawnServe(db.db, { TELEGRAM_BOT_TOKEN: '123456:FAKE', TELEGRAM_API_ROOT: apiRoot, ...extra })
  serves.push(serve)
  await serve.waitForLog(/cannot reach Telegram at .*retrying in 2s/)
  const t0 = Date.now()
  serve.child.kill('SIGTERM')
  const { code } = await serve.exited
  console.log(`serve against ${apiRoot}: exited ${code} ${Date.now() - t0} ms after SIGTERM`)
  return { ms: Date.now() - t0, code, log: serve.stderr() }
}

describe('learnfinder serve when Telegram is down', () => {
  it('logs that it cannot reach an unreachable Bot API, retries, and exits within 10 s of SIGTERM', async () => {
    const port = await freePort() // nothing listens there
    const { ms, code, log } = await termWhileRetrying(`http://127.0.0.1:${port}`)
    expect(log).toMatch(/cannot reach Telegram at http:\/\/127\.0\.0\.1:\d+ \(.+\); retrying in 1s/)
    expect(ms).toBeLessThan(10_000)
    expect(code).toBe(0)
    expect(log).toContain('the database is closed')
  })

  it('logs the 500s of a failing Bot API, retries with backoff, and exits within 10 s of SIGTERM', async () => {
    const before = brokenCalls
    const root = `http://127.0.0.1:${(broken.address() as AddressInfo).port}`
    const { ms, code, log } = await termWhileRetrying(root)
    expect(log).toMatch(/cannot reach Telegram at .* \(500 Internal Server Error\); retrying in 1s/)
    expect(brokenCalls - before).toBeGreaterThanOrEqual(2)
    expect(ms).toBeLessThan(10_000)
    expect(code).toBe(0)
  })

  it('exits within 10 s of SIGTERM in webhook mode with the HTTP server up and Telegram down', async () => {
    const root = `http://127.0.0.1:${(broken.address() as AddressInfo).port}`
    const { ms, code } = await termWhileRetrying(root, {
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg/hook',
      TELEGRAM_WEBHOOK_SECRET: 'down-secret',
      HTTP_ENABLED: '1',
      HTTP_PORT: String(await freePort()),
    })
    expect(ms).toBeLessThan(10_000)
    expect(code).toBe(0)
  })
})
