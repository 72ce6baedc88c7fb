/**
 * One answer to "is this person an admin?": the real app (staff extension,
 * Telegram on the fake Bot API, WeChat on the puppet mock, the HTTP API)
 * with one admin listed in the environment per channel and one added with
 * `learnfinder admin add`. Both get the same powers on every path (staff
 * commands, catalogue uploads, the staff engine); no HTTP caller ever does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { PACKAGE_ROOT } from '../src/paths.js'
import { openDatabase } from '../src/db/open-database.js'
import { createAdminCheck } from '../src/channels/admin-check.js'
import { findChannel } from '../src/channels/any-channel.js'
import { createAdminList } from '../src/staff/admin-list.js'
import { SqliteAdminStore } from '../src/staff/sqlite-admin-store.js'
import { cleanEnv } from './fakes/fake-bot-api-serve.js'
import type { ApiCall } from './fakes/fake-bot-api.js'
import { privateText, user } from './fakes/fake-bot-api-updates.js'
import { ADMIN_ID, TEST_SALT, fixture, privateDocument, startStaffApp, type StaffApp } from './fixtures/staff/staff-app.js'
import { idHasher } from '../src/staff/log-key.js'

const ENV_WECHAT_ADMIN = 'wxid_env_staff'
const CLI_TELEGRAM_ADMIN = 2002
const KB_STATUS = /^目录共有 \d+ 个有效项目/

let s: StaffApp
let httpUrl = ''
const envAdmin = user(ADMIN_ID, 'Staff')
const cliAdmin = user(CLI_TELEGRAM_ADMIN, '新同事')
const learner = user(3003, '孙大爷')

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'learnfinder.js'), ...args, '--db', s.dbPath], { env: cleanEnv({}), encoding: 'utf8' })
  expect(run.status, run.stderr).toBe(0)
  return run.stdout
}

async function waitFor(cond: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${s.logs.join('\n')}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

beforeAll(async () => {
  s = await startStaffApp({ wechat: true, env: { WECHAT_ADMIN_IDS: ENV_WECHAT_ADMIN, HTTP_ENABLED: '1', HTTP_PORT: '0' } })
  await waitFor(() => s.logs.some((l) => l.startsWith('wechat: logged in')), 'the WeChat login')
  httpUrl = findChannel(s.app.channels, 'http')!.url
})
afterAll(async () => {
  await s?.close()
})

async function telegramSay(from: ReturnType<typeof user>, text: string): Promise<string> {
  const next = s.api.nextMessage(from.id)
  s.api.deliver(privateText(from, text))
  return String((await next).params.text)
}

async function wechatSay(contact: { id: string; say(text: string): { to(c: unknown): void } }, text: string): Promise<string> {
  const next = s.wx!.nextFromBot(contact.id)
  contact.say(text).to(s.wx!.me)
  return (await next).text
}

async function httpSay(session: string, text: string): Promise<string> {
  const res = await fetch(`${httpUrl}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session, text }) })
  return ((await res.json()) as { text: string }).text
}

/** Uploads a catalogue file on Telegram; resolves with the bot's answer after "正在检查". */
async function upload(from: ReturnType<typeof user>, name: string): Promise<ApiCall> {
  const after = s.api.calls.length
  s.api.deliver(privateDocument(s.api, from, name, fixture(name)))
  const received = await s.api.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === from.id, 10_000, after)
  return s.api.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === from.id && c !== received, 10_000, after)
}

describe('who is an admin', () => {
  it('gives a Telegram admin added with `learnfinder admin add` the powers of one listed in TELEGRAM_ADMIN_IDS', async () => {
    cli('admin', 'add', 'telegram', String(CLI_TELEGRAM_ADMIN))
    expect(await telegramSay(envAdmin, '/kb')).toMatch(KB_STATUS)
    expect(await telegramSay(cliAdmin, '/kb')).toMatch(KB_STATUS)
    expect(await telegramSay(learner, '/kb')).not.toMatch(KB_STATUS)
    expect(String((await upload(cliAdmin, 'new-ai.csv')).params.text)).toMatch(/^检查结果：新增 2 个/)
    expect(String((await upload(envAdmin, 'new-ai.csv')).params.text)).toMatch(/^检查结果：新增 2 个/)
    // A refused learner is audited under the keyed hash of their id (harden-runtime's privacy rule).
    const learnerHash = `hash:${idHasher(TEST_SALT)('telegram', String(learner.id))}`
    const refused = (await new SqliteAdminStore(s.app.db).actions(50)).find((a) => a.userId === learnerHash)
    expect(refused).toMatchObject({ channel: 'telegram', action: 'kb', allowed: false })
  })

  it('gives a WeChat admin added with `learnfinder admin add` the powers of one listed in WECHAT_ADMIN_IDS', async () => {
    const envStaff = s.wx!.mocker.createContact({ id: ENV_WECHAT_ADMIN, name: '环境变量里的同事' })
    const cliStaff = s.wx!.mocker.createContact({ name: '命令行加的同事' })
    const other = s.wx!.mocker.createContact({ name: '普通学员' })
    cli('admin', 'add', 'wechat', cliStaff.id)
    expect(await wechatSay(envStaff, '/kb')).toMatch(KB_STATUS)
    expect(await wechatSay(cliStaff, '/kb')).toMatch(KB_STATUS)
    expect(await wechatSay(other, '/kb')).not.toMatch(KB_STATUS)
  })

  it('never treats an HTTP caller as an admin, whatever id they send or the lists say', async () => {
    // `admin add http` is refused now; a row written before that rule (or straight into the store) must still not count.
    const refusedAdd = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'learnfinder.js'), 'admin', 'add', 'http', 'boss', '--db', s.dbPath], { encoding: 'utf8', env: cleanEnv({}) })
    expect(refusedAdd.status).toBe(1)
    await new SqliteAdminStore(s.app.db).add('http', 'boss', 'an older version')
    for (const session of ['boss', String(ADMIN_ID), String(CLI_TELEGRAM_ADMIN), ENV_WECHAT_ADMIN]) {
      expect(await httpSay(session, '/kb')).not.toMatch(KB_STATUS)
    }
    expect(await s.app.isAdmin('http', 'boss')).toBe(false)
    expect(await s.app.isAdmin('telegram', String(CLI_TELEGRAM_ADMIN))).toBe(true)
  })
})

describe('createAdminCheck', () => {
  it('answers from the environment list and the database alike, and refuses HTTP before reading either', async () => {
    const db = openDatabase(':memory:')
    const list = createAdminList(new SqliteAdminStore(db), { telegram: ['42'], http: ['42'] })
    await list.add('wechat', 'wxid_a', 'cli:root')
    await new SqliteAdminStore(db).add('http', 'wxid_a', 'cli:root') // the list itself refuses http; a row from an older version
    const isAdmin = createAdminCheck(list)
    expect(await isAdmin('telegram', '42')).toBe(true)
    expect(await isAdmin('wechat', 'wxid_a')).toBe(true)
    expect(await isAdmin('telegram', '7')).toBe(false)
    expect(await isAdmin('http', '42')).toBe(false)
    expect(await isAdmin('http', 'wxid_a')).toBe(false)
    db.close()
  })
})
