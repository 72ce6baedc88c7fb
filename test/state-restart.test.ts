/**
 * State that used to live only in memory survives a restart of the app on
 * the same database: a checked upload still imports on 确认导入 pressed after
 * the restart, a learner's /lang choice is kept, and a button whose payload
 * was too long for Telegram still works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config.js'
import { createApp, type App } from '../src/main.js'
import { buttonPress, buttonsOf, privateText, user } from './fakes/fake-bot-api-updates.js'
import { ADMIN_ID, TEST_SALT, fixture, privateDocument, startStaffApp, type StaffApp } from './fixtures/staff/staff-app.js'
import type { ApiCall } from './fakes/fake-bot-api.js'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/db/open-database.js'
import { ButtonTable } from '../src/channels/telegram/render.js'
import { SqliteExpiringStateStore } from '../src/channels/shared/sqlite-expiring-state-store.js'
import { declareChannelPrompts, say as say_ } from '../src/channels/shared/channel-prompts.js'
import { loadPrompts } from '../src/prompts.js'

const prompts = declareChannelPrompts(loadPrompts())

let s: StaffApp
let restarted: App | undefined
const admin = user(ADMIN_ID, 'Staff')
const learner = user(3101, 'Lee')

beforeAll(async () => {
  s = await startStaffApp()
})
afterAll(async () => {
  await restarted?.stop()
  await s?.close()
})

async function say(from: ReturnType<typeof user>, text: string): Promise<ApiCall> {
  const next = s.api.nextMessage(from.id)
  s.api.deliver(privateText(from, text))
  return next
}

describe('chat state across a restart', () => {
  it('imports a file confirmed after a restart and keeps a learner’s /lang choice', async () => {
    const after = s.api.calls.length
    s.api.deliver(privateDocument(s.api, admin, 'new-ai.csv', fixture('new-ai.csv')))
    const report = await s.api.waitFor(
      (c) => c.method === 'sendMessage' && c.params.chat_id === admin.id && buttonsOf(c.params).length === 2,
      15_000,
      after,
    )
    await say(learner, '/lang en')

    await s.app.stop()
    restarted = await createApp(
      loadConfig({ TELEGRAM_BOT_TOKEN: '123456:FAKE', TELEGRAM_API_ROOT: s.api.root, TELEGRAM_ADMIN_IDS: String(ADMIN_ID), LOG_SALT: TEST_SALT }),
      { dbPath: s.dbPath, log: { info() {}, warn() {}, error() {} } },
    )
    await restarted.start()

    const confirm = buttonsOf(report.params).find((b) => b.text === '确认导入')!
    const before = s.api.calls.length
    s.api.deliver(buttonPress(admin, admin.id, 1, confirm.callback_data))
    const done = await s.api.waitFor((c) => c.method === 'editMessageText', 15_000, before)
    expect(done.params.text).toMatch(/^导入完成：新增 2 个/)
    expect((await restarted.store.get('CH-101'))?.title).toBe('人工智能办公应用')

    // The learner's Telegram client is Chinese; only the kept /lang choice makes the help English.
    expect((await say(learner, '/help')).params.text).toBe(say_(prompts, 'en', 'help'))
  }, 60_000)

  it('resolves a long button payload in a table that was made after the restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-buttons-'))
    const db = openDatabase(join(dir, 'lf.db'))
    try {
      const payload = '我想找适合退休老人、在杭州线下、免费、周末上课的智能手机入门课程'
      const data = new ButtonTable(10, new SqliteExpiringStateStore(db)).sayData(payload)
      expect(data).toMatch(/^b:/)
      expect(new ButtonTable(10).decode(data)).toEqual({ kind: 'expired' })
      expect(await new ButtonTable(10, new SqliteExpiringStateStore(db)).resolve(data)).toEqual({ kind: 'say', payload })
    } finally {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
