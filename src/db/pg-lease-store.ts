/**
 * @module db/pg-lease-store
 * {@link LeaseStore} in PostgreSQL, shared by every worker. Times come from
 * the database server's clock, so workers on machines whose clocks disagree
 * still agree on when a lease expires; each statement is one atomic upsert
 * or update, so two workers asking at once never both win. A test may pass
 * its own clock instead.
 */
import type { PgModuleMigrations } from './pg-migrate.js'
import type { PgPool } from './postgres.js'
import { LEASE_SCHEMA, checkLease, type LeaseStore } from './lease-store.js'
import { pgSteps } from './schema.js'

/** The 'ops-leases' module's PostgreSQL steps, applied by `learnfinder migrate`. */
export const PG_LEASE_MIGRATIONS: PgModuleMigrations = pgSteps('ops-leases', LEASE_SCHEMA)

// "Now": the test's clock when given ($n is NULL otherwise), else the server's.
const NOW = (n: number) => `COALESCE($${n}::timestamptz, clock_timestamp())`

/** Leases in the shared PostgreSQL database (migrated beforehand). */
export class PgLeaseStore implements LeaseStore {
  constructor(
    private readonly pool: PgPool,
    private readonly now?: () => Date,
  ) {}

  private at(): string | null {
    return this.now ? this.now().toISOString() : null
  }

  async acquire(name: string, holder: string, ttlMs: number): Promise<boolean> {
    checkLease(name, ttlMs)
    const res = await this.pool.query(
      `INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, ${NOW(4)} + $3 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE leases.holder = excluded.holder OR leases.expires_at <= ${NOW(4)}`,
      [name, holder, ttlMs, this.at()],
    )
    return (res.rowCount ?? 0) > 0
  }

  async renew(name: string, holder: string, ttlMs: number): Promise<boolean> {
    checkLease(name, ttlMs)
    const res = await this.pool.query(
      `UPDATE leases SET expires_at = ${NOW(4)} + $3 * interval '1 millisecond'
       WHERE name = $1 AND holder = $2 AND expires_at > ${NOW(4)}`,
      [name, holder, ttlMs, this.at()],
    )
    return (res.rowCount ?? 0) > 0
  }

  async release(name: string, holder: string): Promise<boolean> {
    const res = await this.pool.query('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder])
    return (res.rowCount ?? 0) > 0
  }

  async holder(name: string): Promise<string | undefined> {
    const res = await this.pool.query<{ holder: string }>(
      `SELECT holder FROM leases WHERE name = $1 AND expires_at > ${NOW(2)}`,
      [name, this.at()],
    )
    return res.rows[0]?.holder
  }
}
