/**
 * @module cli/import
 * `learnfinder import <file>... [--dry-run] [--sheet NAME]`: the staff way to
 * load a catalogue. Every file is checked completely first; only when all of
 * them are clean is the batch written, in one transaction.
 */
import { basename } from 'node:path'
import { readCatalogueFiles } from '../catalogue/read-catalogue.js'
import { loadTaxonomy } from '../catalogue/taxonomy.js'
import { cliWho } from '../catalogue/open-catalogue.js'
import { openCatalogueForRead, openCatalogueForWrite } from './open-catalogue-for-write.js'
import type { ImportPlan } from '../catalogue/catalogue-store.js'
import { println, type CliCommand } from './command.js'
import { cliError, cliPrompts, cliText } from './cli-text.js'
import { warningLine } from '../catalogue/problem-text.js'
import { createProgress, PROGRESS_MIN_ROWS, type Progress } from './progress.js'

function idSample(ids: string[], n = 10): string {
  return ids.length > n ? `${ids.slice(0, n).join(', ')} … (+${ids.length - n})` : ids.join(', ')
}

/** "3 added, 1 updated, 40 unchanged, 0 archived" (or 新增 3 个…) for a plan or record, in `lang` (default English). */
export function planSummary(c: { added: number; updated: number; unchanged: number; archived: number }, lang: 'zh' | 'en' = 'en'): string {
  return cliText(lang, 'plan_summary', { added: c.added, updated: c.updated, unchanged: c.unchanged, archived: c.archived })
}

function countsOf(plan: ImportPlan) {
  return { added: plan.added.length, updated: plan.updated.length, unchanged: plan.unchanged.length, archived: plan.archived.length }
}

/** The `import` command. */
export const command: CliCommand = {
  name: 'import',
  options: {
    'dry-run': { type: 'boolean' },
    sheet: { type: 'string' },
    taxonomy: { type: 'string' },
  },
  async run(args, io) {
    const files = args.positionals
    if (files.length === 0) throw cliError('import_need_file')
    const taxonomy = loadTaxonomy((args.values.taxonomy as string | undefined) ?? undefined)
    if (args.values.sheet !== undefined && !files.some((f) => /\.xls[xm]$/i.test(f))) {
      println(io.stderr, cliText(args.lang, 'warning', { text: cliText(args.lang, 'import_sheet_ignored') }))
    }
    let progress: Progress | null = null
    const parsed = await readCatalogueFiles(files, {
      taxonomy,
      sheet: args.values.sheet as string | undefined,
      onFile: (path) => { progress?.end(); progress = createProgress(io.stderr, cliText(args.lang, 'import_reading', { file: basename(path) }), args.lang) },
      onProgress: (done, total) => progress?.update(done, total),
    })
    ;(progress as Progress | null)?.end()
    for (const w of parsed.warnings) println(io.stderr, cliText(args.lang, 'warning', { text: warningLine(cliPrompts(), args.lang, w) }))
    // A dry run only reads; a real import keeps the search index in step in the same transaction.
    const { store, close } = args.values['dry-run'] ? await openCatalogueForRead(args.db, io.env) : await openCatalogueForWrite(args.db, io.env, taxonomy)
    try {
      const names = files.map((f) => basename(f))
      if (args.values['dry-run']) {
        const plan = await store.planImport(parsed.projects)
        println(io.stdout, cliText(args.lang, 'import_dry_run', { files: names.join(', '), count: parsed.projects.length }))
        println(io.stdout, cliText(args.lang, 'import_would', { summary: planSummary(countsOf(plan), args.lang) }))
        for (const key of ['added', 'updated', 'archived'] as const) {
          if (plan[key].length) println(io.stdout, cliText(args.lang, `import_list_${key}`, { ids: idSample(plan[key]) }))
        }
        return 0
      }
      if (parsed.projects.length >= PROGRESS_MIN_ROWS) {
        println(io.stderr, cliText(args.lang, 'import_writing', { count: parsed.projects.length, projects: parsed.projects.length.toLocaleString('en') }))
      }
      const record = await store.applyImport(parsed.projects, { who: cliWho(io.env), files: names })
      println(io.stdout, cliText(args.lang, 'import_done', { files: names.join(', '), summary: planSummary(record, args.lang) }))
      const { active, archived } = await store.count()
      println(io.stdout, cliText(args.lang, 'import_holds', { active, archived, id: record.id }))
      return 0
    } finally {
      await close()
    }
  },
}
