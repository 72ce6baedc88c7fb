/**
 * @module db/postgres
 * The one place a PostgreSQL connection pool is made, so every store and
 * command of a process shares one pool of DATABASE_POOL_MAX connections and
 * the settings (timeouts, application name) are set once. Used when
 * DATABASE_URL is set; SQLite (open-database.ts) stays the default.
 */
import { createRequire } from 'node:module'
import type pg from 'pg'

// Required when the first pool is made: a process on SQLite (the default, and every `learnfinder ask`) never loads pg.
const requireHere = createRequire(import.meta.url)

/** How to reach PostgreSQL and how many connections one process may hold. */
export interface PgPoolOptions {
  url: string
  /** Most connections this process opens (default 10). */
  max?: number
  /** Shown in pg_stat_activity, so a DBA sees which worker holds what. */
  applicationName?: string
}

/** A pool of connections; stores take it, never a URL, so one process shares one pool. */
export type PgPool = pg.Pool
/** One checked-out connection, for transactions. */
export type PgClient = pg.PoolClient

/**
 * Opens a pool (connections are made lazily). A statement running longer
 * than 30 s is cancelled, so a stuck query cannot hold a learner's turn forever;
 * an idle connection's network error is logged by the caller, never thrown.
 */
export function createPgPool(opts: PgPoolOptions): PgPool {
  const { Pool } = requireHere('pg') as typeof pg
  const pool = new Pool({
    connectionString: opts.url,
    max: opts.max ?? 10,
    application_name: opts.applicationName ?? 'learnfinder',
    statement_timeout: 30_000,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  })
  // Without a listener an idle client's error (the server restarting) would crash the process.
  pool.on('error', () => {})
  return pool
}

/**
 * Runs `work` in one transaction on one connection: COMMIT when it resolves,
 * ROLLBACK when it throws (the error is rethrown). The one transaction helper
 * every PostgreSQL store uses.
 */
export async function inPgTransaction<T>(pool: PgPool, work: (client: PgClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {})
    throw err
  } finally {
    client.release()
  }
}

/**
 * Waits for, then holds until the transaction ends, a lock on a named thing
 * (e.g. ['subscription', channel, userId]) that may have no row yet: every
 * process using this pool's database takes turns on it. Only inside
 * {@link inPgTransaction}.
 */
export async function lockPgKey(client: PgClient, key: readonly string[]): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [JSON.stringify(key)])
}
