/**
 * Learners hear about new projects: the real app with the staff extension on
 * Telegram (fake Bot API server) and WeChat (Wechaty on wechaty-puppet-mock).
 * Subscribe in both channels → an import by chat upload, and one by the CLI
 * in another process (picked up by the periodic check) → exactly the
 * matching subscribers told once; a number in reply opens the project;
 * unsubscribe; /forget removes the user's log rows and subscription.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PACKAGE_ROOT } from '../src/paths.js'
import { SqliteAdminStore } from '../src/staff/sqlite-admin-store.js'
import { SqliteSubscriptionStore } from '../src/staff/sqlite-subscription-store.js'
import { SqliteTurnLogStore } from '../src/staff/sqlite-turn-log-store.js'
import type { ApiCall } from './fakes/fake-bot-api.js'
import { cleanEnv } from './fakes/fake-bot-api-serve.js'
import { buttonPress, buttonsOf, privateText, user } from './fakes/fake-bot-api-updates.js'
import { idHasher } from '../src/staff/log-key.js'
import { ADMIN_ID, FIXTURES, TEST_SALT, fixture, privateDocument, startStaffApp, type StaffApp } from './fixtures/staff/staff-app.js'

let s: StaffApp
const admin = user(ADMIN_ID, 'Staff')
const aiFan = user(4001, '李大姐')
const ruralFan = user(4002, '赵村长')
const careFan = user(4003, '钱阿姨')
const NOTICE = /^您订阅的「(.+)」有新项目了：/

beforeAll(async () => {
  s = await startStaffApp({ wechat: true })
  await waitFor(() => s.logs.some((l) => l.startsWith('wechat: logged in')), 'the WeChat login')
})
afterAll(async () => {
  await s?.close()
})

async function waitFor(cond: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${s.logs.join('\n')}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

/** Resolves once `n` more periodic checks (STAFF_POLL_SECONDS apart) have run to the end: "nothing more happened" is then seen, not guessed. */
async function checksLater(n: number): Promise<void> {
  const done = () => s.logs.filter((l) => l === 'staff: periodic check done').length
  const target = done() + n
  await waitFor(() => done() >= target, `${n} more periodic checks`)
}

async function say(from: ReturnType<typeof user>, text: string): Promise<ApiCall> {
  const next = s.api.nextMessage(from.id)
  s.api.deliver(privateText(from, text))
  return next
}

/** Notices the fake Bot API server received for one chat. */
const noticesTo = (chatId: number) =>
  s.api.sent('sendMessage', chatId).filter((c) => !c.failedWith && NOTICE.test(String(c.params.text)))
/** Notices the WeChat mock received for one contact. */
const wechatNoticesTo = (id: string) => s.wx!.sent.filter((m) => m.to === id && NOTICE.test(m.text))

/** A WeChat contact says something to the bot; resolves with the bot's answer. */
async function wechatSay(contact: { id: string; say(text: string): { to(c: unknown): void } }, text: string) {
  const next = s.wx!.nextFromBot(contact.id)
  contact.say(text).to(s.wx!.me)
  return next
}

