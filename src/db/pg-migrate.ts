/**
 * @module db/pg-migrate
 * migrate.ts for PostgreSQL: each module lists its own steps, applied in
 * order, once, and recorded per module in schema_migrations (the same table
 * shape as SQLite's). Unlike SQLite, a shared database is not migrated by
 * whichever worker opens it first: `learnfinder migrate` applies the steps
 * and `serve` only checks that none is missing ({@link pendingPgMigrations}).
 */
import { inPgTransaction, type PgClient, type PgPool } from './postgres.js'

/** One schema step: SQL text (may hold several statements) or a function for what SQL alone cannot express. */
export type PgMigration = string | ((client: PgClient) => Promise<void>)

/** A module's name and its steps, in order; a store file exports one. */
export interface PgModuleMigrations {
  module: string
  migrations: readonly PgMigration[]
}

// Any fixed number: two `migrate` runs at once take turns on this advisory lock.
const MIGRATE_LOCK = 7_362_015

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  module TEXT NOT NULL, version INTEGER NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (module, version))`

/**
 * Applies the steps each module has not seen yet, each in its own transaction,
 * while holding a lock so two processes never apply the same step. Returns the
 * steps applied, as "module v", for the command to print.
 */
export async function pgMigrate(pool: PgPool, modules: readonly PgModuleMigrations[]): Promise<string[]> {
  const applied: string[] = []
  const lock = await pool.connect()
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK])
    await lock.query(CREATE_TABLE)
    for (const { module, migrations } of modules) {
      const done = await appliedVersion(lock, module)
      for (let i = done; i < migrations.length; i++) {
        const step = migrations[i]
        await inPgTransaction(pool, async (client) => {
          if (typeof step === 'string') await client.query(step)
          else await step(client)
          await client.query('INSERT INTO schema_migrations (module, version) VALUES ($1, $2)', [module, i + 1])
        })
        applied.push(`${module} ${i + 1}`)
      }
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATE_LOCK]).catch(() => {})
    lock.release()
  }
  return applied
}

/** The modules whose steps are not all applied, as "module (done/total)"; empty when up to date. */
export async function pendingPgMigrations(pool: PgPool, modules: readonly PgModuleMigrations[]): Promise<string[]> {
  const exists = await pool.query(`SELECT to_regclass('schema_migrations') IS NOT NULL AS ok`)
  const pending: string[] = []
  for (const { module, migrations } of modules) {
    const done = exists.rows[0].ok ? await appliedVersion(pool, module) : 0
    if (done < migrations.length) pending.push(`${module} (${done}/${migrations.length})`)
  }
  return pending
}

async function appliedVersion(db: PgPool | PgClient, module: string): Promise<number> {
  const res = await db.query('SELECT COALESCE(MAX(version), 0)::int AS v FROM schema_migrations WHERE module = $1', [module])
  return res.rows[0].v as number
}
