/**
 * @module staff/pg-admin-store
 * The {@link AdminStore} in PostgreSQL, shared by every worker: admins added
 * with `learnfinder admin add` count on every worker at once, and the audit
 * log of admin actions and refused attempts is one log for all of them.
 */
import type { PgModuleMigrations } from '../db/pg-migrate.js'
import type { PgPool } from '../db/postgres.js'
import type { AdminAction, AdminEntry, AdminStore } from './admin-store.js'
import { pgSteps } from '../db/schema.js'
import { ADMIN_SCHEMA } from './admin-store.js'

/** The 'staff-admins' module's PostgreSQL steps, applied by `learnfinder migrate`. */
export const PG_ADMIN_MIGRATIONS: PgModuleMigrations = pgSteps('staff-admins', ADMIN_SCHEMA)

/** Admins and audit log in the shared PostgreSQL database (migrated beforehand). */
export class PgAdminStore implements AdminStore {
  constructor(
    private readonly pool: PgPool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async isListed(channel: string, userId: string): Promise<boolean> {
    const res = await this.pool.query('SELECT 1 FROM admins WHERE channel = $1 AND user_id = $2', [channel, userId])
    return res.rowCount !== 0
  }

  async add(channel: string, userId: string, by: string): Promise<void> {
    await this.pool.query(
      'INSERT INTO admins (channel, user_id, added_by, added_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [channel, userId, by, this.now().toISOString()],
    )
  }

  async remove(channel: string, userId: string): Promise<boolean> {
    const res = await this.pool.query('DELETE FROM admins WHERE channel = $1 AND user_id = $2', [channel, userId])
    return (res.rowCount ?? 0) > 0
  }

  async list(): Promise<AdminEntry[]> {
    const res = await this.pool.query<AdminEntry>(
      `SELECT channel, user_id AS "userId", added_by AS "addedBy", added_at AS "addedAt"
       FROM admins ORDER BY channel COLLATE "C", user_id COLLATE "C"`,
    )
    return res.rows
  }

  async record(action: Omit<AdminAction, 'at'>): Promise<void> {
    await this.pool.query(
      'INSERT INTO admin_actions (at, channel, user_id, action, detail, allowed) VALUES ($1, $2, $3, $4, $5, $6)',
      [this.now().toISOString(), action.channel, action.userId, action.action, action.detail, action.allowed],
    )
  }

  async forgetUser(channel: string, userId: string): Promise<number> {
    const res = await this.pool.query('DELETE FROM admin_actions WHERE channel = $1 AND user_id = $2', [channel, userId])
    return res.rowCount ?? 0
  }

  async purge(days: number): Promise<number> {
    const cutoff = new Date(this.now().getTime() - days * 86_400_000).toISOString()
    const res = await this.pool.query('DELETE FROM admin_actions WHERE at < $1', [cutoff])
    return res.rowCount ?? 0
  }

  async actions(limit = 50): Promise<AdminAction[]> {
    const res = await this.pool.query<AdminAction>(
      `SELECT at, channel, user_id AS "userId", action, detail, allowed
       FROM admin_actions ORDER BY id DESC LIMIT $1`,
      [limit],
    )
    return res.rows
  }
}
