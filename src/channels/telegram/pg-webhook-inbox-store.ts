/**
 * @module channels/telegram/pg-webhook-inbox-store
 * {@link WebhookInboxStore} in PostgreSQL, shared by every worker: an update
 * posted to any worker is stored once, leased by whichever worker claims it,
 * and taken over by a live worker when the holder's lease runs out (a worker
 * killed with SIGKILL renews nothing). Times are ms since the epoch (BIGINT),
 * passed in as in the SQLite store, so both compare them alike.
 */
import type { Update } from 'grammy/types'
import type { PgModuleMigrations } from '../../db/pg-migrate.js'
import { inPgTransaction, lockPgKey, type PgPool } from '../../db/postgres.js'
import {
  inboxChatKey,
  type ClaimOptions,
  type ClaimedUpdate,
  type InboxAddResult,
  type InboxCounts,
  type WebhookInboxStore,
} from './webhook-inbox-store.js'

/** The 'telegram-inbox' module's PostgreSQL steps, applied by `learnfinder migrate`. */
export const PG_WEBHOOK_INBOX_MIGRATIONS: PgModuleMigrations = {
  module: 'telegram-inbox',
  migrations: [
    `CREATE TABLE telegram_inbox (update_id BIGINT PRIMARY KEY, body JSONB, chat_key TEXT,
       received_at BIGINT NOT NULL, lease_owner TEXT, lease_until BIGINT, handled_at BIGINT);
     CREATE INDEX telegram_inbox_pending ON telegram_inbox (update_id) WHERE handled_at IS NULL;
     CREATE INDEX telegram_inbox_chat ON telegram_inbox (chat_key) WHERE handled_at IS NULL;
     CREATE INDEX telegram_inbox_handled ON telegram_inbox (handled_at) WHERE handled_at IS NOT NULL`,
  ],
}

// Free or expired leases, oldest first; with chat order, not in a chat another worker holds a live lease in.
const PICK = `SELECT update_id FROM telegram_inbox t
  WHERE handled_at IS NULL AND (lease_until IS NULL OR lease_until <= $2)
    AND ($4::boolean IS NOT TRUE OR chat_key IS NULL OR NOT EXISTS (
      SELECT 1 FROM telegram_inbox o WHERE o.chat_key = t.chat_key AND o.handled_at IS NULL
        AND o.lease_owner <> $1 AND o.lease_until > $2))
  ORDER BY update_id LIMIT $3`

/** The shared inbox on `pool` (migrated beforehand). */
export class PgWebhookInboxStore implements WebhookInboxStore {
  constructor(private readonly pool: PgPool) {}

  async add(update: Update, now: number): Promise<InboxAddResult> {
    const res = await this.pool.query(
      `INSERT INTO telegram_inbox (update_id, body, chat_key, received_at) VALUES ($1, $2::jsonb, $3, $4)
       ON CONFLICT (update_id) DO NOTHING`,
      [update.update_id, JSON.stringify(update), inboxChatKey(update), now],
    )
    return res.rowCount ? 'added' : 'duplicate'
  }

  async claim(worker: string, now: number, leaseMs: number, limit: number, opts?: ClaimOptions): Promise<ClaimedUpdate[]> {
    const leaseUntil = now + leaseMs
    const params = [worker, now, limit, opts?.chatOrder === true, leaseUntil]
    const rows = await inPgTransaction(this.pool, async (client) => {
      // In chat order, claims take turns (a short lock): with SKIP LOCKED alone, a worker could skip a
      // chat's first update while another claims it, and take the chat's second one.
      if (opts?.chatOrder) await lockPgKey(client, ['telegram-inbox', 'claim'])
      const res = await client.query<{ update_id: string; body: Update }>(
        `WITH picked AS (${PICK} FOR UPDATE SKIP LOCKED)
         UPDATE telegram_inbox t SET lease_owner = $1, lease_until = $5
         FROM picked WHERE t.update_id = picked.update_id
         RETURNING t.update_id, t.body`,
        params,
      )
      return res.rows
    })
    return rows
      .map((r) => ({ updateId: Number(r.update_id), update: r.body, leaseUntil }))
      .sort((a, b) => a.updateId - b.updateId)
  }

  async renew(worker: string, updateIds: number[], now: number, leaseMs: number): Promise<number> {
    if (!updateIds.length) return 0
    const res = await this.pool.query(
      `UPDATE telegram_inbox SET lease_until = $1
       WHERE update_id = ANY($2::bigint[]) AND lease_owner = $3 AND handled_at IS NULL`,
      [now + leaseMs, updateIds, worker],
    )
    return res.rowCount ?? 0
  }

  async complete(worker: string, updateId: number, now: number): Promise<boolean> {
    const res = await this.pool.query(
      `UPDATE telegram_inbox SET handled_at = $1, body = NULL, lease_owner = NULL, lease_until = NULL
       WHERE update_id = $2 AND lease_owner = $3 AND handled_at IS NULL`,
      [now, updateId, worker],
    )
    return (res.rowCount ?? 0) > 0
  }

  async release(worker: string): Promise<number> {
    const res = await this.pool.query(
      'UPDATE telegram_inbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = $1 AND handled_at IS NULL',
      [worker],
    )
    return res.rowCount ?? 0
  }

  async holders(now: number): Promise<string[]> {
    const res = await this.pool.query<{ w: string }>(
      'SELECT DISTINCT lease_owner AS w FROM telegram_inbox WHERE handled_at IS NULL AND lease_until > $1',
      [now],
    )
    return res.rows.map((r) => r.w)
  }

  async prune(handledBefore: number): Promise<number> {
    const res = await this.pool.query('DELETE FROM telegram_inbox WHERE handled_at IS NOT NULL AND handled_at < $1', [handledBefore])
    return res.rowCount ?? 0
  }

  async counts(): Promise<InboxCounts> {
    const res = await this.pool.query<{ pending: number; handled: number }>(
      `SELECT count(*) FILTER (WHERE handled_at IS NULL)::int AS pending,
              count(*) FILTER (WHERE handled_at IS NOT NULL)::int AS handled FROM telegram_inbox`,
    )
    return res.rows[0]
  }
}
