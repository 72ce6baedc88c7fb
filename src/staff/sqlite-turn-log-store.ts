/**
 * @module staff/sqlite-turn-log-store
 * The {@link TurnLogStore} in SQLite: every turn's channel, a keyed hash
 * (HMAC, key outside the database: LOG_SALT or the key file, see
 * staff/log-key) of the user id (never the id itself), the text, the
 * understood slots, the projects shown, whether anything matched, and feedback.
 * Rows are written through the store's {@link SqliteWrites} (the writer
 * thread in `serve`), so logging a turn never holds the bot while another
 * process holds SQLite's write lock; `record` resolves once the row is committed.
 * Until then the turn is kept in memory and `since` returns it beside the
 * committed rows, so a report read right after a learner's question shows it
 * without waiting for another process's lock to be released.
 */
import { randomBytes } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { migrate } from '../db/migrate.js'
import { directWrites, writeOne, type SqliteWrites } from '../db/sqlite-writer.js'
import type { Slots } from '../query/types.js'
import { TURN_LOG_SCHEMA, TURN_COLUMNS, turnRowValues, type LoggedTurn, type TurnInput, type TurnLogStore } from './turn-log-store.js'
import { idHasher, type IdHasher } from './log-key.js'
import { sqliteSteps } from '../db/schema.js'

export type { LoggedTurn, TurnInput, TurnLogStore } from './turn-log-store.js'

/** Append-only turn log over the shared SQLite database (runs the 'staff-turns' migrations). */
export class SqliteTurnLogStore implements TurnLogStore {
  private readonly hash: IdHasher

  constructor(
    private readonly db: Database,
    /** `salt`: the HMAC key, never stored in the database (see staff/log-key); default a key for this process only. */
    options: { salt?: string; retentionDays?: number; now?: () => Date } = {},
    /** Where rows are written: default on `db` at once; `serve` passes the writer thread. */
    private readonly writes: SqliteWrites = directWrites(db),
  ) {
    migrate(db, 'staff-turns', sqliteSteps(TURN_LOG_SCHEMA))
    this.hash = idHasher(options.salt ?? randomBytes(32).toString('hex'))
    // Older versions kept the salt here, beside the hashes, which made them reversible: it goes.
    this.db.prepare("DELETE FROM staff_meta WHERE key = 'log_salt'").run()
    this.now = options.now ?? (() => new Date())
    this.retentionDays = options.retentionDays ?? 180
  }

  private readonly now: () => Date
  private readonly retentionDays: number
  /** Turns handed to the writer and not yet committed, oldest first (read-your-writes for `since`). */
  private readonly pending: LoggedTurn[] = []

  /** The keyed hash (HMAC) a user's rows are stored under. */
  hashUser(channel: string, userId: string): string {
    return this.hash(channel, userId)
  }

  /** Records one turn. */
  async record(turn: TurnInput): Promise<void> {
    const [at, channel, hash, text, slots, ids, matched, ...rest] = turnRowValues(turn, this.now(), this.hashUser(turn.channel, turn.userId))
    // SQLite has no boolean: matched is stored as 0/1.
    const stored = matched ? 1 : 0
    const [feedbackProject, feedbackValue, via] = rest
    // Read back as the row will be once committed, so `since` can tell the two apart.
    const waiting = rowToTurn({ at, channel, user_hash: hash, text, slots, project_ids: ids, matched: stored, feedback_project: feedbackProject, feedback_value: feedbackValue, via })
    this.pending.push(waiting)
    try {
      await writeOne(this.writes, `INSERT INTO turns (${TURN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, at, channel, hash, text, slots, ids, stored, ...rest)
    } finally {
      this.pending.splice(this.pending.indexOf(waiting), 1)
    }
  }

  /** Deletes every row of one user; returns how many. */
  async forget(channel: string, userId: string): Promise<number> {
    const hash = this.hashUser(channel, userId)
    const n = await writeOne(this.writes, 'DELETE FROM turns WHERE user_hash = ?', hash) // queued after that user's pending inserts
    return n
  }

  /** Deletes rows older than the retention period; returns how many. */
  async purge(): Promise<number> {
    const cutoff = new Date(this.now().getTime() - this.retentionDays * 86_400_000).toISOString()
    const n = await writeOne(this.writes, 'DELETE FROM turns WHERE at < ?', cutoff)
    return n
  }

  /**
   * Turns since a moment, oldest first: the committed rows, then the turns
   * still waiting for the writer (a row the writer committed after it was
   * handed over but before its promise ran is in both: counted once).
   */
  async since(from: Date): Promise<LoggedTurn[]> {
    const rows = this.db
      .prepare('SELECT * FROM turns WHERE at >= ? ORDER BY id')
      .all(from.toISOString()) as Record<string, string | number | null>[]
    const turns = rows.map(rowToTurn)
    const committed = new Map<string, number>()
    for (const t of turns) {
      const key = turnKey(t)
      committed.set(key, (committed.get(key) ?? 0) + 1)
    }
    const cutoff = from.toISOString()
    for (const t of this.pending) {
      if (t.at < cutoff) continue
      const key = turnKey(t)
      const n = committed.get(key) ?? 0
      if (n > 0) committed.set(key, n - 1)
      else turns.push(t)
    }
    return turns
  }
}

/** One stored row as the report reads it. */
function rowToTurn(r: Record<string, string | number | null>): LoggedTurn {
  return {
    at: String(r.at),
    channel: String(r.channel),
    userHash: String(r.user_hash),
    text: String(r.text),
    slots: r.slots ? (JSON.parse(String(r.slots)) as Slots) : null,
    projectIds: JSON.parse(String(r.project_ids)) as string[],
    matched: r.matched === 1,
    feedback: r.feedback_project
      ? { projectId: String(r.feedback_project), value: r.feedback_value === 'up' ? 'up' : 'down' }
      : null,
    via: r.via === 'voice' ? 'voice' : null,
  }
}

/** What tells one turn from another when a pending turn may already be committed. */
const turnKey = (t: LoggedTurn): string => JSON.stringify([t.at, t.channel, t.userHash, t.text, t.projectIds, t.feedback])
