/**
 * The console's cookies and sign-in limit over real HTTP, without a browser:
 * Secure when PUBLIC_URL is https, always HttpOnly and SameSite=Strict, a
 * forged session cookie is treated as no session, and one address trying
 * many accounts is stopped with 429 and a retry time.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/open-database.js'
import { loadPrompts } from '../src/prompts.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import type { AdminStore } from '../src/staff/admin-store.js'
import { SqliteAdminStore } from '../src/staff/sqlite-admin-store.js'
import { SqliteWebAccountStore } from '../src/staff/sqlite-web-account-store.js'
import { hashPassword } from '../src/staff/web-password.js'
import { consoleHandler, createConsoleApp } from '../src/staff/web/console-app.js'
import type { ConsoleDeps } from '../src/staff/web/console-deps.js'

let dir: string
let db: ReturnType<typeof openDatabase>
let admins: SqliteAdminStore
const servers: Server[] = []
let url: string
let limitedUrl: string

/** A console over real HTTP with only the parts signing in touches. */
async function startConsole(secureCookies: boolean, limits?: { perAddress: number; perAccount: number }): Promise<string> {
  const deps = {
    prompts: loadPrompts(), taxonomy: loadTaxonomy(), accounts: new SqliteWebAccountStore(db), secureCookies,
    admins: { record: async (a: Parameters<AdminStore['record']>[0]) => admins.record(a) },
  } as unknown as ConsoleDeps
  const server = createServer(consoleHandler(createConsoleApp(deps, limits ? { limits } : {})))
  servers.push(server)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lf-cookies-'))
  db = openDatabase(join(dir, 'lf.db'))
  await new SqliteWebAccountStore(db).add({ name: 'alice', role: 'editor', passwordHash: await hashPassword('alice-password-1'), createdBy: 'test' })
  admins = new SqliteAdminStore(db)
  url = await startConsole(true)
  limitedUrl = await startConsole(false, { perAddress: 3, perAccount: 100 })
})
afterAll(async () => {
  for (const server of servers) await new Promise((r) => server.close(r))
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

/** One sign-in attempt as a browser makes it: the form (cookie and CSRF token), then the post. */
async function signIn(base: string, username: string, password: string): Promise<{ res: Response; pre: string }> {
  const form = await fetch(`${base}/admin/login`)
  const pre = form.headers.getSetCookie().find((c) => c.startsWith('lf_pre='))!
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]
  const res = await fetch(`${base}/admin/login`, {
    method: 'POST', redirect: 'manual',
    headers: { cookie: pre.split(';')[0], 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, username, password }),
  })
  return { res, pre }
}

describe('console cookies behind an https PUBLIC_URL', () => {
  it('are Secure, HttpOnly and SameSite=Strict, and a forged session is no session', async () => {
    const { res, pre } = await signIn(url, 'alice', 'alice-password-1')
    expect(pre).toMatch(/; Secure/)
    expect(res.status).toBe(303)
    const session = res.headers.getSetCookie().find((c) => c.startsWith('lf_session='))!
    expect(session).toMatch(/HttpOnly/)
    expect(session).toMatch(/SameSite=Strict/)
    expect(session).toMatch(/Secure/)
    expect(session).toMatch(/Max-Age=28800/)
    const value = session.split(';')[0].slice('lf_session='.length)
    const forged = Buffer.from(JSON.stringify({ name: 'alice', pv: 'x', nonce: 'n', exp: Date.now() + 1e6 })).toString('base64url')
    const page = await fetch(`${url}/admin/accounts`, { redirect: 'manual', headers: { cookie: `lf_session=${forged}.${value.split('.')[1]}` } })
    expect(page.status).toBe(303)
    expect(page.headers.get('location')).toMatch(/^\/admin\/login/)
  })
})

describe('console sign-in limit per address', () => {
  it('answers 429 with Retry-After once one address tried too many accounts, even the right password', async () => {
    for (const name of ['bob', 'carol', 'dave']) expect((await signIn(limitedUrl, name, 'wrong-password')).res.status).toBe(401)
    const { res: refused } = await signIn(limitedUrl, 'alice', 'alice-password-1')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // The three wrong tries were audited; the refused one never reached the password check.
    const tries = (await admins.actions(10)).filter((a) => a.action === 'sign in' && !a.allowed)
    expect(tries.map((a) => a.userId).sort()).toEqual(['bob', 'carol', 'dave'])
  })
})
