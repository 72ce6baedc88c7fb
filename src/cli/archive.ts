/**
 * @module cli/archive
 * `learnfinder archive <id>`: stop recommending a project without deleting it
 * (it stays in exports, marked 下线, and can come back with a re-import).
 */
import { cliWho } from '../catalogue/open-catalogue.js'
import { openCatalogueForWrite } from './open-catalogue-for-write.js'
import { UserError } from '../errors.js'
import { println, type CliCommand } from './command.js'
import { cliText } from './cli-text.js'

/** The `archive` command. */
export const command: CliCommand = {
  name: 'archive',
  summary: 'archive a project so it is never recommended',
  usage: 'Usage: learnfinder archive <id>... [--db PATH]',
  async run(args, io) {
    if (args.positionals.length === 0) throw new UserError('say which project to archive, e.g. learnfinder archive LF-0001')
    const { store, close } = await openCatalogueForWrite(args.db, io.env)
    try {
      for (const id of args.positionals) {
        const before = await store.get(id)
        const p = await store.archive(id, cliWho(io.env))
        println(io.stdout, cliText(args.lang, before?.status === 'archived' ? 'archive_already' : 'archive_done', { id: p.id, title: p.title }))
      }
      return 0
    } finally {
      await close()
    }
  },
}
