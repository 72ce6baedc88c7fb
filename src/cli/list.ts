/**
 * @module cli/list
 * `learnfinder list [--topic ID] [--audience ID] [--archived]`: what is in the
 * catalogue, one project a line. Topics and audiences may be given as ids
 * or as any label (数字技能, 老年人…).
 */
import { println, type CliCommand } from './command.js'
import { cliText } from './cli-text.js'
import { optionalTaxonomy, projectLine, resolveFlag } from './catalogue-format.js'
import { openCatalogueForRead } from './open-catalogue-for-write.js'

/** The `list` command. */
export const command: CliCommand = {
  name: 'list',
  options: {
    topic: { type: 'string' },
    audience: { type: 'string' },
    archived: { type: 'boolean' },
    all: { type: 'boolean' },
    taxonomy: { type: 'string' },
  },
  async run(args, io) {
    const taxonomy = optionalTaxonomy(args.values.taxonomy as string | undefined)
    const topic = args.values.topic as string | undefined
    const audience = args.values.audience as string | undefined
    const filter = {
      topic: topic ? resolveFlag(taxonomy, 'topics', topic) : undefined,
      audience: audience ? resolveFlag(taxonomy, 'audiences', audience) : undefined,
      status: args.values.all ? 'all' as const : args.values.archived ? 'archived' as const : 'active' as const,
    }
    const { store, close } = await openCatalogueForRead(args.db, io.env)
    try {
      const projects = await store.list(filter)
      for (const p of projects) println(io.stdout, projectLine(p, args.lang))
      const count = projects.length
      println(io.stdout, count === 0 ? cliText(args.lang, `list_none_${filter.status}`) : cliText(args.lang, `list_count_${filter.status}`, { count }))
      return 0
    } finally {
      await close()
    }
  },
}
