/**
 * The console's cookies over real HTTP, without a browser: Secure when
 * PUBLIC_URL is https, always HttpOnly and SameSite=Strict, and a forged
 * session cookie is treated as no session.
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
let server: Server
let url: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lf-cookies-'))
  db = openDatabase(join(dir, 'lf.db'))
  const accounts = new SqliteWebAccountStore(db)
  await accounts.add({ name: 'alice', role: 'editor', passwordHash: await hashPassword('alice-password-1'), createdBy: 'test' })
  const admins = new SqliteAdminStore(db)
  // Signing in touches only these parts of the console's dependencies.
  const deps = {
    prompts: loadPrompts(), taxonomy: loadTaxonomy(), accounts, secureCookies: true,
    admins: { record: async (a: Parameters<AdminStore['record']>[0]) => admins.record(a) },
  } as unknown as ConsoleDeps
  server = createServer(consoleHandler(createConsoleApp(deps)))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((r) => server.close(r))
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('console cookies behind an https PUBLIC_URL', () => {
  it('are Secure, HttpOnly and SameSite=Strict, and a forged session is no session', async () => {
    const login = await fetch(`${url}/admin/login`)
    const pre = login.headers.getSetCookie().find((c) => c.startsWith('lf_pre='))!
    expect(pre).toMatch(/; Secure/)
    const token = /name="_csrf" value="([^"]+)"/.exec(await login.text())![1]
    const res = await fetch(`${url}/admin/login`, {
      method: 'POST', redirect: 'manual',
      headers: { cookie: pre.split(';')[0], 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, username: 'alice', password: 'alice-password-1' }),
    })
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
