/**
 * @module staff/turn-log-store
 * The contract for what learners ask, kept so staff can see demand and gaps
 * (`/report`, `learnfinder report`): append-only rows under a salted hash of
 * the user id (HMAC, key outside the database), purged after the retention period, removed per user on
 * /forget. Async, so a shared PostgreSQL implementation can follow the
 * SQLite one (sqlite-turn-log-store.ts) without changing callers.
 */
import type { Slots } from '../query/types.js'
import type { SchemaGroups } from '../db/schema.js'

/** One logged turn, as the report reads it. */
export interface LoggedTurn {
  at: string
  channel: string
  userHash: string
  text: string
  slots: Slots | null
  projectIds: string[]
  matched: boolean
  /** Set on feedback rows (👍/👎 presses). */
  feedback: { projectId: string; value: 'up' | 'down' } | null
  /** 'voice' when the learner spoke (the text is the transcript; audio is never stored). */
  via: 'voice' | null
}

/** What the logger needs from one turn; the engine's onTurn hook supplies it. */
export interface TurnInput {
  channel: string
  userId: string
  text: string
  slots?: Slots | null
  projectIds: string[]
  matched: boolean
  feedback?: { projectId: string; value: 'up' | 'down' } | null
  via?: 'voice'
}

/** Append-only turn log with retention, per-user deletion and reading for reports. */
export interface TurnLogStore {
  /** The keyed hash a user's rows are stored under (never the id itself). */
  hashUser(channel: string, userId: string): string
  /** Records one turn. */
  record(turn: TurnInput): Promise<void>
  /** Deletes every row of one user; returns how many. */
  forget(channel: string, userId: string): Promise<number>
  /** Deletes rows older than the retention period; returns how many. */
  purge(): Promise<number>
  /**
   * Turns since a moment, oldest first, including every turn this store was
   * asked to `record` before the call, awaited or not: the log is written
   * fire-and-forget after a learner's reply, and the report a staff member
   * opens next must show the question just asked.
   */
  since(from: Date): Promise<LoggedTurn[]>
}

/** The columns a turn-log row is inserted with, in this order, by every store (SQL text beside each store). */
export const TURN_COLUMNS = 'at, channel, user_hash, text, slots, project_ids, matched, feedback_project, feedback_value, via'

/**
 * The values of one turn-log row in {@link TURN_COLUMNS} order, so the SQLite
 * and PostgreSQL stores write the same row; `matched` stays a boolean (SQLite
 * stores it as 0/1, its store converts).
 */
export function turnRowValues(turn: TurnInput, at: Date, userHash: string): [string, string, string, string, string | null, string, boolean, string | null, string | null, string | null] {
  return [
    at.toISOString(), turn.channel, userHash, turn.text, turn.slots ? JSON.stringify(turn.slots) : null,
    JSON.stringify(turn.projectIds), turn.matched, turn.feedback?.projectId ?? null, turn.feedback?.value ?? null, turn.via ?? null,
  ]
}

/** The query log's tables, written once for SQLite and PostgreSQL (db/schema) */
export const TURN_LOG_SCHEMA: SchemaGroups = [
  [
    (t) => `CREATE TABLE turns (id ${t.serialKey}, at TEXT NOT NULL, channel TEXT NOT NULL,
       user_hash TEXT NOT NULL, text TEXT NOT NULL, slots ${t.json}, project_ids ${t.json} NOT NULL,
       matched ${t.bool} NOT NULL, feedback_project TEXT, feedback_value TEXT)`,
    () => 'CREATE INDEX turns_at ON turns (at)',
    () => 'CREATE INDEX turns_user ON turns (user_hash)',
    () => 'CREATE TABLE staff_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
  ],
  [() => 'ALTER TABLE turns ADD COLUMN via TEXT'],
]
