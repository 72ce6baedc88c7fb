/**
 * The house rule "only stores write SQL", checked on every run: an SQL
 * statement in a string, or a database call (prepare, exec, pragma,
 * transaction, a PostgreSQL query with SQL in it), may appear only in a
 * store's files (`x-store.ts`, or a `store-….ts` helper beside one), in
 * src/db/ and in migration files. The next backend (PostgreSQL) then needs new
 * stores, not changes scattered through search, channels or wiring.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
const SRC = join(ROOT, 'src')

/** Files allowed to hold SQL: stores and their helpers, the db module, migrations. */
export function mayWriteSql(path: string): boolean {
  const rel = path.split('\\').join('/')
  const name = rel.split('/').at(-1)!
  return /-store\.tsx?$/.test(name) || /^store-[a-z0-9-]+\.ts$/.test(name) || rel.startsWith('src/db/') || /migrations?\.ts$/.test(name)
}

const SQL_STATEMENT =
  /^\s*(SELECT\b|INSERT INTO\b|UPDATE \w+ SET\b|DELETE FROM\b|CREATE (TABLE|INDEX|UNIQUE INDEX|VIRTUAL TABLE|TRIGGER|VIEW)\b|DROP (TABLE|INDEX|TRIGGER|VIEW)\b|ALTER TABLE\b|BEGIN\b|COMMIT\b|ROLLBACK\b|SAVEPOINT\b|PRAGMA\b|WITH \w+ AS\b)/
const DB_CALL = /\.(prepare|pragma|transaction)\(|\.exec\(\s*['"`]/

/** Where `text` holds SQL: one "line: why" entry per finding (string literals starting with a statement, or database calls). */
export function sqlIn(text: string): string[] {
  const found: string[] = []
  const lines = text.split('\n')
  lines.forEach((line, i) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) return // comments may talk about SQL
    if (DB_CALL.test(line)) found.push(`${i + 1}: database call`)
    for (const m of line.matchAll(/(['"`])((?:\\.|(?!\1).)*)/g)) {
      if (SQL_STATEMENT.test(m[2]!)) { found.push(`${i + 1}: SQL statement`); break }
    }
  })
  return found
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|mts|js|mjs)$/.test(entry) && !entry.endsWith('.d.ts') ? [path] : []
  })
}

describe('only stores write SQL', () => {
  it('finds SQL only in stores, their store-… helpers, src/db/ and migration files', () => {
    const outside = sourceFiles(SRC)
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .filter((rel) => !mayWriteSql(rel))
      .flatMap((rel) => sqlIn(readFileSync(join(ROOT, rel), 'utf8')).map((where) => `${rel}:${where} — move it into a store (x-store.ts) or src/db/`))
    expect(outside).toEqual([])
  })

  it('tells SQL from regular expressions, HTTP query parameters and prose', () => {
    expect(sqlIn(`const n = db.prepare('SELECT COUNT(*) AS n FROM turns').get()`)).toEqual(['1: database call', '1: SQL statement'])
    expect(sqlIn('db.exec(`BEGIN`)')).toEqual(['1: database call', '1: SQL statement'])
    expect(sqlIn(`const q = "DELETE FROM search_ids WHERE rowid = ?"`)).toEqual(['1: SQL statement'])
    expect(sqlIn(`const rows = await pool.query(\`SELECT id FROM projects\`)`)).toEqual(['1: SQL statement'])
    expect(sqlIn(`const m = /^(\\d+)$/.exec(text)\nconst lang = c.req.query('lang')\nconst s = 'Select a file to import'`)).toEqual([])
    expect(sqlIn(`// SELECT rowid FROM search_ids is what the store runs`)).toEqual([])
  })

  it('lets stores, their helpers, the db module and migrations hold SQL, and nothing else', () => {
    expect(['src/staff/sqlite-admin-store.ts', 'src/catalogue/store-stats.ts', 'src/db/migrate.ts', 'src/app-pg-migrations.ts'].every(mayWriteSql)).toBe(true)
    expect(['src/search/lexical-index.ts', 'src/main.ts', 'src/staff/web/pages-report.tsx'].some(mayWriteSql)).toBe(false)
  })
})
