/**
 * The bot's own writes while another process holds SQLite's write lock (as
 * `learnfinder import` does while it commits a large import): sessions are
 * written behind and read back at once, query-log rows and leases wait in
 * the writer thread, nothing is lost, and everything is in the file once the
 * lock is released, for the next turn and after a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../src/db/open-database.js'
import { directWrites, insertOne, writerThread, type SqliteWrites } from '../src/db/sqlite-writer.js'
import { SqliteSessionStore } from '../src/dialogue/sqlite-session-store.js'
import { newSession } from '../src/dialogue/session.js'
import { SqliteTurnLogStore } from '../src/staff/sqlite-turn-log-store.js'
import { SqliteLeaseStore } from '../src/db/sqlite-lease-store.js'
import { SqliteWebhookInboxStore } from '../src/channels/telegram/sqlite-webhook-inbox-store.js'
import { privateText, user } from './fakes/fake-bot-api-updates.js'
import type { Update } from 'grammy/types'

let dir: string
let file: string
let bot: Database
let importer: Database
let writes: SqliteWrites
const opts = { idleMinutes: 30, now: () => new Date() }

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lf-writer-'))
  file = join(dir, 'lf.db')
  bot = openDatabase(file)
  importer = openDatabase(file)
  writes = writerThread(file)
})
afterEach(async () => {
  if (importer.inTransaction) importer.exec('ROLLBACK')
  await writes.close()
  importer.close()
  bot.close()
  rmSync(dir, { recursive: true, force: true })
})

/** The rows another connection sees now (what a restarted bot would read). */
const committedSessions = () => {
  const look = openDatabase(file)
  try {
    return look.prepare('SELECT chat_id, state FROM sessions ORDER BY chat_id').all() as { chat_id: string; state: string }[]
  } finally {
    look.close()
  }
}

/** The turn-log texts another connection sees now. */
const committedTurnTexts = () => {
  const look = openDatabase(file)
  try {
    return (look.prepare('SELECT text FROM turns ORDER BY id').all() as { text: string }[]).map((r) => r.text)
  } finally {
    look.close()
  }
}

