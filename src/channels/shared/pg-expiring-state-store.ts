/**
 * @module channels/shared/pg-expiring-state-store
 * {@link ExpiringStateStore} in PostgreSQL, shared by every worker: a button
 * pressed on a message sent by one worker, a /lang choice made through
 * another, or an upload confirmed on a third all find their state. Values
 * are JSONB; times are ms since the epoch (BIGINT), passed in.
 */
import type { PgModuleMigrations } from '../../db/pg-migrate.js'
import type { PgPool } from '../../db/postgres.js'
import type { ExpiringStateStore } from './expiring-state-store.js'
import { pgSteps } from '../../db/schema.js'
import { EXPIRING_STATE_SCHEMA } from './expiring-state-store.js'

/** The 'chat-state' module's PostgreSQL steps, applied by `learnfinder migrate`. */
export const PG_EXPIRING_STATE_MIGRATIONS: PgModuleMigrations = pgSteps('chat-state', EXPIRING_STATE_SCHEMA)

/** The shared state store on `pool` (migrated beforehand). */
export class PgExpiringStateStore implements ExpiringStateStore {
  constructor(private readonly pool: PgPool) {}

  async put(namespace: string, key: string, value: unknown, expiresAt: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO chat_state (namespace, key, value, expires_at) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
      [namespace, key, JSON.stringify(value), expiresAt],
    )
  }

  async get<T = unknown>(namespace: string, key: string, now: number): Promise<T | undefined> {
    const res = await this.pool.query<{ value: T }>(
      'SELECT value FROM chat_state WHERE namespace = $1 AND key = $2 AND expires_at > $3',
      [namespace, key, now],
    )
    return res.rows[0]?.value
  }

  async delete(namespace: string, key: string): Promise<boolean> {
    const res = await this.pool.query('DELETE FROM chat_state WHERE namespace = $1 AND key = $2', [namespace, key])
    return (res.rowCount ?? 0) > 0
  }

  async purgeExpired(now: number): Promise<number> {
    const res = await this.pool.query('DELETE FROM chat_state WHERE expires_at <= $1', [now])
    return res.rowCount ?? 0
  }
}
