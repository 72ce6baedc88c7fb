/**
 * @module dialogue/session-store
 * The contract for conversation state: one session per channel and chat (a
 * direct chat or a group room), so a restart or a second worker continues
 * where the learner left off. A session idle longer than the store's idle
 * time is gone: an old "第二个" must not point into yesterday's list. Async,
 * so a shared PostgreSQL implementation can follow the SQLite one
 * (sqlite-session-store.ts); only the dialogue engine writes through it.
 */
import type { SessionState } from './session.js'
import type { SchemaGroups } from '../db/schema.js'

/** Reads and writes conversation state. */
export interface SessionStore {
  /** The live session of a chat, or null when there is none, it sat idle too long, or it no longer parses. */
  load(channel: string, chatId: string): Promise<SessionState | null>
  /** Stores the state after a turn and marks the chat active now. */
  save(channel: string, chatId: string, userId: string, state: SessionState): Promise<void>
  /** Deletes one chat's session. */
  remove(channel: string, chatId: string): Promise<void>
  /** Deletes every session a user is in or last spoke in on a channel. */
  forgetUser(channel: string, userId: string): Promise<void>
  /** Deletes idle sessions; returns how many. */
  purgeIdle(): Promise<number>
  /**
   * Runs `work` (a turn: load, answer, save) while no other `exclusive` work of
   * the same chat runs: in this process for SQLite (one process per file), in
   * any process sharing the database for PostgreSQL. Different chats run side by side.
   */
  exclusive<T>(channel: string, chatId: string, work: () => Promise<T>): Promise<T>
}

/** How long a quiet conversation is remembered, and the clock that measures it. */
export interface SessionStoreOptions {
  idleMinutes: number
  now: () => Date
}

/** The sessions' table, written once for SQLite and PostgreSQL (db/schema) */
export const SESSION_SCHEMA: SchemaGroups = [
  [
    (t) => `CREATE TABLE sessions (
       channel TEXT NOT NULL,
       chat_id TEXT NOT NULL,
       user_id TEXT NOT NULL,
       state ${t.json} NOT NULL,
       updated_at ${t.millis} NOT NULL,
       PRIMARY KEY (channel, chat_id))`,
    () => 'CREATE INDEX sessions_user ON sessions (channel, user_id)',
    () => 'CREATE INDEX sessions_updated ON sessions (updated_at)',
  ],
]
