/**
 * @module staff/sqlite-staff-word-store
 * {@link StaffWordStore} over the shared SQLite database; writes go through
 * {@link SqliteWrites} (the writer thread in `serve`).
 */
import type { Database } from 'better-sqlite3'
import { migrate } from '../db/migrate.js'
import { directWrites, insertOne, writeOne, type SqliteWrites } from '../db/sqlite-writer.js'
import type { StaffWord, StaffWordStore } from './staff-word-store.js'
import { sqliteSteps } from '../db/schema.js'
import { STAFF_WORD_SCHEMA } from './staff-word-store.js'

interface Row {
  id: number
  say: string
  means: string
  added_by: string
  added_at: string
}

const toWord = (r: Row): StaffWord => ({
  id: r.id, say: JSON.parse(r.say) as string[], means: JSON.parse(r.means) as string[], addedBy: r.added_by, addedAt: r.added_at,
})

/** Staff-added related words in SQLite. */
export class SqliteStaffWordStore implements StaffWordStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
    private readonly writes: SqliteWrites = directWrites(db),
  ) {
    migrate(db, 'staff-words', sqliteSteps(STAFF_WORD_SCHEMA))
  }

  async add(e: { say: string[]; means: string[]; addedBy: string }): Promise<StaffWord> {
    const at = this.now().toISOString()
    const id = await insertOne(this.writes, 'INSERT INTO staff_related_words (say, means, added_by, added_at) VALUES (?, ?, ?, ?)',
      JSON.stringify(e.say), JSON.stringify(e.means), e.addedBy, at)
    return { id, say: e.say, means: e.means, addedBy: e.addedBy, addedAt: at }
  }

  async remove(id: number): Promise<boolean> {
    const removed = await writeOne(this.writes, 'DELETE FROM staff_related_words WHERE id = ?', id)
    return removed > 0
  }

  async list(): Promise<StaffWord[]> {
    return this.db.prepare<[], Row>('SELECT * FROM staff_related_words ORDER BY id').all().map(toWord)
  }
}
