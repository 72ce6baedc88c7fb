/**
 * Staff keep the catalogue current from Telegram: the real app (staff
 * extension, engine, search, a temp database) on long polling against the
 * fake Bot API server. Uploads, the dry-run report and its buttons, admin
 * commands, and what a non-admin gets instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { writeCatalogueCsv } from '../bench/generate-catalogue.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import ExcelJS from 'exceljs'
import { PACKAGE_ROOT } from '../src/paths.js'
import { SqliteAdminStore } from '../src/staff/sqlite-admin-store.js'
import { cleanEnv } from './fakes/fake-bot-api-serve.js'
import type { ApiCall } from './fakes/fake-bot-api.js'
import { buttonPress, buttonsOf, privateText, user } from './fakes/fake-bot-api-updates.js'
import { ADMIN_ID, TEST_SALT, fixture, privateDocument, startStaffApp, type StaffApp } from './fixtures/staff/staff-app.js'
import { idHasher } from '../src/staff/log-key.js'

let s: StaffApp
const admin = user(ADMIN_ID, 'Staff')
const learner = user(3001, '王阿姨')
/** A learner's refused attempts are audited under the keyed hash of their id, never the id. */
const learnerHash = `hash:${idHasher(TEST_SALT)('telegram', String(learner.id))}`

beforeAll(async () => {
  s = await startStaffApp()
})
afterAll(async () => {
  await s?.close()
})

const audit = () => new SqliteAdminStore(s.app.db).actions(100)

/** Sends a message and resolves with the bot's next sendMessage to that chat. */
async function say(from: ReturnType<typeof user>, text: string): Promise<ApiCall> {
  const next = s.api.nextMessage(from.id)
  s.api.deliver(privateText(from, text))
  return next
}

/** The rows of a fixture CSV as an XLSX workbook (what staff save from Excel). */
async function asXlsx(csvName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('项目')
  for (const line of fixture(csvName).toString('utf8').trim().split('\n')) sheet.addRow(line.split(','))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** Uploads a file as `from`; resolves with the bot's reply after "正在检查". */
async function upload(from: ReturnType<typeof user>, name: string, data = fixture(name)): Promise<ApiCall> {
  const after = s.api.calls.length
  s.api.deliver(privateDocument(s.api, from, name, data))
  const received = await s.api.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === from.id, 10_000, after)
  expect(received.params.text).toBe(`收到文件 ${name}，正在检查……`)
  return s.api.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === from.id && c !== received, 10_000, after)
}

/** Presses one of the report's buttons; resolves with the edited message. */
async function press(report: ApiCall, label: string): Promise<ApiCall> {
  const button = buttonsOf(report.params).find((b) => b.text === label)!
  expect(button).toBeDefined()
  const after = s.api.calls.length
  s.api.deliver(buttonPress(admin, admin.id, 1, button.callback_data))
  return s.api.waitFor((c) => c.method === 'editMessageText', 10_000, after)
}

