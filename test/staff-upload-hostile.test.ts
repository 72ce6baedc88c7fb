/**
 * A hostile workbook uploaded in chat: the running bot (real app, fake Bot
 * API) refuses it with one problem line, changes nothing and keeps answering
 * learners.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiCall } from './fakes/fake-bot-api.js'
import { privateText, user } from './fakes/fake-bot-api-updates.js'
import { ADMIN_ID, privateDocument, startStaffApp, type StaffApp } from './fixtures/staff/staff-app.js'
import { HOSTILE_FILES } from './fixtures/catalogue/hostile-files.js'

let s: StaffApp
const admin = user(ADMIN_ID, 'Staff')
const learner = user(3001, '王阿姨')

beforeAll(async () => { s = await startStaffApp() })
afterAll(async () => { await s?.close() })

/** Uploads a file as the admin; resolves with the bot's reply after "正在检查". */
async function upload(name: string, data: Buffer): Promise<ApiCall> {
  const after = s.api.calls.length
  s.api.deliver(privateDocument(s.api, admin, name, data))
  const received = await s.api.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === admin.id, 10_000, after)
  return s.api.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === admin.id && c !== received, 20_000, after)
}

describe('a hostile workbook uploaded in chat', () => {
  for (const name of ['huge-row-bomb.xlsx', 'column-hjunyw.xlsx', 'styles-bomb-lying.xlsx']) {
    it(`refuses ${name} with one problem, changes nothing and keeps answering learners`, async () => {
      const version = await s.app.store.version()
      const reply = await upload(name, HOSTILE_FILES.find((f) => f.name === name)!.build())
      const lines = String(reply.params.text).split('\n')
      expect(lines).toHaveLength(2)
      expect(lines[0]).toBe('文件有 1 处问题，没有导入任何内容。请改好后再发一次：')
      expect(lines[1]).toMatch(/^• the file was refused: /)
      expect(await s.app.store.version()).toBe(version)
      const next = s.api.nextMessage(learner.id)
      s.api.deliver(privateText(learner, '我想学用智能手机'))
      expect((await next).params.text).toContain('智能手机')
    })
  }
})
