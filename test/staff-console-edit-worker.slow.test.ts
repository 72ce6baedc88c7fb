/**
 * A single-project edit in the web console (and its archive and restore) while another process holds SQLite's
 * write lock, as `learnfinder import` does while it commits: the write goes to the import worker, like every other
 * write of the bot, so learners are answered while it waits; it lands once the lock is released, and the bot's own
 * catalogue store never writes it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { openDatabase, type Database } from '../src/db/open-database.js'
import { projectCells } from '../src/staff/web/catalogue-edit.js'
import { prepareServeDb } from './fakes/fake-bot-api-serve.js'
import { startConsole, type ConsoleSession } from './fixtures/staff/console-app.js'

let prepared: ReturnType<typeof prepareServeDb>
let s: ConsoleSession
let importer: Database

beforeAll(async () => {
  prepared = prepareServeDb()
  s = await startConsole(prepared.db)
  importer = openDatabase(prepared.db)
}, 120_000)
afterAll(async () => {
  if (importer?.inTransaction) importer.exec('ROLLBACK')
  importer?.close()
  await s?.app.stop()
  prepared?.cleanup()
})

/** Posts a console form for project `id` (`action`: edit, archive or restore) with the page's CSRF token. */
async function postProjectForm(id: string, action: string, fields: Record<string, string> = {}): Promise<Response> {
  const page = await (await fetch(`${s.url}/admin/catalogue/${id}`, { headers: { cookie: s.cookies() } })).text()
  return fetch(`${s.url}/admin/catalogue/${id}/${action}`, {
    method: 'POST', redirect: 'manual', headers: { cookie: s.cookies(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...fields, _csrf: s.csrfOf(page) }),
  })
}

/** Runs `post` while another connection holds the write lock: a learner is answered before it ends, then the lock goes. */
async function underTheLock(post: () => Promise<Response>): Promise<Response> {
  importer.exec('BEGIN IMMEDIATE') // another process's import is committing
  let finished = false
  const pending = post().finally(() => (finished = true))
  try {
    // The bot's event loop is free: a learner's question is answered while the staff write waits for the lock.
    expect(await s.learnerAsks('老年人智能手机')).toContain('老年人智能手机入门班')
    expect(finished).toBe(false)
  } finally {
    importer.exec('COMMIT')
  }
  return pending
}

describe('a single-project write in the web console while another process holds the write lock', () => {
  it('edits, archives and restores in the worker, answering learners meanwhile, and lands once the lock is free', async () => {
    const onBotThread = [vi.spyOn(s.app.store, 'applyImport'), vi.spyOn(s.app.store, 'archive')]
    const version = await s.app.store.version()
    const before = (await s.app.store.get('CH-004'))!
    const cells = projectCells(before, loadTaxonomy())
    delete cells.编号

    const edited = await underTheLock(() => postProjectForm('CH-004', 'edit', { ...cells, 费用: '350' }))
    expect(edited.status).toBe(303)
    expect(edited.headers.get('location')).toMatch(/CH-004\?ok=proj_saved$/)
    expect((await s.app.store.get('CH-004'))?.fee).toBe(350)

    const archived = await underTheLock(() => postProjectForm('CH-004', 'archive'))
    expect(archived.status).toBe(303)
    expect((await s.app.store.get('CH-004'))?.status).toBe('archived')

    const restored = await underTheLock(() => postProjectForm('CH-004', 'restore'))
    expect(restored.status).toBe(303)
    expect((await s.app.store.get('CH-004'))?.status).toBe('active')

    expect(await s.app.store.version()).toBe(version + 3)
    expect(onBotThread.map((spy) => spy.mock.calls.length)).toEqual([0, 0])
  }, 120_000)
})
