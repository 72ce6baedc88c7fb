/**
 * @module app-pg-migrations
 * Every PostgreSQL module's migrations in one list, at the wiring layer
 * because the stores they belong to sit in different layers. `learnfinder
 * migrate` applies them; `serve` refuses to start while any is missing.
 * A new PostgreSQL store adds its `PG_…_MIGRATIONS` here (one line).
 */
import type { PgModuleMigrations } from './db/pg-migrate.js'
import { pendingPgMigrations } from './db/pg-migrate.js'
import type { PgPool } from './db/postgres.js'
import { UserError } from './errors.js'
import { PG_CATALOGUE_MIGRATIONS } from './catalogue/pg-catalogue-store.js'
import { PG_CATALOGUE_NOTIFY_MIGRATIONS } from './catalogue/pg-catalogue-notify.js'
import { PG_SESSION_MIGRATIONS } from './dialogue/pg-session-store.js'
import { PG_TURN_LOG_MIGRATIONS } from './staff/pg-turn-log-store.js'
import { PG_SUBSCRIPTION_MIGRATIONS } from './staff/pg-subscription-store.js'
import { PG_ADMIN_MIGRATIONS } from './staff/pg-admin-store.js'
import { PG_WEBHOOK_INBOX_MIGRATIONS } from './channels/telegram/pg-webhook-inbox-store.js'
import { PG_EXPIRING_STATE_MIGRATIONS } from './channels/shared/pg-expiring-state-store.js'
import { PG_WEB_ACCOUNT_MIGRATIONS } from './staff/pg-web-account-store.js'
import { PG_STAFF_WORD_MIGRATIONS } from './staff/pg-staff-word-store.js'
import { PG_LEASE_MIGRATIONS } from './db/pg-lease-store.js'

/** The PostgreSQL modules, in the order they are migrated. */
export const PG_MODULES: readonly PgModuleMigrations[] = [
  PG_CATALOGUE_MIGRATIONS,
  PG_SESSION_MIGRATIONS,
  PG_TURN_LOG_MIGRATIONS,
  PG_SUBSCRIPTION_MIGRATIONS,
  PG_ADMIN_MIGRATIONS,
  PG_WEBHOOK_INBOX_MIGRATIONS,
  PG_EXPIRING_STATE_MIGRATIONS,
  PG_CATALOGUE_NOTIFY_MIGRATIONS,
  PG_WEB_ACCOUNT_MIGRATIONS,
  PG_STAFF_WORD_MIGRATIONS,
  PG_LEASE_MIGRATIONS,
]

/**
 * Throws one clear line when the shared database lacks a migration, so a
 * worker never runs against tables an older or newer release expects.
 */
export async function assertPgMigrated(pool: PgPool): Promise<void> {
  const pending = await pendingPgMigrations(pool, PG_MODULES)
  if (pending.length > 0) {
    throw new UserError(
      `the PostgreSQL database in DATABASE_URL is not migrated (${pending.join(', ')}): run \`learnfinder migrate\` first`,
      [],
      { key: 'cli.pg_not_migrated', vars: { steps: pending.join(', ') } },
    )
  }
}
