/**
 * @module staff/staff-word-store
 * Everyday words staff add from the console ("学开挖掘机" found nothing → 挖掘机
 * means 工程机械): kept in the database, beside knowledge/related-words.yaml,
 * so the package's file is never rewritten by a running server and every
 * addition has an author and a time. Search reads the file's entries plus
 * these. An async contract, so a PostgreSQL store can follow.
 */
import type { SchemaGroups } from '../db/schema.js'

/** One staff addition to the related-words table. */
export interface StaffWord {
  id: number
  say: string[]
  means: string[]
  addedBy: string
  addedAt: string
}

/** The store contract for staff-added related words. */
export interface StaffWordStore {
  /** Adds an entry (already validated by the caller). */
  add(entry: { say: string[]; means: string[]; addedBy: string }): Promise<StaffWord>
  /** Removes one; false when there was none. */
  remove(id: number): Promise<boolean>
  /** Every entry, oldest first. */
  list(): Promise<StaffWord[]>
}

/** The staff words' table, written once for SQLite and PostgreSQL (db/schema) */
export const STAFF_WORD_SCHEMA: SchemaGroups = [
  [
    (t) => `CREATE TABLE staff_related_words (id ${t.serialKey}, say ${t.json} NOT NULL, means ${t.json} NOT NULL,
       added_by TEXT NOT NULL, added_at TEXT NOT NULL)`,
  ],
]
