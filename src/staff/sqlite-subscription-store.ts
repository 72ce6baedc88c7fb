/**
 * @module staff/sqlite-subscription-store
 * The {@link SubscriptionStore} in the bot's SQLite database: learners who
 * asked to hear about new projects, which projects each was told about, and
 * when each catalogue id was first seen. Writes go through the store's
 * {@link SqliteWrites} (the writer thread in `serve`): recording 25,000 new
 * ids after a large import, or a learner's /subscribe, never holds the bot
 * while another process holds the write lock.
 */
import type { Database } from 'better-sqlite3'
import { migrate } from '../db/migrate.js'
import { directWrites, writeOne, type SqliteWrites } from '../db/sqlite-writer.js'
import { SUBSCRIPTION_SCHEMA, subscriptionFromRow, type Subscription, type SubscriptionRequest, type SubscriptionRow, type SubscriptionStore } from './subscription-store.js'
import { sqliteSteps } from '../db/schema.js'

export type { Subscription, SubscriptionStore } from './subscription-store.js'


/** Subscriptions over the shared SQLite database (runs the 'staff-subscriptions' migrations). */
export class SqliteSubscriptionStore implements SubscriptionStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
    /** Where rows are written: default on `db` at once; `serve` passes the writer thread. */
    private readonly writes: SqliteWrites = directWrites(db),
  ) {
    migrate(db, 'staff-subscriptions', sqliteSteps(SUBSCRIPTION_SCHEMA))
  }

  /** See {@link SubscriptionStore.subscribe}. */
  async subscribe(s: SubscriptionRequest): Promise<Subscription> {
    const old = this.row(s.channel, s.userId)
    const merged = {
      topics: [...new Set([...(old?.topics ?? []), ...s.topics])],
      audiences: [...new Set([...(old?.audiences ?? []), ...s.audiences])],
      region: s.region ?? old?.region ?? null,
    }
    await writeOne(this.writes,
      `INSERT INTO subscriptions (channel, user_id, chat_id, topics, audiences, region, lang, created_at, last_notified_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)
         ON CONFLICT (channel, user_id) DO UPDATE SET chat_id = excluded.chat_id, topics = excluded.topics,
           audiences = excluded.audiences, region = excluded.region, lang = excluded.lang`,
      s.channel, s.userId, s.chatId, JSON.stringify(merged.topics), JSON.stringify(merged.audiences), merged.region, s.lang, this.now().toISOString())
    return this.row(s.channel, s.userId)!
  }

  /** Removes the user's subscription; false when there was none. */
  async unsubscribe(channel: string, userId: string): Promise<boolean> {
    const [, removed] = await this.writes.run([
      { sql: 'DELETE FROM subscription_sent WHERE channel = ? AND user_id = ?', params: [channel, userId] },
      { sql: 'DELETE FROM subscriptions WHERE channel = ? AND user_id = ?', params: [channel, userId] },
    ])
    return removed.changes > 0
  }

  /** The user's subscription, if any. */
  async get(channel: string, userId: string): Promise<Subscription | undefined> {
    return this.row(channel, userId)
  }

  private row(channel: string, userId: string): Subscription | undefined {
    const row = this.db.prepare('SELECT * FROM subscriptions WHERE channel = ? AND user_id = ?').get(channel, userId) as SubscriptionRow | undefined
    return row ? subscriptionFromRow(row) : undefined
  }

  /** Every subscription. */
  async all(): Promise<Subscription[]> {
    return (this.db.prepare('SELECT * FROM subscriptions ORDER BY created_at, channel, user_id').all() as SubscriptionRow[]).map(subscriptionFromRow)
  }

  /**
   * Records the active catalogue ids not seen before and returns their first-seen
   * times. The first call on a database only takes a baseline (seen at the epoch),
   * so existing projects are never announced as new.
   */
  async syncKnown(activeIds: string[]): Promise<Map<string, string>> {
    const baseline = (this.db.prepare('SELECT COUNT(*) AS n FROM known_projects').get() as { n: number }).n === 0
    const at = baseline ? new Date(0).toISOString() : this.now().toISOString()
    const sql = 'INSERT OR IGNORE INTO known_projects (id, first_seen_at) VALUES (?, ?)'
    await this.writes.run(activeIds.map((id) => ({ sql, params: [id, at] })))
    const rows = this.db.prepare('SELECT id, first_seen_at FROM known_projects').all() as { id: string; first_seen_at: string }[]
    return new Map(rows.map((r) => [r.id, r.first_seen_at]))
  }

  /** True when this user was already told about this project. */
  async wasSent(channel: string, userId: string, projectId: string): Promise<boolean> {
    return !!this.db
      .prepare('SELECT 1 FROM subscription_sent WHERE channel = ? AND user_id = ? AND project_id = ?')
      .get(channel, userId, projectId)
  }

  /** Marks projects as told and the user as notified now. */
  async markSent(channel: string, userId: string, projectIds: string[]): Promise<void> {
    const at = this.now().toISOString()
    const sql = 'INSERT OR IGNORE INTO subscription_sent (channel, user_id, project_id, sent_at) VALUES (?, ?, ?, ?)'
    await this.writes.run([
      ...projectIds.map((id) => ({ sql, params: [channel, userId, id, at] })),
      { sql: 'UPDATE subscriptions SET last_notified_at = ? WHERE channel = ? AND user_id = ?', params: [at, channel, userId] },
    ])
  }
}
