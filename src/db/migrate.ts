/**
 * @module db/migrate
 * Each part of learnfinder (catalogue, search, sessions, staff…) owns its own
 * tables and lists its own migrations. They are applied in order, once, and
 * recorded per module, so the parts evolve without editing a shared file.
 */
import type { Database } from 'better-sqlite3'

/** One schema step: SQL text or a function for steps SQL alone cannot express. */
export type Migration = string | ((db: Database) => void)

/**
 * Applies the migrations of `module` that this database has not seen yet,
 * each in its own transaction. Safe to call on every start.
 *
 * @example migrate(db, 'catalogue', ['CREATE TABLE projects (...)', 'ALTER TABLE ...'])
 */
export function migrate(db: Database, module: string, migrations: readonly Migration[]): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    module TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL,
    PRIMARY KEY (module, version))`)
  const row = db
    .prepare('SELECT MAX(version) AS v FROM schema_migrations WHERE module = ?')
    .get(module) as { v: number | null }
  const done = row.v ?? 0
  const record = db.prepare(
    'INSERT INTO schema_migrations (module, version, applied_at) VALUES (?, ?, ?)',
  )
  for (let i = done; i < migrations.length; i++) {
    const step = migrations[i]
    db.transaction(() => {
      if (typeof step === 'string') db.exec(step)
      else step(db)
      record.run(module, i + 1, new Date().toISOString())
    })()
  }
}
