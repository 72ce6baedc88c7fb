import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { openDatabase } from '../src/db/open-database.js'
import { openWalChangeMark } from '../src/db/wal-change-mark.js'
import { SqliteLexicalStore } from '../src/search/sqlite-lexical-store.js'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})
function twoConnections(): { dbPath: string; db: Database; other: Database } {
  const dir = mkdtempSync(join(tmpdir(), 'lf-wal-mark-'))
  const dbPath = join(dir, 'catalogue.db')
  const db = openDatabase(dbPath)
  db.exec('CREATE TABLE catalogue_meta (id INTEGER PRIMARY KEY, version INTEGER NOT NULL); INSERT INTO catalogue_meta VALUES (1, 1)')
  const other = openDatabase(dbPath) // another process's connection
  cleanups.push(() => { db.close(); other.close(); rmSync(dir, { recursive: true, force: true }) })
  return { dbPath, db, other }
}

describe('WAL change mark', () => {
  it('stays the same while nothing commits, and changes when another connection commits', () => {
    const { db, other } = twoConnections()
    const mark = openWalChangeMark(db)!
    cleanups.push(() => mark.close())
    const before = mark.read()
    expect(before).toBeTypeOf('string')
    db.prepare('SELECT version FROM catalogue_meta').get()
    other.prepare('SELECT version FROM catalogue_meta').get()
    expect(mark.read()).toBe(before)
    other.prepare('UPDATE catalogue_meta SET version = 2').run()
    expect(mark.read()).not.toBe(before)
  })

  it('changes when this connection commits, and not while its transaction is still open', () => {
    const { db } = twoConnections()
    const mark = openWalChangeMark(db)!
    cleanups.push(() => mark.close())
    const before = mark.read()
    db.exec('BEGIN; UPDATE catalogue_meta SET version = 3')
    expect(mark.read()).toBe(before)
    db.exec('COMMIT')
    expect(mark.read()).not.toBe(before)
  })

  it('is null for an in-memory database, and undefined after it is closed', () => {
    expect(openWalChangeMark(openDatabase(':memory:'))).toBeNull()
    const { db } = twoConnections()
    const mark = openWalChangeMark(db)!
    mark.close()
    expect(mark.read()).toBeUndefined()
  })
})

describe('lexical store versions', () => {
  it('answers what SQLite holds after every commit, here or on another connection, and inside a transaction', () => {
    const { db, other } = twoConnections()
    const rows = new SqliteLexicalStore(db, [1, 1, 1, 1, 1, 1, 1, 1])
    cleanups.push(() => rows.close())
    const otherRows = new SqliteLexicalStore(other, [1, 1, 1, 1, 1, 1, 1, 1])
    expect(rows.versions()).toEqual({ catalogue: 1, lexical: undefined })
    expect(rows.versions()).toEqual({ catalogue: 1, lexical: undefined })
    otherRows.recordVersion(1)
    expect(rows.versions()).toEqual({ catalogue: 1, lexical: '1' })
    other.prepare('UPDATE catalogue_meta SET version = 2').run()
    expect(rows.versions()).toEqual({ catalogue: 2, lexical: '1' })
    rows.recordVersion(2)
    expect(rows.versions()).toEqual({ catalogue: 2, lexical: '2' })
    db.exec('BEGIN; UPDATE catalogue_meta SET version = 3')
    expect(rows.versions()).toEqual({ catalogue: 3, lexical: '2' })
    db.exec('ROLLBACK')
    expect(rows.versions()).toEqual({ catalogue: 2, lexical: '2' })
    rows.close()
    other.prepare('UPDATE catalogue_meta SET version = 4').run()
    expect(rows.versions()).toEqual({ catalogue: 4, lexical: '2' })
  })
})
