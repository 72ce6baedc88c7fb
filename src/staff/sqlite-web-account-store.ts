/**
 * @module staff/sqlite-web-account-store
 * {@link WebAccountStore} over the shared SQLite database: the console's
 * accounts and its cookie-signing secret, in the staff layer's own tables.
 */
import { randomBytes } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { migrate } from '../db/migrate.js'
import { directWrites, writeOne, type SqliteWrites } from '../db/sqlite-writer.js'
import { UserError } from '../errors.js'
import { WEB_ACCOUNT_SCHEMA, checkNewAccount, type WebAccount, type WebAccountStore, type WebAccountWithHash, type WebRole } from './web-account-store.js'
import { sqliteSteps } from '../db/schema.js'

interface Row {
  name: string
  role: WebRole
  password_hash: string
  created_by: string
  created_at: string
}

const toAccount = (r: Row): WebAccount => ({ name: r.name, role: r.role, createdBy: r.created_by, createdAt: r.created_at })

/** Web accounts in SQLite; see the module comment. */
export class SqliteWebAccountStore implements WebAccountStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
    private readonly writes: SqliteWrites = directWrites(db),
  ) {
    migrate(db, 'staff-web-accounts', sqliteSteps(WEB_ACCOUNT_SCHEMA))
  }

  async add(a: { name: string; role: WebRole; passwordHash: string; createdBy: string }): Promise<WebAccount> {
    checkNewAccount(a)
    const at = this.now().toISOString()
    const added = await writeOne(
      this.writes,
      'INSERT OR IGNORE INTO web_accounts (name, role, password_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?)',
      a.name, a.role, a.passwordHash, a.createdBy, at,
    )
    if (added === 0) throw new UserError(`there is already a web account named "${a.name}"`)
    return { name: a.name, role: a.role, createdBy: a.createdBy, createdAt: at }
  }

  async remove(name: string): Promise<boolean> {
    const removed = await writeOne(this.writes, 'DELETE FROM web_accounts WHERE name = ?', name)
    return removed > 0
  }

  async setPassword(name: string, passwordHash: string): Promise<boolean> {
    const changed = await writeOne(this.writes, 'UPDATE web_accounts SET password_hash = ? WHERE name = ?', passwordHash, name)
    return changed > 0
  }

  async get(name: string): Promise<WebAccountWithHash | undefined> {
    const row = this.db.prepare<[string], Row>('SELECT * FROM web_accounts WHERE name = ?').get(name)
    return row ? { ...toAccount(row), passwordHash: row.password_hash } : undefined
  }

  async list(): Promise<WebAccount[]> {
    return this.db.prepare<[], Row>('SELECT * FROM web_accounts ORDER BY name').all().map(toAccount)
  }

  async count(): Promise<number> {
    return this.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM web_accounts').get()!.n
  }

  async secret(): Promise<string> {
    const row = this.db.prepare<[], { value: string }>("SELECT value FROM web_meta WHERE key = 'session_secret'").get()
    if (row) return row.value
    await writeOne(this.writes, "INSERT OR IGNORE INTO web_meta (key, value) VALUES ('session_secret', ?)", randomBytes(32).toString('hex'))
    return this.db.prepare<[], { value: string }>("SELECT value FROM web_meta WHERE key = 'session_secret'").get()!.value
  }
}
