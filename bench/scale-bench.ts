/**
 * Throughput of N `learnfinder serve` workers behind a round-robin "load
 * balancer" (this script) on one PostgreSQL, against one worker on SQLite:
 * LEARNERS virtual learners each hold a five-turn conversation over
 * POST /api/chat (then start a new one), waiting THINK ms between turns, for
 * SECONDS; every turn goes to the next worker in turn, so a conversation's
 * turns land on different workers. Prints turns/s, p50/p99 latency, errors
 * CPU milliseconds per turn of the workers and of the PostgreSQL server
 * (when this script started it), which hold on a busy machine where wall-clock
 * figures do not, and each worker's RSS (now and peak). Needs PostgreSQL binaries: a
 * throwaway cluster is started with .ci/postgres.sh (or BENCH_DATABASE_URL
 * names a running server, whose databases it creates and drops).
 *
 * With --sizes, prints after each PostgreSQL setup the rows and bytes (with indexes) of the
 * tables that grow: sessions, turns, projects (the figures behind docs/scaling.md's estimate).
 *
 *   node bin/run-ts.js bench/scale-bench.ts [--setups pg:1,pg:2,pg:4,sqlite:1] [--learners 40] [--seconds 20] [--think 0] [--sizes]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { PG_MODULES } from '../src/app-pg-migrations.js'
import { pgMigrate } from '../src/db/pg-migrate.js'
import { createPgPool } from '../src/db/postgres.js'
import { PACKAGE_ROOT } from '../src/paths.js'
import { cleanEnv, freePort } from '../test/fakes/fake-bot-api-serve.js'
import { percentile } from './percentile.js'

const { values } = parseArgs({
  options: {
    setups: { type: 'string', default: 'pg:1,pg:2,pg:4,sqlite:1' },
    learners: { type: 'string', default: '40' },
    seconds: { type: 'string', default: '20' },
    think: { type: 'string', default: '0' },
    sizes: { type: 'boolean', default: false },
  },
})
const LEARNERS = Number(values.learners)
const SECONDS = Number(values.seconds)
const THINK_MS = Number(values.think)
const BIN = join(PACKAGE_ROOT, 'bin', 'learnfinder.js')
const SCRIPT = ['我想学人工智能', '有适合老年人的吗', '2', '怎么报名', '我想学电工']

interface Worker { child: ChildProcess; port: number; peakRss(): number; rss(): number }

/** CPU seconds (user + system) a process has used, from /proc. */
const cpuSeconds = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').slice(readFileSync(`/proc/${pid}/stat`, 'utf8').lastIndexOf(')') + 2).split(' ')
  return (Number(f[11]) + Number(f[12])) / 100 // utime, stime in clock ticks (100 a second on Linux)
}
/** CPU seconds of the PostgreSQL server of the cluster in `pgDir` (postmaster and its children). */
function pgCpuSeconds(pgDir: string | undefined): number {
  if (!pgDir) return NaN
  const master = Number(readFileSync(join(pgDir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0])
  let total = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (Number(entry) === master || ppid === master) total += cpuSeconds(Number(entry))
    } catch {
      // The process ended meanwhile.
    }
  }
  return total
}
const procKb = (pid: number, field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN)

async function startWorker(dir: string, env: Record<string, string>): Promise<Worker> {
  const port = await freePort()
  const child = spawn(process.execPath, [BIN, 'serve', '--db', join(dir, `w${port}.db`)], {
    env: cleanEnv({ ...env, HTTP_ENABLED: '1', HTTP_PORT: String(port), HTTP_RATE_PER_ADDRESS: '100000000', LOG_LEVEL: 'warn', LOG_SALT: 'bench salt' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let err = ''
  child.stderr!.on('data', (c) => (err += c))
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`a worker exited (${child.exitCode}):\n${err}`)
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)
    if (ok) break
    if (Date.now() > deadline) throw new Error(`a worker was not ready within 3 min:\n${err}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  return { child, port, rss: () => procKb(child.pid!, 'VmRSS') / 1024, peakRss: () => procKb(child.pid!, 'VmHWM') / 1024 }
}

/** LEARNERS closed-loop learners for SECONDS, round-robin over the workers. */
async function drive(workers: Worker[]): Promise<{ turns: number; errors: number; latencies: number[]; seconds: number }> {
  let next = 0
  let turns = 0
  let errors = 0
  const latencies: number[] = []
  const start = performance.now()
  const end = start + SECONDS * 1000
  const learner = async (i: number) => {
    for (let conv = 0; performance.now() < end; conv++) {
      for (let k = 0; k < SCRIPT.length && performance.now() < end; k++) {
        const w = workers[next++ % workers.length]
        const t0 = performance.now()
        try {
          const res = await fetch(`http://127.0.0.1:${w.port}/api/chat`, {
            method: 'POST', headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ session: `learner-${i}-${conv}`, text: SCRIPT[k] }),
          })
          await res.arrayBuffer()
          if (res.ok) { turns++; latencies.push(performance.now() - t0) } else errors++
        } catch {
          errors++
        }
        if (THINK_MS) await new Promise((r) => setTimeout(r, THINK_MS))
      }
    }
  }
  await Promise.all(Array.from({ length: LEARNERS }, (_, i) => learner(i)))
  return { turns, errors, latencies: latencies.sort((a, b) => a - b), seconds: (performance.now() - start) / 1000 }
}

