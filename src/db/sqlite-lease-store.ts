/**
 * @module db/sqlite-lease-store
 * {@link LeaseStore} in the SQLite file. On one machine the one `serve`
 * process takes every lease at once; the store is still real, so a second
 * process on the same file (a second `serve` by mistake) waits instead of
 * logging in to WeChat twice. Each statement is atomic under SQLite's write
 * lock; times are this machine's clock, in ms. Writes go through the store's
 * {@link SqliteWrites} (the writer thread in `serve`), so a renewal never
 * holds the bot while another process commits a large import.
 */
import type { Database } from 'better-sqlite3'
import { migrate } from './migrate.js'
import { directWrites, writeOne, type SqliteWrites } from './sqlite-writer.js'
import { LEASE_SCHEMA, checkLease, type LeaseStore } from './lease-store.js'
import { sqliteSteps } from './schema.js'

/** Leases in SQLite; see the module comment. */
export class SqliteLeaseStore implements LeaseStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
    /** Where rows are written: default on `db` at once; `serve` passes the writer thread. */
    private readonly writes: SqliteWrites = directWrites(db),
  ) {
    migrate(db, 'ops-leases', sqliteSteps(LEASE_SCHEMA))
  }

  async acquire(name: string, holder: string, ttlMs: number): Promise<boolean> {
    checkLease(name, ttlMs)
    const t = this.now().getTime()
    return this.write(
      `INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE leases.holder = excluded.holder OR leases.expires_at <= ?`,
      name, holder, t + ttlMs, t,
    )
  }

  async renew(name: string, holder: string, ttlMs: number): Promise<boolean> {
    checkLease(name, ttlMs)
    const t = this.now().getTime()
    return this.write('UPDATE leases SET expires_at = ? WHERE name = ? AND holder = ? AND expires_at > ?', t + ttlMs, name, holder, t)
  }

  async release(name: string, holder: string): Promise<boolean> {
    return this.write('DELETE FROM leases WHERE name = ? AND holder = ?', name, holder)
  }

  /** Runs one statement; true when it changed a row. */
  private async write(sql: string, ...params: (string | number)[]): Promise<boolean> {
    const changes = await writeOne(this.writes, sql, ...params)
    return changes > 0
  }

  async holder(name: string): Promise<string | undefined> {
    const row = this.db
      .prepare<[string, number], { holder: string }>('SELECT holder FROM leases WHERE name = ? AND expires_at > ?')
      .get(name, this.now().getTime())
    return row?.holder
  }
}
