/**
 * Most stores describe their tables once for both dialects (src/db/schema.ts); the catalogue and the Telegram inbox
 * still list their steps per dialect. This keeps the two schemas from drifting apart either way: after every
 * migration of both, each table has the same columns in both, apart from the tables only one dialect needs, each
 * named here with its reason.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { PG_MODULES } from '../src/app-pg-migrations.js'
import { openStores } from '../src/app-stores.js'
import { loadConfig } from '../src/config.js'
import { pgMigrate } from '../src/db/pg-migrate.js'
import { describeOnPostgres } from './support/postgres.js'

/** Tables one dialect has and the other does not need. */
const ONLY_IN: Record<string, string> = {
  'sqlite:sqlite_sequence': 'SQLite: its own AUTOINCREMENT bookkeeping',
}

type Schema = Map<string, string[]>

function sqliteSchema(dir: string): Promise<Schema> {
  return openStores(loadConfig({}), { dbPath: join(dir, 'lf.db'), writerThread: false }).then(async (stores) => {
    try {
      const db = stores.localDb()
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[]
      return new Map(tables.map((t) => [t, (db.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((c) => c.name).sort()]))
    } finally {
      await stores.close()
    }
  })
}

describeOnPostgres('the two dialects’ schemas', (pg) => {
  it('give every table the same columns in SQLite and PostgreSQL, but for the tables one dialect alone needs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-parity-'))
    const { pool, close } = await pg.freshPool()
    try {
      await pgMigrate(pool, PG_MODULES)
      const rows = (await pool.query<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, column_name`,
      )).rows
      const postgres: Schema = new Map()
      for (const r of rows) postgres.set(r.table_name, [...(postgres.get(r.table_name) ?? []), r.column_name])
      const sqlite = await sqliteSchema(dir)
      const drift: string[] = []
      for (const [dialect, mine, theirs] of [['pg', postgres, sqlite], ['sqlite', sqlite, postgres]] as const) {
        for (const [table, columns] of mine) {
          if (`${dialect}:${table}` in ONLY_IN) continue
          const other = theirs.get(table)
          if (!other) drift.push(`${table} is only in ${dialect}`)
          else if (dialect === 'pg' && columns.join() !== [...other].sort().join()) drift.push(`${table}: pg has ${columns.join(', ')}; sqlite has ${[...other].sort().join(', ')}`)
        }
      }
      expect(drift).toEqual([])
      expect(postgres.size).toBeGreaterThan(15)
      // Every exception still names a table that is there, in its dialect alone.
      for (const key of Object.keys(ONLY_IN)) {
        const [dialect, table] = key.split(':')
        expect([dialect, (dialect === 'pg' ? postgres : sqlite).has(table), (dialect === 'pg' ? sqlite : postgres).has(table)]).toEqual([dialect, true, false])
      }
    } finally {
      await close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