describe('the bot’s writes while another process holds the write lock', () => {
  it('answers the next turn from the session it just saved, and commits it once the lock is released', async () => {
    const sessions = new SqliteSessionStore(bot, opts, writes)
    importer.exec('BEGIN IMMEDIATE') // the import's commit holds the lock
    const first = { ...newSession('zh'), shown: ['P1', 'P2'] }
    await sessions.save('http', 'a', 'a', first)
    expect((await sessions.load('http', 'a'))?.shown).toEqual(['P1', 'P2'])
    // A second turn of the same chat, still under the lock: the newest state wins, in order.
    await sessions.save('http', 'a', 'a', { ...first, shown: ['P3'] })
    expect((await sessions.load('http', 'a'))?.shown).toEqual(['P3'])
    expect(committedSessions()).toEqual([])
    importer.exec('COMMIT')
    await writes.settle()
    expect(committedSessions().map((r) => JSON.parse(r.state).shown)).toEqual([['P3']])
    // After a restart (a new store on a new connection) the session is read back from the file.
    const restarted = openDatabase(file)
    try {
      expect((await new SqliteSessionStore(restarted, opts).load('http', 'a'))?.shown).toEqual(['P3'])
    } finally {
      restarted.close()
    }
  })

  it('keeps a query-log row and a lease renewal waiting, not failing, until the lock is free', async () => {
    const turns = new SqliteTurnLogStore(bot, { salt: 'k' }, writes)
    const leases = new SqliteLeaseStore(bot, () => new Date(), writes)
    expect(await leases.acquire('purge', 'me', 30_000)).toBe(true)
    importer.exec('BEGIN IMMEDIATE')
    const states: string[] = []
    const logged = turns.record({ channel: 'http', userId: 'u', text: '我想学电工', projectIds: ['P1'], matched: true }).then(() => states.push('logged'))
    const renewed = leases.renew('purge', 'me', 30_000).then((ok) => states.push(`renewed ${ok}`))
    // The event loop is free meanwhile: this turn of it runs before either write can commit.
    await new Promise((r) => setImmediate(r))
    expect(states).toEqual([])
    // The report reads the turn back at once, without waiting for the lock; the file does not hold it yet.
    expect((await turns.since(new Date(0))).map((t) => t.text)).toEqual(['我想学电工'])
    expect(committedTurnTexts()).toEqual([])
    importer.exec('COMMIT')
    await Promise.all([logged, renewed])
    expect(states).toEqual(['logged', 'renewed true']) // in the order they were handed over
    expect((await turns.since(new Date(0))).map((t) => t.text)).toEqual(['我想学电工']) // once, though it was pending a moment ago
    expect(committedTurnTexts()).toEqual(['我想学电工'])
  })

  it('stores a webhook update, and claims it, without holding the event loop while the lock is taken', async () => {
    const inbox = new SqliteWebhookInboxStore(bot, writes)
    importer.exec('BEGIN IMMEDIATE')
    const update = { update_id: 7, ...privateText(user(5), '你好') } as Update
    const states: string[] = []
    const added = inbox.add(update, 1).then((r) => states.push(r))
    await new Promise((r) => setImmediate(r))
    expect(states).toEqual([]) // still waiting for the lock, and this turn of the event loop ran
    importer.exec('COMMIT')
    await added
    expect(states).toEqual(['added'])
    const claimed = await inbox.claim('w1', 2, 60_000, 10)
    expect(claimed.map((c) => c.updateId)).toEqual([7])
    expect(await inbox.claim('w2', 3, 60_000, 10)).toEqual([]) // leased by w1: nobody else gets it
    expect(await inbox.complete('w1', 7, 4)).toBe(true)
  })

  it('forgets a user in memory and in the file, even with a save still waiting for the lock', async () => {
    const sessions = new SqliteSessionStore(bot, opts, writes)
    await sessions.save('http', 'a', 'u1', newSession('zh'))
    await writes.settle()
    importer.exec('BEGIN IMMEDIATE')
    importer.prepare("UPDATE sessions SET updated_at = updated_at WHERE chat_id = 'a'").run() // the importer has written, not committed
    // A committed session is read from the file while the lock is held: WAL readers never wait for it.
    expect((await sessions.load('http', 'a'))?.lang).toBe('zh')
    await sessions.save('http', 'b', 'u1', newSession('en'))
    const forgotten = sessions.forgetUser('http', 'u1')
    expect(await sessions.load('http', 'b')).toBeNull()
    importer.exec('COMMIT')
    await forgotten
    expect(committedSessions()).toEqual([])
  })

  it('reports each INSERT’s new row id from the writer thread as from the store’s own connection', async () => {
    bot.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)')
    importer.exec('BEGIN IMMEDIATE')
    importer.prepare('INSERT INTO notes (body) VALUES (?)').run('the importer’s') // takes id 1 first, under its lock
    const inThread = Promise.all([insertOne(writes, 'INSERT INTO notes (body) VALUES (?)', 'a'), insertOne(writes, 'INSERT INTO notes (body) VALUES (?)', 'b')])
    await new Promise((r) => setImmediate(r))
    importer.exec('COMMIT')
    expect(await inThread).toEqual([2, 3])
    const both = await writes.run([{ sql: 'INSERT INTO notes (body) VALUES (?)', params: ['c'] }, { sql: 'UPDATE notes SET body = body WHERE id < ?', params: [3] }])
    expect(both).toEqual([{ changes: 1, lastInsertRowid: 4 }, { changes: 2, lastInsertRowid: 4 }])
    expect(await insertOne(directWrites(bot), 'INSERT INTO notes (body) VALUES (?)', 'd')).toBe(5)
    expect(bot.prepare('SELECT id, body FROM notes ORDER BY id').all()).toEqual([
      { id: 1, body: 'the importer’s' }, { id: 2, body: 'a' }, { id: 3, body: 'b' }, { id: 4, body: 'c' }, { id: 5, body: 'd' },
    ])
  })
})
