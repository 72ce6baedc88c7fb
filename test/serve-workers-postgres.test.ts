/**
 * Three real `learnfinder serve` workers on one PostgreSQL database, with no
 * load balancer: the test spreads the requests itself. A conversation whose
 * turns land on different workers keeps its state; an import made with the
 * CLI reaches every worker's index within the refresh time; and 1,000
 * Telegram webhook updates from 200 learners, spread over the workers while
 * one of them is killed with SIGKILL, are each answered exactly once and in
 * each chat's order. The kill lands while replies are in flight: the fake
 * Bot API holds sendMessage calls, and a held call whose worker died never
 * reaches anyone, as if the worker had died just before sending.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import pg from 'pg'
import { FakeBotApi, type ApiCall } from './fakes/fake-bot-api.js'
import { privateText, user } from './fakes/fake-bot-api-updates.js'
import { freePort, SERVE_CATALOGUE_CSV, spawnServe, type ServeProcess, postWebhookUpdate } from './fakes/fake-bot-api-serve.js'
import { runCli } from './fixtures/run-cli.js'
import { describeOnPostgres } from './support/postgres.js'

const SECRET = 'workers-secret'
const LEARNERS = 200
const SCRIPT = ['我想学人工智能', '有适合老年人的吗', '2', '我想学电工', '1']
const LEASE_MS = 3_000
const REFRESH_MS = 10_000

/** Two more AI courses for older learners, so "有适合老年人的吗" leaves a list of several. */
const MORE_FOR_ELDERS = [
  'CH-008,银发族人工智能体验课,示范社区大学,带老年人体验人工智能聊天、识图和语音输入。,人工智能,老年人,线下,全国,免费,3次课,2027-03-05,2027-03-30,社区报名,400-100-6000,',
  'CH-009,长者AI生活课堂,示范老年大学,用人工智能工具查资料、拍照识物、防范AI诈骗。,人工智能,老年人,线上,全国,免费,5周,2027-03-08,2027-04-12,电话报名,400-100-7000,',
]

interface Worker {
  serve: ServeProcess
  port: number
  token: string
  dead: boolean
}