describe('catalogue updates from Telegram', () => {
  it('checks a good file, shows the dry-run report with buttons, and imports on 确认导入', async () => {
    const before = (await s.app.store.count()).active
    const report = await upload(admin, 'new-ai.csv')
    expect(report.params.text).toBe('检查结果：新增 2 个，更新 0 个，未变 0 个，下线 0 个。确认导入吗？')
    expect(buttonsOf(report.params).map((b) => b.text)).toEqual(['确认导入', '取消'])
    expect((await s.app.store.count()).active).toBe(before)

    const done = await press(report, '确认导入')
    expect(done.params.text).toBe('导入完成：新增 2 个，更新 0 个，下线 0 个。检索已更新。')
    expect((await s.app.store.get('CH-101'))?.title).toBe('人工智能办公应用')
    expect(s.app.search.indexedVersion()).toBe(await s.app.store.version())

    const answer = await say(learner, '想学用AI写工作总结')
    expect(answer.params.text).toContain('人工智能办公应用')
    expect((await audit()).find((a) => a.action === 'import')).toMatchObject({ channel: 'telegram', userId: '1', allowed: true })
  })

  it('rejects a file with three bad rows, names the three rows, and imports nothing', async () => {
    const version = (await s.app.store.version())
    const reply = await upload(admin, 'three-bad-rows.csv')
    const text = String(reply.params.text)
    const lines = text.split('\n')
    expect(lines[0]).toBe('文件有 3 处问题，没有导入任何内容。请改好后再发一次：')
    expect(lines.slice(1).map((l) => l.slice(0, l.indexOf('：')))).toEqual(['• 第 3 行「项目名称」', '• 第 4 行「领域」', '• 第 5 行「费用」'])
    expect(lines[2]).toContain('飞天遁地')
    expect(lines[3]).toContain('三百块')
    // The reasons too are in the admin's language, not English.
    expect(lines[3]).toContain('既不是免费')
    expect(text).not.toMatch(/ is | unknown /)
    expect(buttonsOf(reply.params)).toEqual([])
    expect(await s.app.store.version()).toBe(version)
    expect(await s.app.store.get('CH-111')).toBeUndefined()
  })

  it('changes nothing when the admin presses 取消', async () => {
    const version = (await s.app.store.version())
    const report = await upload(admin, 'new-care.xlsx', await asXlsx('new-care.csv'))
    expect(report.params.text).toContain('新增 1 个')
    const cancelled = await press(report, '取消')
    expect(cancelled.params.text).toBe('已取消，目录没有变化。')
    expect(await s.app.store.version()).toBe(version)
    expect(await s.app.store.get('CH-201')).toBeUndefined()
    // The same buttons cannot import it afterwards.
    const again = await press(report, '确认导入')
    expect(again.params.text).toBe('这个导入已经过期或已处理，请重新发送文件。')
    expect(await s.app.store.get('CH-201')).toBeUndefined()
  })

  it('explains kindly to a non-admin who sends a file, imports nothing, and logs the attempt', async () => {
    const version = (await s.app.store.version())
    const next = s.api.nextMessage(learner.id)
    s.api.deliver(privateDocument(s.api, learner, 'new-care.csv', fixture('new-care.csv')))
    expect((await next).params.text).toBe('我现在只能看懂文字。请直接打字告诉我想学什么，比如“我想学电脑”。')
    expect(s.api.sent('getFile').length).toBe(3) // only the admin's three uploads were fetched
    expect(await s.app.store.version()).toBe(version)
    expect((await audit()).find((a) => a.action === 'upload' && !a.allowed)).toMatchObject({ userId: learnerHash, detail: 'new-care.csv' })
  })

  it('answers a learner from the old index while the new one is being built', async () => {
    const oldVersion = s.app.search.indexedVersion()
    const base = (await s.app.store.get('CH-006'))!
    await s.app.store.applyImport(
      Array.from({ length: 400 }, (_, i) => ({ ...base, id: `BULK-${i}`, title: `养老护理专题 ${i}` })),
      { who: 'test', files: ['bulk.csv'] },
    )
    const refreshing = s.app.search.refresh()
    const answer = await say(learner, '我想学用智能手机')
    // Answered before the swap (building 400 projects' index takes far longer than one answer).
    expect(s.app.search.indexedVersion()).toBe(oldVersion)
    expect(answer.params.text).toContain('老年人智能手机入门班')
    await refreshing
    expect(s.app.search.indexedVersion()).toBe(await s.app.store.version())
  })
})

