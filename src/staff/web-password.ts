/**
 * @module staff/web-password
 * Console passwords hashed with scrypt from node:crypto (no native add-on),
 * stored as `scrypt$N$r$p$salt$hash` so the cost can be raised later while
 * old hashes still verify. Comparison is constant-time.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { staffError } from './staff-error-prompts.js'

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))))

const COST = { N: 16384, r: 8, p: 1 }
const KEY_LEN = 32

/** The shortest password accepted. */
export const MIN_PASSWORD_CHARS = 8

/** Refuses passwords too short or too long to be sensible; returns the password. */
export function checkPassword(password: string): string {
  if ([...password].length < MIN_PASSWORD_CHARS) throw staffError('password_too_short', `the password must be at least ${MIN_PASSWORD_CHARS} characters`, { min: MIN_PASSWORD_CHARS })
  if (password.length > 1024) throw staffError('password_too_long', 'the password is longer than 1024 characters')
  return password
}

/** Hashes a password for storage. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scrypt(password, salt, KEY_LEN, { ...COST, maxmem: 64 * 1024 * 1024 })
  return `scrypt$${COST.N}$${COST.r}$${COST.p}$${salt.toString('base64url')}$${key.toString('base64url')}`
}

/** True when `password` matches a hash made by {@link hashPassword}. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$')
  if (kind !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024,
  })
  return key.length === expected.length && timingSafeEqual(key, expected)
}