describe('subscriptions and notices through the real channels', () => {
  let wxAi: ReturnType<NonNullable<StaffApp['wx']>['mocker']['createContact']>
  let wxCare: typeof wxAi
  let wxFamily: typeof wxAi
  let room: ReturnType<NonNullable<StaffApp['wx']>['mocker']['createRoom']>

  it('subscribes learners on Telegram and WeChat in their own words', async () => {
    expect((await say(aiFan, '有新的人工智能课程告诉我')).params.text).toBe(
      '好的，有新的「人工智能」项目时我会告诉您。回复“取消订阅”可以停止提醒。',
    )
    expect((await say(ruralFan, '订阅 乡村振兴')).params.text).toContain('「乡村振兴」')
    expect((await say(careFan, '/subscribe 健康养老')).params.text).toContain('「健康养老」')
    expect((await say(user(4009), '订阅')).params.text).toBe('您想订阅哪方面的新项目？比如：订阅 人工智能、订阅 老年人。')

    wxAi = s.wx!.mocker.createContact({ name: '孙师傅' })
    wxCare = s.wx!.mocker.createContact({ name: '周奶奶' })
    wxFamily = s.wx!.mocker.createContact({ name: '吴爸爸' })
    expect((await wechatSay(wxAi, '以后有新的人工智能课程请通知我')).text).toContain('「人工智能」')
    expect((await wechatSay(wxCare, '订阅 健康养老')).text).toContain('「健康养老」')
    expect((await wechatSay(wxFamily, '订阅 乡村振兴')).text).toContain('「乡村振兴」')
    const teacher = s.wx!.mocker.createContact({ name: '郑老师' })
    room = s.wx!.mocker.createRoom({ topic: '老年大学学习群', memberIdList: [s.wx!.me.id, teacher.id] })
    const answered = s.wx!.nextFromBot(room.id)
    teacher.say('@学习助手 订阅 人工智能', [s.wx!.me]).to(room)
    expect((await answered).text).toContain('「人工智能」')

    const subs = await new SqliteSubscriptionStore(s.app.db).all()
    expect(subs.map((x) => `${x.channel}:${x.topics.join('+')}`).sort()).toEqual(
      ['telegram:ai', 'telegram:health-elderly-care', 'telegram:rural-revitalization', 'wechat:ai', 'wechat:ai', 'wechat:health-elderly-care', 'wechat:rural-revitalization'].sort(),
    )
  })

  it('after a chat upload, tells exactly the matching subscribers once, on their own channel', async () => {
    const after = s.api.calls.length
    s.api.deliver(privateDocument(s.api, admin, 'new-ai.csv', fixture('new-ai.csv')))
    const report = await s.api.waitFor((c) => c.method === 'sendMessage' && buttonsOf(c.params).length === 2, 10_000, after)
    const ok = buttonsOf(report.params).find((b) => b.text === '确认导入')!
    s.api.deliver(buttonPress(admin, admin.id, 1, ok.callback_data))

    const notice = await s.api.waitFor((c) => c.method === 'sendMessage' && String(c.params.chat_id) === String(aiFan.id) && NOTICE.test(String(c.params.text)), 10_000, after)
    expect(notice.params.text).toContain('您订阅的「人工智能」有新项目了：')
    expect(notice.params.text).toContain('人工智能办公应用')
    expect(notice.params.text).not.toContain('家长课堂')
    await waitFor(() => wechatNoticesTo(wxAi.id).length > 0, 'the WeChat notice')
    expect(wechatNoticesTo(wxAi.id)[0].text).toContain('1. 人工智能办公应用')
    await waitFor(() => wechatNoticesTo(room.id).length > 0, 'the notice to the WeChat room it was asked for in')

    // Several periodic checks later: still one each, and nobody else was told.
    await checksLater(3)
    expect(noticesTo(aiFan.id)).toHaveLength(1)
    expect(wechatNoticesTo(wxAi.id)).toHaveLength(1)
    expect(wechatNoticesTo(room.id)).toHaveLength(1)
    for (const other of [ruralFan, careFan, admin]) expect(noticesTo(other.id)).toHaveLength(0)
    for (const other of [wxCare, wxFamily]) expect(wechatNoticesTo(other.id)).toHaveLength(0)
  })

  it('opens the project when the learner replies with its number, on both channels', async () => {
    const details = await say(aiFan, '1')
    expect(details.params.text).toContain('人工智能办公应用')
    expect(details.params.text).toContain('示范理工大学')
    expect((await wechatSay(wxAi, '1')).text).toContain('示范理工大学')
  })

  it('picks up an import made with the CLI in another process, re-indexes, and notifies', async () => {
    const versionBefore = (await s.app.store.version())
    // Telegram says "slow down" to the first notice: it is sent again after the pause, once.
    s.api.failNext('sendMessage', { status: 429, retryAfter: 1 })
    const r = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'learnfinder.js'), 'import', join(FIXTURES, 'new-care.csv'), '--db', s.dbPath], {
      env: cleanEnv({}),
      encoding: 'utf8',
    })
    expect(r.status, r.stderr).toBe(0)
    expect(await s.app.store.version()).toBeGreaterThan(versionBefore)

    await waitFor(() => noticesTo(careFan.id).length > 0 && wechatNoticesTo(wxCare.id).length > 0, 'the notices of the CLI import')
    expect(noticesTo(careFan.id)[0].params.text).toContain('失智老人居家照护')
    expect(wechatNoticesTo(wxCare.id)[0].text).toContain('失智老人居家照护')
    expect(s.app.search.indexedVersion()).toBe(await s.app.store.version())
    expect((await say(user(4010), '学照顾失智的家人')).params.text).toContain('失智老人居家照护')

    expect(s.api.sent('sendMessage').filter((c) => c.failedWith === 429)).toHaveLength(1)
    await checksLater(3)
    expect(noticesTo(careFan.id)).toHaveLength(1)
    expect(wechatNoticesTo(wxCare.id)).toHaveLength(1)
    expect(noticesTo(aiFan.id)).toHaveLength(1)
    expect(noticesTo(ruralFan.id)).toHaveLength(0)
    expect(wechatNoticesTo(wxFamily.id)).toHaveLength(0)
  })

  it('tells a learner at most once a day, however many imports match', async () => {
    const before = (await s.app.store.get('CH-101'))!
    await s.app.store.applyImport([{ ...before, id: 'CH-103', title: '人工智能与短视频创作' }], { who: 'test', files: ['more-ai.csv'] })
    await checksLater(3)
    expect(noticesTo(aiFan.id)).toHaveLength(1)
    expect(wechatNoticesTo(wxAi.id)).toHaveLength(1)
    const due = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'learnfinder.js'), 'notify', '--dry-run', '--db', s.dbPath, '--lang', 'en'], {
      env: cleanEnv({}),
      encoding: 'utf8',
    })
    expect(due.stdout).toContain('0 messages would be sent.')
  })

  it('lets a WeChat admin added with `learnfinder admin add` run /kb, and gives others the ordinary help', async () => {
    const staff = s.wx!.mocker.createContact({ name: '工作人员小陈' })
    const added = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'learnfinder.js'), 'admin', 'add', 'wechat', staff.id, '--db', s.dbPath], {
      env: cleanEnv({}),
      encoding: 'utf8',
    })
    expect(added.status, added.stderr).toBe(0)
    expect((await wechatSay(staff, '/kb')).text).toMatch(/^目录共有 \d+ 个有效项目/)
    expect((await wechatSay(staff, '/kb_show CH-201')).text).toContain('title: 失智老人居家照护')

    const help = (await wechatSay(wxCare, '帮助')).text
    expect((await wechatSay(wxCare, '/kb_archive CH-201')).text).toBe(help)
    expect((await s.app.store.get('CH-201'))?.status).toBe('active')
    const audit = await new SqliteAdminStore(s.app.db).actions(10)
    // A learner's refused attempt is recorded under the keyed hash of their id, never the id.
    expect(audit.find((a) => a.userId === wxCare.id)).toBeUndefined()
    const hashed = `hash:${idHasher(TEST_SALT)('wechat', wxCare.id)}`
    expect(audit.find((a) => a.userId === hashed)).toMatchObject({ channel: 'wechat', action: 'kb_archive', allowed: false })
    expect(audit.find((a) => a.userId === staff.id && a.detail === '/kb')).toMatchObject({ allowed: true })
  })

  it('stops notices after 取消订阅', async () => {
    expect((await say(ruralFan, '取消订阅')).params.text).toBe('已经取消订阅，以后不再提醒您。')
    expect((await say(ruralFan, '取消订阅')).params.text).toBe('您现在没有订阅。')
    expect((await wechatSay(wxFamily, '取消订阅')).text).toBe('已经取消订阅，以后不再提醒您。')
    const subs = new SqliteSubscriptionStore(s.app.db)
    expect(await subs.get('telegram', String(ruralFan.id))).toBeUndefined()
    expect(await subs.get('wechat', wxFamily.id)).toBeUndefined()
  })

  it('/forget removes the learner’s logged questions and subscription, on both channels', async () => {
    const log = new SqliteTurnLogStore(s.app.db, { salt: TEST_SALT })
    const rows = (channel: string, id: string) =>
      s.app.db.prepare('SELECT COUNT(*) AS n FROM turns WHERE user_hash = ?').get(log.hashUser(channel, id)) as { n: number }
    expect(rows('telegram', String(aiFan.id)).n).toBeGreaterThan(0)
    expect(rows('wechat', wxAi.id).n).toBeGreaterThan(0)

    expect((await say(aiFan, '/forget')).params.text).toContain('删除')
    expect(rows('telegram', String(aiFan.id)).n).toBe(0)
    expect(await new SqliteSubscriptionStore(s.app.db).get('telegram', String(aiFan.id))).toBeUndefined()

    await wechatSay(wxAi, '/forget')
    expect(rows('wechat', wxAi.id).n).toBe(0)
    expect(await new SqliteSubscriptionStore(s.app.db).get('wechat', wxAi.id)).toBeUndefined()
    expect(await new SqliteSubscriptionStore(s.app.db).get('wechat', wxCare.id)).toBeDefined()
  })
})
