/**
 * @module staff/admin-store
 * Who may change the catalogue from chat, and a record of everything they
 * did. Admins come from the environment (TELEGRAM_ADMIN_IDS, WECHAT_ADMIN_IDS)
 * and from `learnfinder admin add`; every admin action, and every refused
 * attempt by a non-admin, is written to the audit table.
 */
import type { Database } from 'better-sqlite3'
import { migrate } from '../db/migrate.js'
import { UserError } from '../errors.js'
import type { IdHasher } from './log-key.js'

/** One row of the admin audit log. */
export interface AdminAction {
  at: string
  channel: string
  userId: string
  action: string
  detail: string
  allowed: boolean
}

/** One admin added with `learnfinder admin add`. */
export interface AdminEntry {
  channel: string
  userId: string
  addedBy: string
  addedAt: string
}

const CHANNELS = ['telegram', 'wechat', 'http', 'terminal', 'cli'] as const

/** Admin list and audit log over the shared SQLite database. */
export class AdminStore {
  constructor(
    private readonly db: Database,
    private readonly fromEnv: Record<string, readonly string[]> = {},
    private readonly now: () => Date = () => new Date(),
    /** Hashes the id of a refused non-admin (a learner) before it is written; see staff/log-key. */
    private readonly hashId?: IdHasher,
  ) {
    migrate(db, 'staff-admins', [
      `CREATE TABLE admins (channel TEXT NOT NULL, user_id TEXT NOT NULL, added_by TEXT NOT NULL,
         added_at TEXT NOT NULL, PRIMARY KEY (channel, user_id))`,
      `CREATE TABLE admin_actions (id INTEGER PRIMARY KEY, at TEXT NOT NULL, channel TEXT NOT NULL,
         user_id TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL, allowed INTEGER NOT NULL)`,
    ])
  }

  /** True when this user may run admin commands on this channel. */
  isAdmin(channel: string, userId: string): boolean {
    if (this.fromEnv[channel]?.includes(userId)) return true
    return !!this.db.prepare('SELECT 1 FROM admins WHERE channel = ? AND user_id = ?').get(channel, userId)
  }

  /** Adds an admin; `by` names who did it (recorded). */
  add(channel: string, userId: string, by: string): void {
    checkChannel(channel)
    if (channel === 'http' || channel === 'terminal') {
      throw new UserError(
        `${channel} callers are never admins: over ${channel === 'http' ? 'HTTP anyone can send any session id' : 'the terminal chat there is no user id'}, ` +
          'so nothing was added; add a telegram or wechat id instead',
      )
    }
    if (!userId.trim()) throw new UserError('give the user id to add, e.g. `learnfinder admin add telegram 123456`')
    this.db
      .prepare('INSERT OR IGNORE INTO admins (channel, user_id, added_by, added_at) VALUES (?, ?, ?, ?)')
      .run(channel, userId, by, this.now().toISOString())
    this.record({ channel: 'cli', userId: by, action: 'admin add', detail: `${channel}:${userId}`, allowed: true })
  }

  /** Removes an admin added with {@link add}; admins from the environment stay until the variable changes. */
  remove(channel: string, userId: string, by: string): void {
    checkChannel(channel)
    const res = this.db.prepare('DELETE FROM admins WHERE channel = ? AND user_id = ?').run(channel, userId)
    if (res.changes === 0) {
      const envNote = this.fromEnv[channel]?.includes(userId)
        ? ` (it comes from ${channel.toUpperCase()}_ADMIN_IDS; change that variable instead)`
        : ''
      throw new UserError(`${channel}:${userId} is not in the admin list${envNote}`)
    }
    this.record({ channel: 'cli', userId: by, action: 'admin remove', detail: `${channel}:${userId}`, allowed: true })
  }

  /** Admins from the database and from the environment. */
  list(): (AdminEntry & { source: 'database' | 'environment' })[] {
    const rows = this.db
      .prepare('SELECT channel, user_id AS userId, added_by AS addedBy, added_at AS addedAt FROM admins ORDER BY channel, user_id')
      .all() as AdminEntry[]
    const out: (AdminEntry & { source: 'database' | 'environment' })[] = rows.map((r) => ({ ...r, source: 'database' }))
    for (const [channel, ids] of Object.entries(this.fromEnv)) {
      for (const userId of ids) out.push({ channel, userId, addedBy: 'environment', addedAt: '', source: 'environment' })
    }
    return out
  }

  /**
   * Writes one audit row: an admin action or a refused attempt. A refused
   * attempt by someone who is not an admin (a learner) is stored under the
   * keyed hash of their id, never the raw id.
   */
  record(action: Omit<AdminAction, 'at'>): void {
    const learner = !action.allowed && action.channel !== 'cli' && !this.isAdmin(action.channel, action.userId)
    const userId = learner ? `hash:${this.hashId ? this.hashId(action.channel, action.userId) : 'anonymous'}` : action.userId
    this.db
      .prepare('INSERT INTO admin_actions (at, channel, user_id, action, detail, allowed) VALUES (?, ?, ?, ?, ?, ?)')
      .run(this.now().toISOString(), action.channel, userId, action.action, action.detail, action.allowed ? 1 : 0)
  }

  /** Deletes every audit row about one person (raw id or its hash), for /forget; returns how many. */
  forgetUser(channel: string, userId: string): number {
    const hashed = `hash:${this.hashId ? this.hashId(channel, userId) : 'anonymous'}`
    return this.db
      .prepare('DELETE FROM admin_actions WHERE channel = ? AND user_id IN (?, ?)')
      .run(channel, userId, hashed).changes
  }

  /** Deletes audit rows older than `days` (the log retention); returns how many. */
  purge(days: number): number {
    const cutoff = new Date(this.now().getTime() - days * 86_400_000).toISOString()
    return this.db.prepare('DELETE FROM admin_actions WHERE at < ?').run(cutoff).changes
  }

  /** The newest audit rows first. */
  actions(limit = 50): AdminAction[] {
    const rows = this.db
      .prepare('SELECT at, channel, user_id AS userId, action, detail, allowed FROM admin_actions ORDER BY id DESC LIMIT ?')
      .all(limit) as (Omit<AdminAction, 'allowed'> & { allowed: number })[]
    return rows.map((r) => ({ ...r, allowed: r.allowed === 1 }))
  }
}

function checkChannel(channel: string): void {
  if (!(CHANNELS as readonly string[]).includes(channel)) {
    throw new UserError(`unknown channel "${channel}": use one of ${CHANNELS.join(', ')}`)
  }
}
