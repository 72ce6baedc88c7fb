/**
 * @module channels/shared/expiring-state-store
 * Small pieces of chat state that must survive a restart but not forever:
 * a checked upload waiting for 确认导入, a learner's /lang choice, the payload
 * behind a button whose text is too long for Telegram's 64-byte callback
 * data. Kept in memory only, a restart turned a confirm into "expired" and
 * reset the learner's language. Values are JSON, grouped by namespace, and
 * each has an expiry after which it reads as absent.
 */
import type { SchemaGroups } from '../../db/schema.js'

/** The state contract (async, so a PostgreSQL store can follow). Times are ms since the epoch. */
export interface ExpiringStateStore {
  /** Stores `value` (JSON-serialisable) under namespace/key until `expiresAt`, replacing what was there. */
  put(namespace: string, key: string, value: unknown, expiresAt: number): Promise<void>
  /** The value, or undefined when absent or expired at `now`. */
  get<T = unknown>(namespace: string, key: string, now: number): Promise<T | undefined>
  /** Deletes one entry; true when there was one. */
  delete(namespace: string, key: string): Promise<boolean>
  /** Deletes every entry expired at `now`; returns how many. */
  purgeExpired(now: number): Promise<number>
}

/** Namespaces in use, in one place so two features never collide. */
export const STATE_NAMESPACES = {
  /** Callback payloads too long for Telegram, by short key. */
  button: 'telegram.button',
  /** /lang choices, by Telegram user id. */
  lang: 'telegram.lang',
  /** Checked uploads waiting for 确认导入, by confirm key. */
  upload: 'telegram.upload',
} as const

/** The expiring chat state's table, written once for SQLite and PostgreSQL (db/schema) */
export const EXPIRING_STATE_SCHEMA: SchemaGroups = [
  [
    (t) => `CREATE TABLE chat_state (
       namespace TEXT NOT NULL,
       key TEXT NOT NULL,
       value ${t.json} NOT NULL,
       expires_at ${t.millis} NOT NULL,
       PRIMARY KEY (namespace, key))`,
    () => 'CREATE INDEX chat_state_expiry ON chat_state (expires_at)',
  ],
]
