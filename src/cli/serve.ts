/**
 * @module cli/serve
 * `learnfinder serve` (what `npm start` runs): starts every configured
 * channel, or the terminal chat when none is configured, and runs until
 * stopped (Ctrl-C, SIGTERM, or the end of piped input). A wrong environment
 * variable stops it with one line naming the variable.
 */
import { loadConfig } from '../config.js'
import type { CliCommand } from './command.js'
import { createPgPool } from '../db/postgres.js'
import { assertPgMigrated } from '../app-pg-migrations.js'
import { requireLogSalt } from './log-salt.js'

/** Stops `serve` with one line before anything starts when the shared database lacks a migration. */
async function refuseUnmigrated(url: string): Promise<void> {
  const pool = createPgPool({ url, max: 1, applicationName: 'learnfinder serve check' })
  try {
    await assertPgMigrated(pool)
  } finally {
    await pool.end()
  }
}

/** The `serve` command. */
export const command: CliCommand = {
  name: 'serve',
  async run(args, io) {
    const config = loadConfig(io.env)
    requireLogSalt(config, args.lang)
    if (config.DATABASE_URL) await refuseUnmigrated(config.DATABASE_URL)
    // Loaded after the config check, so a wrong variable is reported at once.
    const { startServer } = await import('../main.js')
    const app = await startServer(config, { dbPath: args.db, stdin: io.stdin, stdout: io.stdout })
    await app.done
    return 0
  },
}
