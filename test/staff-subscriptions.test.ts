import { describe, expect, it } from 'vitest'
import type { Project } from '../src/catalogue/project.js'
import { openDatabase } from '../src/db/open-database.js'
import { loadPrompts } from '../src/prompts.js'
import { createAdminList } from '../src/staff/admin-list.js'
import { SqliteAdminStore } from '../src/staff/sqlite-admin-store.js'
import { createNotifier, matches } from '../src/staff/notifier.js'
import { STAFF_PROMPTS } from '../src/staff/staff-engine.js'
import { SqliteSubscriptionStore } from '../src/staff/sqlite-subscription-store.js'
import type { Reply } from '../src/dialogue/types.js'

function project(id: string, over: Partial<Project> = {}): Project {
  return {
    id, title: `项目 ${id}`, provider: '某大学', summary: '简介', topics: ['ai'], audiences: ['elderly'],
    format: 'offline', region: '浙江省 杭州市', fee: 0, duration: null, start_date: null, end_date: null,
    enroll: null, contact: null, url: null, title_en: null, summary_en: null, tags: [], status: 'active', extra: {},
    ...over,
  }
}

function setup() {
  const db = openDatabase(':memory:')
  let clock = new Date('2026-11-01T08:00:00Z')
  const subs = new SqliteSubscriptionStore(db, () => clock)
  let catalogue: Project[] = [project('OLD1'), project('OLD2', { topics: ['rural-revitalization'] })]
  const notifier = createNotifier({
    subscriptions: subs,
    activeProjects: () => catalogue.filter((p) => p.status === 'active'),
    prompts: loadPrompts().declare('staff', STAFF_PROMPTS),
    label: (id) => ({ ai: '人工智能', elderly: '老年人', 'rural-revitalization': '乡村振兴' })[id] ?? id,
    projectLine: (p) => `${p.title}（${p.provider}）`,
    now: () => clock,
  })
  return {
    subs, notifier,
    setCatalogue: (c: Project[]) => (catalogue = c),
    tick: (hours: number) => (clock = new Date(clock.getTime() + hours * 3_600_000)),
  }
}

