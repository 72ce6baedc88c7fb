/**
 * @module catalogue/import-lock
 * One import at a time per database. A second `learnfinder import` while one
 * runs used to wait for SQLite's lock and die with a stack trace ("database
 * is locked"); large imports also stage their search index beside the live
 * one, which two imports must not share. The lock is a file beside the
 * database holding the owner's host and pid, so a crashed import's lock is
 * recognised as stale and taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { UserError } from '../errors.js'

/** Thrown when another live process is importing into the same database. */
export class ImportRunningError extends UserError {}

interface LockOwner {
  host: string
  pid: number
  since: string
}

function readOwner(path: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner
  } catch {
    return null
  }
}

function alive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true // another machine: cannot tell, assume it runs
  try {
    process.kill(owner.pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}

/**
 * Takes the import lock of the database at `dbPath` (none for ':memory:'),
 * or throws {@link ImportRunningError} naming the running import. Returns
 * the release function. Re-entrant within one process is not needed: an
 * import never starts another.
 */
export function takeImportLock(dbPath: string): () => void {
  if (!dbPath || dbPath === ':memory:') return () => {}
  const path = `${dbPath}.import-lock`
  const me: LockOwner = { host: hostname(), pid: process.pid, since: new Date().toISOString() }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600)
      writeSync(fd, JSON.stringify(me))
      closeSync(fd)
      return () => {
        if (readOwner(path)?.pid === me.pid) rmSync(path, { force: true })
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const owner = readOwner(path)
      if (owner && alive(owner) && owner.pid !== process.pid) {
        throw new ImportRunningError(
          `another import into this database is running (process ${owner.pid}, started ${owner.since}); ` +
            'nothing was changed: run this import again when that one has finished',
          [],
          { key: 'catalogue.import_running', vars: { pid: owner.pid, since: owner.since } },
        )
      }
      rmSync(path, { force: true }) // stale: its process is gone
    }
  }
  throw new ImportRunningError('could not take the import lock; nothing was changed: try again', [], { key: 'catalogue.import_lock_failed', vars: {} })
}
