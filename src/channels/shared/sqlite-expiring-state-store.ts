/**
 * @module channels/shared/sqlite-expiring-state-store
 * {@link ExpiringStateStore} in SQLite: one row per namespace and key, the
 * value as JSON, expired rows ignored on read and purged on request. Its
 * writes go through {@link SqliteWrites} (the writer thread in `serve`), so a
 * learner's /lang choice never holds the event loop while another process
 * commits an import.
 */
import type { Database } from 'better-sqlite3'
import { migrate } from '../../db/migrate.js'
import { directWrites, writeOne, type SqliteWrites } from '../../db/sqlite-writer.js'
import type { ExpiringStateStore } from './expiring-state-store.js'
import { sqliteSteps } from '../../db/schema.js'
import { EXPIRING_STATE_SCHEMA } from './expiring-state-store.js'


const UPSERT = `INSERT INTO chat_state (namespace, key, value, expires_at) VALUES (?, ?, ?, ?)
  ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`

/** The SQLite state store over `db` (runs the 'chat_state' migrations). */
export class SqliteExpiringStateStore implements ExpiringStateStore {
  private readonly read

  constructor(
    db: Database,
    private readonly writes: SqliteWrites = directWrites(db),
  ) {
    migrate(db, 'chat_state', sqliteSteps(EXPIRING_STATE_SCHEMA))
    this.read = db.prepare('SELECT value FROM chat_state WHERE namespace = ? AND key = ? AND expires_at > ?')
  }

  async put(namespace: string, key: string, value: unknown, expiresAt: number): Promise<void> {
    await writeOne(this.writes, UPSERT, namespace, key, JSON.stringify(value), expiresAt)
  }

  async get<T = unknown>(namespace: string, key: string, now: number): Promise<T | undefined> {
    const row = this.read.get(namespace, key, now) as { value: string } | undefined
    return row ? (JSON.parse(row.value) as T) : undefined
  }

  async delete(namespace: string, key: string): Promise<boolean> {
    const deleted = await writeOne(this.writes, 'DELETE FROM chat_state WHERE namespace = ? AND key = ?', namespace, key)
    return deleted > 0
  }

  async purgeExpired(now: number): Promise<number> {
    const purged = await writeOne(this.writes, 'DELETE FROM chat_state WHERE expires_at <= ?', now)
    return purged
  }
}
