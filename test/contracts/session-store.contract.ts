/**
 * The behaviour every SessionStore must have (SQLite today, PostgreSQL
 * later): run it with `describeSessionStoreContract(makeStore)`. The store
 * is built with the contract's clock, so idle expiry is tested without waiting.
 */
import { describe, expect, it } from 'vitest'
import { newSession, type SessionState } from '../../src/dialogue/session.js'
import type { SessionStore, SessionStoreOptions } from '../../src/dialogue/session-store.js'

/** A fresh, empty store on the given idle time and clock, and how to close it. */
export type MakeSessionStore = (opts: SessionStoreOptions) => Promise<{ store: SessionStore; close: () => Promise<void> }>

/** Registers the contract's tests against the stores `makeStore` builds. */
export function describeSessionStoreContract(makeStore: MakeSessionStore): void {
  let clock = new Date('2026-11-01T08:00:00Z')
  const tick = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000))
  const withStore = (test: (store: SessionStore) => Promise<void>) => async () => {
    clock = new Date('2026-11-01T08:00:00Z')
    const { store, close } = await makeStore({ idleMinutes: 30, now: () => clock })
    try {
      await test(store)
    } finally {
      await close()
    }
  }
  const state = (over: Partial<SessionState> = {}): SessionState => ({ ...newSession('zh'), ...over })

  describe('the SessionStore contract', () => {
    it('gives back what was saved, per channel and chat', withStore(async (store) => {
      const a = state({ shown: ['P1', 'P2'], seen: ['P1', 'P2'], results: ['P1', 'P2', 'P3'], relaxed: ['region'] })
      await store.save('telegram', 'c1', 'u1', a)
      await store.save('wechat', 'c1', 'u1', state({ lang: 'en' }))
      expect(await store.load('telegram', 'c1')).toEqual(a)
      expect((await store.load('wechat', 'c1'))!.lang).toBe('en')
      expect(await store.load('telegram', 'c2')).toBeNull()
    }))

    it('replaces a chat’s session on a second save', withStore(async (store) => {
      await store.save('telegram', 'c1', 'u1', state({ shown: ['P1'] }))
      await store.save('telegram', 'c1', 'u2', state({ shown: ['P9'] }))
      expect((await store.load('telegram', 'c1'))!.shown).toEqual(['P9'])
    }))

    it('treats a session idle longer than the idle time as gone, and purges it', withStore(async (store) => {
      await store.save('telegram', 'old', 'u1', state())
      tick(20)
      await store.save('telegram', 'recent', 'u2', state())
      tick(15)
      expect(await store.purgeIdle()).toBe(1)
      expect(await store.load('telegram', 'old')).toBeNull()
      expect(await store.load('telegram', 'recent')).not.toBeNull()
      tick(31)
      expect(await store.load('telegram', 'recent')).toBeNull()
    }))

    it('removes one chat, or everything a user is in on one channel', withStore(async (store) => {
      await store.save('telegram', 'u1', 'u1', state())
      await store.save('telegram', 'group', 'u1', state())
      await store.save('telegram', 'u2', 'u2', state())
      await store.save('wechat', 'u1', 'u1', state())
      await store.remove('telegram', 'u2')
      expect(await store.load('telegram', 'u2')).toBeNull()
      await store.forgetUser('telegram', 'u1')
      expect(await store.load('telegram', 'u1')).toBeNull()
      expect(await store.load('telegram', 'group')).toBeNull()
      expect(await store.load('wechat', 'u1')).not.toBeNull()
    }))

    it('runs one chat’s turns one at a time, and another chat’s alongside', withStore(async (store) => {
      await expectOneTurnAtATime(store, store)
    }))
  })
}

/**
 * Checks that `a` and `b` (one store, or two workers' stores on one database)
 * never run two turns of one chat at once, yet run another chat's turn while
 * one chat's turn waits on a slow answer.
 */
export async function expectOneTurnAtATime(a: SessionStore, b: SessionStore): Promise<void> {
  const events: string[] = []
  let release!: () => void
  const slow = new Promise<void>((r) => (release = r))
  let firstStarted!: () => void
  const started = new Promise<void>((r) => (firstStarted = r))
  const first = a.exclusive('telegram', 'c1', async () => {
    events.push('first start')
    firstStarted()
    await slow
    events.push('first end')
    return 1
  })
  await started
  const second = b.exclusive('telegram', 'c1', async () => {
    events.push('second start')
    return 2
  })
  try {
    expect(await b.exclusive('telegram', 'c2', async () => 'other chat')).toBe('other chat')
    expect(await a.exclusive('wechat', 'c1', async () => 'same id, other channel')).toBe('same id, other channel')
    expect(events).toEqual(['first start'])
  } finally {
    release()
  }
  expect(await Promise.all([first, second])).toEqual([1, 2])
  expect(events).toEqual(['first start', 'first end', 'second start'])
  await expect(a.exclusive('telegram', 'c1', async () => { throw new Error('turn failed') })).rejects.toThrow('turn failed')
  expect(await b.exclusive('telegram', 'c1', async () => 'after a failure')).toBe('after a failure')
}
