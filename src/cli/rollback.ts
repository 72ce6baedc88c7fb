/**
 * @module cli/rollback
 * `learnfinder rollback`: undo the last import that has not been undone yet.
 * The undo is itself recorded, so the history shows what happened.
 */
import { cliWho } from '../catalogue/open-catalogue.js'
import { openCatalogueForWrite } from './open-catalogue-for-write.js'
import { println, type CliCommand } from './command.js'
import { cliText } from './cli-text.js'

/** The `rollback` command. */
export const command: CliCommand = {
  name: 'rollback',
  async run(args, io) {
    const { store, close } = await openCatalogueForWrite(args.db, io.env)
    try {
      const r = await store.rollbackLast(cliWho(io.env))
      const files = r.files.length ? cliText(args.lang, 'rollback_files', { files: r.files.join(', ') }) : ''
      println(io.stdout, cliText(args.lang, 'rollback_done', { id: r.undoes ?? '-', files, count: r.removed, removed: r.removed, restored: r.updated + r.added }))
      const { active, archived } = await store.count()
      println(io.stdout, cliText(args.lang, 'catalogue_holds', { active, archived }))
      return 0
    } finally {
      await close()
    }
  },
}
