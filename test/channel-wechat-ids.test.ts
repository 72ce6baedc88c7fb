/**
 * WeChat contact ids that change at each login (wechaty-puppet-wechat4u,
 * wechaty issue 1276): learnfinder keys such contacts on a stable attribute,
 * so staff rights, replies sent later (notices) and /forget survive a
 * re-login. Runs the real Wechaty on wechaty-puppet-mock with "@…" ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWechatChannel, puppetNotice, type WechatChannel } from '../src/channels/wechat/index.js'
import type { Logger } from '../src/channels/shared/logger.js'
import { loadPrompts } from '../src/prompts.js'
import { createMockWechat } from './fakes/mock-wechat.js'
import { createScriptedEngine } from './fakes/channel-scripted-engine.js'

const wx = createMockWechat()
const engine = createScriptedEngine()
let channel: WechatChannel
const logged: string[] = []
const log: Logger = { info: (m) => void logged.push(m), warn: (m) => void logged.push(m), error: (m) => void logged.push(m) }

beforeAll(async () => {
  channel = createWechatChannel(engine, {
    puppet: wx.puppet,
    prompts: loadPrompts(),
    log,
    name: `learnfinder-ids-test-${process.pid}`,
    // The mock's ids are stable; run it the way learnfinder runs wechat4u, whose ids change at each login.
    ephemeralIds: true,
    // The app's admin check, over a list that names the staff member by remark (as WECHAT_ADMIN_IDS would).
    isAdmin: async (channel, userId) => channel === 'wechat' && userId === 'alias:lf-staff-zhang',
  })
  await channel.start()
  wx.mocker.login(wx.me)
})
afterAll(async () => {
  await channel.stop()
})

describe('WeChat contacts whose ids change at each login', () => {
  it('tells the operator at start which puppet runs and what it means for ids', () => {
    expect(logged.find((l) => l.startsWith('wechat: puppet wechaty-puppet-mock:'))).toMatch(/contact ids change at each login/)
    expect(puppetNotice(undefined)).toMatch(/^wechat: puppet wechaty-puppet-wechat4u: contact ids change at each login.*alias:REMARK/)
    expect(puppetNotice('wechaty-puppet-wechat4u')).toMatch(/contact ids change at each login/)
    expect(puppetNotice('wechaty-puppet-padlocal')).toMatch(/stable across logins/)
  })

  it('keys a staff member on the remark name, so the same person stays admin after a re-login', async () => {
    const before = wx.mocker.createContact({ id: 'login1-zhang', name: '张老师', alias: 'lf-staff-zhang' })
    const first = wx.nextFromBot(before.id)
    before.say('我想学电工').to(wx.me)
    await first
    // A re-login: the same person comes back under a new per-login id.
    const after = wx.mocker.createContact({ id: 'login2-zhang', name: '张老师', alias: 'lf-staff-zhang' })
    const second = wx.nextFromBot(after.id)
    after.say('我想学电工').to(wx.me)
    await second
    expect(engine.seen.slice(-2).map((m) => ({ userId: m.userId, isAdmin: m.isAdmin }))).toEqual([
      { userId: 'alias:lf-staff-zhang', isAdmin: true },
      { userId: 'alias:lf-staff-zhang', isAdmin: true },
    ])
    expect(engine.seen.slice(-2).map((m) => m.userId)).toEqual(['alias:lf-staff-zhang', 'alias:lf-staff-zhang'])
  })

  it('falls back to the display name when the contact has no remark', async () => {
    const learner = wx.mocker.createContact({ id: 'login1-li', name: '李阿姨' })
    const reply = wx.nextFromBot(learner.id)
    learner.say('你好').to(wx.me)
    await reply
    expect(engine.seen.at(-1)?.userId).toBe('name:李阿姨')
  })

  it('sends a later message (a notice) to the contact the key names in the current login', async () => {
    const now = wx.mocker.createContact({ id: 'login2-zhao', name: '赵同学', alias: 'lf-learner-zhao' })
    const got = wx.nextFromBot(now.id)
    await channel.send!('alias:lf-learner-zhao', { parts: [{ type: 'text', text: '有新项目了' }], lang: 'zh', projects: [] } as never)
    expect((await got).text).toContain('有新项目了')
  })

  it('forgets the learner under the stable key', async () => {
    const c = wx.mocker.createContact({ id: 'login1-sun', name: '孙奶奶', alias: 'lf-sun' })
    const reply = wx.nextFromBot(c.id)
    c.say('/forget').to(wx.me)
    await reply
    expect(engine.forgotten.at(-1)).toEqual({ channel: 'wechat', userId: 'alias:lf-sun' })
  })
})
