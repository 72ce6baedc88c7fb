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
import { askOverHttp, phaseLines, startLearner, type LiveLearner } from './live-learner.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { PACKAGE_ROOT } from '../src/paths.js'
import { cleanEnv, freePort, prepareServeDb, spawnServe } from '../test/fakes/fake-bot-api-serve.js'

const { values } = parseArgs({ options: { rows: { type: 'string', default: '25000' }, 'no-rollback': { type: 'boolean', default: false } } })
const rows = Number(values.rows)

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

let phase = 'before'
let learner: LiveLearner | undefined

try {
  await serve.waitForLog(/http: listening/, 120_000)
  learner = startLearner(askOverHttp(base), () => phase)
  await learner.settle(10)
  const start = await version()
  phase = 'import'
  const imported = await cli('import', csv)
  if (imported.code !== 0) throw new Error(`import failed: ${imported.err}`)
  phase = 'import-reindex'
  await reindexed(start + 1)
  phase = 'after-import'
  await learner.settle(10)
  let rolledBack: { ms: number } | undefined
  if (!values['no-rollback']) {
    phase = 'rollback'
    const r = await cli('rollback')
    if (r.code !== 0) throw new Error(`rollback failed: ${r.err}`)
    rolledBack = r
    phase = 'rollback-reindex'
    await reindexed(start + 2)
    phase = 'after-rollback'
    await learner.settle(10)
  }
  await learner.stop()

  console.log(`live import bench: ${rows} rows; import took ${imported.ms} ms${rolledBack ? `, rollback ${rolledBack.ms} ms` : ''}`)
  for (const l of phaseLines(learner.samples)) console.log('  ' + l)
} finally {
  await learner?.stop()
  serve.kill()
  db.cleanup()
}
