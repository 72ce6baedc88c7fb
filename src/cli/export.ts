/**
 * @module cli/export
 * `learnfinder export [--format csv|xlsx|json] [--out FILE]`: the catalogue as
 * a file staff can edit and import again (re-importing it changes nothing).
 * Archived projects are included, marked 下线, so their state survives a round trip.
 */
import { rename, writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { exportCatalogue, EXPORT_FORMATS, type ExportFormat } from '../catalogue/export-catalogue.js'
import { loadTaxonomy, type Taxonomy } from '../catalogue/taxonomy.js'
import { cliError, cliText } from './cli-text.js'
import { println, type CliCommand } from './command.js'
import { openCatalogueForRead } from './open-catalogue-for-write.js'

function pickFormat(format: string | undefined, out: string | undefined): ExportFormat {
  const wanted = format ?? (out ? extname(out).slice(1).toLowerCase() : 'csv')
  if ((EXPORT_FORMATS as readonly string[]).includes(wanted)) return wanted as ExportFormat
  if (format === undefined) return 'csv'
  throw cliError('export_format_invalid', { formats: EXPORT_FORMATS.join(', '), value: wanted })
}

/** The `export` command. */
export const command: CliCommand = {
  name: 'export',
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    taxonomy: { type: 'string' },
  },
  async run(args, io) {
    const out = args.values.out as string | undefined
    const format = pickFormat(args.values.format as string | undefined, out)
    if (format === 'xlsx' && !out) throw cliError('export_xlsx_needs_out')
    let taxonomy: Taxonomy | undefined
    try {
      taxonomy = loadTaxonomy((args.values.taxonomy as string | undefined) ?? undefined)
    } catch (err) {
      if (args.values.taxonomy) throw err
      println(io.stderr, cliText(args.lang, 'warning', { text: cliText(args.lang, 'export_no_taxonomy') }))
    }
    const { store, close } = await openCatalogueForRead(args.db, io.env)
    let projects
    try {
      projects = await store.list({ status: 'all' })
    } finally {
      await close()
    }
    const data = await exportCatalogue(projects, format, taxonomy)
    if (!out) {
      io.stdout.write(data)
      return 0
    }
    const tmp = `${out}.${process.pid}.tmp`
    try {
      await writeFile(tmp, data)
      await rename(tmp, out)
    } catch (err) {
      throw cliError('export_cannot_write', { file: out, reason: (err as Error).message })
    }
    println(io.stdout, cliText(args.lang, 'export_done', { count: projects.length, file: out, format }))
    return 0
  },
}