describe('admin commands on Telegram', () => {
  it('/kb shows counts, the last import and the index state', async () => {
    const reply = await say(admin, '/kb')
    expect(reply.params.text).toMatch(/^目录共有 \d+ 个有效项目，0 个已下线。最近一次导入：\d{4}-\d\d-\d\d \d\d:\d\d bulk\.csv。检索索引：已就绪。$/)
  })

  it('/kb_show, /kb_archive and /kb_undo act on the catalogue and are recorded', async () => {
    expect((await say(admin, '/kb_show CH-101')).params.text).toContain('title: 人工智能办公应用')
    expect((await say(admin, '/kb_show NOPE')).params.text).toBe('目录里没有编号为 NOPE 的项目。')

    expect((await say(admin, '/kb_archive CH-102')).params.text).toBe('已下线：CH-102 家长课堂：孩子沉迷短视频怎么办。以后不会再推荐它。')
    expect((await s.app.store.get('CH-102'))?.status).toBe('archived')

    const importId = (await s.app.store.history(50)).find((r) => r.kind === 'import' && r.files[0] === 'bulk.csv')!.id
    expect((await say(admin, '/kb_undo')).params.text).toBe(`已撤销第 ${importId} 次导入（bulk.csv），目录恢复到导入前的样子。`)
    expect(await s.app.store.get('BULK-0')).toBeUndefined()
    expect(s.app.search.indexedVersion()).toBe(await s.app.store.version())
    const done = (await audit()).filter((a) => a.allowed && a.userId === '1').map((a) => a.detail)
    expect(done).toEqual(expect.arrayContaining(['/kb_show CH-101', '/kb_archive CH-102', '/kb_undo']))
  })

  it('gives a non-admin who types /kb the ordinary help, changes nothing, and logs the attempt', async () => {
    const reply = await say(learner, '/kb_undo')
    const help = await say(learner, '/help')
    expect(reply.params.text).toBe(help.params.text)
    expect(await s.app.store.get('CH-101')).toBeDefined()
    expect((await audit())[0]).toMatchObject({ channel: 'telegram', userId: learnerHash, action: 'kb_undo', allowed: false })
  })

  it('/report shows what learners asked, from the turn log', async () => {
    await say(learner, '学开挖掘机')
    const reply = await say(admin, '/report')
    const text = String(reply.params.text)
    expect(text).toContain('学员提问报告')
    expect(text).toContain('没找到项目的问题')
    expect(text).toContain('学开挖掘机')

    // The same from the CLI, as a spreadsheet, in another process reading the same log.
    const cli = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'learnfinder.js'), 'report', '--since', '1d', '--format', 'csv', '--db', s.dbPath], {
      env: cleanEnv({}),
      encoding: 'utf8',
    })
    expect(cli.status, cli.stderr).toBe(0)
    expect(cli.stdout.split('\n').find((l) => l.includes('学开挖掘机'))).toMatch(/^unmatched,/)
  })

  // Last: it leaves 3,000 more projects in the catalogue.
  it('answers learners while a large upload is checked and imported in a worker thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-big-upload-'))
    try {
      await writeCatalogueCsv(join(dir, 'big.csv'), { rows: 3000, taxonomy: loadTaxonomy(), seed: 12 })
      const data = readFileSync(join(dir, 'big.csv'))
      const version = await s.app.store.version()
      const after = s.api.calls.length
      const fromAdmin = (c: ApiCall) => c.method === 'sendMessage' && c.params.chat_id === admin.id
      s.api.deliver(privateDocument(s.api, admin, 'big.csv', data))
      const received = await s.api.waitFor(fromAdmin, 30_000, after)
      // While the file is read and checked, a learner is answered before the report comes.
      const duringCheck = await say(learner, '我想学用智能手机')
      expect(duringCheck.params.text).toContain('老年人智能手机入门班')
      const report = await s.api.waitFor((c) => fromAdmin(c) && c !== received, 120_000, after)
      expect(s.api.calls.indexOf(duringCheck)).toBeLessThan(s.api.calls.indexOf(report))
      expect(report.params.text).toMatch(/^检查结果：新增 \d+ 个/)

      const pressed = s.api.calls.length
      s.api.deliver(buttonPress(admin, admin.id, 1, buttonsOf(report.params).find((b) => b.text === '确认导入')!.callback_data))
      await s.api.waitFor((c) => c.method === 'answerCallbackQuery', 30_000, pressed)
      // While it imports, learners are answered from the old catalogue: the import has not committed yet.
      const duringImport = await say(learner, '有适合老年人的课吗')
      expect(duringImport.params.text).toBeTruthy()
      expect(await s.app.store.version()).toBe(version)
      const done = await s.api.waitFor((c) => c.method === 'editMessageText', 300_000, pressed)
      expect(done.params.text).toMatch(/^导入完成：新增 \d+ 个/)
      expect(await s.app.store.version()).toBe(version + 1)
      expect(s.app.search.indexedVersion()).toBe(version + 1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 420_000)
})
