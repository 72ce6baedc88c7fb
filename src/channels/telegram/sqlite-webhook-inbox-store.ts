/**
 * @module channels/telegram/sqlite-webhook-inbox-store
 * {@link WebhookInboxStore} in SQLite: one row per update id, holding the
 * update until it is handled, then only the id and when (for dedupe).
 * Every method is one short statement or transaction, so it never holds the
 * write lock for long while staff import.
 */
import type { Database } from 'better-sqlite3'
import type { Update } from 'grammy/types'
import { migrate } from '../../db/migrate.js'
import { inboxChatKey, type ClaimOptions, type ClaimedUpdate, type InboxAddResult, type InboxCounts, type WebhookInboxStore } from './webhook-inbox-store.js'

const MIGRATIONS = [
  `CREATE TABLE telegram_inbox (
     update_id INTEGER PRIMARY KEY,
     body TEXT,
     received_at INTEGER NOT NULL,
     lease_owner TEXT,
     lease_until INTEGER,
     handled_at INTEGER)`,
  'CREATE INDEX telegram_inbox_pending ON telegram_inbox (handled_at, lease_until)',
  // The chat of each update (inboxChatKey), so a claim can keep one chat with one worker; old rows have none.
  `ALTER TABLE telegram_inbox ADD COLUMN chat_key TEXT;
   CREATE INDEX telegram_inbox_chat ON telegram_inbox (chat_key) WHERE handled_at IS NULL`,
]

/** The SQLite inbox over `db` (runs the 'telegram_inbox' migrations). */
export class SqliteWebhookInboxStore implements WebhookInboxStore {
  private readonly insert
  private readonly pick
  private readonly pickInOrder
  private readonly lease
  private readonly extend
  private readonly done
  private readonly free

  constructor(private readonly db: Database) {
    migrate(db, 'telegram_inbox', MIGRATIONS)
    this.insert = db.prepare('INSERT OR IGNORE INTO telegram_inbox (update_id, body, received_at, chat_key) VALUES (?, ?, ?, ?)')
    this.pick = db.prepare(
      `SELECT update_id, body FROM telegram_inbox
       WHERE handled_at IS NULL AND (lease_until IS NULL OR lease_until <= ?)
       ORDER BY update_id LIMIT ?`,
    )
    this.pickInOrder = db.prepare(
      `SELECT update_id, body FROM telegram_inbox t
       WHERE handled_at IS NULL AND (lease_until IS NULL OR lease_until <= @now)
         AND (chat_key IS NULL OR NOT EXISTS (
           SELECT 1 FROM telegram_inbox o WHERE o.chat_key = t.chat_key AND o.handled_at IS NULL
             AND o.lease_owner <> @worker AND o.lease_until > @now))
       ORDER BY update_id LIMIT @limit`,
    )
    this.lease = db.prepare('UPDATE telegram_inbox SET lease_owner = ?, lease_until = ? WHERE update_id = ?')
    this.extend = db.prepare(
      'UPDATE telegram_inbox SET lease_until = ? WHERE update_id = ? AND lease_owner = ? AND handled_at IS NULL',
    )
    this.done = db.prepare(
      `UPDATE telegram_inbox SET handled_at = ?, body = NULL, lease_owner = NULL, lease_until = NULL
       WHERE update_id = ? AND lease_owner = ? AND handled_at IS NULL`,
    )
    this.free = db.prepare(
      'UPDATE telegram_inbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ? AND handled_at IS NULL',
    )
  }

  async add(update: Update, now: number): Promise<InboxAddResult> {
    return this.insert.run(update.update_id, JSON.stringify(update), now, inboxChatKey(update)).changes ? 'added' : 'duplicate'
  }

  async claim(worker: string, now: number, leaseMs: number, limit: number, opts?: ClaimOptions): Promise<ClaimedUpdate[]> {
    // IMMEDIATE: the read and the lease are one step, so two workers never claim the same row.
    return this.db.transaction(() => {
      const rows = (opts?.chatOrder ? this.pickInOrder.all({ now, worker, limit }) : this.pick.all(now, limit)) as {
        update_id: number
        body: string
      }[]
      const leaseUntil = now + leaseMs
      for (const row of rows) this.lease.run(worker, leaseUntil, row.update_id)
      return rows.map((row) => ({ updateId: row.update_id, update: JSON.parse(row.body) as Update, leaseUntil }))
    }).immediate()
  }

  async renew(worker: string, updateIds: number[], now: number, leaseMs: number): Promise<number> {
    return this.db.transaction(() => updateIds.reduce((n, id) => n + this.extend.run(now + leaseMs, id, worker).changes, 0))()
  }

  async complete(worker: string, updateId: number, now: number): Promise<boolean> {
    return this.done.run(now, updateId, worker).changes > 0
  }

  async release(worker: string): Promise<number> {
    return this.free.run(worker).changes
  }

  async holders(now: number): Promise<string[]> {
    const rows = this.db
      .prepare('SELECT DISTINCT lease_owner AS w FROM telegram_inbox WHERE handled_at IS NULL AND lease_until > ?')
      .all(now) as { w: string }[]
    return rows.map((r) => r.w)
  }

  async prune(handledBefore: number): Promise<number> {
    return this.db.prepare('DELETE FROM telegram_inbox WHERE handled_at IS NOT NULL AND handled_at < ?').run(handledBefore).changes
  }

  async counts(): Promise<InboxCounts> {
    const row = this.db
      .prepare(
        `SELECT SUM(handled_at IS NULL) AS pending, SUM(handled_at IS NOT NULL) AS handled FROM telegram_inbox`,
      )
      .get() as { pending: number | null; handled: number | null }
    return { pending: row.pending ?? 0, handled: row.handled ?? 0 }
  }
}
