/**
 * @module cli/history
 * `learnfinder history`: who changed the catalogue, when, from which files,
 * and what each write did, newest first.
 */
import type { ImportRecord } from '../catalogue/catalogue-store.js'
import { UserError } from '../errors.js'
import { println, type CliCommand } from './command.js'
import { cliText } from './cli-text.js'
import { planSummary } from './import.js'
import { openCatalogueForRead } from './open-catalogue-for-write.js'

/** One history line, e.g. `#3  2026-11-28 09:30  import  by cli:ann  a.csv  3 added, …`. */
export function historyLine(r: ImportRecord): string {
  const when = r.at.slice(0, 16).replace('T', ' ')
  const files = r.files.length ? `  ${r.files.join(', ')}` : ''
  let what: string
  if (r.kind === 'rollback') what = `undid import #${r.undoes}: ${r.updated + r.added} restored, ${r.removed} removed`
  else if (r.kind === 'archive') what = 'archived 1 project'
  else what = planSummary(r)
  const undone = r.rolledBackBy ? `  (rolled back by #${r.rolledBackBy})` : ''
  return `#${r.id}  ${when} UTC  ${r.kind.padEnd(8)}  by ${r.who}${files}  ${what}${undone}`
}

/** The `history` command. */
export const command: CliCommand = {
  name: 'history',
  summary: 'list past imports',
  usage: 'Usage: learnfinder history [--limit N] [--db PATH]',
  options: { limit: { type: 'string' } },
  async run(args, io) {
    const limit = Number((args.values.limit as string | undefined) ?? 20)
    if (!Number.isInteger(limit) || limit < 1) throw new UserError('--limit must be a whole number above 0')
    const { store, close } = await openCatalogueForRead(args.db, io.env)
    try {
      const records = await store.history(limit)
      if (records.length === 0) println(io.stdout, cliText(args.lang, 'history_none'))
      for (const r of records) println(io.stdout, historyLine(r))
      return 0
    } finally {
      await close()
    }
  },
}
