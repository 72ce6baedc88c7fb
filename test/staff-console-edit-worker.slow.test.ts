/**
 * A single-project edit in the web console (and its archive and restore) while another process holds SQLite's
 * write lock, as `learnfinder import` does while it commits: the write goes to the import worker, like every other
 * write of the bot, so learners are answered while it waits; it lands once the lock is released, and the bot's own
 * catalogue store never writes it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { HttpChannel } from '../src/channels/http/index.js'
import { silentLogger } from '../src/channels/shared/logger.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadConfig } from '../src/config.js'
import { openDatabase, type Database } from '../src/db/open-database.js'
import { createApp, type App } from '../src/main.js'
import { SqliteWebAccountStore } from '../src/staff/sqlite-web-account-store.js'
import { hashPassword } from '../src/staff/web-password.js'
import { projectCells } from '../src/staff/web/catalogue-edit.js'
import { prepareServeDb } from './fakes/fake-bot-api-serve.js'

let prepared: ReturnType<typeof prepareServeDb>
let app: App
let url: string
let importer: Database
const jar = new Map<string, string>()
const cookies = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
const remember = (res: Response) => {
  for (const line of res.headers.getSetCookie()) {
    const [k, v] = line.split(';')[0].split('=')
    jar.set(k, v)
  }
  return res
}
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]

beforeAll(async () => {
  prepared = prepareServeDb()
  const db = openDatabase(prepared.db)
  await new SqliteWebAccountStore(db).add({ name: 'alice', role: 'editor', passwordHash: await hashPassword('alice-password-1'), createdBy: 'test' })
  db.close()
  app = await createApp(loadConfig({ HTTP_ENABLED: '1', HTTP_PORT: '0', HTTP_RATE_PER_ADDRESS: '100000', STAFF_POLL_SECONDS: '3600' }), { dbPath: prepared.db, log: silentLogger })
  await app.start()
  url = (app.channels.find((c) => c.name === 'http') as HttpChannel).url
  const login = remember(await fetch(`${url}/admin/login`))
  remember(await fetch(`${url}/admin/login`, {
    method: 'POST', redirect: 'manual', headers: { cookie: cookies(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrfOf(await login.text()), username: 'alice', password: 'alice-password-1' }),
  }))
  importer = openDatabase(prepared.db)
}, 120_000)
afterAll(async () => {
  if (importer?.inTransaction) importer.exec('ROLLBACK')
  importer?.close()
  await app?.stop()
  prepared?.cleanup()
})

/** What a learner is answered over POST /api/chat. */
async function learnerAsks(text: string): Promise<string> {
  const res = await fetch(`${url}/api/chat`, { method: 'POST', body: JSON.stringify({ session: 'learner', text }), headers: { 'content-type': 'application/json' } })
  expect(res.status).toBe(200)
  return ((await res.json()) as { text: string }).text
}

/** Posts a console form for project `id` (`action`: edit, archive or restore) with the page's CSRF token. */
async function postProjectForm(id: string, action: string, fields: Record<string, string> = {}): Promise<Response> {
  const page = await (await fetch(`${url}/admin/catalogue/${id}`, { headers: { cookie: cookies() } })).text()
  return fetch(`${url}/admin/catalogue/${id}/${action}`, {
    method: 'POST', redirect: 'manual', headers: { cookie: cookies(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, _csrf: csrfOf(page) }),
  })
}

/** Runs `post` while another connection holds the write lock: a learner is answered before it ends, then the lock goes. */
async function underTheLock(post: () => Promise<Response>): Promise<Response> {
  importer.exec('BEGIN IMMEDIATE') // another process's import is committing
  let finished = false
  const pending = post().finally(() => (finished = true))
  try {
    // The bot's event loop is free: a learner's question is answered while the staff write waits for the lock.
    expect(await learnerAsks('老年人智能手机')).toContain('老年人智能手机入门班')
    expect(finished).toBe(false)
  } finally {
    importer.exec('COMMIT')
  }
  return pending
}

describe('a single-project write in the web console while another process holds the write lock', () => {
  it('edits, archives and restores in the worker, answering learners meanwhile, and lands once the lock is free', async () => {
    const onBotThread = [vi.spyOn(app.store, 'applyImport'), vi.spyOn(app.store, 'archive')]
    const version = await app.store.version()
    const before = (await app.store.get('CH-004'))!
    const cells = projectCells(before, loadTaxonomy())
    delete cells.编号

    const edited = await underTheLock(() => postProjectForm('CH-004', 'edit', { ...cells, 费用: '350' }))
    expect(edited.status).toBe(303)
    expect(edited.headers.get('location')).toMatch(/CH-004\?ok=proj_saved$/)
    expect((await app.store.get('CH-004'))?.fee).toBe(350)

    const archived = await underTheLock(() => postProjectForm('CH-004', 'archive'))
    expect(archived.status).toBe(303)
    expect((await app.store.get('CH-004'))?.status).toBe('archived')

    const restored = await underTheLock(() => postProjectForm('CH-004', 'restore'))
    expect(restored.status).toBe(303)
    expect((await app.store.get('CH-004'))?.status).toBe('active')

    expect(await app.store.version()).toBe(version + 3)
    expect(onBotThread.map((spy) => spy.mock.calls.length)).toEqual([0, 0])
  }, 120_000)
})
