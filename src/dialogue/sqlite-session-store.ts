/**
 * @module dialogue/sqlite-session-store
 * The {@link SessionStore} in SQLite: one row per channel and chat, the state
 * as JSON checked against the session schema when read.
 *
 * Sessions are written behind: `save` keeps the new state in memory for that
 * chat and hands the row to the store's {@link SqliteWrites} (the writer
 * thread in `serve`), so a learner's turn never waits for SQLite's write
 * lock while another process commits a large import. Until the row is
 * committed, `load` answers from memory, so the next turn (and the bot's
 * notices) always see the latest state; rows of one chat commit in order.
 * What a crash can lose is stated in docs/channels.md ("Sessions and the
 * query log written behind").
 */
import type { Database } from 'better-sqlite3'
import { migrate } from '../db/migrate.js'
import { directWrites, writeOne, type SqliteWrites, type WriteStatement } from '../db/sqlite-writer.js'
import { sessionStateSchema, type SessionState } from './session.js'
import type { SessionStore, SessionStoreOptions } from './session-store.js'
import { createKeyedQueue } from './chat-queue.js'
import { sqliteSteps } from '../db/schema.js'
import { SESSION_SCHEMA } from './session-store.js'


const PUT = `INSERT INTO sessions (channel, chat_id, user_id, state, updated_at) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (channel, chat_id) DO UPDATE SET user_id = excluded.user_id,
    state = excluded.state, updated_at = excluded.updated_at`
const DEL = 'DELETE FROM sessions WHERE channel = ? AND chat_id = ?'
const DEL_USER = 'DELETE FROM sessions WHERE channel = ? AND (user_id = ? OR chat_id = ?)'
const DEL_IDLE = 'DELETE FROM sessions WHERE updated_at < ?'

/** A chat's state handed to the writer and not yet committed (state null: deleted). */
interface Pending {
  seq: number
  channel: string
  chatId: string
  userId: string
  state: string | null
  at: number
}

/** Sessions over the shared SQLite database (runs the 'sessions' migrations). */
export class SqliteSessionStore implements SessionStore {
  private readonly idleMs: number
  private readonly read
  private readonly queue = createKeyedQueue()
  private readonly pending = new Map<string, Pending>()
  private seq = 0

  /**
   * `idleMinutes` is how long a quiet conversation is remembered; `writes`
   * where rows are written (default on `db` at once; `serve` passes the writer thread).
   */
  constructor(db: Database, private readonly opts: SessionStoreOptions, private readonly writes: SqliteWrites = directWrites(db)) {
    migrate(db, 'sessions', sqliteSteps(SESSION_SCHEMA))
    this.idleMs = opts.idleMinutes * 60_000
    this.read = db.prepare<[string, string], { state: string; updated_at: number }>('SELECT state, updated_at FROM sessions WHERE channel = ? AND chat_id = ?')
  }

  async load(channel: string, chatId: string): Promise<SessionState | null> {
    const mine = this.pending.get(key(channel, chatId))
    const row = mine ? (mine.state === null ? undefined : { state: mine.state, updated_at: mine.at }) : this.read.get(channel, chatId)
    if (!row) return null
    if (this.opts.now().getTime() - row.updated_at > this.idleMs) {
      void this.behind(channel, chatId, '', null, { sql: DEL, params: [channel, chatId] }).catch(() => undefined)
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

  /** Resolves as soon as the state is handed over: the next `load` sees it at once, the row follows. */
  async save(channel: string, chatId: string, userId: string, state: SessionState): Promise<void> {
    const text = JSON.stringify(state)
    const at = this.opts.now().getTime()
    void this.behind(channel, chatId, userId, text, { sql: PUT, params: [channel, chatId, userId, text, at] }, at).catch(() => undefined)
  }

  async remove(channel: string, chatId: string): Promise<void> {
    await this.behind(channel, chatId, '', null, { sql: DEL, params: [channel, chatId] })
  }

  /** Resolves once the rows are gone from the database, not just from memory. */
  async forgetUser(channel: string, userId: string): Promise<void> {
    for (const p of [...this.pending.values()]) {
      if (p.channel === channel && (p.userId === userId || p.chatId === userId)) this.remember(p.channel, p.chatId, p.userId, null, 0)
    }
    await writeOne(this.writes, DEL_USER, channel, userId, userId)
  }

  async purgeIdle(): Promise<number> {
    const n = await writeOne(this.writes, DEL_IDLE, this.opts.now().getTime() - this.idleMs)
    return n
  }

  /** One process owns a SQLite file, so an in-process queue per chat is enough. */
  exclusive<T>(channel: string, chatId: string, work: () => Promise<T>): Promise<T> {
    return this.queue(key(channel, chatId), work)
  }

  /** Keeps a chat's newest state in memory until its row is committed. */
  private remember(channel: string, chatId: string, userId: string, state: string | null, at: number): number {
    const seq = ++this.seq
    this.pending.set(key(channel, chatId), { seq, channel, chatId, userId, state, at })
    return seq
  }

  /**
   * Remembers, then writes; the memory is dropped once this row (and not a
   * newer one) is committed. A write that fails for good keeps the memory,
   * so the conversation carries on, and rejects.
   */
  private async behind(channel: string, chatId: string, userId: string, state: string | null, statement: WriteStatement, at = 0): Promise<void> {
    const seq = this.remember(channel, chatId, userId, state, at)
    await this.writes.run([statement])
    const k = key(channel, chatId)
    if (this.pending.get(k)?.seq === seq) this.pending.delete(k)
  }
}

function key(channel: string, chatId: string): string {
  return JSON.stringify([channel, chatId])
}
