/**
 * @module staff/web-account-store
 * Who may sign in to the staff console (/admin/): names, roles and scrypt
 * password hashes, plus the console's signing secret. An async contract so a
 * PostgreSQL store can follow the SQLite one ({@link SqliteWebAccountStore}).
 */
import { UserError } from '../errors.js'
import type { SchemaGroups } from '../db/schema.js'

/** What a console account may do: editors change things, viewers only look. */
export type WebRole = 'editor' | 'viewer'

/** The roles, for validation and help texts. */
export const WEB_ROLES: readonly WebRole[] = ['editor', 'viewer']

/** One console account as listed (never with its hash). */
export interface WebAccount {
  name: string
  role: WebRole
  createdBy: string
  createdAt: string
}

/** One account with its password hash, for signing in. */
export interface WebAccountWithHash extends WebAccount {
  passwordHash: string
}

/** The store contract; every method is async so other databases can implement it. */
export interface WebAccountStore {
  /** Adds an account; throws a UserError when the name is taken or invalid. */
  add(account: { name: string; role: WebRole; passwordHash: string; createdBy: string }): Promise<WebAccount>
  /** Removes an account; false when there was none. */
  remove(name: string): Promise<boolean>
  /** Replaces an account's password hash; false when there is no such account. */
  setPassword(name: string, passwordHash: string): Promise<boolean>
  /** The account with its hash, if any. */
  get(name: string): Promise<WebAccountWithHash | undefined>
  /** Every account, by name. */
  list(): Promise<WebAccount[]>
  /** How many accounts exist (the console starts when at least one does). */
  count(): Promise<number>
  /** The secret that signs session cookies: made once, kept, so sign-ins survive a restart. */
  secret(): Promise<string>
}

/** Names staff type at sign-in: letters, digits, Chinese characters, "." "_" "-" and "@"; 1–64 characters. */
export const WEB_ACCOUNT_NAME = /^[\p{L}\p{N}._@-]{1,64}$/u

/** The rules on a new account's name and role, the same for every store: a UserError saying what to write instead. */
export function checkNewAccount(a: { name: string; role: WebRole }): void {
  if (!WEB_ACCOUNT_NAME.test(a.name)) {
    throw new UserError(`"${a.name}" cannot be an account name: use 1–64 letters, digits, Chinese characters, ".", "_", "-" or "@"`)
  }
  if (!WEB_ROLES.includes(a.role)) throw new UserError(`unknown role "${a.role}": use ${WEB_ROLES.join(' or ')}`)
}

/** The console accounts' tables, written once for SQLite and PostgreSQL (db/schema) */
export const WEB_ACCOUNT_SCHEMA: SchemaGroups = [
  [
    () => `CREATE TABLE web_accounts (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL,
       created_by TEXT NOT NULL, created_at TEXT NOT NULL)`,
    () => 'CREATE TABLE web_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
  ],
]
