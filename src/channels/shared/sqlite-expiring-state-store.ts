/**
 * @module channels/shared/sqlite-expiring-state-store
 * {@link ExpiringStateStore} in SQLite: one row per namespace and key, the
 * value as JSON, expired rows ignored on read and purged on request.
 */
import type { Database } from 'better-sqlite3'
import { migrate } from '../../db/migrate.js'
import type { ExpiringStateStore } from './expiring-state-store.js'

const MIGRATIONS = [
  `CREATE TABLE chat_state (
     namespace TEXT NOT NULL,
     key TEXT NOT NULL,
     value TEXT NOT NULL,
     expires_at INTEGER NOT NULL,
     PRIMARY KEY (namespace, key))`,
  'CREATE INDEX chat_state_expiry ON chat_state (expires_at)',
]

/** The SQLite state store over `db` (runs the 'chat_state' migrations). */
export class SqliteExpiringStateStore implements ExpiringStateStore {
  private readonly upsert
  private readonly read
  private readonly remove
  private readonly purge

  constructor(db: Database) {
    migrate(db, 'chat_state', MIGRATIONS)
    this.upsert = db.prepare(
      `INSERT INTO chat_state (namespace, key, value, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
    )
    this.read = db.prepare('SELECT value FROM chat_state WHERE namespace = ? AND key = ? AND expires_at > ?')
    this.remove = db.prepare('DELETE FROM chat_state WHERE namespace = ? AND key = ?')
    this.purge = db.prepare('DELETE FROM chat_state WHERE expires_at <= ?')
  }

  async put(namespace: string, key: string, value: unknown, expiresAt: number): Promise<void> {
    this.upsert.run(namespace, key, JSON.stringify(value), expiresAt)
  }

  async get<T = unknown>(namespace: string, key: string, now: number): Promise<T | undefined> {
    const row = this.read.get(namespace, key, now) as { value: string } | undefined
    return row ? (JSON.parse(row.value) as T) : undefined
  }

  async delete(namespace: string, key: string): Promise<boolean> {
    return this.remove.run(namespace, key).changes > 0
  }

  async purgeExpired(now: number): Promise<number> {
    return this.purge.run(now).changes
  }
}
