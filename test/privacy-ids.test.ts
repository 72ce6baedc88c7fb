/**
 * Privacy of ids: the turn log's user hashes are keyed (HMAC) with a key
 * kept outside the database (LOG_SALT, else a 0600 file beside it), so a
 * copy of the database alone cannot be brute-forced back to ids; /forget
 * and retention reach the admin audit rows too; HTTP callers cannot be made
 * admins.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type Database } from '../src/db/open-database.js'
import { SqliteTurnLogStore } from '../src/staff/sqlite-turn-log-store.js'
import { SqliteAdminStore } from '../src/staff/sqlite-admin-store.js'
import { createAdminList } from '../src/staff/admin-list.js'
import { withPrivateAudit } from '../src/staff/private-audit.js'
import { idHasher, loadLogKey, logKeyPath } from '../src/staff/log-key.js'
import { runCli } from './fixtures/run-cli.js'

let dir: string
let dbPath: string
let db: Database

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lf-privacy-'))
  dbPath = join(dir, 'lf.db')
  db = openDatabase(dbPath)
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const turn = (userId: string) => ({ channel: 'telegram', userId, text: '我想学电工', projectIds: [], matched: false })

describe('privacy of ids', () => {
  it('keeps the log key in a 0600 file beside the database, never in it, and reuses it', async () => {
    const key = loadLogKey(dbPath)
    expect(statSync(logKeyPath(dbPath)).mode & 0o777).toBe(0o600)
    expect(loadLogKey(dbPath)).toBe(key)
    await new SqliteTurnLogStore(db, { salt: key }).record(turn('4242'))
    db.pragma('wal_checkpoint(TRUNCATE)')
    expect(readFileSync(dbPath).includes(Buffer.from(key))).toBe(false)
    expect(loadLogKey(dbPath, 'from-the-environment')).toBe('from-the-environment')
  })

  it('cannot be re-identified from the database alone by trying every short id', async () => {
    const log = new SqliteTurnLogStore(db, { salt: loadLogKey(dbPath) })
    await log.record(turn('4242'))
    const stored = (db.prepare('SELECT user_hash FROM turns').get() as { user_hash: string }).user_hash
    const meta = db.prepare('SELECT key, value FROM staff_meta').all() as { key: string; value: string }[]
    // What an attacker holding only the database can try: every stored value as the salt or key, every id to 99,999.
    const guesses = ['', ...meta.map((m) => m.value)]
    const found: string[] = []
    for (const salt of guesses) {
      for (let id = 0; id < 100_000; id++) {
        const plain = createHash('sha256').update(`${salt}\u0000telegram\u0000${id}`).digest('hex').slice(0, 32)
        if (plain === stored || idHasher(salt)('telegram', String(id)) === stored) found.push(String(id))
      }
    }
    expect(found).toEqual([])
    expect(log.hashUser('telegram', '4242')).toBe(stored)
  })

  it('drops a salt an older version stored in the database', () => {
    new SqliteTurnLogStore(db, { salt: 'k' })
    db.prepare("INSERT INTO staff_meta (key, value) VALUES ('log_salt', 'old-and-exposed')").run()
    new SqliteTurnLogStore(db, { salt: 'k' })
    expect(db.prepare("SELECT COUNT(*) AS n FROM staff_meta WHERE key = 'log_salt'").get()).toEqual({ n: 0 })
  })

  it('applies /forget and retention to the admin audit rows', async () => {
    let now = new Date('2026-01-01T00:00:00Z')
    const store = new SqliteAdminStore(db, () => now)
    const list = createAdminList(store, { telegram: ['1'] })
    const admins = withPrivateAudit(store, (channel, userId) => list.isListed(channel, userId), idHasher('k'))
    await admins.record({ channel: 'telegram', userId: '1', action: 'kb_show', detail: '', allowed: true })
    await admins.record({ channel: 'telegram', userId: '777', action: 'kb_archive', detail: 'CH-1', allowed: false })
    const raw = db.prepare("SELECT COUNT(*) AS n FROM admin_actions WHERE user_id = '777'").get()
    expect(raw).toEqual({ n: 0 })
    expect(await admins.forgetUser('telegram', '777')).toBe(1)
    now = new Date('2026-12-01T00:00:00Z')
    expect(await admins.purge(180)).toBe(1)
    expect(await admins.actions()).toEqual([])
  })

  it('refuses `learnfinder admin add http 4242` with a message and adds nothing', async () => {
    const run = await runCli(['admin', 'add', 'http', '4242', '--db', dbPath, '--lang', 'en'])
    expect(run.code).toBe(1)
    expect(run.err).toMatch(/http callers are never admins/)
    expect((await runCli(['admin', 'add', 'http', '4242', '--db', dbPath])).err).toMatch(/http 的调用方永远不能当管理员/)
    expect(run.out).not.toMatch(/Added admin/)
    expect(await createAdminList(new SqliteAdminStore(db)).isListed('http', '4242')).toBe(false)
  })
})