describe('subscriptions and notices', () => {
  it('announces only projects added after the subscription, once, to the matching subscribers', async () => {
    const { subs, notifier, setCatalogue, tick } = setup()
    await notifier.plan() // baseline: the catalogue as it is today is not "new"
    tick(1)
    await subs.subscribe({ channel: 'telegram', userId: '1', chatId: '1', topics: ['ai'], audiences: [], region: null, lang: 'zh' })
    await subs.subscribe({ channel: 'wechat', userId: 'w', chatId: 'w', topics: ['rural-revitalization'], audiences: [], region: null, lang: 'zh' })
    await subs.subscribe({ channel: 'telegram', userId: '3', chatId: '3', topics: ['language'], audiences: [], region: null, lang: 'en' })
    tick(1)
    setCatalogue([project('OLD1'), project('OLD2', { topics: ['rural-revitalization'] }), project('NEW-AI')])
    const sent: { channel: string; to: string; reply: Reply }[] = []
    const sender = (channel: string) => async (to: string, reply: Reply) => void sent.push({ channel, to, reply })
    const result = await notifier.send({ telegram: sender('telegram'), wechat: sender('wechat') })
    expect(result).toEqual({ sent: 1, failed: 0, skipped: 0 })
    expect(sent.map((s) => [s.channel, s.to, s.reply.projects.map((p) => p.id)])).toEqual([['telegram', '1', ['NEW-AI']]])
    expect(sent[0].reply.parts[0]).toEqual({ type: 'text', text: '您订阅的「人工智能」有新项目了：' })
    tick(48)
    expect(await notifier.plan()).toEqual([])
  })

  it('sends at most one notice a day and batches what came in between', async () => {
    const { subs, notifier, setCatalogue, tick } = setup()
    await notifier.plan()
    await subs.subscribe({ channel: 'telegram', userId: '1', chatId: '1', topics: ['ai'], audiences: [], region: null, lang: 'zh' })
    tick(1)
    setCatalogue([project('A1')])
    const sent: string[][] = []
    const telegram = async (_to: string, r: Reply) => void sent.push(r.projects.map((p) => p.id))
    await notifier.send({ telegram })
    tick(2)
    setCatalogue([project('A1'), project('A2'), project('A3')])
    await notifier.send({ telegram })
    expect(sent).toEqual([['A1']])
    tick(23)
    await notifier.send({ telegram })
    expect(sent).toEqual([['A1'], ['A2', 'A3']])
  })

  it('keeps a notice for later when the channel is not running or the send fails', async () => {
    const { subs, notifier, setCatalogue, tick } = setup()
    await notifier.plan()
    await subs.subscribe({ channel: 'wechat', userId: 'w', chatId: 'w', topics: ['ai'], audiences: [], region: null, lang: 'zh' })
    tick(1)
    setCatalogue([project('B1')])
    expect(await notifier.send({})).toEqual({ sent: 0, failed: 0, skipped: 1 })
    expect(await notifier.send({ wechat: async () => { throw new Error('offline') } })).toEqual({ sent: 0, failed: 1, skipped: 0 })
    expect((await notifier.plan()).map((n) => n.projects.map((p) => p.id))).toEqual([['B1']])
  })

  it('matches topic, audience and region, treating online projects as reachable anywhere', () => {
    const sub = { channel: 't', userId: '1', chatId: '1', topics: ['ai'], audiences: ['elderly'], region: '四川省', lang: 'zh' as const, createdAt: '', lastNotifiedAt: null }
    expect(matches(sub, project('x', { region: '四川省 成都市' }))).toBe(true)
    expect(matches(sub, project('x', { format: 'online', region: '全国' }))).toBe(true)
    expect(matches(sub, project('x'))).toBe(false)
    expect(matches(sub, project('x', { region: '四川省', audiences: ['farmers'] }))).toBe(false)
    expect(matches(sub, project('x', { region: '四川省', status: 'archived' }))).toBe(false)
  })

  it('merges repeated subscriptions and forgets them on unsubscribe', async () => {
    const { subs } = setup()
    await subs.subscribe({ channel: 't', userId: '1', chatId: '1', topics: ['ai'], audiences: [], region: null, lang: 'zh' })
    const s = await subs.subscribe({ channel: 't', userId: '1', chatId: '1', topics: [], audiences: ['elderly'], region: '浙江省', lang: 'zh' })
    expect([s.topics, s.audiences, s.region]).toEqual([['ai'], ['elderly'], '浙江省'])
    expect(await subs.unsubscribe('t', '1')).toBe(true)
    expect(await subs.unsubscribe('t', '1')).toBe(false)
    expect(await subs.get('t', '1')).toBeUndefined()
  })
})

describe('the admin list', () => {
  it('knows admins from the environment and the database, and records every action', async () => {
    const db = openDatabase(':memory:')
    const store = new SqliteAdminStore(db)
    const admins = createAdminList(store, { telegram: ['42'] })
    expect(await admins.isListed('telegram', '42')).toBe(true)
    expect(await admins.isListed('telegram', '7')).toBe(false)
    await admins.add('wechat', 'wxid_staff', 'cli:root')
    expect(await admins.isListed('wechat', 'wxid_staff')).toBe(true)
    expect((await admins.list()).map((a) => `${a.channel}:${a.userId}:${a.source}`)).toEqual([
      'wechat:wxid_staff:database',
      'telegram:42:environment',
    ])
    await admins.remove('wechat', 'wxid_staff', 'cli:root')
    expect(await admins.isListed('wechat', 'wxid_staff')).toBe(false)
    await expect(admins.remove('telegram', '42', 'cli:root')).rejects.toThrowError(/TELEGRAM_ADMIN_IDS/)
    await expect(admins.add('fax', '1', 'cli:root')).rejects.toThrowError(/unknown channel "fax"/)
    expect((await store.actions()).map((a) => a.action)).toEqual(['admin remove', 'admin add'])
  })
})
