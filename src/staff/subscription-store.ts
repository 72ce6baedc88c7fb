/**
 * @module staff/subscription-store
 * The contract for learners' standing requests ("有新的人工智能课程告诉我"):
 * one subscription per user and channel (topics, audiences, region), which
 * projects each was already told about, and when each catalogue id was first
 * seen. Async, so a shared PostgreSQL implementation can follow the SQLite
 * one (sqlite-subscription-store.ts) without changing callers; the contract
 * tests in test/contracts/subscription-store.contract.ts hold every one.
 */
import type { SchemaGroups } from '../db/schema.js'

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

/** A subscriptions table row as both stores read it; the lists are JSON text in SQLite and JSONB in PostgreSQL. */
export interface SubscriptionRow {
  channel: string
  user_id: string
  chat_id: string
  topics: string[] | string
  audiences: string[] | string
  region: string | null
  lang: string
  created_at: string
  last_notified_at: string | null
}

/** One mapping from a stored row to a {@link Subscription}, shared by the SQLite and PostgreSQL stores. */
export function subscriptionFromRow(r: SubscriptionRow): Subscription {
  const list = (v: string[] | string) => (typeof v === 'string' ? (JSON.parse(v) as string[]) : v)
  return {
    channel: r.channel,
    userId: r.user_id,
    chatId: r.chat_id,
    topics: list(r.topics),
    audiences: list(r.audiences),
    region: r.region,
    lang: r.lang === 'en' ? 'en' : 'zh',
    createdAt: r.created_at,
    lastNotifiedAt: r.last_notified_at,
  }
}

/** The subscriptions' tables, written once for SQLite and PostgreSQL (db/schema) */
export const SUBSCRIPTION_SCHEMA: SchemaGroups = [
  [
    (t) => `CREATE TABLE subscriptions (channel TEXT NOT NULL, user_id TEXT NOT NULL, chat_id TEXT NOT NULL,
       topics ${t.json} NOT NULL, audiences ${t.json} NOT NULL, region TEXT, lang TEXT NOT NULL,
       created_at TEXT NOT NULL, last_notified_at TEXT, PRIMARY KEY (channel, user_id))`,
    () => `CREATE TABLE subscription_sent (channel TEXT NOT NULL, user_id TEXT NOT NULL, project_id TEXT NOT NULL,
       sent_at TEXT NOT NULL, PRIMARY KEY (channel, user_id, project_id))`,
    () => 'CREATE TABLE known_projects (id TEXT PRIMARY KEY, first_seen_at TEXT NOT NULL)',
  ],
]
