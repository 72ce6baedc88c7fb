/**
 * @module staff/subscription-store
 * The contract for learners' standing requests ("有新的人工智能课程告诉我"):
 * one subscription per user and channel (topics, audiences, region), which
 * projects each was already told about, and when each catalogue id was first
 * seen. Async, so a shared PostgreSQL implementation can follow the SQLite
 * one (sqlite-subscription-store.ts) without changing callers; the contract
 * tests in test/contracts/subscription-store.contract.ts hold every one.
 */

/** One learner's standing request. */
export interface Subscription {
  channel: string
  userId: string
  /** Where to send: the chat the user subscribed from. */
  chatId: string
  topics: string[]
  audiences: string[]
  region: string | null
  lang: 'zh' | 'en'
  createdAt: string
  lastNotifiedAt: string | null
}

/** What a new subscription (or an addition to one) says. */
export type SubscriptionRequest = Pick<Subscription, 'channel' | 'userId' | 'chatId' | 'topics' | 'audiences' | 'region' | 'lang'>

/** Subscriptions, the projects each was told about, and the catalogue ids already seen. */
export interface SubscriptionStore {
  /** Adds topics/audiences/region to the user's subscription (creating it); returns it as it now stands. */
  subscribe(s: SubscriptionRequest): Promise<Subscription>
  /** Removes the user's subscription and what they were told; false when there was none. */
  unsubscribe(channel: string, userId: string): Promise<boolean>
  /** The user's subscription, if any. */
  get(channel: string, userId: string): Promise<Subscription | undefined>
  /** Every subscription, oldest first. */
  all(): Promise<Subscription[]>
  /**
   * Records the active catalogue ids not seen before and returns every id's first-seen time.
   * The first call on an empty store only takes a baseline (seen at the epoch), so existing
   * projects are never announced as new.
   */
  syncKnown(activeIds: string[]): Promise<Map<string, string>>
  /** True when this user was already told about this project. */
  wasSent(channel: string, userId: string, projectId: string): Promise<boolean>
  /** Marks projects as told and the user as notified now. */
  markSent(channel: string, userId: string, projectIds: string[]): Promise<void>
}
