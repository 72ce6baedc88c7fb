/**
 * How many messages per second the Telegram channel sustains, end to end:
 * the fake Bot API server on 127.0.0.1 → grammY runner → the real dialogue
 * engine and search on the sample catalogue → sendMessage back. Prints the
 * burst throughput and the reply latency (p50/p99) at a steady rate.
 *
 *   node bin/run-ts.js bench/telegram-throughput.ts [--users 200] [--per-user 5] [--rate 50] [--seconds 10]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/config.js'
import { createApp } from '../src/main.js'
import { silentLogger } from '../src/channels/shared/logger.js'
import { FakeBotApi } from '../test/fakes/fake-bot-api.js'
import { privateText, user } from '../test/fakes/fake-bot-api-updates.js'
import { percentile } from './percentile.js'

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '200' },
    'per-user': { type: 'string', default: '5' },
    rate: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    db: { type: 'string' },
  },
})
const USERS = Number(values.users)
const PER_USER = Number(values['per-user'])
const RATE = Number(values.rate)
const SECONDS = Number(values.seconds)

/** A realistic conversation: a request, a narrowing, a number, more, a field question. */
const SCRIPT = ['我想学人工智能', '有适合老年人的吗', '1', '更多', '怎么报名', '我想学电工', '乡村教师有什么培训', '有免费的吗']


async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lf-bench-tg-'))
  const api = await new FakeBotApi().start()
  api.maxPollSeconds = 1
  const config = loadConfig({ TELEGRAM_BOT_TOKEN: '1:BENCH', TELEGRAM_API_ROOT: api.root })
  const t0 = performance.now()
  const app = await createApp(config, { dbPath: values.db ?? join(dir, 'bench.db'), log: silentLogger })
  await app.start()
  console.log(`setup (sample catalogue, index, bot): ${((performance.now() - t0) / 1000).toFixed(1)} s`)

  const replies = () => api.calls.filter((c) => c.method === 'sendMessage' && !c.failedWith).length
  const waitForReplies = async (n: number, ms = 300_000) => {
    const deadline = Date.now() + ms
    while (replies() < n) {
      if (Date.now() > deadline) throw new Error(`only ${replies()} of ${n} replies arrived`)
      await new Promise((r) => setTimeout(r, 5))
    }
  }

  // Warm-up: one conversation so lazy paths are compiled.
  const warm = user(1)
  for (const text of SCRIPT) api.deliver(privateText(warm, text))
  await waitForReplies(SCRIPT.length)

  // 1) Burst: every user sends PER_USER messages at once.
  const before = replies()
  const total = USERS * PER_USER
  const burstStart = performance.now()
  for (let k = 0; k < PER_USER; k++) {
    for (let u = 0; u < USERS; u++) api.deliver(privateText(user(10_000 + u), SCRIPT[k % SCRIPT.length]))
  }
  await waitForReplies(before + total)
  const burstSeconds = (performance.now() - burstStart) / 1000
  console.log(`burst: ${total} messages from ${USERS} users answered in ${burstSeconds.toFixed(2)} s → ${(total / burstSeconds).toFixed(0)} messages/s`)

  // 2) Steady rate: RATE messages per second for SECONDS, latency from delivery to the reply.
  const latencies: number[] = []
  const pending = new Map<number, number[]>()
  const steadyUsers = Math.max(1, Math.ceil((RATE * SECONDS) / 10))
  let sent = 0
  const startCalls = api.calls.length
  const interval = 1000 / RATE
  const steadyStart = performance.now()
  while (performance.now() - steadyStart < SECONDS * 1000) {
    const u = user(50_000 + (sent % steadyUsers))
    const text = SCRIPT[Math.floor(sent / steadyUsers) % SCRIPT.length]
    const queue = pending.get(u.id) ?? []
    queue.push(Date.now())
    pending.set(u.id, queue)
    api.deliver(privateText(u, text))
    sent++
    const next = steadyStart + sent * interval
    await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())))
  }
  const needed = before + total + sent
  await waitForReplies(needed)
  for (const call of api.calls.slice(startCalls)) {
    if (call.method !== 'sendMessage' || call.failedWith) continue
    const queue = pending.get(Number(call.params.chat_id))
    const at = queue?.shift()
    if (at !== undefined) latencies.push(call.at - at)
  }
  latencies.sort((a, b) => a - b)
  console.log(
    `steady: ${sent} messages at ${RATE}/s over ${SECONDS} s → reply latency p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, max ${latencies.at(-1)} ms`,
  )
  const mem = process.memoryUsage()
  console.log(`memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB`)

  await app.stop()
  await api.close()
  rmSync(dir, { recursive: true, force: true })
}

await main()
