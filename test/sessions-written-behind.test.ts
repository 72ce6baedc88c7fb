/**
 * Sessions written behind (the writer thread) on the whole app: a learner's
 * conversation carries on turn to turn while another process holds the
 * write lock, and after a graceful stop and a start on the same file the
 * next message still refers to the list shown before the stop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../src/channels/shared/logger.js'
import { loadConfig } from '../src/config.js'
import { openDatabase, type Database } from '../src/db/open-database.js'
import { createApp, type App } from '../src/main.js'
import { prepareServeDb } from './fakes/fake-bot-api-serve.js'

let prepared: ReturnType<typeof prepareServeDb>
let app: App | undefined
let importer: Database | undefined

const start = () => createApp(loadConfig({}), { dbPath: prepared.db, channels: false, writerThread: true, extensions: [], log: silentLogger })
const ask = (a: App, text: string) => a.engine.handle({ channel: 'test', userId: 'u1', chatId: 'u1', text })

beforeAll(() => {
  prepared = prepareServeDb()
})
afterAll(async () => {
  if (importer?.inTransaction) importer.exec('ROLLBACK')
  importer?.close()
  await app?.stop()
  prepared?.cleanup()
})

describe('a conversation written behind', () => {
  it('carries on under another process’s write lock and across a graceful restart', async () => {
    app = await start()
    // Another process (an import's commit) holds the write lock for the whole conversation.
    importer = openDatabase(prepared.db)
    importer.exec('BEGIN IMMEDIATE')
    const first = await ask(app, '老年人的课')
    expect(first.projects.length).toBeGreaterThan(1)
    const second = first.projects[1]
    const details = await ask(app, '第二个')
    expect(details.projects.map((p) => p.id)).toEqual([second.id])
    // Stopping waits for the writes queued behind the lock, so it ends only after the lock is released.
    const stopped = app.stop()
    importer.exec('COMMIT')
    await stopped
    app = undefined

    app = await start()
    const how = await ask(app, '怎么报名')
    expect(how.projects.map((p) => p.id)).toEqual([second.id])
  })
})
