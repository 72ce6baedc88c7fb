/**
 * @module db/lease-store
 * Leases: a named job (the WeChat login, the subscription notifier, the
 * retention purge) is run by exactly one process at a time, the one holding
 * its lease. A holder renews well before the lease runs out; a holder that
 * dies simply stops renewing, and another process takes the lease once it
 * has expired. An async contract with a SQLite store (one machine: processes
 * sharing the file) and a PostgreSQL store (any number of workers);
 * db/singleton-runner.ts turns a lease into a job that starts and stops.
 */
import type { SchemaGroups } from './schema.js'

/** The store contract; every method is atomic, so two processes asking at once never both win. */
export interface LeaseStore {
  /**
   * Takes the lease for `ttlMs` when it is free, expired, or already `holder`'s
   * (then it is extended); true when `holder` holds it now.
   */
  acquire(name: string, holder: string, ttlMs: number): Promise<boolean>
  /** Extends `holder`'s unexpired lease by `ttlMs` from now; false when it is not (or no longer) theirs. */
  renew(name: string, holder: string, ttlMs: number): Promise<boolean>
  /** Gives the lease up at once, so nobody waits for it to expire; false when it was not `holder`'s. */
  release(name: string, holder: string): Promise<boolean>
  /** Who holds the lease now; undefined when it is free or expired. */
  holder(name: string): Promise<string | undefined>
}

/** Lease names must be short plain words, so they read well in logs and in the table. */
export const LEASE_NAME = /^[a-z][a-z0-9-]{0,63}$/

/** Throws on a malformed lease name or a TTL that is not a positive whole number of milliseconds. */
export function checkLease(name: string, ttlMs?: number): void {
  if (!LEASE_NAME.test(name)) throw new Error(`lease name "${name}" must be 1–64 lower-case letters, digits or "-"`)
  if (ttlMs !== undefined && !(Number.isInteger(ttlMs) && ttlMs > 0)) throw new Error(`lease time must be a positive whole number of ms, not ${ttlMs}`)
}

/** The leases' table, written once for SQLite and PostgreSQL (db/schema) */
export const LEASE_SCHEMA: SchemaGroups = [
  [(t) => `CREATE TABLE leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at ${t.moment} NOT NULL)`],
]
