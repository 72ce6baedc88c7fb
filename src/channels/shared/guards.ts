/**
 * @module channels/shared/guards
 * The limits every channel applies before a message reaches the engine:
 * a maximum length (long pastes get a polite "please shorten") and a per-user
 * rate limit (a flood gets one "slow down" message, never silence).
 */

import { isTooLong, MAX_MESSAGE_CHARS } from '../../limits.js'

/** Re-exported: the limit and its test live in src/limits.ts, shared with the engine. */
export { isTooLong, MAX_MESSAGE_CHARS }

/** What to do with one message under the rate limit. */
export type RateDecision = 'ok' | 'warn' | 'drop'

/** A per-key sliding-window counter. */
export interface RateLimiter {
  /** Records a message from `key`: 'ok' to answer, 'warn' to send the slow-down message once, 'drop' after that. */
  hit(key: string, now?: number): RateDecision
  /** Forgets a key (e.g. after /forget). */
  reset(key: string): void
}

/**
 * Allows `limit` messages per `windowMs` per key. The first message over the
 * limit gets 'warn' (send one slow-down message); further ones in the same
 * window get 'drop', so a flood is not answered with a flood.
 */
export function createRateLimiter(options: { limit?: number; windowMs?: number } = {}): RateLimiter {
  const limit = options.limit ?? 20
  const windowMs = options.windowMs ?? 60_000
  const hits = new Map<string, { times: number[]; warned: boolean }>()
  let sweepAt = 0
  return {
    hit(key, now = Date.now()) {
      if (now > sweepAt) {
        // Bounded memory: drop keys idle for a whole window.
        for (const [k, v] of hits) if (!v.times.length || now - v.times[v.times.length - 1] > windowMs) hits.delete(k)
        sweepAt = now + windowMs
      }
      const entry = hits.get(key) ?? { times: [], warned: false }
      hits.set(key, entry)
      while (entry.times.length && now - entry.times[0] >= windowMs) entry.times.shift()
      if (entry.times.length < limit) {
        entry.times.push(now)
        entry.warned = false
        return 'ok'
      }
      if (entry.warned) return 'drop'
      entry.warned = true
      return 'warn'
    },
    reset(key) {
      hits.delete(key)
    },
  }
}

/** A bounded set of recently seen ids, for answering a re-delivered update once. */
export function createSeenSet(capacity = 10_000): { add(id: string | number): boolean } {
  const seen = new Set<string | number>()
  return {
    /** Returns false when `id` was already seen. */
    add(id) {
      if (seen.has(id)) return false
      seen.add(id)
      if (seen.size > capacity) seen.delete(seen.values().next().value as string | number)
      return true
    },
  }
}
