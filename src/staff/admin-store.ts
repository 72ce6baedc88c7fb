/**
 * @module staff/admin-store
 * The contract for staff admins kept in the database (`learnfinder admin
 * add`) and the audit log of every admin action and refused attempt. Async,
 * so a shared PostgreSQL implementation can follow the SQLite one
 * (sqlite-admin-store.ts) without changing callers. The environment's lists
 * are merged in one place above it (admin-list.ts), not in each store.
 */
import type { SchemaGroups } from '../db/schema.js'

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

/** Admins kept in the database, and the audit log. */
export interface AdminStore {
  /** True when this user was added as an admin of this channel. */
  isListed(channel: string, userId: string): Promise<boolean>
  /** Adds an admin (no change when already there); `by` names who did it. */
  add(channel: string, userId: string, by: string): Promise<void>
  /** Removes an admin; false when they were not in the database. */
  remove(channel: string, userId: string): Promise<boolean>
  /** Every admin in the database, by channel then user id. */
  list(): Promise<AdminEntry[]>
  /** Writes one audit row: an admin action or a refused attempt. */
  record(action: Omit<AdminAction, 'at'>): Promise<void>
  /** Deletes every audit row of this id on this channel (for /forget); returns how many. */
  forgetUser(channel: string, userId: string): Promise<number>
  /** Deletes audit rows older than `days` (the log retention); returns how many. */
  purge(days: number): Promise<number>
  /** The newest audit rows first. */
  actions(limit?: number): Promise<AdminAction[]>
}

/** The admin list's and audit log's tables, written once for SQLite and PostgreSQL (db/schema) */
export const ADMIN_SCHEMA: SchemaGroups = [
  [
    () => `CREATE TABLE admins (channel TEXT NOT NULL, user_id TEXT NOT NULL, added_by TEXT NOT NULL,
       added_at TEXT NOT NULL, PRIMARY KEY (channel, user_id))`,
    (t) => `CREATE TABLE admin_actions (id ${t.serialKey}, at TEXT NOT NULL, channel TEXT NOT NULL,
       user_id TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL, allowed ${t.bool} NOT NULL)`,
  ],
]
