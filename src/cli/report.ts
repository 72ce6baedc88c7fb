/**
 * @module cli/report
 * `learnfinder report [--since 7d] [--format md|csv]`: what learners asked,
 * which questions found nothing, and how projects fare, from the turn log.
 * Also purges log rows older than LOG_RETENTION_DAYS.
 */
import { loadTaxonomy } from '../catalogue/taxonomy.js'
import { loadConfig } from '../config.js'
import { openStores } from '../app-stores.js'
import { loadPrompts } from '../prompts.js'
import { buildReport } from '../staff/report.js'
import { parseSince, renderReportCsv, renderReportText, REPORT_PROMPTS } from '../staff/render-report.js'
import { taxonomyLabel } from '../staff/staff-engine.js'
import { requireLogSalt } from './log-salt.js'
import { println, type CliCommand } from './command.js'
import { cliError } from './cli-text.js'

/** The `report` command. */
export const command: CliCommand = {
  name: 'report',
  options: {
    since: { type: 'string' },
    format: { type: 'string' },
    top: { type: 'string' },
  },
  async run(args, io) {
    const cfg = loadConfig(io.env)
    requireLogSalt(cfg, args.lang) // report purges old rows
    const format = (args.values.format as string | undefined) ?? 'md'
    if (format !== 'md' && format !== 'csv') throw cliError('report_format_invalid', { value: format })
    // The staff member's language: the global --lang (Chinese by default), as for every command.
    const lang = args.lang
    const top = Number((args.values.top as string | undefined) ?? 10)
    if (!Number.isInteger(top) || top < 1) throw cliError('report_top_invalid')
    const now = new Date()
    const since = parseSince(args.values.since as string | undefined, now)
    if (!since) throw cliError('report_since_invalid', { value: String(args.values.since) })
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
