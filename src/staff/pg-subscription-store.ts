/**
 * @module staff/pg-subscription-store
 * The {@link SubscriptionStore} in PostgreSQL, shared by every worker: one
 * subscription per user and channel, what each was told, and when each
 * catalogue id was first seen. A subscription is merged under a row lock, so
 * two requests of one learner handled by two workers both count.
 */
import type { PgModuleMigrations } from '../db/pg-migrate.js'
import { inPgTransaction, lockPgKey, type PgClient, type PgPool } from '../db/postgres.js'
import { SUBSCRIPTION_SCHEMA, subscriptionFromRow, type Subscription, type SubscriptionRequest, type SubscriptionRow, type SubscriptionStore } from './subscription-store.js'
import { pgSteps } from '../db/schema.js'

/** The 'staff-subscriptions' module's PostgreSQL steps, applied by `learnfinder migrate`. */
export const PG_SUBSCRIPTION_MIGRATIONS: PgModuleMigrations = pgSteps('staff-subscriptions', SUBSCRIPTION_SCHEMA)


const SELECT_ONE = 'SELECT * FROM subscriptions WHERE channel = $1 AND user_id = $2'

/** Subscriptions in the shared PostgreSQL database (migrated beforehand). */
export class PgSubscriptionStore implements SubscriptionStore {
  constructor(
    private readonly pool: PgPool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async subscribe(s: SubscriptionRequest): Promise<Subscription> {
    return inPgTransaction(this.pool, async (client) => {
      // The row may not exist yet, so the lock is on the user's key, not the row.
      await lockPgKey(client, ['subscription', s.channel, s.userId])
      const old = await this.row(client, s.channel, s.userId)
      const topics = [...new Set([...(old?.topics ?? []), ...s.topics])]
      const audiences = [...new Set([...(old?.audiences ?? []), ...s.audiences])]
      await client.query(
        `INSERT INTO subscriptions (channel, user_id, chat_id, topics, audiences, region, lang, created_at, last_notified_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL)
         ON CONFLICT (channel, user_id) DO UPDATE SET chat_id = excluded.chat_id, topics = excluded.topics,
           audiences = excluded.audiences, region = excluded.region, lang = excluded.lang`,
        [s.channel, s.userId, s.chatId, JSON.stringify(topics), JSON.stringify(audiences), s.region ?? old?.region ?? null, s.lang, this.now().toISOString()],
      )
      return (await this.row(client, s.channel, s.userId))!
    })
  }

  async unsubscribe(channel: string, userId: string): Promise<boolean> {
    return inPgTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM subscription_sent WHERE channel = $1 AND user_id = $2', [channel, userId])
      const res = await client.query('DELETE FROM subscriptions WHERE channel = $1 AND user_id = $2', [channel, userId])
      return (res.rowCount ?? 0) > 0
    })
  }

  async get(channel: string, userId: string): Promise<Subscription | undefined> {
    return this.row(this.pool, channel, userId)
  }

  private async row(db: PgPool | PgClient, channel: string, userId: string): Promise<Subscription | undefined> {
    const res = await db.query<SubscriptionRow>(SELECT_ONE, [channel, userId])
    return res.rows[0] ? subscriptionFromRow(res.rows[0]) : undefined
  }

  async all(): Promise<Subscription[]> {
    const res = await this.pool.query<SubscriptionRow>(
      'SELECT * FROM subscriptions ORDER BY created_at COLLATE "C", channel COLLATE "C", user_id COLLATE "C"',
    )
    return res.rows.map(subscriptionFromRow)
  }

  async syncKnown(activeIds: string[]): Promise<Map<string, string>> {
    return inPgTransaction(this.pool, async (client) => {
      // One worker at a time decides whether this is the baseline.
      await client.query('LOCK TABLE known_projects IN SHARE ROW EXCLUSIVE MODE')
      const count = await client.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM known_projects')
      const at = count.rows[0].n === 0 ? new Date(0).toISOString() : this.now().toISOString()
      await client.query(
        `INSERT INTO known_projects (id, first_seen_at) SELECT id, $2 FROM unnest($1::text[]) AS id
         ON CONFLICT (id) DO NOTHING`,
        [activeIds, at],
      )
      const rows = await client.query<{ id: string; first_seen_at: string }>('SELECT id, first_seen_at FROM known_projects')
      return new Map(rows.rows.map((r) => [r.id, r.first_seen_at]))
    })
  }

  async wasSent(channel: string, userId: string, projectId: string): Promise<boolean> {
    const res = await this.pool.query(
      'SELECT 1 FROM subscription_sent WHERE channel = $1 AND user_id = $2 AND project_id = $3',
      [channel, userId, projectId],
    )
    return res.rowCount !== 0
  }

  async markSent(channel: string, userId: string, projectIds: string[]): Promise<void> {
    const at = this.now().toISOString()
    await inPgTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO subscription_sent (channel, user_id, project_id, sent_at)
         SELECT $1, $2, id, $4 FROM unnest($3::text[]) AS id ON CONFLICT DO NOTHING`,
        [channel, userId, projectIds, at],
      )
      await client.query('UPDATE subscriptions SET last_notified_at = $1 WHERE channel = $2 AND user_id = $3', [at, channel, userId])
    })
  }
}
