/**
 * @module cli/history
 * `learnfinder history`: who changed the catalogue, when, from which files,
 * and what each write did, newest first.
 */
import type { ImportRecord } from '../catalogue/catalogue-store.js'
import { println, type CliCommand } from './command.js'
import { cliError, cliText } from './cli-text.js'
import type { Lang } from '../dialogue/types.js'
import { planSummary } from './import.js'
import { openCatalogueForRead } from './open-catalogue-for-write.js'

/** One history line, e.g. `#3  2026-11-28 09:30 UTC  导入  cli:ann 操作  a.csv  新增 3 个…` (English with --lang en). */
export function historyLine(r: ImportRecord, lang: Lang): string {
  const when = r.at.slice(0, 16).replace('T', ' ')
  const files = r.files.length ? `  ${r.files.join(', ')}` : ''
  let what: string
  if (r.kind === 'rollback') what = cliText(lang, 'history_undid', { id: r.undoes ?? '-', restored: r.updated + r.added, removed: r.removed })
  else if (r.kind === 'archive') what = cliText(lang, 'history_archived_one')
  else what = planSummary(r, lang)
  const undone = r.rolledBackBy ? cliText(lang, 'history_rolled_back', { id: r.rolledBackBy }) : ''
  const kind = cliText(lang, `history_kind_${r.kind}`).padEnd(8)
  return cliText(lang, 'history_line', { id: r.id, when, kind, who: r.who, files, what, undone })
}

/** The `history` command. */
export const command: CliCommand = {
  name: 'history',
  options: { limit: { type: 'string' } },
  async run(args, io) {
    const limit = Number((args.values.limit as string | undefined) ?? 20)
    if (!Number.isInteger(limit) || limit < 1) throw cliError('history_limit_invalid')
    const { store, close } = await openCatalogueForRead(args.db, io.env)
    try {
      const records = await store.history(limit)
      if (records.length === 0) println(io.stdout, cliText(args.lang, 'history_none'))
      for (const r of records) println(io.stdout, historyLine(r, args.lang))
      return 0
    } finally {
      await close()
    }
  },
}