const dirs: string[] = []
const workers: Worker[] = []
let api: FakeBotApi | undefined
afterAll(async () => {
  for (const w of workers) w.serve.kill()
  await Promise.all(workers.map((w) => w.serve.exited))
  await api?.close()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lf-workers-'))
  dirs.push(dir)
  return dir
}

/** Posts one update to one worker as Telegram does; true when acknowledged (200). */
function post(w: Worker, update: unknown): Promise<boolean> {
  return postWebhookUpdate(w.port, SECRET, update)
}

/** Resolves once `pred` holds, re-checking whenever the bot makes an API call (and at least every 50 ms). */
async function until(pred: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`)
    await api!.waitFor(() => true, 50, api!.calls.length).catch(() => undefined)
  }
}

const texts = (chat: number) => api!.sent('sendMessage', chat).filter((c) => !c.failedWith).map((c: ApiCall) => c.params.text as string)

describeOnPostgres('three serve workers on one PostgreSQL', (db) => {
  it('keeps conversations, finds imports everywhere and answers 1,000 updates exactly once across a SIGKILL', async () => {
    const url = db.url()
    const env = { DATABASE_URL: url, LEARNFINDER_STAFF: 'test' }
    expect((await runCli(['migrate'], { env })).code).toBe(0)
    const csv = join(tempDir(), 'catalogue.csv')
    writeFileSync(csv, [SERVE_CATALOGUE_CSV, ...MORE_FOR_ELDERS].join('\n'))
    expect((await runCli(['import', csv], { env })).code).toBe(0)
    const check = new pg.Client({ connectionString: url })
    await check.connect()
    const inbox = async () =>
      (await check.query<{ handled: number; pending: number }>(
        `SELECT count(*) FILTER (WHERE handled_at IS NOT NULL)::int AS handled,
                count(*) FILTER (WHERE handled_at IS NULL)::int AS pending FROM telegram_inbox`,
      )).rows[0]
    try {
      api = await new FakeBotApi().start()
      for (let i = 0; i < 3; i++) {
        const port = await freePort()
        const token = `123456:WORKER${i + 1}`
        const serve = spawnServe(join(tempDir(), 'cache.db'), {
          TELEGRAM_BOT_TOKEN: token,
          TELEGRAM_API_ROOT: api.root,
          TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg/hook',
          TELEGRAM_WEBHOOK_SECRET: SECRET,
          HTTP_ENABLED: '1',
          HTTP_PORT: String(port),
          HTTP_RATE_PER_ADDRESS: '100000',
          DATABASE_URL: url,
          DATABASE_POOL_MAX: '4',
          LOG_SALT: 'workers-test-salt',
          TELEGRAM_INBOX_LEASE_MS: String(LEASE_MS),
          CATALOGUE_REFRESH_MS: String(REFRESH_MS),
        })
        workers.push({ serve, port, token, dead: false })
      }
      await Promise.all(workers.map((w) => w.serve.waitForLog(/telegram: webhook registered/)))
      const health = async (w: Worker) => (await (await fetch(`http://127.0.0.1:${w.port}/healthz`)).json()) as Record<string, unknown>
      for (const w of workers) {
        await until(async () => (await health(w)).listen === 'listening', 'every worker LISTENs')
        expect(await health(w)).toMatchObject({ ok: true, worker: `${hostname()}:${w.serve.child.pid}`, db: 'ok', index: 'ready' })
      }

      // One learner's turns on workers 1, 2, 3 read like the same turns all on worker 1.
      let nextId = 3_000_000
      const say = async (w: Worker, learner: number, text: string) => {
        const reply = api!.nextMessage(learner, 30_000)
        expect(await post(w, { update_id: nextId++, ...privateText(user(learner, '学员'), text) })).toBe(true)
        return (await reply).params.text as string
      }
      const spread = [await say(workers[0], 1, SCRIPT[0]), await say(workers[1], 1, SCRIPT[1]), await say(workers[2], 1, SCRIPT[2])]
      const reference: string[] = []
      for (const text of SCRIPT) reference.push(await say(workers[0], 2, text))
      expect(spread).toEqual(reference.slice(0, 3))
      expect(await say(workers[1], 3, '2')).not.toBe(reference[2]) // "2" means something only after a list
      // "2" on worker 3 opened the second project of the list worker 2 made.
      const second = /^2\. ([^，]+)，/m.exec(spread[1])?.[1]
      expect(second).toBeTruthy()
      expect(spread[2]).toContain(second)

      // An import made with the CLI reaches every worker's index within the refresh time.
      const extra = join(tempDir(), 'extra.csv')
      writeFileSync(extra, [SERVE_CATALOGUE_CSV.split('\n')[0], 'CH-100,珐琅彩绘工作坊,示范艺术学院,学习珐琅彩绘的入门课程。,艺术,社会公众,线下,全国,免费,4次课,2027-03-01,2027-04-01,电话报名,400-100-5000,'].join('\n'))
      expect((await runCli(['import', extra], { env })).code).toBe(0)
      const imported = Date.now()
      const version = (await check.query<{ version: number }>('SELECT version FROM catalogue_meta')).rows[0].version
      await Promise.all(workers.map((w) => until(async () => (await health(w)).indexVersion === version, 'the import indexed', REFRESH_MS)))
      console.log(`import reached all 3 workers' indexes ${Date.now() - imported} ms after the CLI finished (refresh time ${REFRESH_MS} ms)`)
      for (const w of workers) {
        const res = await fetch(`http://127.0.0.1:${w.port}/api/chat`, { method: 'POST', body: JSON.stringify({ session: `s${w.port}`, text: '我想学珐琅彩绘' }) })
        expect(JSON.stringify(await res.json())).toContain('珐琅彩绘工作坊')
      }

      // 1,000 updates: each learner's in order (Telegram waits for the 200 of one before the next), spread round-robin.
      const first = 10_000
      const updates = SCRIPT.flatMap((text, round) =>
        Array.from({ length: LEARNERS }, (_, i) => ({ update_id: 4_000_000 + round * LEARNERS + i, ...privateText(user(first + i, '学员'), text) })),
      )
      const deliver = async (u: (typeof updates)[number]) => {
        for (let attempt = 0; ; attempt++) {
          const w = workers[(u.update_id + attempt) % 3]
          if (!w.dead && (await post(w, u))) return
          if (attempt > 30) throw new Error(`update ${u.update_id} was refused by every worker`)
        }
      }
      const chains = new Map<number, Promise<void>>()
      let next = 0
      const senders = Array.from({ length: 8 }, async () => {
        while (next < updates.length) {
          const u = updates[next++]
          const chat = u.message.chat.id
          const sent = (chains.get(chat) ?? Promise.resolve()).then(() => deliver(u))
          chains.set(chat, sent)
          await sent
        }
      })
      const burstReplies = () => api!.sent('sendMessage').filter((c) => Number(c.params.chat_id) >= first).length
      await until(() => burstReplies() >= 300, '300 answers')

      // Replies now hang in the Bot API; once every reply seen is marked handled and worker 3 holds leases, kill it.
      const victim = workers[2]
      const leases = async () =>
        (await check.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM telegram_inbox WHERE handled_at IS NULL AND lease_owner LIKE $1`,
          [`${hostname()}:${victim.serve.child.pid}:%`],
        )).rows[0].n
      api.hold('sendMessage')
      await until(async () => (await inbox()).handled >= api!.sent('sendMessage').length && (await leases()) > 0, 'worker 3 holding leases')
      const leasedByVictim = await leases()
      victim.dead = true
      victim.serve.child.kill('SIGKILL')
      await victim.serve.exited
      await until(() => api!.heldConnected(victim.token) === 0, 'the dead worker\'s held replies dropped')
      const answeredAtKill = burstReplies()
      api.releaseHeld()

      await Promise.all(senders)
      await until(async () => (await inbox()).pending === 0, 'the inbox empty', 90_000)
      const wrong: string[] = []
      for (let i = 0; i < LEARNERS; i++) {
        const got = texts(first + i)
        if (JSON.stringify(got) !== JSON.stringify(reference)) wrong.push(`learner ${i}: ${got.length} answers${got.length === SCRIPT.length ? ', out of order or stateless' : ''}`)
      }
      const byWorker = workers.map((w) => api!.sent('sendMessage').filter((c) => c.token === w.token && Number(c.params.chat_id) >= first).length)
      console.log(
        `1,000 updates on 3 workers: ${answeredAtKill} answered before the SIGKILL, ${leasedByVictim} leased by the killed worker; ` +
          `answers per worker ${byWorker.join(' / ')}`,
      )
      if (wrong.length) {
        const i = Number(/learner (\d+)/.exec(wrong[0])![1])
        console.log(JSON.stringify({ reference, got: texts(first + i) }, null, 1))
        for (const w of workers) console.log(w.serve.stderr().split('\n').filter((l) => / (warn|error) /.test(l)).slice(0, 8).join('\n'))
      }
      expect(wrong).toEqual([])
      expect(burstReplies()).toBe(LEARNERS * SCRIPT.length)
      expect(byWorker[0]).toBeGreaterThan(0)
      expect(byWorker[1]).toBeGreaterThan(0)
    } finally {
      await check.end()
    }
  }, 240_000)
})
