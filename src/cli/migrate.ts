/**
 * @module cli/migrate
 * `learnfinder migrate`: brings the shared PostgreSQL database in
 * DATABASE_URL up to this release's schema. Run once after setting
 * DATABASE_URL and after each upgrade, before starting the workers; safe to
 * run twice or from two machines at once. A SQLite file migrates itself when
 * opened, so without DATABASE_URL there is nothing to do.
 */
import { loadConfig } from '../config.js'
import { createPgPool } from '../db/postgres.js'
import { pgMigrate } from '../db/pg-migrate.js'
import { PG_MODULES } from '../app-pg-migrations.js'
import { println, type CliCommand } from './command.js'
import { cliText } from './cli-text.js'

/** The `migrate` command. */
export const command: CliCommand = {
  name: 'migrate',
  async run(args, io) {
    const config = loadConfig(io.env)
    if (!config.DATABASE_URL) {
      println(io.stdout, cliText(args.lang, 'migrate_no_url'))
      return 0
    }
    const pool = createPgPool({ url: config.DATABASE_URL, max: 2, applicationName: 'learnfinder migrate' })
    try {
      const applied = await pgMigrate(pool, PG_MODULES)
      println(io.stdout, applied.length === 0
        ? cliText(args.lang, 'migrate_up_to_date')
        : cliText(args.lang, 'migrate_applied', { count: applied.length, steps: applied.join(', ') }))
      return 0
    } finally {
      await pool.end()
    }
  },
}
