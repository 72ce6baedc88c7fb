/**
 * The real `learnfinder serve` on a Telegram webhook, killed with SIGKILL in
 * the middle of a burst of 200 updates and started again: this test plays
 * Telegram (every update is posted until it is acknowledged with 200, and
 * some acknowledged ones are replayed), and every update is answered exactly
 * once. The kill lands while replies are in flight: the fake Bot API holds
 * sendMessage calls, and a held call whose bot died never reaches anyone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import BetterSqlite3 from 'better-sqlite3'
import { FakeBotApi } from './fakes/fake-bot-api.js'
import { privateText, user } from './fakes/fake-bot-api-updates.js'
import { freePort, prepareServeDb, spawnServe, type ServeProcess, postWebhookUpdate } from './fakes/fake-bot-api-serve.js'

const SECRET = 'crash-secret'
const COUNT = 200
const FIRST_USER = 50_000
const QUESTIONS = ['我想学人工智能', '有适合老年人的课吗', '我想学电工', '家庭教育', '养老护理']

let api: FakeBotApi
let db: ReturnType<typeof prepareServeDb>
let port: number
const serves: ServeProcess[] = []

const env = () => ({
  TELEGRAM_BOT_TOKEN: '123456:FAKE',
  TELEGRAM_API_ROOT: api.root,
  TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg/hook',
  TELEGRAM_WEBHOOK_SECRET: SECRET,
  HTTP_PORT: String(port),
})

async function startServe(): Promise<ServeProcess> {
  const serve = spawnServe(db.db, env())
  serves.push(serve)
  await serve.waitForLog(/telegram: webhook registered/)
  return serve
}

/** Posts one update as Telegram does; true when the bot acknowledged it (200). */
function post(update: unknown): Promise<boolean> {
  return postWebhookUpdate(port, SECRET, update)
}

/** Rows of the bot's inbox, read from the database file (the bot is another process). */
function inboxCounts(): { handled: number; pending: number } {
  const check = new BetterSqlite3(db.db, { readonly: true, fileMustExist: true })
  try {
    const row = check
      .prepare('SELECT SUM(handled_at IS NOT NULL) AS handled, SUM(handled_at IS NULL) AS pending FROM telegram_inbox')
      .get() as { handled: number | null; pending: number | null }
    return { handled: row.handled ?? 0, pending: row.pending ?? 0 }
  } finally {
    check.close()
  }
}

/** Resolves once `pred` holds, re-checking as the bot makes API calls (and at least every 50 ms). */
async function until(pred: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!pred()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await api.waitFor(() => true, 50, api.calls.length).catch(() => undefined)
  }
}

beforeAll(async () => {
  api = await new FakeBotApi().start()
  db = prepareServeDb()
  port = await freePort()
})
afterAll(async () => {
  for (const s of serves) s.kill()
  await api?.close()
  db?.cleanup()
})

describe('learnfinder serve on a webhook, killed during a burst', () => {
  it('answers each of 200 updates exactly once across a kill -9 and a restart', async () => {
    const updates = Array.from({ length: COUNT }, (_, i) => ({
      update_id: 900_000 + i,
      ...privateText(user(FIRST_USER + i), QUESTIONS[i % QUESTIONS.length]),
    }))
    const acked = new Set<number>()
    const first = await startServe()

    // Telegram posts with a few connections at a time; the bot dies while they run.
    let next = 0
    let killed = false
    const sender = async () => {
      while (next < COUNT && !killed) {
        const u = updates[next++]
        if (await post(u)) acked.add(u.update_id)
      }
    }
    const senders = Array.from({ length: 4 }, sender)
    await until(() => acked.size >= COUNT / 2)
    // Replies now hang in the Bot API; wait until every reply the bot saw succeed is marked handled, then kill.
    api.hold('sendMessage')
    await until(() => inboxCounts().handled >= api.sent('sendMessage').length)
    killed = true
    first.child.kill('SIGKILL')
    await first.exited
    await Promise.all(senders)
    const answeredBeforeCrash = api.sent('sendMessage').length
    const waitingAtCrash = inboxCounts().pending
    expect(acked.size).toBeLessThan(COUNT)
    expect(waitingAtCrash).toBeGreaterThan(0)

    // The killed process's held replies must be seen as dropped before the rest are let through.
    await until(() => api.heldConnected() === 0)
    api.releaseHeld()
    await startServe()
    // Telegram re-sends everything not acknowledged, and replays a few that were.
    const replays = [...acked].slice(0, 20)
    for (const u of updates) if (!acked.has(u.update_id)) expect(await post(u)).toBe(true)
    for (const id of replays) expect(await post(updates.find((u) => u.update_id === id))).toBe(true)
    await until(() => new Set(api.sent('sendMessage').map((c) => String(c.params.chat_id))).size >= COUNT)
    await until(() => inboxCounts().pending === 0)

    const perChat = new Map<string, number>()
    for (const c of api.sent('sendMessage')) perChat.set(String(c.params.chat_id), (perChat.get(String(c.params.chat_id)) ?? 0) + 1)
    const wrong = updates.filter((u) => perChat.get(String(u.message.chat.id)) !== 1)
    console.log(
      `webhook crash: ${acked.size} acknowledged before kill -9, ${answeredBeforeCrash} answered, ${waitingAtCrash} waiting in the inbox; ` +
        `after restart ${api.sent('sendMessage').length} answers for ${COUNT} updates`,
    )
    expect(wrong.map((u) => `${u.update_id}: ${perChat.get(String(u.message.chat.id)) ?? 0}`)).toEqual([])
    expect(api.sent('sendMessage')).toHaveLength(COUNT)
  }, 180_000)
})
