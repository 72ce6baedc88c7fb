/**
 * The console's sign-in limit per address, over real HTTP without a browser:
 * someone trying many account names from one address is stopped with 429
 * and a retry time, even though no single account passed its own limit.
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
import { SqliteAdminStore } from '../src/staff/sqlite-admin-store.js'
import { SqliteWebAccountStore } from '../src/staff/sqlite-web-account-store.js'
import { hashPassword } from '../src/staff/web-password.js'
import { consoleHandler, createConsoleApp } from '../src/staff/web/console-app.js'
import type { ConsoleDeps } from '../src/staff/web/console-deps.js'

let dir: string
let db: ReturnType<typeof openDatabase>
let server: Server
let url: string
let admins: SqliteAdminStore

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lf-limits-'))
  db = openDatabase(join(dir, 'lf.db'))
  const accounts = new SqliteWebAccountStore(db)
  await accounts.add({ name: 'alice', role: 'editor', passwordHash: await hashPassword('alice-password-1'), createdBy: 'test' })
  admins = new SqliteAdminStore(db)
  // Signing in touches only these parts of the console's dependencies.
  const deps = {
    prompts: loadPrompts(), taxonomy: loadTaxonomy(), accounts, secureCookies: false,
    admins: { record: (a: Parameters<SqliteAdminStore['record']>[0]) => admins.record(a) },
  } as unknown as ConsoleDeps
  server = createServer(consoleHandler(createConsoleApp(deps, { limits: { perAddress: 3, perAccount: 100 } })))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((r) => server.close(r))
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

/** One sign-in attempt as a browser makes it: the form (cookie and CSRF token), then the post. */
async function signIn(username: string, password: string): Promise<Response> {
  const form = await fetch(`${url}/admin/login`)
  const pre = form.headers.getSetCookie().find((c) => c.startsWith('lf_pre='))!
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]
  return fetch(`${url}/admin/login`, {
    method: 'POST', redirect: 'manual',
    headers: { cookie: pre.split(';')[0], 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, username, password }),
  })
}

describe('console sign-in limit per address', () => {
  it('answers 429 with Retry-After once one address tried too many accounts, even the right password', async () => {
    for (const name of ['bob', 'carol', 'dave']) expect((await signIn(name, 'wrong-password')).status).toBe(401)
    const refused = await signIn('alice', 'alice-password-1')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.text()).toMatch(/\d+/)
    // The three wrong tries were audited; the refused one never reached the password check.
    const tries = (await admins.actions(10)).filter((a) => a.action === 'sign in' && !a.allowed)
    expect(tries.map((a) => a.userId).sort()).toEqual(['bob', 'carol', 'dave'])
  })
})
