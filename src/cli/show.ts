/**
 * @module cli/show
 * `learnfinder show <id>`: one project in full, as the bot will describe it,
 * including extra columns kept from the spreadsheet.
 */
import { println, type CliCommand } from './command.js'
import { cliError, cliText, type CliKey } from './cli-text.js'
import { feeText, formatText, labelled, optionalTaxonomy } from './catalogue-format.js'
import { openCatalogueForRead } from './open-catalogue-for-write.js'

/** The `show` command. */
export const command: CliCommand = {
  name: 'show',
  options: { taxonomy: { type: 'string' } },
  async run(args, io) {
    const id = args.positionals[0]
    if (!id) throw cliError('show_need_id')
    const taxonomy = optionalTaxonomy(args.values.taxonomy as string | undefined)
    const { store, close } = await openCatalogueForRead(args.db, io.env)
    try {
      const p = await store.get(id)
      if (!p) throw cliError('show_not_found', { id })
      const lang = args.lang
      const fields: [CliKey, string | null][] = [
        ['show_id', p.id],
        ['show_title', p.title],
        ['show_provider', p.provider],
        ['show_status', cliText(lang, `status_${p.status}`)],
        ['show_topics', p.topics.map((t) => labelled(taxonomy, 'topics', t)).join(', ')],
        ['show_audiences', p.audiences.map((a) => labelled(taxonomy, 'audiences', a)).join(', ')],
        ['show_format', formatText(p.format, lang)],
        ['show_region', p.region],
        ['show_fee', feeText(p.fee, lang)],
        ['show_duration', p.duration],
        ['show_dates', p.start_date || p.end_date ? cliText(lang, 'show_dates_range', { from: p.start_date ?? '?', to: p.end_date ?? '?' }) : null],
        ['show_enroll', p.enroll],
        ['show_contact', p.contact],
        ['show_url', p.url],
        ['show_tags', p.tags.length ? p.tags.join(', ') : null],
        ['show_title_en', p.title_en],
        ['show_summary', p.summary],
        ['show_summary_en', p.summary_en],
      ]
      const lines: [string, string | null][] = [
        ...fields.map(([key, v]): [string, string | null] => [cliText(lang, key), v]),
        // Extra columns keep the header the spreadsheet gave them.
        ...Object.entries(p.extra ?? {}).map(([k, v]): [string, string] => [k, v]),
      ]
      const width = Math.max(...lines.map(([k]) => k.length))
      for (const [k, v] of lines) if (v) println(io.stdout, `${k.padEnd(width)}  ${v}`)
      return 0
    } finally {
      await close()
    }
  },
}
