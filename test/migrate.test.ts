import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../src/db/open-database.js'
import { migrate } from '../src/db/migrate.js'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('migrate', () => {
  it('applies each step once per module, across reopenings of the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-migrate-'))
    dirs.push(dir)
    const path = join(dir, 'nested', 'x.db')
    const steps = ['CREATE TABLE a (x INTEGER)', 'INSERT INTO a VALUES (1)']
    let db = openDatabase(path)
    migrate(db, 'm1', steps)
    migrate(db, 'm1', steps)
    db.close()
    db = openDatabase(path)
    migrate(db, 'm1', [...steps, 'INSERT INTO a VALUES (2)'])
    migrate(db, 'm2', ['CREATE TABLE b (y TEXT)'])
    expect(db.prepare('SELECT x FROM a ORDER BY x').all()).toEqual([{ x: 1 }, { x: 2 }])
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })

  it('leaves no trace of a step that fails', () => {
    const db = openDatabase(':memory:')
    expect(() => migrate(db, 'm', ['CREATE TABLE a (x INTEGER)', 'CREATE TABLE a (x INTEGER)'])).toThrow()
    const done = db.prepare("SELECT COUNT(*) AS n FROM schema_migrations WHERE module = 'm'").get() as { n: number }
    expect(done.n).toBe(1)
  })
})
