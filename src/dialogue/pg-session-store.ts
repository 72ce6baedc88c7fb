/**
 * @module dialogue/pg-session-store
 * The {@link SessionStore} in PostgreSQL, shared by every worker: one row per
 * channel and chat, the state as JSONB checked against the session schema
 * when read (a row written by another release that no longer parses is no
 * session, never an error). Times are the store clock's milliseconds, like
 * SQLite's, so the contract's clock drives idle expiry here too.
 */
import type { PgModuleMigrations } from '../db/pg-migrate.js'
import { inPgTransaction, lockPgKey, type PgPool } from '../db/postgres.js'
import { createKeyedQueue } from './chat-queue.js'
import { sessionStateSchema, type SessionState } from './session.js'
import type { SessionStore, SessionStoreOptions } from './session-store.js'
import { pgSteps } from '../db/schema.js'
import { SESSION_SCHEMA } from './session-store.js'

/** The 'sessions' module's PostgreSQL steps, applied by `learnfinder migrate`. */
export const PG_SESSION_MIGRATIONS: PgModuleMigrations = pgSteps('sessions', SESSION_SCHEMA)

/**
 * Sessions in the shared PostgreSQL database (migrated beforehand).
 * `lockPool` holds one connection per chat whose turn is running (see
 * {@link PgSessionStore.exclusive}); give it its own pool in a server, so
 * turns waiting for a lock never starve the loads and saves of the turns
 * holding one. It defaults to `pool`, fine for a CLI or a test.
 */
export class PgSessionStore implements SessionStore {
  private readonly idleMs: number
  private readonly queue = createKeyedQueue()

  /** `idleMinutes` is how long a quiet conversation is remembered. */
  constructor(
    private readonly pool: PgPool,
    private readonly opts: SessionStoreOptions,
    private readonly lockPool: PgPool = pool,
  ) {
    this.idleMs = opts.idleMinutes * 60_000
  }

  /**
   * One turn per chat across every worker: first in this process's queue (so
   * a worker holds at most one lock connection per chat), then under a
   * transaction-scoped advisory lock on the chat, released by COMMIT, or by
   * the server when a worker dies mid-turn.
   */
  exclusive<T>(channel: string, chatId: string, work: () => Promise<T>): Promise<T> {
    return this.queue(JSON.stringify([channel, chatId]), () =>
      inPgTransaction(this.lockPool, async (client) => {
        await lockPgKey(client, ['session', channel, chatId])
        return work()
      }),
    )
  }

  async load(channel: string, chatId: string): Promise<SessionState | null> {
    const res = await this.pool.query<{ state: unknown; updated_at: string }>(
      'SELECT state, updated_at FROM sessions WHERE channel = $1 AND chat_id = $2',
      [channel, chatId],
    )
    const row = res.rows[0]
    if (!row) return null
    if (this.opts.now().getTime() - Number(row.updated_at) > this.idleMs) {
      // Only the stale row: a save from another worker in between stays.
      await this.pool.query('DELETE FROM sessions WHERE channel = $1 AND chat_id = $2 AND updated_at = $3', [
        channel,
        chatId,
        row.updated_at,
      ])
      return null
    }
    const parsed = sessionStateSchema.safeParse(row.state)
    return parsed.success ? parsed.data : null
  }

  async save(channel: string, chatId: string, userId: string, state: SessionState): Promise<void> {
    await this.pool.query(
      `INSERT INTO sessions (channel, chat_id, user_id, state, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (channel, chat_id) DO UPDATE SET user_id = excluded.user_id,
         state = excluded.state, updated_at = excluded.updated_at`,
      [channel, chatId, userId, JSON.stringify(state), this.opts.now().getTime()],
    )
  }

  async remove(channel: string, chatId: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE channel = $1 AND chat_id = $2', [channel, chatId])
  }

  async forgetUser(channel: string, userId: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE channel = $1 AND (user_id = $2 OR chat_id = $2)', [channel, userId])
  }

  async purgeIdle(): Promise<number> {
    const res = await this.pool.query('DELETE FROM sessions WHERE updated_at < $1', [this.opts.now().getTime() - this.idleMs])
    return res.rowCount ?? 0
  }
}
