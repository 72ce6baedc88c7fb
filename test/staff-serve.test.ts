/**
 * The staff layer is part of `learnfinder serve` itself (registered in
 * BUILT_IN_EXTENSIONS): the real serve process on Telegram long polling
 * against the fake Bot API server answers an admin's /kb, and a learner's
 * subscription, and its turn log feeds `learnfinder report`.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PACKAGE_ROOT } from '../src/paths.js'
import { FakeBotApi, type ApiCall } from './fakes/fake-bot-api.js'
import { privateText, user } from './fakes/fake-bot-api-updates.js'
import { cleanEnv, prepareServeDb, spawnServe, type ServeProcess } from './fakes/fake-bot-api-serve.js'

let api: FakeBotApi
let serve: ServeProcess
let db: ReturnType<typeof prepareServeDb>

beforeAll(async () => {
  api = await new FakeBotApi().start()
  db = prepareServeDb()
  serve = spawnServe(db.db, { TELEGRAM_BOT_TOKEN: '123456:FAKE', TELEGRAM_API_ROOT: api.root, TELEGRAM_ADMIN_IDS: '1', STAFF_POLL_SECONDS: '1' })
  await serve.waitForLog(/telegram: long polling started/)
})
afterAll(async () => {
  serve?.kill()
  await api?.close()
  db?.cleanup()
})

async function say(from: ReturnType<typeof user>, text: string): Promise<ApiCall> {
  const next = api.nextMessage(from.id)
  api.deliver(privateText(from, text))
  return next
}

describe('learnfinder serve with the staff layer', () => {
  it('answers an admin’s /kb and a learner’s subscription, and logs the learner’s questions for the report', async () => {
    expect((await say(user(1), '/kb')).params.text).toMatch(/^目录共有 7 个有效项目，0 个已下线。最近一次导入：.*catalogue\.csv。检索索引：已就绪。$/)
    expect((await say(user(5001), '订阅 人工智能')).params.text).toContain('「人工智能」')
    await say(user(5001), '学开挖掘机')

    const report = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'learnfinder.js'), 'report', '--db', db.db], {
      env: cleanEnv({}),
      encoding: 'utf8',
    })
    expect(report.status, report.stderr).toBe(0)
    expect(report.stdout).toContain('学开挖掘机 ×1')
    const dry = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'learnfinder.js'), 'notify', '--dry-run', '--db', db.db, '--lang', 'en'], {
      env: cleanEnv({}),
      encoding: 'utf8',
    })
    expect(dry.stdout).toContain('0 messages would be sent.')
  })
})
