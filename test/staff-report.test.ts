import { describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/open-database.js'
import { emptySlots, type Slots } from '../src/query/types.js'
import { loadPrompts } from '../src/prompts.js'
import { SqliteTurnLogStore } from '../src/staff/sqlite-turn-log-store.js'
import { buildReport, questionKey } from '../src/staff/report.js'
import { parseSince, renderReportCsv, renderReportText, REPORT_PROMPTS } from '../src/staff/render-report.js'

function slots(topics: string[], audiences: string[] = [], region: string | null = null): Slots {
  return {
    ...emptySlots(),
    topics: topics.map((id) => ({ id, explicit: true, matched: id, related: false })),
    audiences: audiences.map((id) => ({ id, explicit: true, matched: id, related: false })),
    region,
  }
}

/** A generated log: 40 learners asking about AI, elderly care and things the catalogue lacks. */
async function generatedLog(now: Date) {
  const db = openDatabase(':memory:')
  let clock = new Date(now.getTime() - 3 * 86_400_000)
  const log = new SqliteTurnLogStore(db, { salt: 'test-salt', now: () => clock })
  for (let i = 0; i < 40; i++) {
    const user = `u${i % 12}`
    if (i % 3 === 0) await log.record({ channel: 'telegram', userId: user, text: '我想学人工智能', slots: slots(['ai']), projectIds: ['P1', 'P2'], matched: true })
    else if (i % 3 === 1) await log.record({ channel: 'wechat', userId: user, text: '老人护理有没有', slots: slots(['health-elderly-care'], ['elderly'], '浙江省'), projectIds: ['P2'], matched: true })
    else await log.record({ channel: 'wechat', userId: user, text: i % 4 === 2 ? '我想学开挖掘机！' : '学开挖掘机', slots: emptySlots(), projectIds: [], matched: false })
  }
  await log.record({ channel: 'telegram', userId: 'u1', text: '👍 P1', projectIds: ['P1'], matched: true, feedback: { projectId: 'P1', value: 'up' } })
  await log.record({ channel: 'telegram', userId: 'u2', text: '👎 P2', projectIds: ['P2'], matched: true, feedback: { projectId: 'P2', value: 'down' } })
  clock = now
  return { db, log }
}

describe('the learner report', () => {
  const now = new Date('2026-11-28T10:00:00Z')
  const projects = new Map([['P1', 'AI 入门'], ['P2', '老年护理'], ['P3', '从未推荐']])

  it('groups questions that found nothing, ignoring punctuation and filler words', async () => {
    expect(questionKey('我想学开挖掘机！')).toBe(questionKey('学开挖掘机'))
    const { log } = await generatedLog(now)
    const report = buildReport(await log.since(new Date(now.getTime() - 7 * 86_400_000)), { since: now, projects })
    expect(report.unmatched).toEqual([{ key: '学开挖掘机', count: 13, example: '学开挖掘机' }])
    expect(report.turns).toBe(40)
    // a user is a (channel, id) pair: 4 + 2 (feedback) on Telegram, 8 on WeChat
    expect(report.users).toBe(14)
  })

  it('counts topics, audiences, regions, shown projects and feedback', async () => {
    const { log } = await generatedLog(now)
    const report = buildReport(await log.since(new Date(0)), { since: new Date(0), projects, label: (id) => `<${id}>` })
    expect(report.topics).toEqual([{ key: '<ai>', count: 14 }, { key: '<health-elderly-care>', count: 13 }])
    expect(report.audiences).toEqual([{ key: '<elderly>', count: 13 }])
    expect(report.regions).toEqual([{ key: '浙江省', count: 13 }])
    expect(report.mostShown.map((p) => [p.key, p.count])).toEqual([['P2', 27], ['P1', 14]])
    expect(report.leastShown[0]).toEqual({ key: 'P3', count: 0, title: '从未推荐' })
    expect(report.feedback).toEqual([
      { projectId: 'P1', title: 'AI 入门', up: 1, down: 0 },
      { projectId: 'P2', title: '老年护理', up: 0, down: 1 },
    ])
  })

  it('renders plain text with the templates and a CSV staff can open', async () => {
    const { log } = await generatedLog(now)
    const report = buildReport(await log.since(new Date(0)), { since: new Date('2026-11-21T00:00:00Z'), projects })
    const prompts = loadPrompts().declare('staff', REPORT_PROMPTS)
    const text = renderReportText(report, prompts, 'zh')
    expect(text).toContain('# 学员提问报告（自 2026-11-21 起）')
    expect(text).toContain('- 学开挖掘机 ×13')
    const csv = renderReportCsv(report)
    expect(csv.split('\n')[0]).toBe('section,key,label,count,extra')
    expect(csv).toContain('unmatched,学开挖掘机,学开挖掘机,13,')
  })

  it('keeps user ids out of the log and removes one user on request', async () => {
    const { db, log } = await generatedLog(now)
    const stored = JSON.stringify(db.prepare('SELECT * FROM turns').all())
    expect(stored).not.toMatch(/"u\d+"/)
    const before = (await log.since(new Date(0))).length
    expect(await log.forget('telegram', 'u1')).toBeGreaterThan(0)
    expect((await log.since(new Date(0))).length).toBeLessThan(before)
    expect((await log.since(new Date(0))).some((t) => t.userHash === log.hashUser('telegram', 'u1'))).toBe(false)
  })

  it('purges rows older than the retention period', async () => {
    const db = openDatabase(':memory:')
    let clock = new Date('2026-01-01T00:00:00Z')
    const log = new SqliteTurnLogStore(db, { retentionDays: 30, now: () => clock })
    await log.record({ channel: 'http', userId: 'a', text: 'old', projectIds: [], matched: false })
    clock = new Date('2026-03-01T00:00:00Z')
    await log.record({ channel: 'http', userId: 'a', text: 'new', projectIds: [], matched: false })
    expect(await log.purge()).toBe(1)
    expect((await log.since(new Date(0))).map((t) => t.text)).toEqual(['new'])
  })

  it('reads report periods like 7d, 24h, 2w and dates', () => {
    expect(parseSince('7d', now)?.toISOString()).toBe('2026-11-21T10:00:00.000Z')
    expect(parseSince('24h', now)?.toISOString()).toBe('2026-11-27T10:00:00.000Z')
    expect(parseSince('2w', now)?.toISOString()).toBe('2026-11-14T10:00:00.000Z')
    expect(parseSince('2026-11-01', now)?.toISOString()).toBe('2026-11-01T00:00:00.000Z')
    expect(parseSince('last tuesday', now)).toBeNull()
  })
})
