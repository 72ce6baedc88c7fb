/**
 * @module app-stores
 * The one place that picks where state lives: the SQLite file (`--db`,
 * LEARNFINDER_DB) by default, the shared PostgreSQL database when
 * DATABASE_URL is set. Commands ask {@link openStores} for the stores they
 * need and never construct a Sqlite… or Pg… store themselves, so a new
 * backend or store is wired here once.
 */
import type { Config } from './config.js'
import type { CatalogueStore } from './catalogue/catalogue-store.js'
import { SqliteCatalogueStore } from './catalogue/sqlite-catalogue-store.js'
import { PgCatalogueStore } from './catalogue/pg-catalogue-store.js'
import { openDatabase, type Database } from './db/open-database.js'
import { createPgPool, type PgPool } from './db/postgres.js'
import type { SessionStore } from './dialogue/session-store.js'
import { SqliteSessionStore } from './dialogue/sqlite-session-store.js'
import { PgSessionStore } from './dialogue/pg-session-store.js'
import type { AdminStore } from './staff/admin-store.js'
import { SqliteAdminStore } from './staff/sqlite-admin-store.js'
import { PgAdminStore } from './staff/pg-admin-store.js'
import type { SubscriptionStore } from './staff/subscription-store.js'
import { SqliteSubscriptionStore } from './staff/sqlite-subscription-store.js'
import { PgSubscriptionStore } from './staff/pg-subscription-store.js'
import type { TurnLogStore } from './staff/turn-log-store.js'
import { SqliteTurnLogStore } from './staff/sqlite-turn-log-store.js'
import { PgTurnLogStore } from './staff/pg-turn-log-store.js'
import { assertPgMigrated } from './app-pg-migrations.js'

/** Every store of one process, on one backend; `close()` releases the file or the pools. */
export interface Stores {
  backend: 'sqlite' | 'postgres'
  catalogue: CatalogueStore
  sessions: SessionStore
  turns: TurnLogStore
  subscriptions: SubscriptionStore
  admins: AdminStore
  /** The SQLite file, for the parts that still keep tables in it (the search index); absent on PostgreSQL. */
  sqlite?: Database
  close(): Promise<void>
}

/** Where the SQLite file is, and the clock (tests). */
export interface OpenStoresOptions {
  dbPath: string
  now?: () => Date
}

/**
 * Opens the stores on the backend the config names. On PostgreSQL it first
 * checks the schema (a UserError naming `learnfinder migrate` when a step is
 * missing) and opens two pools: DATABASE_POOL_MAX connections for queries and
 * as many again for the per-chat turn locks (docs/scaling.md).
 */
export async function openStores(config: Config, opts: OpenStoresOptions): Promise<Stores> {
  const now = opts.now ?? (() => new Date())
  const sessionOpts = { idleMinutes: config.SESSION_IDLE_MINUTES, now }
  const turnOpts = { salt: config.LOG_SALT, retentionDays: config.LOG_RETENTION_DAYS, now }
  if (!config.DATABASE_URL) {
    const db = openDatabase(opts.dbPath)
    try {
      return {
        backend: 'sqlite',
        catalogue: new SqliteCatalogueStore(db),
        sessions: new SqliteSessionStore(db, sessionOpts),
        turns: new SqliteTurnLogStore(db, turnOpts),
        subscriptions: new SqliteSubscriptionStore(db, now),
        admins: new SqliteAdminStore(db, now),
        sqlite: db,
        close: async () => {
          db.close()
        },
      }
    } catch (err) {
      db.close()
      throw err
    }
  }
  const pool = createPgPool({ url: config.DATABASE_URL, max: config.DATABASE_POOL_MAX })
  let locks: PgPool | undefined
  try {
    await assertPgMigrated(pool)
    locks = createPgPool({ url: config.DATABASE_URL, max: config.DATABASE_POOL_MAX, applicationName: 'learnfinder turn locks' })
    return {
      backend: 'postgres',
      catalogue: new PgCatalogueStore(pool),
      sessions: new PgSessionStore(pool, sessionOpts, locks),
      turns: await PgTurnLogStore.open(pool, turnOpts),
      subscriptions: new PgSubscriptionStore(pool, now),
      admins: new PgAdminStore(pool, now),
      close: async () => {
        await Promise.all([pool.end(), locks!.end()])
      },
    }
  } catch (err) {
    await Promise.all([pool.end(), locks?.end()])
    throw err
  }
}
