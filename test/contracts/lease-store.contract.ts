/**
 * The behaviour every {@link LeaseStore} must have; run against SQLite by
 * test/lease-store-sqlite.test.ts and PostgreSQL by test/lease-store-postgres.test.ts.
 * The store is given a clock the test moves, so expiry needs no waiting.
 */
import { describe, expect, it } from 'vitest'
import type { LeaseStore } from '../../src/db/lease-store.js'

/** Makes a store on an empty database, reading time from `now`. */
export type MakeLeaseStore = (opts: { now: () => Date }) => Promise<{ store: LeaseStore; close: () => Promise<void> }>

/** Registers the contract tests for one implementation. */
export function describeLeaseStoreContract(makeStore: MakeLeaseStore): void {
  const withStore = async (fn: (store: LeaseStore, clock: { advance(ms: number): void }) => Promise<void>) => {
    let t = Date.parse('2026-11-30T08:00:00Z')
    const { store, close } = await makeStore({ now: () => new Date(t) })
    try {
      await fn(store, { advance: (ms) => void (t += ms) })
    } finally {
      await close()
    }
  }

  describe('lease store contract', () => {
    it('gives a free lease to the first asker and refuses others while it runs', () =>
      withStore(async (store, clock) => {
        expect(await store.holder('wechat')).toBeUndefined()
        expect(await store.acquire('wechat', 'w1', 30_000)).toBe(true)
        expect(await store.acquire('wechat', 'w2', 30_000)).toBe(false)
        clock.advance(29_999)
        expect(await store.acquire('wechat', 'w2', 30_000)).toBe(false)
        expect(await store.holder('wechat')).toBe('w1')
        // Leases are independent by name.
        expect(await store.acquire('notifier', 'w2', 30_000)).toBe(true)
        expect(await store.holder('notifier')).toBe('w2')
      }))

    it('lets the holder renew or re-acquire, pushing the expiry on from now', () =>
      withStore(async (store, clock) => {
        await store.acquire('purge', 'w1', 10_000)
        clock.advance(8_000)
        expect(await store.renew('purge', 'w1', 10_000)).toBe(true)
        clock.advance(8_000)
        expect(await store.acquire('purge', 'w2', 10_000)).toBe(false)
        expect(await store.acquire('purge', 'w1', 10_000)).toBe(true)
        clock.advance(9_000)
        expect(await store.holder('purge')).toBe('w1')
        expect(await store.renew('purge', 'w2', 10_000)).toBe(false)
      }))

    it('hands an expired lease to the next asker, after which the old holder can no longer renew it', () =>
      withStore(async (store, clock) => {
        await store.acquire('wechat', 'dead', 5_000)
        clock.advance(5_000)
        expect(await store.holder('wechat')).toBeUndefined()
        expect(await store.renew('wechat', 'dead', 5_000)).toBe(false)
        expect(await store.acquire('wechat', 'alive', 5_000)).toBe(true)
        expect(await store.holder('wechat')).toBe('alive')
        expect(await store.renew('wechat', 'dead', 5_000)).toBe(false)
        expect(await store.release('wechat', 'dead')).toBe(false)
        expect(await store.holder('wechat')).toBe('alive')
      }))

    it('releases only the holder\'s lease, freeing it at once for the next asker', () =>
      withStore(async (store) => {
        await store.acquire('notifier', 'w1', 60_000)
        expect(await store.release('notifier', 'w2')).toBe(false)
        expect(await store.holder('notifier')).toBe('w1')
        expect(await store.release('notifier', 'w1')).toBe(true)
        expect(await store.holder('notifier')).toBeUndefined()
        expect(await store.acquire('notifier', 'w2', 60_000)).toBe(true)
        expect(await store.renew('notifier', 'w1', 60_000)).toBe(false)
      }))

    it('lets exactly one of many simultaneous askers win a free lease', () =>
      withStore(async (store) => {
        const askers = Array.from({ length: 12 }, (_, i) => `w${i}`)
        const won = await Promise.all(askers.map((h) => store.acquire('wechat', h, 30_000)))
        expect(won.filter(Boolean)).toHaveLength(1)
        expect(await store.holder('wechat')).toBe(askers[won.indexOf(true)])
      }))

    it('refuses a malformed name or lease time', () =>
      withStore(async (store) => {
        await expect(store.acquire('WeChat Login', 'w1', 1000)).rejects.toThrow(/lease name/)
        await expect(store.acquire('wechat', 'w1', 0)).rejects.toThrow(/lease time/)
      }))
  })
}
