/**
 * @module staff/pg-staff-word-store
 * The {@link StaffWordStore} in PostgreSQL, shared by every worker: a word a
 * staff member adds in one worker's console is kept for all of them (each
 * worker reads the list when it starts).
 */
import type { PgModuleMigrations } from '../db/pg-migrate.js'
import type { PgPool } from '../db/postgres.js'
import type { StaffWord, StaffWordStore } from './staff-word-store.js'
import { pgSteps } from '../db/schema.js'
import { STAFF_WORD_SCHEMA } from './staff-word-store.js'

/** The 'staff-words' module's PostgreSQL steps, applied by `learnfinder migrate`. */
export const PG_STAFF_WORD_MIGRATIONS: PgModuleMigrations = pgSteps('staff-words', STAFF_WORD_SCHEMA)

/** Staff-added related words in the shared PostgreSQL database (migrated beforehand). */
export class PgStaffWordStore implements StaffWordStore {
  constructor(
    private readonly pool: PgPool,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async add(e: { say: string[]; means: string[]; addedBy: string }): Promise<StaffWord> {
    const at = this.now().toISOString()
    const res = await this.pool.query<{ id: string }>(
      'INSERT INTO staff_related_words (say, means, added_by, added_at) VALUES ($1, $2, $3, $4) RETURNING id',
      [JSON.stringify(e.say), JSON.stringify(e.means), e.addedBy, at],
    )
    return { id: Number(res.rows[0].id), say: e.say, means: e.means, addedBy: e.addedBy, addedAt: at }
  }

  async remove(id: number): Promise<boolean> {
    const res = await this.pool.query('DELETE FROM staff_related_words WHERE id = $1', [id])
    return (res.rowCount ?? 0) > 0
  }

  async list(): Promise<StaffWord[]> {
    const res = await this.pool.query<{ id: string; say: string[]; means: string[]; added_by: string; added_at: string }>(
      'SELECT * FROM staff_related_words ORDER BY id',
    )
    return res.rows.map((r) => ({ id: Number(r.id), say: r.say, means: r.means, addedBy: r.added_by, addedAt: r.added_at }))
  }
}
