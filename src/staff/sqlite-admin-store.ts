/**
 * @module staff/sqlite-admin-store
 * The {@link AdminStore} in the bot's SQLite database: admins added with
 * `learnfinder admin add`, and the audit log of admin actions and refused
 * attempts. Writes go through the store's {@link SqliteWrites} (the writer
 * thread in `serve`): a learner's refused /kb is audited without holding the
 * bot while another process commits a large import.
 */
import type { Database } from 'better-sqlite3'
import { migrate } from '../db/migrate.js'
import { directWrites, writeOne, type SqliteWrites } from '../db/sqlite-writer.js'
import type { AdminAction, AdminEntry, AdminStore } from './admin-store.js'
import { sqliteSteps } from '../db/schema.js'
import { ADMIN_SCHEMA } from './admin-store.js'

/** Admins and audit log over the shared SQLite database (runs the 'staff-admins' migrations). */
export class SqliteAdminStore implements AdminStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
    /** Where rows are written: default on `db` at once; `serve` passes the writer thread. */
    private readonly writes: SqliteWrites = directWrites(db),
  ) {
    migrate(db, 'staff-admins', sqliteSteps(ADMIN_SCHEMA))
  }

  async isListed(channel: string, userId: string): Promise<boolean> {
    return !!this.db.prepare('SELECT 1 FROM admins WHERE channel = ? AND user_id = ?').get(channel, userId)
  }

  async add(channel: string, userId: string, by: string): Promise<void> {
    await this.write('INSERT OR IGNORE INTO admins (channel, user_id, added_by, added_at) VALUES (?, ?, ?, ?)', channel, userId, by, this.now().toISOString())
  }

  async remove(channel: string, userId: string): Promise<boolean> {
    return (await this.write('DELETE FROM admins WHERE channel = ? AND user_id = ?', channel, userId)) > 0
  }

  async list(): Promise<AdminEntry[]> {
    return this.db
      .prepare('SELECT channel, user_id AS userId, added_by AS addedBy, added_at AS addedAt FROM admins ORDER BY channel, user_id')
      .all() as AdminEntry[]
  }

  async record(action: Omit<AdminAction, 'at'>): Promise<void> {
    await this.write(
      'INSERT INTO admin_actions (at, channel, user_id, action, detail, allowed) VALUES (?, ?, ?, ?, ?, ?)',
      this.now().toISOString(), action.channel, action.userId, action.action, action.detail, action.allowed ? 1 : 0,
    )
  }

  async forgetUser(channel: string, userId: string): Promise<number> {
    return this.write('DELETE FROM admin_actions WHERE channel = ? AND user_id = ?', channel, userId)
  }

  async purge(days: number): Promise<number> {
    const cutoff = new Date(this.now().getTime() - days * 86_400_000).toISOString()
    return this.write('DELETE FROM admin_actions WHERE at < ?', cutoff)
  }

  async actions(limit = 50): Promise<AdminAction[]> {
    const rows = this.db
      .prepare('SELECT at, channel, user_id AS userId, action, detail, allowed FROM admin_actions ORDER BY id DESC LIMIT ?')
      .all(limit) as (Omit<AdminAction, 'allowed'> & { allowed: number })[]
    return rows.map((r) => ({ ...r, allowed: r.allowed === 1 }))
  }

  /** Runs one statement; resolves with how many rows it changed once committed. */
  private async write(sql: string, ...params: (string | number)[]): Promise<number> {
    const changes = await writeOne(this.writes, sql, ...params)
    return changes
  }
}