const sizes: string[] = []
/** The throwaway cluster's folder, when this script started it (its server's CPU time is then measured). */
let pgDir: string | undefined

/** Rows and bytes (table, indexes, TOAST) of the tables that grow with learners and the catalogue. */
async function printSizes(url: string): Promise<void> {
  const pool = createPgPool({ url, max: 1 })
  try {
    for (const table of ['sessions', 'turns', 'projects']) {
      const r = await pool.query<{ n: number; bytes: string }>(`SELECT count(*)::int AS n, pg_total_relation_size('${table}')::bigint AS bytes FROM ${table}`)
      const { n, bytes } = r.rows[0]
      sizes.push(`${table}: ${n} rows, ${(Number(bytes) / 1024).toFixed(0)} KiB with indexes, ${n ? (Number(bytes) / n).toFixed(0) : '-'} bytes a row`)
    }
  } finally {
    await pool.end()
  }
}

async function run(setup: string, clusterUrl: string | undefined): Promise<string> {
  const [backend, n] = setup.split(':')
  const count = Number(n)
  const dir = mkdtempSync(join(tmpdir(), 'lf-scale-'))
  const env: Record<string, string> = {}
  let dropDb: (() => Promise<void>) | undefined
  if (backend === 'pg') {
    if (!clusterUrl) throw new Error('pg setups need PostgreSQL')
    const name = `lf_bench_${process.pid}_${count}`
    const admin = new pg.Client({ connectionString: clusterUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    const url = new URL(clusterUrl)
    url.pathname = `/${name}`
    env.DATABASE_URL = url.toString()
    const pool = createPgPool({ url: env.DATABASE_URL, max: 2 })
    await pgMigrate(pool, PG_MODULES)
    await pool.end()
    dropDb = async () => {
      if (values.sizes) await printSizes(env.DATABASE_URL)
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`)
      await admin.end()
    }
  }
  const workers: Worker[] = []
  try {
    // The first worker loads the sample catalogue into an empty database; the others start together.
    workers.push(await startWorker(dir, env))
    workers.push(...(await Promise.all(Array.from({ length: count - 1 }, () => startWorker(dir, env)))))
    // Warm-up: a few conversations on every worker, not counted.
    for (const w of workers) for (const text of SCRIPT) await fetch(`http://127.0.0.1:${w.port}/api/chat`, { method: 'POST', body: JSON.stringify({ session: `warm-${w.port}`, text }) })
    const cpu0 = workers.reduce((t, w) => t + cpuSeconds(w.child.pid!), 0)
    const pg0 = backend === 'pg' ? pgCpuSeconds(pgDir) : NaN
    const r = await drive(workers)
    const workerMs = ((workers.reduce((t, w) => t + cpuSeconds(w.child.pid!), 0) - cpu0) * 1000) / r.turns
    const pgMs = ((pgCpuSeconds(pgDir) - pg0) * 1000) / r.turns
    const rss = workers.map((w) => `${w.rss().toFixed(0)}/${w.peakRss().toFixed(0)}`).join(' ')
    return `| ${backend === 'pg' ? 'PostgreSQL' : 'SQLite'} | ${count} | ${LEARNERS} | ${r.turns} | ${(r.turns / r.seconds).toFixed(1)} | ${percentile(r.latencies, 50).toFixed(0)} | ${percentile(r.latencies, 99).toFixed(0)} | ${r.errors} | ${workerMs.toFixed(1)} | ${backend === 'pg' && pgDir ? pgMs.toFixed(1) : '-'} | ${rss} |`
  } finally {
    for (const w of workers) w.child.kill('SIGTERM')
    await Promise.all(workers.map((w) => (w.child.exitCode === null ? new Promise((r) => w.child.once('exit', r)) : undefined)))
    await dropDb?.()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const setups = values.setups!.split(',')
  let clusterUrl = process.env.BENCH_DATABASE_URL
  let stopCluster: (() => void) | undefined
  if (!clusterUrl && setups.some((s) => s.startsWith('pg'))) {
    const started = spawnSync('bash', [join(PACKAGE_ROOT, '.ci', 'postgres.sh'), 'start'], { encoding: 'utf8' })
    if (started.status !== 0) throw new Error(started.stderr.trim())
    const vars = Object.fromEntries([...started.stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1], m[2]]))
    clusterUrl = vars.TEST_DATABASE_URL
    pgDir = vars.LEARNFINDER_PG_DIR
    stopCluster = () => void spawnSync('bash', [join(PACKAGE_ROOT, '.ci', 'postgres.sh'), 'stop', vars.LEARNFINDER_PG_DIR])
  }
  console.log(`${LEARNERS} learners, think ${THINK_MS} ms, ${SECONDS} s per setup, round-robin over the workers`)
  console.log('| backend | workers | learners | turns | turns/s | p50 ms | p99 ms | errors | worker CPU ms/turn | PostgreSQL CPU ms/turn | RSS MB per worker (now/peak) |')
  console.log('|---|---|---|---|---|---|---|---|---|---|---|')
  try {
    for (const setup of setups) console.log(await run(setup, clusterUrl))
    for (const line of sizes) console.log(line)
  } finally {
    stopCluster?.()
  }
}

await main()
