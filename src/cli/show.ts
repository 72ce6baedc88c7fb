/**
 * @module cli/show
 * `learnfinder show <id>`: one project in full, as the bot will describe it,
 * including extra columns kept from the spreadsheet.
 */
import { UserError } from '../errors.js'
import { println, type CliCommand } from './command.js'
import { feeText, labelled, optionalTaxonomy } from './catalogue-format.js'
import { openCatalogueForRead } from './open-catalogue-for-write.js'

/** The `show` command. */
export const command: CliCommand = {
  name: 'show',
  summary: 'show one project in full',
  usage: 'Usage: learnfinder show <id> [--db PATH]',
  options: { taxonomy: { type: 'string' } },
  async run(args, io) {
    const id = args.positionals[0]
    if (!id) throw new UserError('say which project to show, e.g. learnfinder show LF-0001')
    const taxonomy = optionalTaxonomy(args.values.taxonomy as string | undefined)
    const { store, close } = await openCatalogueForRead(args.db, io.env)
    try {
      const p = await store.get(id)
      if (!p) throw new UserError(`there is no project with id "${id}" (try \`learnfinder list\`)`)
      const lines: [string, string | null][] = [
        ['id', p.id],
        ['title', p.title],
        ['provider', p.provider],
        ['status', p.status],
        ['topics', p.topics.map((t) => labelled(taxonomy, 'topics', t)).join(', ')],
        ['audiences', p.audiences.map((a) => labelled(taxonomy, 'audiences', a)).join(', ')],
        ['format', p.format],
        ['region', p.region],
        ['fee', feeText(p.fee)],
        ['duration', p.duration],
        ['dates', p.start_date || p.end_date ? `${p.start_date ?? '?'} to ${p.end_date ?? '?'}` : null],
        ['enroll', p.enroll],
        ['contact', p.contact],
        ['url', p.url],
        ['tags', p.tags.length ? p.tags.join(', ') : null],
        ['title_en', p.title_en],
        ['summary', p.summary],
        ['summary_en', p.summary_en],
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
