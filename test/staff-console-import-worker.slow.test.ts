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
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { PREVIEW_IDS } from '../src/staff/upload-worker.js'
import { prepareServeDb } from './fakes/fake-bot-api-serve.js'
import { startConsole, type ConsoleSession } from './fixtures/staff/console-app.js'

const ROWS = 3000

let prepared: ReturnType<typeof prepareServeDb>
let s: ConsoleSession

beforeAll(async () => {
  prepared = prepareServeDb()
  s = await startConsole(prepared.db)
}, 120_000)
afterAll(async () => {
  await s?.app.stop()
  prepared?.cleanup()
})

describe('the web console’s import of a large file', () => {
  it('is checked and imported in the worker thread while learners are answered from the old catalogue', async () => {
    await writeCatalogueCsv(join(prepared.dir, 'big.csv'), { rows: ROWS, taxonomy: loadTaxonomy(), seed: 7 })
    const data = readFileSync(join(prepared.dir, 'big.csv'))
    const version = await s.app.store.version()
    // On the bot's thread these would run on its own store: in the worker they run on the worker's.
    const onBotThread = [vi.spyOn(s.app.store, 'planImport'), vi.spyOn(s.app.store, 'applyImport'), vi.spyOn(s.app.store, 'rollbackLast')]
    const page = await (await fetch(`${s.url}/admin/import`, { headers: { cookie: s.cookies() } })).text()
    const form = new FormData()
    form.set('_csrf', s.csrfOf(page))
    form.set('file', new Blob([data]), 'big.csv')

    let checked = false
    const check = fetch(`${s.url}/admin/import/check`, { method: 'POST', body: form, headers: { cookie: s.cookies() } })
      .then(async (res) => ({ status: res.status, html: await res.text() }))
      .finally(() => (checked = true))
    // A learner asks while the file is read and planned, and is answered first.
    expect(await s.learnerAsks('老年人智能手机')).toContain('老年人智能手机入门班')
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
    const confirm = fetch(`${s.url}/admin/import/${key}/confirm`, {
      method: 'POST', redirect: 'manual', headers: { cookie: s.cookies(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: s.csrfOf(report.html) }),
    }).finally(() => (imported = true))
    // While it imports, a learner is answered from the old catalogue: the import has not committed yet.
    expect(await s.learnerAsks('人工智能')).toBeTruthy()
    expect(imported).toBe(false)
    const done = await confirm
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toMatch(new RegExp(`/admin/import/${key}/progress$`))
    expect(await s.app.store.version()).toBe(version + 1)
    // Pressed twice, the same check imports nothing more.
    const again = await fetch(`${s.url}/admin/import/${key}/confirm`, {
      method: 'POST', headers: { cookie: s.cookies(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: s.csrfOf(report.html) }),
    })
    expect(again.status).toBe(409)
    expect(await s.app.store.version()).toBe(version + 1)

    // Undone in the worker too.
    const undoPage = await (await fetch(`${s.url}/admin/import`, { headers: { cookie: s.cookies() } })).text()
    const undone = await fetch(`${s.url}/admin/import/undo`, {
      method: 'POST', headers: { cookie: s.cookies(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: s.csrfOf(undoPage) }),
    })
    expect(undone.status).toBe(200)
    expect(await undone.text()).toMatch(/id="undone"/)
    expect(await s.app.store.version()).toBe(version + 2)
    expect(onBotThread.map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0])
  }, 300_000)
})
