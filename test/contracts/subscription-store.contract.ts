/**
 * The behaviour every SubscriptionStore must have (SQLite today, PostgreSQL
 * later): run it with `describeSubscriptionStoreContract(makeStore)`.
 */
import { describe, expect, it } from 'vitest'
import type { SubscriptionRequest, SubscriptionStore } from '../../src/staff/subscription-store.js'

/** A fresh, empty store and how to close it. */
export type MakeSubscriptionStore = () => Promise<{ store: SubscriptionStore; close: () => Promise<void> }>

const request = (over: Partial<SubscriptionRequest> = {}): SubscriptionRequest => ({
  channel: 'telegram', userId: '1', chatId: '1', topics: ['ai'], audiences: [], region: null, lang: 'zh', ...over,
})

/** Registers the contract's tests against the stores `makeStore` builds. */
export function describeSubscriptionStoreContract(makeStore: MakeSubscriptionStore): void {
  const withStore = (test: (store: SubscriptionStore) => Promise<void>) => async () => {
    const { store, close } = await makeStore()
    try {
      await test(store)
    } finally {
      await close()
    }
  }

  describe('the SubscriptionStore contract', () => {
    it('creates a subscription and merges a second request into it', withStore(async (store) => {
      const first = await store.subscribe(request())
      expect(first).toMatchObject({ channel: 'telegram', userId: '1', chatId: '1', topics: ['ai'], audiences: [], region: null, lang: 'zh', lastNotifiedAt: null })
      expect(Date.parse(first.createdAt)).not.toBeNaN()
      const merged = await store.subscribe(request({ chatId: 'group-9', topics: ['ai', 'language'], audiences: ['elderly'], region: '浙江省', lang: 'en' }))
      expect(merged).toMatchObject({ chatId: 'group-9', topics: ['ai', 'language'], audiences: ['elderly'], region: '浙江省', lang: 'en' })
      expect(await store.get('telegram', '1')).toEqual(merged)
      expect(await store.all()).toEqual([merged])
    }))

    it('keeps one subscription per user and channel', withStore(async (store) => {
      await store.subscribe(request())
      await store.subscribe(request({ channel: 'wechat', userId: '1', chatId: '1' }))
      await store.subscribe(request({ userId: '2', chatId: '2' }))
      expect((await store.all()).map((s) => `${s.channel}:${s.userId}`).sort()).toEqual(['telegram:1', 'telegram:2', 'wechat:1'])
      expect(await store.get('wechat', '2')).toBeUndefined()
    }))

    it('forgets a subscription and what it was told on unsubscribe, once', withStore(async (store) => {
      await store.subscribe(request())
      await store.markSent('telegram', '1', ['P1'])
      expect(await store.unsubscribe('telegram', '1')).toBe(true)
      expect(await store.unsubscribe('telegram', '1')).toBe(false)
      expect(await store.get('telegram', '1')).toBeUndefined()
      expect(await store.wasSent('telegram', '1', 'P1')).toBe(false)
    }))

    it('remembers which projects a user was told about and when', withStore(async (store) => {
      await store.subscribe(request())
      expect(await store.wasSent('telegram', '1', 'P1')).toBe(false)
      await store.markSent('telegram', '1', ['P1', 'P2'])
      await store.markSent('telegram', '1', ['P2'])
      expect(await store.wasSent('telegram', '1', 'P1')).toBe(true)
      expect(await store.wasSent('telegram', '1', 'P2')).toBe(true)
      expect(await store.wasSent('telegram', '2', 'P1')).toBe(false)
      expect((await store.get('telegram', '1'))!.lastNotifiedAt).not.toBeNull()
    }))

    it('takes a baseline of known projects first, then dates the ones seen later', withStore(async (store) => {
      const baseline = await store.syncKnown(['A', 'B'])
      expect(baseline.get('A')).toBe(new Date(0).toISOString())
      const later = await store.syncKnown(['A', 'B', 'C'])
      expect(later.get('A')).toBe(baseline.get('A'))
      expect(later.get('C')! > later.get('A')!).toBe(true)
      expect([...later.keys()].sort()).toEqual(['A', 'B', 'C'])
    }))
  })
}
