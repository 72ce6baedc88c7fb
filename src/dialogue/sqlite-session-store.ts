/**
 * @module dialogue/sqlite-session-store
 * The {@link SessionStore} in SQLite: one row per channel and chat, the state
 * as JSON checked against the session schema when read.
 */
import type { Database } from 'better-sqlite3'
import { migrate } from '../db/migrate.js'
import { sessionStateSchema, type SessionState } from './session.js'
import type { SessionStore, SessionStoreOptions } from './session-store.js'
import { createKeyedQueue } from './chat-queue.js'

const MIGRATIONS = [
  `CREATE TABLE sessions (
     channel TEXT NOT NULL,
     chat_id TEXT NOT NULL,
     user_id TEXT NOT NULL,
     state TEXT NOT NULL,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (channel, chat_id))`,
  'CREATE INDEX sessions_user ON sessions (channel, user_id)',
  'CREATE INDEX sessions_updated ON sessions (updated_at)',
]

/** Sessions over the shared SQLite database (runs the 'sessions' migrations). */
export class SqliteSessionStore implements SessionStore {
  private readonly idleMs: number
  private readonly sql
  private readonly queue = createKeyedQueue()

  /** `idleMinutes` is how long a quiet conversation is remembered. */
  constructor(db: Database, private readonly opts: SessionStoreOptions) {
    migrate(db, 'sessions', MIGRATIONS)
    this.idleMs = opts.idleMinutes * 60_000
    this.sql = {
      get: db.prepare<[string, string], { state: string; updated_at: number }>('SELECT state, updated_at FROM sessions WHERE channel = ? AND chat_id = ?'),
      put: db.prepare(
        `INSERT INTO sessions (channel, chat_id, user_id, state, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (channel, chat_id) DO UPDATE SET user_id = excluded.user_id,
           state = excluded.state, updated_at = excluded.updated_at`,
      ),
      del: db.prepare('DELETE FROM sessions WHERE channel = ? AND chat_id = ?'),
      delUser: db.prepare('DELETE FROM sessions WHERE channel = ? AND (user_id = ? OR chat_id = ?)'),
      delIdle: db.prepare('DELETE FROM sessions WHERE updated_at < ?'),
    }
  }

  async load(channel: string, chatId: string): Promise<SessionState | null> {
    const row = this.sql.get.get(channel, chatId)
    if (!row) return null
    if (this.opts.now().getTime() - row.updated_at > this.idleMs) {
      this.sql.del.run(channel, chatId)
      return null
    }
    let json: unknown
    try {
      json = JSON.parse(row.state)
    } catch {
      return null
    }
    const parsed = sessionStateSchema.safeParse(json)
    return parsed.success ? parsed.data : null
  }

  async save(channel: string, chatId: string, userId: string, state: SessionState): Promise<void> {
    this.sql.put.run(channel, chatId, userId, JSON.stringify(state), this.opts.now().getTime())
  }

  async remove(channel: string, chatId: string): Promise<void> {
    this.sql.del.run(channel, chatId)
  }

  async forgetUser(channel: string, userId: string): Promise<void> {
    this.sql.delUser.run(channel, userId, userId)
  }

  async purgeIdle(): Promise<number> {
    return this.sql.delIdle.run(this.opts.now().getTime() - this.idleMs).changes
  }

  /** One process owns a SQLite file, so an in-process queue per chat is enough. */
  exclusive<T>(channel: string, chatId: string, work: () => Promise<T>): Promise<T> {
    return this.queue(JSON.stringify([channel, chatId]), work)
  }
}
