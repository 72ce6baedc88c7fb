/**
 * @module staff/turn-log-store
 * The contract for what learners ask, kept so staff can see demand and gaps
 * (`/report`, `learnfinder report`): append-only rows under a salted hash of
 * the user id (HMAC, key outside the database), purged after the retention period, removed per user on
 * /forget. Async, so a shared PostgreSQL implementation can follow the
 * SQLite one (sqlite-turn-log-store.ts) without changing callers.
 */
import type { Slots } from '../query/types.js'

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
  /** Turns since a moment, oldest first. */
  since(from: Date): Promise<LoggedTurn[]>
}
