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
   * `worker` until `now + leaseMs`, oldest update first.
   */
  claim(worker: string, now: number, leaseMs: number, limit: number): Promise<ClaimedUpdate[]>
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
