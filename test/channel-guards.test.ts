import { describe, expect, it } from 'vitest'
import { createRateLimiter, createSeenSet, isTooLong } from '../src/channels/shared/guards.js'

describe('channel guards', () => {
  it('allows 20 messages a minute, warns once on the 21st, then drops until the window moves on', () => {
    const rate = createRateLimiter({ limit: 20, windowMs: 60_000 })
    const t0 = 1_000_000
    const decisions = Array.from({ length: 23 }, (_, i) => rate.hit('u', t0 + i))
    expect(decisions.filter((d) => d === 'ok')).toHaveLength(20)
    expect(decisions.slice(20)).toEqual(['warn', 'drop', 'drop'])
    expect(rate.hit('other', t0 + 30)).toBe('ok')
    expect(rate.hit('u', t0 + 60_001)).toBe('ok')
  })

  it('forgets a user on reset', () => {
    const rate = createRateLimiter({ limit: 1 })
    rate.hit('u', 0)
    expect(rate.hit('u', 1)).toBe('warn')
    rate.reset('u')
    expect(rate.hit('u', 2)).toBe('ok')
  })

  it('counts characters, not UTF-16 units, against the 1000 limit', () => {
    expect(isTooLong('😀'.repeat(1000))).toBe(false)
    expect(isTooLong('学'.repeat(1001))).toBe(true)
  })

  it('remembers a bounded number of update ids', () => {
    const seen = createSeenSet(2)
    expect([seen.add(1), seen.add(1), seen.add(2), seen.add(3), seen.add(1)]).toEqual([true, false, true, true, true])
  })
})
