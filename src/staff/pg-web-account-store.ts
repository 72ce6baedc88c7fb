/**
 * @module staff/pg-web-account-store
 * The {@link WebAccountStore} in PostgreSQL, shared by every worker: an
 * account added with `learnfinder admin web add` (or in the console) signs in
 * on any worker behind the load balancer, and every worker signs and checks
 * cookies with the same secret, so a learner-facing worker switch never
 * signs staff out.
 */
import { randomBytes } from 'node:crypto'
import type { PgModuleMigrations } from '../db/pg-migrate.js'
import type { PgPool } from '../db/postgres.js'
import { UserError } from '../errors.js'
import { WEB_ACCOUNT_SCHEMA, checkNewAccount, type WebAccount, type WebAccountStore, type WebAccountWithHash, type WebRole } from './web-account-store.js'
import { pgSteps } from '../db/schema.js'

/** The 'staff-web-accounts' module's PostgreSQL steps, applied by `learnfinder migrate`. */
export const PG_WEB_ACCOUNT_MIGRATIONS: PgModuleMigrations = pgSteps('staff-web-accounts', WEB_ACCOUNT_SCHEMA)

const COLUMNS = `name, role, created_by AS "createdBy", created_at AS "createdAt"`

/** Web accounts in the shared PostgreSQL database (migrated beforehand). */
export class PgWebAccountStore implements WebAccountStore {
  constructor(
    private readonly pool: PgPool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async add(a: { name: string; role: WebRole; passwordHash: string; createdBy: string }): Promise<WebAccount> {
    checkNewAccount(a)
    const at = this.now().toISOString()
    const res = await this.pool.query(
      `INSERT INTO web_accounts (name, role, password_hash, created_by, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (name) DO NOTHING`,
      [a.name, a.role, a.passwordHash, a.createdBy, at],
    )
    if (res.rowCount === 0) throw new UserError(`there is already a web account named "${a.name}"`)
    return { name: a.name, role: a.role, createdBy: a.createdBy, createdAt: at }
  }

  async remove(name: string): Promise<boolean> {
    const res = await this.pool.query('DELETE FROM web_accounts WHERE name = $1', [name])
    return (res.rowCount ?? 0) > 0
  }

  async setPassword(name: string, passwordHash: string): Promise<boolean> {
    const res = await this.pool.query('UPDATE web_accounts SET password_hash = $1 WHERE name = $2', [passwordHash, name])
    return (res.rowCount ?? 0) > 0
  }

  async get(name: string): Promise<WebAccountWithHash | undefined> {
    const res = await this.pool.query<WebAccountWithHash>(
      `SELECT ${COLUMNS}, password_hash AS "passwordHash" FROM web_accounts WHERE name = $1`,
      [name],
    )
    return res.rows[0]
  }

  async list(): Promise<WebAccount[]> {
    // COLLATE "C": the same byte order as SQLite's, whatever the server's locale.
    const res = await this.pool.query<WebAccount>(`SELECT ${COLUMNS} FROM web_accounts ORDER BY name COLLATE "C"`)
    return res.rows
  }

  async count(): Promise<number> {
    const res = await this.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM web_accounts')
    return res.rows[0].n
  }

  async secret(): Promise<string> {
    // Two workers starting at once both try; the first insert wins and both read it back.
    await this.pool.query(
      "INSERT INTO web_meta (key, value) VALUES ('session_secret', $1) ON CONFLICT (key) DO NOTHING",
      [randomBytes(32).toString('hex')],
    )
    const res = await this.pool.query<{ value: string }>("SELECT value FROM web_meta WHERE key = 'session_secret'")
    return res.rows[0].value
  }
}
