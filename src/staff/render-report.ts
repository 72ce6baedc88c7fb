/**
 * @module staff/render-report
 * Writes a {@link Report} for people: Markdown-ish plain text for chat and
 * the terminal (short lines, no tables, readable on a phone), or CSV for a
 * spreadsheet. Headings come from prompts/<lang>/staff.yaml. What learners
 * typed is never shown raw: control characters and escape sequences are
 * stripped, and CSV cells cannot run as formulas.
 */
import { stringifyCsvSafely } from '../text/csv-safe.js'
import { terminalSafe } from '../text/terminal-safe.js'
import type { Lang } from '../text/lang.js'
import type { Prompts } from '../prompts.js'
import type { Report } from './report.js'

/** The prompt keys the report uses, declared at start-up. */
export const REPORT_PROMPTS = {
  report_title: ['since'],
  report_totals: ['count', 'turns', 'users', 'unmatched'],
  report_topics: [],
  report_audiences: [],
  report_regions: [],
  report_unmatched: [],
  report_most_shown: [],
  report_least_shown: [],
  report_feedback: [],
  report_none: [],
} as const

/** The report as short plain lines: one heading per section, "label ×count" below it. */
export function renderReportText(report: Report, prompts: Prompts, lang: Lang): string {
  const t = (key: string, vars: Record<string, string | number> = {}) => prompts.t(lang, `staff.${key}`, vars)
  const out: string[] = [
    `# ${t('report_title', { since: report.since.slice(0, 10) })}`,
    t('report_totals', { count: report.turns, turns: report.turns, users: report.users, unmatched: report.unmatchedTurns }),
  ]
  const section = (key: string, lines: string[]) => {
    out.push('', `## ${t(key)}`)
    out.push(...(lines.length ? lines.map(terminalSafe) : [t('report_none')]))
  }
  section('report_topics', report.topics.map((c) => `- ${c.key} ×${c.count}`))
  section('report_audiences', report.audiences.map((c) => `- ${c.key} ×${c.count}`))
  section('report_regions', report.regions.map((c) => `- ${c.key} ×${c.count}`))
  section('report_unmatched', report.unmatched.map((c) => `- ${c.example} ×${c.count}`))
  section('report_most_shown', report.mostShown.map((c) => `- ${c.key} ${c.title} ×${c.count}`))
  section('report_least_shown', report.leastShown.map((c) => `- ${c.key} ${c.title} ×${c.count}`))
  section('report_feedback', report.feedback.map((f) => `- ${f.projectId} ${f.title} 👍${f.up} 👎${f.down}`))
  return out.join('\n')
}

/** The report as CSV rows: section, key, label, count, extra. */
export function renderReportCsv(report: Report): string {
  const rows: (string | number)[][] = [['section', 'key', 'label', 'count', 'extra']]
  rows.push(['totals', 'turns', '', report.turns, ''], ['totals', 'users', '', report.users, ''])
  rows.push(['totals', 'unmatched', '', report.unmatchedTurns, ''])
  for (const c of report.topics) rows.push(['topic', c.key, c.key, c.count, ''])
  for (const c of report.audiences) rows.push(['audience', c.key, c.key, c.count, ''])
  for (const c of report.regions) rows.push(['region', c.key, c.key, c.count, ''])
  for (const c of report.unmatched) rows.push(['unmatched', c.key, c.example, c.count, ''])
  for (const c of report.mostShown) rows.push(['most_shown', c.key, c.title, c.count, ''])
  for (const c of report.leastShown) rows.push(['least_shown', c.key, c.title, c.count, ''])
  for (const f of report.feedback) rows.push(['feedback', f.projectId, f.title, f.up + f.down, `up=${f.up};down=${f.down}`])
  return stringifyCsvSafely(rows.map((r) => r.map((c) => (typeof c === 'string' ? terminalSafe(c) : c))))
}

/** Parses "7d", "24h", "30" (days) or a date into the start of the report period. */
export function parseSince(value: string | undefined, now: Date): Date | null {
  const v = (value ?? '7d').trim()
  const m = /^(\d+)\s*([dhw]?)$/i.exec(v)
  if (m) {
    const n = Number(m[1])
    const unit = (m[2] || 'd').toLowerCase()
    const ms = unit === 'h' ? 3_600_000 : unit === 'w' ? 7 * 86_400_000 : 86_400_000
    return new Date(now.getTime() - n * ms)
  }
  const d = new Date(v)
  return Number.isNaN(d.getTime()) ? null : d
}
