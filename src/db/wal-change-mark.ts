/**
 * @module db/wal-change-mark
 * A cheap way to notice that a SQLite file in WAL mode may have changed, by
 * this connection or another process, without a read transaction.
 *
 * Every commit in WAL mode rewrites the WAL-index header at the start of the
 * `-shm` file (its frame count, salts and checksums; see SQLite's
 * walformat.html, "The WAL-Index Header"). SQLite itself compares that
 * header to decide whether its page cache is still good. Reading the header's
 * 96 bytes (both copies) with one `pread` costs about 2 µs; a read
 * transaction, which a search otherwise pays only to learn that nothing
 * changed, costs 30-50 µs in a running search (locks on the `-shm` file,
 * cold caches). When the two copies differ (a writer is half-way through) the
 * mark is `undefined`, which callers treat as "may have changed".
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs'
import type { Database } from 'better-sqlite3'

/** What {@link openWalChangeMark} returns: read the current mark, and close the file when done. */
export interface WalChangeMark {
  /**
   * The WAL-index header as a string: equal to an earlier reading only if no transaction has committed in
   * between. `undefined` when it cannot tell (a header being written, or a short read).
   */
  read(): string | undefined
  /** Closes the `-shm` file; `read` then always answers `undefined`. */
  close(): void
}

const HEADER_BYTES = 48
const IS_INIT_OFFSET = 12

/**
 * Opens the change mark of `db`'s file, or returns null when there is none to read: an in-memory or temporary
 * database, a journal mode other than WAL, exclusive locking (the WAL index then lives in heap memory), or no
 * `-shm` file yet.
 */
export function openWalChangeMark(db: Database): WalChangeMark | null {
  if (db.memory || !db.name) return null
  if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return null
  if (String(db.pragma('locking_mode', { simple: true })).toLowerCase() !== 'normal') return null
  const shm = `${db.name}-shm`
  if (!existsSync(shm)) return null
  let fd: number | null
  try {
    fd = openSync(shm, 'r')
  } catch {
    return null
  }
  const buf = Buffer.alloc(2 * HEADER_BYTES)
  return {
    read() {
      if (fd === null) return undefined
      let n: number
      try {
        n = readSync(fd, buf, 0, buf.length, 0)
      } catch {
        return undefined
      }
      if (n < buf.length || buf[IS_INIT_OFFSET] !== 1) return undefined
      if (buf.compare(buf, HEADER_BYTES, 2 * HEADER_BYTES, 0, HEADER_BYTES) !== 0) return undefined
      return buf.toString('latin1', 0, HEADER_BYTES)
    },
    close() {
      if (fd !== null) closeSync(fd)
      fd = null
    },
  }
}
