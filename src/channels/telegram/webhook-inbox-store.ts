/**
 * @module channels/telegram/webhook-inbox-store
 * The durable inbox of Telegram webhook updates. An update is written here
 * before Telegram gets its 200, so a crash never loses an acknowledged update;
 * workers take updates with a lease (claim with an expiry), so several
 * processes can share one inbox and a dead worker's updates are picked up
 * again once its lease runs out; handled update ids stay for a while so a
 * replay (Telegram retrying, a restart) is answered once.
 */
import type { Update } from 'grammy/types'

/** How an offered update was taken. */
export type InboxAddResult = 'added' | 'duplicate'

/** An update a worker holds until `leaseUntil` (ms since the epoch). */
export interface ClaimedUpdate {
  updateId: number
  update: Update
  leaseUntil: number
}

/** How {@link WebhookInboxStore.claim} picks updates. */
export interface ClaimOptions {
  /** Keep each chat with one worker at a time (the inbox worker always asks for this). */
  chatOrder?: boolean
}

/**
 * The chat an update belongs to, as grammY's sequentialize keys it (chat id,
 * else `u<user id>`), or null for updates of no chat: the inbox keeps it
 * beside the update so claims can keep one chat with one worker.
 */
export function inboxChatKey(update: Update): string | null {
  for (const [key, value] of Object.entries(update)) {
    if (key === 'update_id' || !value || typeof value !== 'object') continue
    const v = value as { chat?: { id?: number }; message?: { chat?: { id?: number } }; from?: { id?: number }; user?: { id?: number } }
    const chat = v.chat?.id ?? v.message?.chat?.id
    if (chat !== undefined) return String(chat)
    const from = v.from?.id ?? v.user?.id
    if (from !== undefined) return `u${from}`
  }
  return null
}

/** What the inbox holds, for health checks and tests. */
export interface InboxCounts {
  /** Waiting or claimed, not yet handled. */
  pending: number
  /** Handled and kept for dedupe. */
  handled: number
}

/**
 * The inbox contract (async, so a PostgreSQL store can follow). Times are ms
 * since the epoch and passed in, so tests and several workers agree on a clock.
 */
export interface WebhookInboxStore {
  /** Stores `update` durably unless its id is already pending or handled. */
  add(update: Update, now: number): Promise<InboxAddResult>
  /**
   * Leases up to `limit` pending updates whose lease is free or expired to
   * `worker` until `now + leaseMs`, oldest update first. With `chatOrder`,
   * skips every chat in which another worker holds a live lease on a pending
   * update, so one chat's updates are never handled by two workers at once
   * and keep their order across workers (see {@link inboxChatKey}).
   */
  claim(worker: string, now: number, leaseMs: number, limit: number, opts?: ClaimOptions): Promise<ClaimedUpdate[]>
  /** Extends the leases `worker` holds on `updateIds`; returns how many it still held. */
  renew(worker: string, updateIds: number[], now: number, leaseMs: number): Promise<number>
  /** Marks an update handled (kept for dedupe); false when `worker` no longer held it. */
  complete(worker: string, updateId: number, now: number): Promise<boolean>
  /** Gives back every lease `worker` holds (a clean stop, or a worker known to be dead). */
  release(worker: string): Promise<number>
  /** The workers holding leases now, so a starting process can release those of its dead predecessors. */
  holders(now: number): Promise<string[]>
  /** Deletes handled ids older than `handledBefore`; returns how many. */
  prune(handledBefore: number): Promise<number>
  counts(): Promise<InboxCounts>
}
