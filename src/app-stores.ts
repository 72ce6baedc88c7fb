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
import { directWrites, writerThread, type SqliteWrites } from './db/sqlite-writer.js'
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
import type { LeaseStore } from './db/lease-store.js'
import { SqliteLeaseStore } from './db/sqlite-lease-store.js'
import { PgLeaseStore } from './db/pg-lease-store.js'
import { loadLogKey } from './staff/log-key.js'
import type { WebAccountStore } from './staff/web-account-store.js'
import { SqliteWebAccountStore } from './staff/sqlite-web-account-store.js'
import type { StaffWordStore } from './staff/staff-word-store.js'
import { SqliteStaffWordStore } from './staff/sqlite-staff-word-store.js'
import { PgWebAccountStore } from './staff/pg-web-account-store.js'
import { PgStaffWordStore } from './staff/pg-staff-word-store.js'
import type { ExpiringStateStore } from './channels/shared/expiring-state-store.js'
import { SqliteExpiringStateStore } from './channels/shared/sqlite-expiring-state-store.js'
import type { WebhookInboxStore } from './channels/telegram/webhook-inbox-store.js'
import { SqliteWebhookInboxStore } from './channels/telegram/sqlite-webhook-inbox-store.js'
import { PgWebhookInboxStore } from './channels/telegram/pg-webhook-inbox-store.js'
import { PgExpiringStateStore } from './channels/shared/pg-expiring-state-store.js'

/**
 * The staff console's and the channels' own stores. On SQLite they share the
 * one file; on PostgreSQL every one of them is shared by all workers.
 */
export interface LocalStores {
  webAccounts: WebAccountStore
  staffWords: StaffWordStore
  expiringState: ExpiringStateStore
  webhookInbox: WebhookInboxStore
}

/** The {@link LocalStores} on one open SQLite file. */
export function openLocalStores(db: Database, now?: () => Date, writes?: SqliteWrites): LocalStores {
  return {
    webAccounts: new SqliteWebAccountStore(db, now, writes),
    staffWords: new SqliteStaffWordStore(db, now, writes),
    expiringState: new SqliteExpiringStateStore(db, writes),
    // Written for every update before Telegram is answered: through the writer thread when there is one.
    webhookInbox: new SqliteWebhookInboxStore(db, writes),
  }
}

/** Every store of one process, on one backend; `close()` releases the file or the pools. */
export interface Stores {
  backend: 'sqlite' | 'postgres'
  catalogue: CatalogueStore
  sessions: SessionStore
  turns: TurnLogStore
  subscriptions: SubscriptionStore
  admins: AdminStore
  /** Who runs each singleton job (app-singletons.ts). */
  leases: LeaseStore
  /** The console's and channels' own stores (see {@link LocalStores}). */
  local: LocalStores
  /** The SQLite file, for the parts that still keep tables in it (the search index); absent on PostgreSQL. */
  sqlite?: Database
  /**
   * The SQLite file at --db: the one database on SQLite; on PostgreSQL this
   * worker's own file (search index cache and {@link LocalStores}), opened on first use.
   */
  localDb(): Database
  /**
   * Resolves once every write handed to the SQLite writer thread (sessions,
   * the query log, leases, the audit log) is committed, and stops the thread;
   * `serve` calls it when stopping, before the file is closed. Nothing to do on PostgreSQL.
   */
  settle(): Promise<void>
  /** Starts the SQLite writer thread now rather than on the first write (`serve`, before it answers anyone). */
  ready(): Promise<void>
  close(): Promise<void>
}

/** Where the SQLite file is, and the clock (tests). */
export interface OpenStoresOptions {
  dbPath: string
  now?: () => Date
  /**
   * SQLite: send the bot's own small writes to a writer thread (default true). A one-shot command (`ask`,
   * `notify`) answers nobody while it waits for a lock, so it writes directly and starts no thread.
   */
  writerThread?: boolean
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
  if (!config.DATABASE_URL) {
    const db = openDatabase(opts.dbPath)
    // The bot's own small writes go to a writer thread with its own connection: they wait for the write
    // lock there, never on the event loop, while another process commits an import (db/sqlite-writer).
    const writes = db.memory || opts.writerThread === false ? directWrites(db) : writerThread(opts.dbPath)
    try {
      // The id hash key never lives in the database: LOG_SALT, else a 0600 file beside it (staff/log-key).
      const turnOpts = { salt: loadLogKey(opts.dbPath, config.LOG_SALT), retentionDays: config.LOG_RETENTION_DAYS, now }
      return {
        backend: 'sqlite',
        catalogue: new SqliteCatalogueStore(db),
        sessions: new SqliteSessionStore(db, sessionOpts, writes),
        turns: new SqliteTurnLogStore(db, turnOpts, writes),
        subscriptions: new SqliteSubscriptionStore(db, now, writes),
        admins: new SqliteAdminStore(db, now, writes),
        leases: new SqliteLeaseStore(db, now, writes),
        local: openLocalStores(db, now, writes),
        sqlite: db,
        localDb: () => db,
        settle: () => writes.close(),
        ready: () => writes.ready(),
        close: async () => {
          await writes.close()
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
  let cache: Database | undefined
  try {
    await assertPgMigrated(pool)
    locks = createPgPool({ url: config.DATABASE_URL, max: config.DATABASE_POOL_MAX, applicationName: 'learnfinder turn locks' })
    // LOG_SALT is the HMAC key shared by all workers; without it the log is read-only (cli/log-salt refuses first).
    const turnOpts = { salt: config.LOG_SALT, retentionDays: config.LOG_RETENTION_DAYS, now }
    // The worker's own file holds only its search index cache; opened only when something needs it.
    const localDb = () => (cache ??= openDatabase(opts.dbPath))
    const local: LocalStores = {
      webAccounts: new PgWebAccountStore(pool, now),
      staffWords: new PgStaffWordStore(pool, now),
      expiringState: new PgExpiringStateStore(pool),
      webhookInbox: new PgWebhookInboxStore(pool),
    }
    return {
      backend: 'postgres',
      catalogue: new PgCatalogueStore(pool),
      sessions: new PgSessionStore(pool, sessionOpts, locks),
      turns: new PgTurnLogStore(pool, turnOpts),
      subscriptions: new PgSubscriptionStore(pool, now),
      admins: new PgAdminStore(pool, now),
      leases: new PgLeaseStore(pool), // the server's clock, whatever each worker's says
      local,
      localDb,
      settle: async () => {},
      ready: async () => {},
      close: async () => {
        cache?.close()
        await Promise.all([pool.end(), locks!.end()])
      },
    }
  } catch (err) {
    cache?.close()
    await Promise.all([pool.end(), locks?.end()])
    throw err
  }
}
