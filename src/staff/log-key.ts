/**
 * @module staff/log-key
 * The key of the keyed hash (HMAC-SHA256) that stands for a person's id in
 * the turn log and in refused-attempt audit rows. It must NOT live in the
 * database: with the salt stored beside the hashes, anyone holding a copy of
 * the database could hash every plausible id (Telegram ids are short numbers)
 * and re-identify learners in seconds. So it comes from LOG_SALT, else from a
 * key file generated beside the database, readable by its owner only (0600).
 * A copy of the database alone (a backup, an export) then reveals no ids;
 * someone with the key file as well can still test guesses, so keep the two
 * apart (docs/privacy.md).
 */
import { createHmac, randomBytes } from 'node:crypto'
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs'

/** Hashes (channel, user id) with the log key; the same person gets the same hash. */
export type IdHasher = (channel: string, userId: string) => string

/** Where the generated key lives for the database at `dbPath`. */
export function logKeyPath(dbPath: string): string {
  return `${dbPath}.log-key`
}

/**
 * The log key: LOG_SALT when set, else the key file beside the database
 * (created with 0600 on first use; its permissions are tightened if loose),
 * else, for an in-memory database, a key that lives as long as the process.
 */
export function loadLogKey(dbPath: string, logSalt?: string): string {
  if (logSalt) return logSalt
  if (!dbPath || dbPath === ':memory:') return randomBytes(32).toString('hex')
  const path = logKeyPath(dbPath)
  try {
    const key = readFileSync(path, 'utf8').trim()
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600)
    if (key) return key
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  const key = randomBytes(32).toString('hex')
  writeFileSync(path, `${key}\n`, { mode: 0o600, flag: 'wx' })
  return key
}

/** The keyed hash of a person's id under `key`. */
export function idHasher(key: string): IdHasher {
  return (channel, userId) => createHmac('sha256', key).update(`${channel}\u0000${userId}`).digest('hex').slice(0, 32)
}
