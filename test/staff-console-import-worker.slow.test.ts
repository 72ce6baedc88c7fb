/**
 * The staff web console's import runs in the upload worker, as a Telegram
 * upload does: the bot's own catalogue store never plans, applies or undoes
 * the file (the worker's connection does), learners are answered meanwhile
 * (from the old catalogue until the import commits), and the console reports
 * the result once the worker is done.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { writeCatalogueCsv } from '../bench/generate-catalogue.js'
import type { HttpChannel } from '../src/channels/http/index.js'
import { silentLogger } from '../src/channels/shared/logger.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/open-database.js'
import { createApp, type App } from '../src/main.js'
import { SqliteWebAccountStore } from '../src/staff/sqlite-web-account-store.js'
import { hashPassword } from '../src/staff/web-password.js'
import { PREVIEW_IDS } from '../src/staff/upload-worker.js'
import { prepareServeDb } from './fakes/fake-bot-api-serve.js'

const ROWS = 3000

let prepared: ReturnType<typeof prepareServeDb>
let app: App
let url: string
const jar = new Map<string, string>()
const cookies = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
const remember = (res: Response) => {
  for (const line of res.headers.getSetCookie()) {
    const [k, v] = line.split(';')[0].split('=')
    jar.set(k, v)
  }
  return res
}
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]

beforeAll(async () => {
  prepared = prepareServeDb()
  const db = openDatabase(prepared.db)
  await new SqliteWebAccountStore(db).add({ name: 'alice', role: 'editor', passwordHash: await hashPassword('alice-password-1'), createdBy: 'test' })
  db.close()
  app = await createApp(loadConfig({ HTTP_ENABLED: '1', HTTP_PORT: '0', HTTP_RATE_PER_ADDRESS: '100000', STAFF_POLL_SECONDS: '3600' }), { dbPath: prepared.db, log: silentLogger })
  await app.start()
  url = (app.channels.find((c) => c.name === 'http') as HttpChannel).url
  const login = remember(await fetch(`${url}/admin/login`))
  remember(await fetch(`${url}/admin/login`, {
    method: 'POST', redirect: 'manual', headers: { cookie: cookies(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrfOf(await login.text()), username: 'alice', password: 'alice-password-1' }),
  }))
}, 120_000)
afterAll(async () => {
  await app?.stop()
  prepared?.cleanup()
})

/** What a learner is answered over POST /api/chat. */
async function learnerAsks(text: string): Promise<string> {
  const res = await fetch(`${url}/api/chat`, { method: 'POST', body: JSON.stringify({ session: 'learner', text }), headers: { 'content-type': 'application/json' } })
  expect(res.status).toBe(200)
  return ((await res.json()) as { text: string }).text
}

describe('the web console’s import of a large file', () => {
  it('is checked and imported in the worker thread while learners are answered from the old catalogue', async () => {
    await writeCatalogueCsv(join(prepared.dir, 'big.csv'), { rows: ROWS, taxonomy: loadTaxonomy(), seed: 7 })
    const data = readFileSync(join(prepared.dir, 'big.csv'))
    const version = await app.store.version()
    // On the bot's thread these would run on its own store: in the worker they run on the worker's.
    const onBotThread = [vi.spyOn(app.store, 'planImport'), vi.spyOn(app.store, 'applyImport'), vi.spyOn(app.store, 'rollbackLast')]
    const page = await (await fetch(`${url}/admin/import`, { headers: { cookie: cookies() } })).text()
    const form = new FormData()
    form.set('_csrf', csrfOf(page))
    form.set('file', new Blob([data]), 'big.csv')

    let checked = false
    const check = fetch(`${url}/admin/import/check`, { method: 'POST', body: form, headers: { cookie: cookies() } })
      .then(async (res) => ({ status: res.status, html: await res.text() }))
      .finally(() => (checked = true))
    // A learner asks while the file is read and planned, and is answered first.
    expect(await learnerAsks('老年人智能手机')).toContain('老年人智能手机入门班')
    expect(checked).toBe(false)
    const report = await check
    expect(report.status).toBe(200)
    expect(report.html).toMatch(/id="plan"/)
    // The worker hands back the plan's counts and the first ids of each kind, for the page to list.
    const plan = /检查结果：新增 (\d+) 个，更新 (\d+) 个，未变 (\d+) 个，下线 (\d+) 个/.exec(report.html)!.slice(1).map(Number)
    expect(plan[0] + plan[1] + plan[2]).toBeGreaterThan(ROWS / 2)
    const listed = (id: string) => (new RegExp(`<ul id="${id}">(.*?)</ul>`).exec(report.html)?.[1].match(/<li>/g) ?? []).length
    expect(listed('added')).toBe(Math.min(plan[0], PREVIEW_IDS))
    expect(listed('archived')).toBe(Math.min(plan[3], PREVIEW_IDS))
    const key = /action="\/admin\/import\/([^/"]+)\/confirm"/.exec(report.html)![1]

    let imported = false
    const confirm = fetch(`${url}/admin/import/${key}/confirm`, {
      method: 'POST', redirect: 'manual', headers: { cookie: cookies(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfOf(report.html) }),
    }).finally(() => (imported = true))
    // While it imports, a learner is answered from the old catalogue: the import has not committed yet.
    expect(await learnerAsks('人工智能')).toBeTruthy()
    expect(imported).toBe(false)
    const done = await confirm
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toMatch(new RegExp(`/admin/import/${key}/progress$`))
    expect(await app.store.version()).toBe(version + 1)
    // Pressed twice, the same check imports nothing more.
    const again = await fetch(`${url}/admin/import/${key}/confirm`, {
      method: 'POST', headers: { cookie: cookies(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfOf(report.html) }),
    })
    expect(again.status).toBe(409)
    expect(await app.store.version()).toBe(version + 1)

    // Undone in the worker too.
    const undoPage = await (await fetch(`${url}/admin/import`, { headers: { cookie: cookies() } })).text()
    const undone = await fetch(`${url}/admin/import/undo`, {
      method: 'POST', headers: { cookie: cookies(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrfOf(undoPage) }),
    })
    expect(undone.status).toBe(200)
    expect(await undone.text()).toMatch(/id="undone"/)
    expect(await app.store.version()).toBe(version + 2)
    expect(onBotThread.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0])
  }, 300_000)
})
