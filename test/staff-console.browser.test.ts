/**
 * The staff console in a real browser (slow: Debian's chromium against the
 * real `learnfinder serve`). The tests run in order on one server: sign-in,
 * CSRF and roles first, then an import that fails, one that works (a
 * learner then finds the new project through POST /api/chat), undo, an
 * edit, archive and restore, the hit test, the report with an everyday word
 * added from a found-nothing question, the charts, and a screenshot of every
 * page in test-output/screenshots/.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EDITOR, VIEWER, learnerAsks, paintedPixels, screenshot, signIn, startConsoleWorld, type ConsoleWorld } from './browser/console-harness.js'

let world: ConsoleWorld
let files: string

const HEADERS = ['编号', '项目名称', '主办单位', '项目简介', '领域', '面向人群', '学习形式', '地区', '费用']

async function workbook(name: string, rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('项目目录')
  ws.addRow(HEADERS)
  for (const r of rows) ws.addRow(r)
  const path = join(files, name)
  await wb.xlsx.writeFile(path)
  return path
}

const FORKLIFT = ['CH-100', '叉车司机安全操作培训', '示范职业学院', '学开叉车：叉车结构、安全驾驶和仓库装卸，考取特种设备操作证。', '职业技能', '农民工', '线下', '山东省 济南市', 600]

/** The catalogue version the search index answers from (GET /healthz). */
async function indexedVersion(): Promise<number> {
  return ((await (await fetch(`${world.url}/healthz`)).json()) as { catalogueVersion: number }).catalogueVersion
}

/** Resolves once search has caught up with a catalogue write (polls /healthz, each poll an event). */
async function indexAtLeast(version: number): Promise<void> {
  for (let i = 0; i < 200 && (await indexedVersion()) < version; i++) await new Promise((r) => setImmediate(r))
  while ((await indexedVersion()) < version) await fetch(`${world.url}/healthz`)
}

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'lf-console-files-'))
  world = await startConsoleWorld()
}, 120_000)

afterAll(async () => {
  await world?.close()
  if (files) rmSync(files, { recursive: true, force: true })
})

