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

/** The `migrate` command. */
export const command: CliCommand = {
  name: 'migrate',
  summary: 'bring the PostgreSQL database (DATABASE_URL) up to date',
  usage: [
    'Usage: learnfinder migrate',
    '',
    'Applies the missing schema steps to the PostgreSQL database in DATABASE_URL.',
    'Run it before starting `serve` after an upgrade. SQLite files migrate themselves.',
  ].join('\n'),
  async run(_args, io) {
    const config = loadConfig(io.env)
    if (!config.DATABASE_URL) {
      println(io.stdout, 'DATABASE_URL is not set: the SQLite database migrates itself when opened, nothing to do.')
      return 0
    }
    const pool = createPgPool({ url: config.DATABASE_URL, max: 2, applicationName: 'learnfinder migrate' })
    try {
      const applied = await pgMigrate(pool, PG_MODULES)
      println(io.stdout, applied.length === 0 ? 'The database is up to date.' : `Applied ${applied.length} step(s): ${applied.join(', ')}`)
      return 0
    } finally {
      await pool.end()
    }
  },
}
