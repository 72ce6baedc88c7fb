/**
 * @module dialogue/session-store
 * Conversations kept in SQLite, one row per channel and chat (a direct chat
 * or a group room), so a restart or a second worker continues where the
 * learner left off. A session idle longer than the configured time is
 * treated as gone: an old "第二个" must not point into yesterday's list.
 */
import type { Database } from 'better-sqlite3'
import { migrate } from '../db/migrate.js'
import { sessionStateSchema, type SessionState } from './session.js'

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

/** Reads and writes conversation state; see {@link createSessionStore}. */
export interface SessionStore {
  /** The live session of a chat, or null when there is none or it sat idle too long. */
  load(channel: string, chatId: string): SessionState | null
  /** Stores the state after a turn and marks the chat active now. */
  save(channel: string, chatId: string, userId: string, state: SessionState): void
  /** Deletes one chat's session. */
  remove(channel: string, chatId: string): void
  /** Deletes every session a user is in or last spoke in on a channel. */
  forgetUser(channel: string, userId: string): void
  /** Deletes idle sessions; returns how many. */
  purgeIdle(): number
}

/**
 * Creates the store over `db` (running the 'sessions' migrations).
 * `idleMinutes` is how long a quiet conversation is remembered.
 */
export function createSessionStore(
  db: Database,
  opts: { idleMinutes: number; now: () => Date },
): SessionStore {
  migrate(db, 'sessions', MIGRATIONS)
  const idleMs = opts.idleMinutes * 60_000
  const get = db.prepare('SELECT state, updated_at FROM sessions WHERE channel = ? AND chat_id = ?')
  const put = db.prepare(
    `INSERT INTO sessions (channel, chat_id, user_id, state, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (channel, chat_id) DO UPDATE SET user_id = excluded.user_id,
       state = excluded.state, updated_at = excluded.updated_at`,
  )
  const del = db.prepare('DELETE FROM sessions WHERE channel = ? AND chat_id = ?')
  const delUser = db.prepare('DELETE FROM sessions WHERE channel = ? AND (user_id = ? OR chat_id = ?)')
  const delIdle = db.prepare('DELETE FROM sessions WHERE updated_at < ?')

  return {
    load(channel, chatId) {
      const row = get.get(channel, chatId) as { state: string; updated_at: number } | undefined
      if (!row) return null
      if (opts.now().getTime() - row.updated_at > idleMs) {
        del.run(channel, chatId)
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
    },
    save(channel, chatId, userId, state) {
      put.run(channel, chatId, userId, JSON.stringify(state), opts.now().getTime())
    },
    remove(channel, chatId) {
      del.run(channel, chatId)
    },
    forgetUser(channel, userId) {
      delUser.run(channel, userId, userId)
    },
    purgeIdle() {
      return delIdle.run(opts.now().getTime() - idleMs).changes
    },
  }
}