describe('the staff console in a real browser', { timeout: 60_000 }, () => {
  it('sends a visitor without a session to the sign-in page', async () => {
    await world.page.goto(`${world.url}/admin/catalogue`)
    expect(new URL(world.page.url()).pathname).toBe('/admin/login')
    await screenshot(world.page, '00-login')
  })

  it('refuses a wrong password and lets the right one in', async () => {
    await signIn(world, { name: EDITOR.name, password: 'not-the-password' })
    expect(await world.page.textContent('.msg.err')).toContain('用户名或密码不对')
    await signIn(world, EDITOR)
    expect(new URL(world.page.url()).pathname).toBe('/admin/')
    expect(await world.page.textContent('h1')).toBe('概览')
  })

  it('refuses a form posted without its CSRF token, and one with a forged token', async () => {
    const bare = await world.page.request.post(`${world.url}/admin/catalogue/CH-004/archive`, { form: { x: '1' } })
    expect(bare.status()).toBe(403)
    const forged = await world.page.request.post(`${world.url}/admin/catalogue/CH-004/archive`, { form: { _csrf: 'forged' } })
    expect(forged.status()).toBe(403)
    await world.page.goto(`${world.url}/admin/catalogue/CH-004`)
    expect(await world.page.textContent('#project-status')).toBe('有效')
  })

  it('limits sign-in attempts per account with a 429 that says when to retry', async () => {
    const ctx = world.page.request
    const login = await (await ctx.get(`${world.url}/admin/login`)).text()
    const token = /name="_csrf" value="([^"]+)"/.exec(login)?.[1]
    let last = 0
    let body = ''
    let retry: string | undefined
    for (let i = 0; i < 6; i++) {
      const res = await ctx.post(`${world.url}/admin/login`, { form: { _csrf: token ?? '', username: 'mallory', password: 'guess-' + i }, maxRedirects: 0 })
      last = res.status()
      body = await res.text()
      retry = res.headers()['retry-after']
    }
    expect(last).toBe(429)
    expect(Number(retry)).toBeGreaterThan(0)
    expect(body).toMatch(/请 \d+ 秒后再试/)
  })

  it('lets a viewer see every page but change nothing', async () => {
    await signIn(world, VIEWER)
    await world.page.goto(`${world.url}/admin/catalogue/CH-004`)
    expect(await world.page.$('#edit-form button[type=submit]')).toBeNull()
    const token = await world.page.getAttribute('input[name=_csrf]', 'value')
    const res = await world.page.request.post(`${world.url}/admin/catalogue/CH-004/archive`, { form: { _csrf: token! } })
    expect(res.status()).toBe(403)
    expect(await res.text()).toContain('只读账号只能查看')
    for (const [path, form] of [
      ['/admin/catalogue/CH-004/edit', { 费用: '1' }],
      ['/admin/import/undo', {}],
      ['/admin/report/words', { say: '挖掘机', means: '叉车' }],
      ['/admin/notices/send', {}],
      ['/admin/accounts/web/add', { name: 'eve', role: 'editor', password: 'eve-password-1' }],
      ['/admin/accounts/chat/add', { channel: 'telegram', userId: '42' }],
    ] as const) {
      const refused = await world.page.request.post(`${world.url}${path}`, { form: { _csrf: token!, ...form } })
      expect(refused.status(), path).toBe(403)
    }
    await world.page.goto(`${world.url}/admin/accounts`)
    expect(await world.page.textContent('#web-accounts')).not.toContain('eve')
    await world.page.goto(`${world.url}/admin/catalogue/CH-004`)
    expect(await world.page.textContent('#project-status')).toBe('有效')
    expect(await world.page.inputValue('#e-fee')).toBe('300')
    await signIn(world, EDITOR)
  })

  it('shows both problems of an XLSX with two bad rows and changes nothing', async () => {
    const before = await indexedVersion()
    const bad = await workbook('两行有错.xlsx', [
      ['CH-101', '老年人学太极', '示范体育学院', '跟着老师学二十四式太极拳。', '健康养老', '老年大学学员', '线下', '浙江省', 0],
      ['CH 102', '手机拍照入门', '示范开放大学', '用手机拍出好照片。', '数字技能', '老年人', '线上', '全国', '免费'],
      FORKLIFT,
    ])
    await world.page.goto(`${world.url}/admin/import`)
    await world.page.setInputFiles('#file', bad)
    await Promise.all([world.page.waitForLoadState('load'), world.page.click('#upload-form button[type=submit]')])
    const problems = await world.page.$$eval('#problems li', (items) => items.map((li) => li.textContent ?? ''))
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/^第 2 行，「面向人群」：.*老年大学学员/)
    expect(problems[1]).toMatch(/^第 3 行，「编号」：/)
    await screenshot(world.page, '03-import-problems')
    expect(await indexedVersion()).toBe(before)
    expect((await learnerAsks(world.url, 'before-import', '我想学开叉车')).ids).not.toContain('CH-100')
  })

  it('imports a good XLSX after showing the diff, and a learner then finds the new project', async () => {
    const good = await workbook('新项目.xlsx', [
      FORKLIFT,
      ['CH-002', '人工智能通识课', '示范理工大学', '用生活中的例子讲清人工智能是什么、能做什么、有哪些风险。', '人工智能', '社会公众', '线上', '全国', 100],
    ])
    await world.page.goto(`${world.url}/admin/import`)
    await world.page.setInputFiles('#file', good)
    await Promise.all([world.page.waitForLoadState('load'), world.page.click('#upload-form button[type=submit]')])
    expect(await world.page.textContent('#plan')).toContain('新增 1 个，更新 1 个')
    expect(await world.page.textContent('#added')).toContain('CH-100')
    const diff = await world.page.$$eval('#diff tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)))
    expect(diff).toContainEqual(['CH-002 人工智能通识课', '费用', '免费', '100'])
    await screenshot(world.page, '04-import-diff')
    await Promise.all([world.page.waitForURL(/\/progress$/), world.page.click('#confirm-import')])
    await world.page.waitForSelector('#import-done', { timeout: 30_000 })
    expect(await world.page.textContent('#import-done')).toContain('新增 1 个')
    await screenshot(world.page, '05-import-done')
    const after = await learnerAsks(world.url, 'after-import', '我想学开叉车')
    expect(after.ids).toContain('CH-100')
  })

  it('adds an everyday word from a found-nothing question, live, and refuses a one-character word', async () => {
    expect((await learnerAsks(world.url, 'digger-1', '学开挖掘机')).ids).not.toContain('CH-100')
    await world.page.goto(`${world.url}/admin/report`)
    const row = world.page.locator('#unmatched tr', { hasText: '学开挖掘机' })
    await row.locator('input[name=say]').fill('车')
    await row.locator('input[name=means]').fill('叉车')
    await Promise.all([world.page.waitForLoadState('load'), row.locator('button').click()])
    expect(await world.page.textContent('#word-result')).toContain('没有添加')
    const again = world.page.locator('#unmatched tr', { hasText: '学开挖掘机' })
    await again.locator('input[name=say]').fill('挖掘机')
    await again.locator('input[name=means]').fill('叉车')
    await Promise.all([world.page.waitForLoadState('load'), again.locator('button').click()])
    expect(await world.page.textContent('#word-result')).toContain('已添加：挖掘机 → 叉车')
    expect((await learnerAsks(world.url, 'digger-2', '学开挖掘机')).ids).toContain('CH-100')
  })

  it('undoes the import, and the new project is gone for learners', async () => {
    await world.page.goto(`${world.url}/admin/import`)
    const version = await indexedVersion()
    await Promise.all([world.page.waitForLoadState('load'), world.page.click('#undo-button')])
    expect(await world.page.textContent('#undone')).toMatch(/已撤销第 \d+ 次导入/)
    await indexAtLeast(version + 1)
    expect((await learnerAsks(world.url, 'after-undo', '我想学开叉车')).ids).not.toContain('CH-100')
    await screenshot(world.page, '06-import-history')
  })

  it('edits one project’s fee through the import checks, archives it and restores it', async () => {
    await world.page.goto(`${world.url}/admin/catalogue/CH-004`)
    await world.page.fill('#e-fee', '三百块')
    await Promise.all([world.page.waitForLoadState('load'), world.page.click('#edit-form button[type=submit]')])
    expect(await world.page.textContent('#problems')).toContain('费用')
    await world.page.goto(`${world.url}/admin/catalogue/CH-004`)
    await world.page.fill('#e-fee', '350')
    await Promise.all([world.page.waitForLoadState('load'), world.page.click('#edit-form button[type=submit]')])
    expect(await world.page.textContent('.msg.ok')).toContain('已保存')
    expect(await world.page.inputValue('#e-fee')).toBe('350')
    await screenshot(world.page, '07-project')
    await Promise.all([world.page.waitForLoadState('load'), world.page.click('#status-button')])
    expect(await world.page.textContent('#project-status')).toBe('已下线')
    await Promise.all([world.page.waitForLoadState('load'), world.page.click('#status-button')])
    expect(await world.page.textContent('#project-status')).toBe('有效')
    await world.page.goto(`${world.url}/admin/catalogue?q=${encodeURIComponent('电工')}`)
    expect(await world.page.textContent('#catalogue tbody')).toContain('350')
    await screenshot(world.page, '02-catalogue')
  })

  it('hit test shows the understood slots, the score parts and the learner’s reply in both languages', async () => {
    await world.page.goto(`${world.url}/admin/hit?q=${encodeURIComponent('退休了想学用手机')}`)
    expect(await world.page.textContent('#slots')).toContain('老年人')
    const scores = await world.page.$$eval('#hits tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')))
    expect(scores.length).toBeGreaterThan(0)
    expect(scores[0][1]).toContain('CH-001')
    expect(Number(scores[0][5])).toBeGreaterThan(0)
    const zh = await world.page.textContent('#reply-zh')
    const en = await world.page.textContent('#reply-en')
    expect(zh).toContain('老年人智能手机入门班')
    expect(en).toMatch(/[A-Za-z]{3,}/)
    expect(en).not.toBe(zh)
    await screenshot(world.page, '08-hit-test')
  })

  it('draws the overview and report charts (the canvases are not blank)', async () => {
    await world.page.goto(`${world.url}/admin/`)
    await world.page.waitForSelector('body[data-charts-drawn="2"]')
    expect(await paintedPixels(world.page, '#chart-topics')).toBeGreaterThan(500)
    expect(await paintedPixels(world.page, '#chart-audiences')).toBeGreaterThan(500)
    await screenshot(world.page, '01-overview')
    await world.page.goto(`${world.url}/admin/report`)
    await world.page.waitForSelector('body[data-charts-drawn]')
    expect(await paintedPixels(world.page, '#chart-over-time')).toBeGreaterThan(500)
    expect(await paintedPixels(world.page, '#chart-topics')).toBeGreaterThan(500)
    expect(await world.page.textContent('#unmatched')).toContain('学开挖掘机')
    const csv = await world.page.request.get(`${world.url}/admin/report.csv?days=7`)
    expect(await csv.text()).toContain('unmatched')
    await screenshot(world.page, '09-report')
  })

  it('shows notices and accounts with the audit log naming the web user, and switches to English', async () => {
    await world.page.goto(`${world.url}/admin/notices`)
    await screenshot(world.page, '10-notices')
    await world.page.goto(`${world.url}/admin/accounts`)
    const log = await world.page.textContent('#audit-log')
    expect(log).toContain('web:alice')
    expect(log).toContain('project edit')
    expect(log).toContain('related word add')
    expect(log).toMatch(/web:victor\s*POST \/catalogue\/CH-004\/archive/)
    await screenshot(world.page, '11-accounts')
    await world.page.click('#lang-switch')
    expect(await world.page.textContent('h1')).toBe('Accounts & log')
    await world.page.setViewportSize({ width: 390, height: 844 })
    await world.page.goto(`${world.url}/admin/catalogue`)
    await screenshot(world.page, '12-catalogue-phone-en')
    await world.page.setViewportSize({ width: 1280, height: 900 })
  })
})
