/**
 * @module bench/upload-import-bench
 * How long a learner waits while an admin imports a large workbook by
 * sending it to the Telegram bot: the real app on the fake Bot API, learners
 * writing every 0.2 s in turn, the admin uploading a generated catalogue and pressing
 * 确认导入. Prints, per phase (check, import, re-index), the messages, the
 * ones never answered, p50, p99 and the longest wait.
 *
 *   node bin/run-ts.js bench/upload-import-bench.ts [--rows 25000]
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { writeCatalogueCsv } from './generate-catalogue.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { buttonPress, buttonsOf, privateText, user } from '../test/fakes/fake-bot-api-updates.js'
import type { ApiCall } from '../test/fakes/fake-bot-api.js'
import { ADMIN_ID, privateDocument, startStaffApp } from '../test/fixtures/staff/staff-app.js'

const { values } = parseArgs({ options: { rows: { type: 'string', default: '25000' } } })
const rows = Number(values.rows)
const QUESTIONS = ['我想学人工智能', '有适合老年人的课吗', '杭州的线下课', '免费的电工培训', '第二个', '更多']

const s = await startStaffApp()
const admin = user(ADMIN_ID, 'Staff')
// Twenty learners in turn: each stays under Telegram's per-person limit of 20 messages a minute.
const learners = Array.from({ length: 20 }, (_, i) => user(4001 + i, `学员${i}`))
const samples: { ms: number; ok: boolean; phase: string }[] = []
let phase = 'before'
let stop = false
try {
  await writeCatalogueCsv(join(s.dir, 'big.csv'), { rows, taxonomy: loadTaxonomy() })
  const data = readFileSync(join(s.dir, 'big.csv'))
  const asking = (async () => {
    for (let i = 0; !stop; i++) {
      const t0 = Date.now()
      const learner = learners[i % learners.length]
      const next = s.api.nextMessage(learner.id, 60_000)
      s.api.deliver(privateText(learner, QUESTIONS[i % QUESTIONS.length]))
      const ok = await next.then(() => true, () => false)
      if (!ok) console.log(`unanswered: ${QUESTIONS[i % QUESTIONS.length]} in ${phase}; the app logged:\n${s.logs.slice(-8).join('\n')}`)
      const ms = Date.now() - t0
      samples.push({ ms, ok, phase })
      await new Promise((r) => setTimeout(r, Math.max(0, 200 - ms)))
    }
  })()
  const fromAdmin = (c: ApiCall) => c.method === 'sendMessage' && c.params.chat_id === admin.id
  const t0 = Date.now()
  phase = 'check'
  const after = s.api.calls.length
  s.api.deliver(privateDocument(s.api, admin, 'big.csv', data))
  const received = await s.api.waitFor(fromAdmin, 60_000, after)
  const report = await s.api.waitFor((c) => fromAdmin(c) && c !== received, 600_000, after)
  const checked = Date.now() - t0
  phase = 'import+reindex'
  const pressed = s.api.calls.length
  s.api.deliver(buttonPress(admin, admin.id, 1, buttonsOf(report.params).find((b) => b.text === '确认导入')!.callback_data))
  const done = await s.api.waitFor((c) => c.method === 'editMessageText', 900_000, pressed)
  const imported = Date.now() - t0 - checked
  phase = 'after'
  const from = samples.length
  while (samples.length < from + 10) await new Promise((r) => setTimeout(r, 200))
  stop = true
  await asking

  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
  const line = (label: string, list: typeof samples) => {
    const ms = list.map((x) => x.ms).sort((a, b) => a - b)
    return `${label.padEnd(15)} n=${String(ms.length).padStart(4)} unanswered=${list.filter((x) => !x.ok).length} p50=${pct(ms, 50)} p99=${pct(ms, 99)} max=${ms[ms.length - 1] ?? 0}`
  }
  console.log(`upload import bench: ${rows} rows (${(data.length / 1048576).toFixed(1)} MB); check ${checked} ms, import and re-index ${imported} ms`)
  console.log(`  admin saw: ${String(report.params.text).split('\n')[0]} / ${String(done.params.text)}`)
  for (const p of [...new Set(samples.map((x) => x.phase))]) console.log('  ' + line(p, samples.filter((x) => x.phase === p)))
  console.log('  ' + line('all', samples))
} finally {
  stop = true
  await s.close()
}
