/**
 * @module staff/web/auth
 * The console's sign-in pieces, kept apart from the pages so they can be
 * tested and reviewed on their own: signed, expiring session cookies (HMAC
 * over the account name, its password version and an expiry, so changing a
 * password or removing the account signs its sessions out), CSRF tokens
 * bound to the session (or, before sign-in, to a random pre-session cookie),
 * and sign-in attempt limits per address and per account.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** How long a sign-in lasts. */
export const SESSION_MS = 8 * 3600_000

/** What a valid session cookie says. */
export interface SessionClaims {
  name: string
  /** A short digest of the password hash: a new password ends old sessions. */
  pv: string
  /** Random per sign-in; the CSRF token is bound to it. */
  nonce: string
  /** Expiry, ms since the epoch. */
  exp: number
}

const mac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('base64url')

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** The digest of a password hash that goes into the cookie. */
export function passwordVersion(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 12)
}

/** A fresh session's claims. */
export function newSession(name: string, passwordHash: string, now = Date.now()): SessionClaims {
  return { name, pv: passwordVersion(passwordHash), nonce: randomBytes(12).toString('base64url'), exp: now + SESSION_MS }
}

/** The cookie value: base64url(JSON).signature. */
export function signSession(secret: string, claims: SessionClaims): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${mac(secret, 'session:' + body)}`
}

/** The claims of a cookie that is signed by `secret` and not expired; null otherwise. */
export function readSession(secret: string, cookie: string | undefined, now = Date.now()): SessionClaims | null {
  if (!cookie) return null
  const [body, sig] = cookie.split('.')
  if (!body || !sig || !sameText(sig, mac(secret, 'session:' + body))) return null
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SessionClaims
    if (typeof claims.name !== 'string' || typeof claims.exp !== 'number' || claims.exp <= now) return null
    return claims
  } catch {
    return null
  }
}

/** The CSRF token of a session nonce (or of the pre-session cookie before sign-in). */
export function csrfToken(secret: string, binding: string): string {
  return mac(secret, 'csrf:' + binding)
}

/** True when `token` is the CSRF token of `binding`. */
export function checkCsrf(secret: string, binding: string | undefined, token: string | undefined): boolean {
  return !!binding && !!token && sameText(token, csrfToken(secret, binding))
}

/** A random value for the pre-session cookie. */
export function newPreSession(): string {
  return randomBytes(12).toString('base64url')
}

/**
 * Counts sign-in attempts in a sliding window; `hit` says how many seconds
 * to wait when the key is over its limit (0 when the attempt may go ahead).
 */
export function createAttemptLimiter(options: { limit: number; windowMs: number; now?: () => number }) {
  const now = options.now ?? Date.now
  const attempts = new Map<string, number[]>()
  return {
    hit(key: string): number {
      const t = now()
      const recent = (attempts.get(key) ?? []).filter((at) => t - at < options.windowMs)
      if (recent.length >= options.limit) {
        attempts.set(key, recent)
        return Math.max(1, Math.ceil((recent[0] + options.windowMs - t) / 1000))
      }
      recent.push(t)
      attempts.set(key, recent)
      if (attempts.size > 10_000) for (const k of [...attempts.keys()].slice(0, 5000)) attempts.delete(k)
      return 0
    },
  }
}

/** A sign-in attempt limiter per address and per account name. */
export type AttemptLimiter = ReturnType<typeof createAttemptLimiter>
