/**
 * @module channels/telegram/sqlite-webhook-inbox-store
 * {@link WebhookInboxStore} in SQLite: one row per update id, holding the
 * update until it is handled, then only the id and when (for dedupe).
 * Every method is one short statement or transaction, so it never holds the
 * write lock for long while staff import; its writes go through
 * {@link SqliteWrites} (the bot's writer thread in `serve`), so an update is
 * stored without the event loop waiting for another process's write lock.
 */
import type { Database } from 'better-sqlite3'
import type { Update } from 'grammy/types'
import { migrate } from '../../db/migrate.js'
import { directWrites, writeOne, type SqliteWrites } from '../../db/sqlite-writer.js'
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

const INSERT = 'INSERT OR IGNORE INTO telegram_inbox (update_id, body, received_at, chat_key) VALUES (?, ?, ?, ?)'
/** Leases a row only while it is unhandled and its lease (if any) has run out. */
const LEASE = `UPDATE telegram_inbox SET lease_owner = ?, lease_until = ?
  WHERE update_id = ? AND handled_at IS NULL AND (lease_until IS NULL OR lease_until <= ?)`
const EXTEND = 'UPDATE telegram_inbox SET lease_until = ? WHERE update_id = ? AND lease_owner = ? AND handled_at IS NULL'
const DONE = `UPDATE telegram_inbox SET handled_at = ?, body = NULL, lease_owner = NULL, lease_until = NULL
  WHERE update_id = ? AND lease_owner = ? AND handled_at IS NULL`
const FREE = 'UPDATE telegram_inbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ? AND handled_at IS NULL'

/** The SQLite inbox over `db` (runs the 'telegram_inbox' migrations). */
export class SqliteWebhookInboxStore implements WebhookInboxStore {
  private readonly pick
  private readonly pickInOrder

  constructor(
    private readonly db: Database,
    private readonly writes: SqliteWrites = directWrites(db),
  ) {
    migrate(db, 'telegram_inbox', MIGRATIONS)
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
  }

  async add(update: Update, now: number): Promise<InboxAddResult> {
    const added = await writeOne(this.writes, INSERT, update.update_id, JSON.stringify(update), now, inboxChatKey(update))
    return added ? 'added' : 'duplicate'
  }

  async claim(worker: string, now: number, leaseMs: number, limit: number, opts?: ClaimOptions): Promise<ClaimedUpdate[]> {
    // Read the candidates (a read never waits for the write lock), then lease each one only if it is still free:
    // a row another worker leased meanwhile changes nothing and is left out, so no two workers claim it.
    const rows = (opts?.chatOrder ? this.pickInOrder.all({ now, worker, limit }) : this.pick.all(now, limit)) as {
      update_id: number
      body: string
    }[]
    if (!rows.length) return []
    const leaseUntil = now + leaseMs
    const leased = await this.writes.run(rows.map((row) => ({ sql: LEASE, params: [worker, leaseUntil, row.update_id, now] })))
    return rows.filter((_, i) => leased[i].changes > 0).map((row) => ({ updateId: row.update_id, update: JSON.parse(row.body) as Update, leaseUntil }))
  }

  async renew(worker: string, updateIds: number[], now: number, leaseMs: number): Promise<number> {
    if (!updateIds.length) return 0
    const changed = await this.writes.run(updateIds.map((id) => ({ sql: EXTEND, params: [now + leaseMs, id, worker] })))
    return changed.reduce((n, c) => n + c.changes, 0)
  }

  async complete(worker: string, updateId: number, now: number): Promise<boolean> {
    const changed = await writeOne(this.writes, DONE, now, updateId, worker)
    return changed > 0
  }

  async release(worker: string): Promise<number> {
    const changed = await writeOne(this.writes, FREE, worker)
    return changed
  }

  async holders(now: number): Promise<string[]> {
    const rows = this.db
      .prepare('SELECT DISTINCT lease_owner AS w FROM telegram_inbox WHERE handled_at IS NULL AND lease_until > ?')
      .all(now) as { w: string }[]
    return rows.map((r) => r.w)
  }

  async prune(handledBefore: number): Promise<number> {
    const deleted = await writeOne(this.writes, 'DELETE FROM telegram_inbox WHERE handled_at IS NOT NULL AND handled_at < ?', handledBefore)
    return deleted
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
