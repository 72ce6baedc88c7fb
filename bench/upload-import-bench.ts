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
import { phaseLines, startLearner, type LiveLearner } from './live-learner.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { buttonPress, buttonsOf, privateText, user } from '../test/fakes/fake-bot-api-updates.js'
import type { ApiCall } from '../test/fakes/fake-bot-api.js'
import { ADMIN_ID, privateDocument, startStaffApp } from '../test/fixtures/staff/staff-app.js'

const { values } = parseArgs({ options: { rows: { type: 'string', default: '25000' } } })
const rows = Number(values.rows)

const s = await startStaffApp()
const admin = user(ADMIN_ID, 'Staff')
// Twenty learners in turn: each stays under Telegram's per-person limit of 20 messages a minute.
const learners = Array.from({ length: 20 }, (_, i) => user(4001 + i, `学员${i}`))
let phase = 'before'
let asking: LiveLearner | undefined
try {
  await writeCatalogueCsv(join(s.dir, 'big.csv'), { rows, taxonomy: loadTaxonomy() })
  const data = readFileSync(join(s.dir, 'big.csv'))
  asking = startLearner(async (i, text) => {
    const learner = learners[i % learners.length]
    const next = s.api.nextMessage(learner.id, 60_000)
    s.api.deliver(privateText(learner, text))
    const ok = await next.then(() => true, () => false)
    if (!ok) console.log(`unanswered: ${text} in ${phase}; the app logged:\n${s.logs.slice(-8).join('\n')}`)
    return ok ? 200 : 0
  }, () => phase)
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
  await asking.settle(10)
  await asking.stop()

  console.log(`upload import bench: ${rows} rows (${(data.length / 1048576).toFixed(1)} MB); check ${checked} ms, import and re-index ${imported} ms`)
  console.log(`  admin saw: ${String(report.params.text).split('\n')[0]} / ${String(done.params.text)}`)
  for (const l of phaseLines(asking.samples)) console.log('  ' + l)
} finally {
  await asking?.stop()
  await s.close()
}
