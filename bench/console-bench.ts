/**
 * @module bench/console-bench
 * Server time per staff-console page at 10,000 projects: a temp database
 * with a generated catalogue and a few hundred logged learner questions,
 * the real app (HTTP on a free port, console mounted at /admin), one signed-in
 * editor, then each page fetched `--runs` times after a warm-up. Prints the
 * median and the 90th percentile in milliseconds (loopback HTTP included,
 * browser rendering not).
 *
 * @example node bin/run-ts.js bench/console-bench.ts --projects 10000 --runs 10
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'
import { loadConfig } from '../src/config.js'
import { createApp } from '../src/main.js'
import { silentLogger } from '../src/channels/shared/logger.js'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteCatalogueStore } from '../src/catalogue/sqlite-catalogue-store.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { SqliteWebAccountStore } from '../src/staff/sqlite-web-account-store.js'
import { hashPassword } from '../src/staff/web-password.js'
import type { HttpChannel } from '../src/channels/http/index.js'
import { generateProjects } from './generate-catalogue.js'
import { percentilesOf } from './percentile.js'

const { values } = parseArgs({ options: { projects: { type: 'string' }, runs: { type: 'string' }, questions: { type: 'string' } } })
const size = Number(values.projects ?? 10_000)
const runs = Number(values.runs ?? 10)
const questions = Number(values.questions ?? 300)
const QUESTIONS = ['我想学人工智能', '退休了想学用手机', '学开挖掘机', '农民工有什么免费的技能培训', '有没有线上的书法课', '乡村教师信息化', '学插花', '电工证怎么考']

const dir = mkdtempSync(join(tmpdir(), 'lf-console-bench-'))
const dbPath = join(dir, 'bench.db')
try {
  let t0 = performance.now()
  const db = openDatabase(dbPath)
  const taxonomy = loadTaxonomy()
  const projects = [...generateProjects({ rows: size, taxonomy })]
  await new SqliteCatalogueStore(db).applyImport(projects, { who: 'bench', files: ['generated.csv'] })
  await new SqliteWebAccountStore(db).add({ name: 'bench', role: 'editor', passwordHash: await hashPassword('bench-password'), createdBy: 'bench' })
  db.close()
  console.log(`catalogue of ${size.toLocaleString('en')} projects imported in ${Math.round(performance.now() - t0)} ms`)

  t0 = performance.now()
  const app = await createApp(loadConfig({ HTTP_PORT: '0' }), { dbPath, log: silentLogger })
  await app.start()
  const url = (app.channels.find((c) => c.name === 'http') as HttpChannel).url
  console.log(`app started (index built) in ${Math.round(performance.now() - t0)} ms`)

  const jar = new Map<string, string>()
  const cookies = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const [k, v] = pair.split('=')
      jar.set(k, v)
    }
  }
  const login = await fetch(`${url}/admin/login`)
  remember(login)
  const token = /name="_csrf" value="([^"]+)"/.exec(await login.text())![1]
  remember(await fetch(`${url}/admin/login`, {
    method: 'POST', redirect: 'manual', headers: { cookie: cookies(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, username: 'bench', password: 'bench-password' }),
  }))
  if (!jar.get('lf_session')) throw new Error('bench: sign-in failed')

  for (let i = 0; i < questions; i++) {
    await fetch(`${url}/api/chat`, { method: 'POST', body: JSON.stringify({ session: `bench-${i}`, text: QUESTIONS[i % QUESTIONS.length] }) })
  }

  const id = encodeURIComponent(projects[4321].id)
  const pages = [
    '/', '/catalogue', '/catalogue?q=%E6%89%8B%E6%9C%BA', '/catalogue?topic=ai&status=active&page=3', `/catalogue/${id}`,
    '/import', '/hit?q=%E9%80%80%E4%BC%91%E4%BA%86%E6%83%B3%E5%AD%A6%E7%94%A8%E6%89%8B%E6%9C%BA', '/report', '/report?days=30',
    '/notices', '/accounts', '/catalogue/export.csv', '/catalogue/export.xlsx',
  ]
  console.log(`\nserver time per page, ${size.toLocaleString('en')} projects, ${questions} logged questions, ${runs} runs after a warm-up`)
  console.log('| page | median ms | p90 ms | bytes |')
  console.log('|---|---|---|---|')
  for (const page of pages) {
    const times: number[] = []
    let bytes = 0
    for (let i = 0; i <= runs; i++) {
      const start = performance.now()
      const res = await fetch(`${url}/admin${page}`, { headers: { cookie: cookies() } })
      const body = await res.arrayBuffer()
      if (res.status !== 200) throw new Error(`bench: ${page} answered ${res.status}`)
      if (i > 0) times.push(performance.now() - start)
      bytes = body.byteLength
    }
    const at = percentilesOf(times, [50, 90])
    console.log(`| ${decodeURIComponent(page)} | ${at[50].toFixed(1)} | ${at[90].toFixed(1)} | ${bytes.toLocaleString('en')} |`)
  }
  await app.stop()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
