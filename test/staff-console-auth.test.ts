/**
 * The console's sign-in pieces without a browser: web accounts through the
 * real CLI, signed and expiring session cookies, CSRF tokens bound to a
 * sign-in, and the attempt limiter's retry time.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkCsrf, createAttemptLimiter, csrfToken, newSession, readSession, signSession, SESSION_MS } from '../src/staff/web/auth.js'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteWebAccountStore } from '../src/staff/sqlite-web-account-store.js'
import { SqliteAdminStore } from '../src/staff/sqlite-admin-store.js'
import { verifyPassword } from '../src/staff/web-password.js'
import { runCli } from './fixtures/run-cli.js'

let dir: string
let db: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lf-auth-'))
  db = join(dir, 'lf.db')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('learnfinder admin web', () => {
  it('adds, lists, re-passwords and removes console accounts, reading passwords only from stdin, and audits each', async () => {
    expect((await runCli(['admin', 'web', 'add', 'alice', '--password-stdin', '--db', db], { stdin: 'first-password\n' })).code).toBe(0)
    expect((await runCli(['admin', 'web', 'add', 'victor', '--role', 'viewer', '--password-stdin', '--db', db], { stdin: 'viewer-password' })).code).toBe(0)
    const list = await runCli(['admin', 'web', 'list', '--db', db])
    expect(list.out).toMatch(/^alice\teditor\t/m)
    expect(list.out).toMatch(/^victor\tviewer\t/m)
    expect((await runCli(['admin', 'web', 'passwd', 'alice', '--password-stdin', '--db', db], { stdin: 'second-password' })).code).toBe(0)
    expect((await runCli(['admin', 'web', 'remove', 'victor', '--db', db])).code).toBe(0)
    const handle = openDatabase(db)
    try {
      const alice = await new SqliteWebAccountStore(handle).get('alice')
      expect(await verifyPassword('second-password', alice!.passwordHash)).toBe(true)
      expect(await verifyPassword('first-password', alice!.passwordHash)).toBe(false)
      expect(await new SqliteWebAccountStore(handle).get('victor')).toBeUndefined()
      expect((await new SqliteAdminStore(handle).actions(10)).map((a) => a.action)).toEqual(['web account remove', 'web account passwd', 'web account add', 'web account add'])
    } finally {
      handle.close()
    }
  })

  it('refuses a password on the command line, a short password and an unknown role, with a clear message', async () => {
    const noStdin = await runCli(['admin', 'web', 'add', 'bob', '--db', db])
    expect(noStdin.code).toBe(1)
    expect(noStdin.err).toContain('--password-stdin')
    const short = await runCli(['admin', 'web', 'add', 'bob', '--password-stdin', '--db', db, '--lang', 'en'], { stdin: 'short' })
    expect(short.err).toContain('at least 8 characters')
    const role = await runCli(['admin', 'web', 'add', 'bob', '--role', 'boss', '--password-stdin', '--db', db], { stdin: 'long-enough-1' })
    expect(role.err).toContain('--role 只能是 editor 或 viewer，收到的是“boss”')
    const roleEn = await runCli(['admin', 'web', 'add', 'bob', '--role', 'boss', '--password-stdin', '--db', db, '--lang', 'en'], { stdin: 'long-enough-1' })
    expect(roleEn.err).toContain('--role must be editor or viewer')
  })
})

describe('console sessions and CSRF tokens', () => {
  it('accept a cookie only with its own signature and before it expires', () => {
    const claims = newSession('alice', 'hash-1', 1_000)
    const cookie = signSession('secret', claims)
    expect(readSession('secret', cookie, 2_000)?.name).toBe('alice')
    expect(readSession('other-secret', cookie, 2_000)).toBeNull()
    expect(readSession('secret', cookie, 1_000 + SESSION_MS)).toBeNull()
    const [body, sig] = cookie.split('.')
    const forged = Buffer.from(JSON.stringify({ ...claims, name: 'mallory' })).toString('base64url')
    expect(readSession('secret', `${forged}.${sig}`, 2_000)).toBeNull()
    expect(body.length).toBeGreaterThan(0)
  })

  it('bind a CSRF token to one sign-in', () => {
    const token = csrfToken('secret', 'nonce-a')
    expect(checkCsrf('secret', 'nonce-a', token)).toBe(true)
    expect(checkCsrf('secret', 'nonce-b', token)).toBe(false)
    expect(checkCsrf('secret', 'nonce-a', undefined)).toBe(false)
  })

  it('limit attempts in a window and say how many seconds to wait', () => {
    let now = 0
    const limiter = createAttemptLimiter({ limit: 2, windowMs: 60_000, now: () => now })
    expect(limiter.hit('alice')).toBe(0)
    expect(limiter.hit('alice')).toBe(0)
    now = 15_000
    expect(limiter.hit('alice')).toBe(45)
    expect(limiter.hit('bob')).toBe(0)
    now = 60_001
    expect(limiter.hit('alice')).toBe(0)
  })
})
