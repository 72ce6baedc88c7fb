/**
 * @module bench/live-import-bench
 * How long a learner waits while staff change a large catalogue under a
 * running bot: spawns `learnfinder serve` (HTTP), asks it something every
 * 0.2 s, and meanwhile runs `learnfinder import` of a generated catalogue in
 * another process, waits for the bot to re-index, then `learnfinder rollback`
 * of that import and the re-index after it. Prints, per phase, the requests,
 * failures (5xx or no answer), p50, p99 and the single longest request: the
 * target is no failure and every request under 1 s.
 *
 *   node bin/run-ts.js bench/live-import-bench.ts [--rows 25000] [--no-rollback]
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { writeCatalogueCsv } from './generate-catalogue.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { PACKAGE_ROOT } from '../src/paths.js'
import { cleanEnv, freePort, prepareServeDb, spawnServe } from '../test/fakes/fake-bot-api-serve.js'

const { values } = parseArgs({ options: { rows: { type: 'string', default: '25000' }, 'no-rollback': { type: 'boolean', default: false } } })
const rows = Number(values.rows)
const QUESTIONS = ['我想学人工智能', '有适合老年人的课吗', '杭州的线下课', '免费的电工培训', '第二个', '更多']

const db = prepareServeDb()
const csv = join(db.dir, 'big.csv')
await writeCatalogueCsv(csv, { rows, taxonomy: loadTaxonomy() })
const port = await freePort()
const base = `http://127.0.0.1:${port}`
const serve = spawnServe(db.db, { HTTP_ENABLED: '1', HTTP_PORT: String(port), HTTP_RATE_PER_ADDRESS: '1000000' })

/** Runs a learnfinder command in its own process, as staff would. */
function cli(...args: string[]): Promise<{ code: number | null; ms: number; err: string }> {
  const t0 = Date.now()
  const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin', 'learnfinder.js'), ...args, '--db', db.db], { env: cleanEnv({}) })
  let err = ''
  child.stderr.on('data', (c) => (err += c))
  child.stdout.resume()
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, ms: Date.now() - t0, err })))
}

const version = async () => ((await (await fetch(`${base}/healthz`)).json()) as { catalogueVersion: number }).catalogueVersion
async function reindexed(atLeast: number): Promise<void> {
  while ((await version()) < atLeast) {
    if (serve.child.exitCode !== null) throw new Error(`serve died:\n${serve.stderr()}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

const samples: { ms: number; status: number; phase: string }[] = []
let phase = 'before'
let stop = false
const settle = async (n: number) => {
  const from = samples.length
  while (samples.length < from + n) await new Promise((r) => setTimeout(r, 200))
}

try {
  await serve.waitForLog(/http: listening/, 120_000)
  const learner = (async () => {
    for (let i = 0; !stop; i++) {
      const t0 = Date.now()
      const res = await fetch(`${base}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ session: `learner-${Math.floor(i / 6)}`, text: QUESTIONS[i % QUESTIONS.length] }),
      }).catch(() => null)
      await res?.arrayBuffer()
      const ms = Date.now() - t0
      samples.push({ ms, status: res?.status ?? 0, phase })
      await new Promise((r) => setTimeout(r, Math.max(0, 200 - ms)))
    }
  })()
  await settle(10)
  const start = await version()
  phase = 'import'
  const imported = await cli('import', csv)
  if (imported.code !== 0) throw new Error(`import failed: ${imported.err}`)
  phase = 'import-reindex'
  await reindexed(start + 1)
  phase = 'after-import'
  await settle(10)
  let rolledBack: { ms: number } | undefined
  if (!values['no-rollback']) {
    phase = 'rollback'
    const r = await cli('rollback')
    if (r.code !== 0) throw new Error(`rollback failed: ${r.err}`)
    rolledBack = r
    phase = 'rollback-reindex'
    await reindexed(start + 2)
    phase = 'after-rollback'
    await settle(10)
  }
  stop = true
  await learner

  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
  const line = (label: string, list: typeof samples) => {
    const ms = list.map((s) => s.ms).sort((a, b) => a - b)
    const bad = list.filter((s) => s.status >= 500 || s.status === 0).length
    return `${label.padEnd(17)} n=${String(ms.length).padStart(4)} failed=${bad} p50=${pct(ms, 50)} p99=${pct(ms, 99)} max=${ms[ms.length - 1] ?? 0}`
  }
  console.log(`live import bench: ${rows} rows; import took ${imported.ms} ms${rolledBack ? `, rollback ${rolledBack.ms} ms` : ''}`)
  for (const p of [...new Set(samples.map((s) => s.phase))]) console.log('  ' + line(p, samples.filter((s) => s.phase === p)))
  console.log('  ' + line('all', samples))
} finally {
  stop = true
  serve.kill()
  db.cleanup()
}
