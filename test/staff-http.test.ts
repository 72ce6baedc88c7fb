/**
 * The staff layer where identity cannot be checked, and its housekeeping:
 * the real app on the HTTP channel (POST /api/chat) with a temp database.
 * The HTTP API trusts whatever session id the caller sends, so it never
 * grants admin commands; the periodic check purges old turn-log rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Logger } from '../src/channels/shared/logger.js'
import type { HttpChannel } from '../src/channels/http/index.js'
import { loadConfig } from '../src/config.js'
import { createApp, type App } from '../src/main.js'
import { SqliteAdminStore } from '../src/staff/sqlite-admin-store.js'
import { createAdminList } from '../src/staff/admin-list.js'
import { textChunks } from '../src/staff/telegram/commands-feature.js'
import { prepareServeDb } from './fakes/fake-bot-api-serve.js'
import { until } from './fixtures/until.js'

let app: App
let db: ReturnType<typeof prepareServeDb>
let url = ''
const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} }

beforeAll(async () => {
  db = prepareServeDb()
  const config = loadConfig({ HTTP_ENABLED: '1', HTTP_PORT: '0', STAFF_POLL_SECONDS: '0.2', LOG_RETENTION_DAYS: '30' })
  app = await createApp(config, { dbPath: db.db, log: quiet })
  await app.start()
  url = (app.channels.find((c) => c.name === 'http') as HttpChannel).url
})
afterAll(async () => {
  await app?.stop()
  db?.cleanup()
})

async function chat(session: string, text: string): Promise<string> {
  const res = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session, text }) })
  return ((await res.json()) as { text: string }).text
}

describe('staff layer on the HTTP API', () => {
  it('never runs admin commands over HTTP, and logs the attempt without the caller’s raw id', async () => {
    await expect(createAdminList(new SqliteAdminStore(app.db)).add('http', 'boss', 'test')).rejects.toThrow(/http callers are never admins/)
    const help = await chat('boss', '帮助')
    expect(await chat('boss', '/kb_archive CH-001')).toBe(help)
    expect((await app.store.get('CH-001'))?.status).toBe('active')
    const attempt = (await new SqliteAdminStore(app.db).actions(1))[0]
    expect(attempt).toMatchObject({ channel: 'http', action: 'kb_archive', allowed: false })
    expect(attempt.userId).toMatch(/^hash:[0-9a-f]{32}$/)
    expect(app.db.prepare("SELECT COUNT(*) AS n FROM admin_actions WHERE user_id = 'boss'").get()).toEqual({ n: 0 })
  })

  it('logs learner turns and purges rows older than LOG_RETENTION_DAYS in the periodic check', async () => {
    await chat('learner-1', '我想学用智能手机')
    const rows = (where: string) => (app.db.prepare(`SELECT COUNT(*) AS n FROM turns WHERE ${where}`).get() as { n: number }).n
    // The turn log is written by the writer thread after the reply: wait for the learner's row to land.
    await until(() => rows("text = '我想学用智能手机'"), (n) => n === 1)
    app.db
      .prepare(`INSERT INTO turns (at, channel, user_hash, text, slots, project_ids, matched) VALUES (?, 'http', 'old', '旧问题', NULL, '[]', 0)`)
      .run(new Date(Date.now() - 40 * 86_400_000).toISOString())
    expect(rows("user_hash = 'old'")).toBe(1)
    await until(() => rows("user_hash = 'old'"), (n) => n === 0)
    expect(rows("user_hash = 'old'")).toBe(0)
    expect(rows("text = '我想学用智能手机'")).toBe(1)
  })
})

describe('textChunks', () => {
  it('splits a long reply on line breaks into pieces Telegram accepts', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `- 第 ${i} 行：学开挖掘机 ×${i}`)
    const chunks = textChunks({ lang: 'zh', parts: [{ type: 'text', text: lines.join('\n') }], projects: [], clarify: false }, 1000)
    expect(chunks.length).toBeGreaterThan(1)
    expect(chunks.every((c) => c.length <= 1000)).toBe(true)
    expect(chunks.join('\n')).toBe(lines.join('\n'))
  })
})
