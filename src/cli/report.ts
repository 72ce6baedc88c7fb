/**
 * @module cli/report
 * `learnfinder report [--since 7d] [--format md|csv]`: what learners asked,
 * which questions found nothing, and how projects fare, from the turn log.
 * Also purges log rows older than LOG_RETENTION_DAYS.
 */
import { loadTaxonomy } from '../catalogue/taxonomy.js'
import { loadConfig } from '../config.js'
import { openStores } from '../app-stores.js'
import { UserError } from '../errors.js'
import { loadPrompts } from '../prompts.js'
import { buildReport } from '../staff/report.js'
import { parseSince, renderReportCsv, renderReportText, REPORT_PROMPTS } from '../staff/render-report.js'
import { taxonomyLabel } from '../staff/staff-engine.js'
import { requireLogSalt } from './log-salt.js'
import { println, type CliCommand } from './command.js'

/** The `report` command. */
export const command: CliCommand = {
  name: 'report',
  summary: 'what learners asked, and what found nothing',
  usage: `Usage: learnfinder report [--since 7d] [--format md|csv] [--lang zh|en] [--top N]

  --since   period: 7d (default), 24h, 2w, or a date such as 2026-11-01
  --format  md (default, readable text) or csv (open it in a spreadsheet)`,
  options: {
    since: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    top: { type: 'string' },
  },
  async run(args, io) {
    const cfg = loadConfig(io.env)
    requireLogSalt(cfg, args.lang) // report purges old rows
    const format = (args.values.format as string | undefined) ?? 'md'
    if (format !== 'md' && format !== 'csv') throw new UserError(`--format must be md or csv, not "${format}"`)
    const lang = ((args.values.lang as string | undefined) ?? cfg.LEARNFINDER_LANG) as 'zh' | 'en'
    if (lang !== 'zh' && lang !== 'en') throw new UserError('--lang must be zh or en')
    const top = Number((args.values.top as string | undefined) ?? 10)
    if (!Number.isInteger(top) || top < 1) throw new UserError('--top must be a whole number above 0')
    const now = new Date()
    const since = parseSince(args.values.since as string | undefined, now)
    if (!since) throw new UserError(`--since must look like 7d, 24h, 2w or 2026-11-01, not "${String(args.values.since)}"`)
    const stores = await openStores(cfg, { dbPath: args.db })
    try {
      const turns = stores.turns
      await turns.purge()
      const taxonomy = loadTaxonomy()
      const store = stores.catalogue
      const report = buildReport(await turns.since(since), {
        since,
        projects: new Map((await store.list({ status: 'active' })).map((p) => [p.id, p.title])),
        label: (id) => taxonomyLabel(taxonomy, id, lang),
        top,
      })
      if (format === 'csv') io.stdout.write(renderReportCsv(report))
      else println(io.stdout, renderReportText(report, loadPrompts().declare('staff', REPORT_PROMPTS), lang))
      return 0
    } finally {
      await stores.close()
    }
  },
}
