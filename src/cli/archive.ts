/**
 * @module cli/archive
 * `learnfinder archive <id>`: stop recommending a project without deleting it
 * (it stays in exports, marked 下线, and can come back with a re-import).
 */
import { cliWho } from '../catalogue/open-catalogue.js'
import { openCatalogueForWrite } from './open-catalogue-for-write.js'
import { println, type CliCommand } from './command.js'
import { cliError, cliText } from './cli-text.js'

/** The `archive` command. */
export const command: CliCommand = {
  name: 'archive',
  async run(args, io) {
    if (args.positionals.length === 0) throw cliError('archive_need_id')
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
