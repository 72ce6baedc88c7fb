/**
 * @module db/sqlite-writer
 * The bot's own small writes (a learner's session, a query-log row, a lease
 * renewal) used to run on its event loop with a 5 s busy timeout: while
 * another process (`learnfinder import`, `rollback`) committed a large
 * import, each of them held the whole bot for up to the length of that
 * commit (1.4–3.5 s measured) and learners waited. Here they go to one
 * writer thread with its own connection to the same file: it waits for the
 * write lock (and retries, never giving up on a busy database) while the
 * bot keeps answering. Writes commit in the order they were handed over.
 * The SQLite stores take a {@link SqliteWrites}; on a database in memory (or
 * in tests) {@link directWrites} runs them on the caller's connection as before.
 * The same file is the writer thread's entry (it serves when started as it).
 */
import { parentPort, type Worker } from 'node:worker_threads'
import type { Database, Statement } from 'better-sqlite3'
import { openDatabase } from './open-database.js'
import { startWorker, workerJob } from './worker-thread.js'

const KIND = 'learnfinder-sqlite-writer'

/** One statement and its parameters (SQLite values only: they cross a thread). */
export interface WriteStatement {
  sql: string
  params: (string | number | bigint | null | Uint8Array)[]
}

/**
 * What one statement did, as SQLite reports it: the rows it changed, and the rowid of the last row inserted on
 * the connection that ran it (an INSERT's new row; only meaningful after an INSERT), so a store learns its new
 * row's id from the write itself, in either write mode.
 */
export interface WriteResult {
  changes: number
  lastInsertRowid: number
}

/** Where a SQLite store sends its writes: this thread's connection, or the writer thread. */
export interface SqliteWrites {
  /** Runs the statements in order, all or nothing; resolves with what each one did once committed. */
  run(statements: WriteStatement[]): Promise<WriteResult[]>
  /** Resolves once every write handed over before the call is committed (or has failed). */
  settle(): Promise<void>
  /** Starts the thread now (not on the first write) and resolves once its connection is open: `serve` waits for it before answering. */
  ready(): Promise<void>
  /** Settles, then stops the thread (a later write starts it again). */
  close(): Promise<void>
}

/** One statement through `writes`, the shape most store writes take: resolves with its changed-row count once committed. */
export async function writeOne(writes: SqliteWrites, sql: string, ...params: WriteStatement['params']): Promise<number> {
  const [result] = await writes.run([{ sql, params }])
  return result.changes
}

/** One INSERT through `writes`: resolves with the new row's id once committed. */
export async function insertOne(writes: SqliteWrites, sql: string, ...params: WriteStatement['params']): Promise<number> {
  const [result] = await writes.run([{ sql, params }])
  return result.lastInsertRowid
}

/** Runs writes on `db` itself, at once (the store's old behaviour; for databases no other thread can open). */
export function directWrites(db: Database): SqliteWrites {
  const run = statementRunner(db)
  return {
    run: async (statements) => run(statements),
    settle: async () => {},
    ready: async () => {},
    close: async () => {},
  }
}

/**
 * Writes in a background thread on its own connection to the file at
 * `dbPath`; started on the first write, so commands that never write start
 * no thread. While idle the thread does not keep the process alive; while a
 * write waits it does. A busy database is retried until the write commits;
 * any other failure rejects that write's promise.
 */
export function writerThread(dbPath: string): SqliteWrites {
  let worker: Worker | undefined
  let exited: Promise<void> = Promise.resolve()
  let nextId = 0
  const waiting = new Map<number, { resolve: (results: WriteResult[]) => void; reject: (err: Error) => void }>()
  let last: Promise<unknown> = Promise.resolve()
  let opened: Promise<void> = Promise.resolve()

  const start = (): Worker => {
    const w = startWorker(import.meta.url, KIND, { dbPath })
    let isOpen!: () => void
    opened = new Promise((resolve) => (isOpen = resolve))
    const failAll = (err: Error) => {
      for (const p of waiting.values()) p.reject(err)
      waiting.clear()
      if (worker === w) worker = undefined
    }
    w.on('message', (m: Answer | { ready: true }) => {
      if ('ready' in m) return isOpen()
      const p = waiting.get(m.id)
      waiting.delete(m.id)
      if ('error' in m) p?.reject(new Error(m.error))
      else p?.resolve(m.results)
      if (!waiting.size) w.unref()
    })
    w.on('error', failAll)
    exited = new Promise((resolve) => w.once('exit', (code) => {
      failAll(new Error(`the database writer thread stopped (exit ${code})`))
      isOpen()
      resolve()
    }))
    return w
  }

  const settle = () => last.then(() => undefined)
  return {
    run(statements) {
      const w = (worker ??= start())
      w.ref()
      const id = ++nextId
      const done = new Promise<WriteResult[]>((resolve, reject) => waiting.set(id, { resolve, reject }))
      w.postMessage({ id, statements } satisfies Job)
      last = done.catch(() => undefined)
      return done
    },
    settle,
    async ready() {
      const w = (worker ??= start())
      w.ref() // the wait itself must keep the process alive
      await opened
      if (!waiting.size) w.unref()
    },
    async close() {
      await settle()
      const w = worker
      if (!w) return
      worker = undefined
      w.ref() // until it has closed its connection and exited
      w.postMessage({ close: true } satisfies Job)
      await exited
    },
  }
}

type Job = { id: number; statements: WriteStatement[] } | { close: true }
type Answer = { id: number; results: WriteResult[] } | { id: number; error: string }

/** Runs statements in one transaction on `db`, preparing each SQL text once. */
function statementRunner(db: Database, begin: 'deferred' | 'immediate' = 'deferred'): (statements: WriteStatement[]) => WriteResult[] {
  const prepared = new Map<string, Statement>()
  const prepare = (sql: string) => {
    let s = prepared.get(sql)
    if (!s) prepared.set(sql, (s = db.prepare(sql)))
    return s
  }
  const tx = db.transaction((statements: WriteStatement[]) => statements.map((s): WriteResult => {
    const { changes, lastInsertRowid } = prepare(s.sql).run(...s.params)
    return { changes, lastInsertRowid: Number(lastInsertRowid) }
  }))
  return (statements) => tx[begin](statements)
}

/** True for SQLite's "database is locked" family (SQLITE_BUSY and its extended codes). */
function isBusy(err: unknown): boolean {
  return typeof (err as { code?: unknown })?.code === 'string' && (err as { code: string }).code.startsWith('SQLITE_BUSY')
}

/** Blocks this (writer) thread for `ms`: waiting here costs no learner anything. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** In the writer thread: commits each job in order, retrying while another process holds the write lock. */
function serveWrites(dbPath: string): void {
  const port = parentPort!
  const db = openDatabase(dbPath)
  // The write lock is taken at BEGIN, so a busy database is seen before any statement runs.
  const run = statementRunner(db, 'immediate')
  port.postMessage({ ready: true })
  port.on('message', (job: Job) => {
    if ('close' in job) {
      db.close()
      port.close()
      return
    }
    for (let attempt = 0; ; attempt++) {
      try {
        port.postMessage({ id: job.id, results: run(job.statements) } satisfies Answer)
        return
      } catch (err) {
        if (isBusy(err)) {
          pause(Math.min(500, 10 * 2 ** attempt))
          continue
        }
        port.postMessage({ id: job.id, error: (err as Error)?.message ?? String(err) } satisfies Answer)
        return
      }
    }
  })
}

const job = workerJob<{ dbPath: string }>(KIND)
if (job) serveWrites(job.dbPath)
