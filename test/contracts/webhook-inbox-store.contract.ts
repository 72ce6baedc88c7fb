/**
 * The behaviour every {@link WebhookInboxStore} must have (SQLite and
 * PostgreSQL): durable add with dedupe, leases that exclude other
 * workers until they expire, completion, release and retention.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Update } from 'grammy/types'
import type { WebhookInboxStore } from '../../src/channels/telegram/webhook-inbox-store.js'

const update = (id: number, text = `hello ${id}`): Update =>
  ({ update_id: id, message: { message_id: id, date: 0, chat: { id: 9, type: 'private' }, text } }) as unknown as Update

const inChat = (id: number, chat: number): Update =>
  ({ update_id: id, message: { message_id: id, date: 0, chat: { id: chat, type: 'private' }, text: `hi ${id}` } }) as unknown as Update

/** Runs the contract against the stores `makeStore` builds (a fresh, empty one each test). */
export function describeWebhookInboxStoreContract(
  makeStore: () => Promise<{ store: WebhookInboxStore; close: () => Promise<void> }>,
): void {
  describe('WebhookInboxStore contract', () => {
    let store: WebhookInboxStore
    let close: () => Promise<void>
    beforeEach(async () => ({ store, close } = await makeStore()))
    afterEach(async () => close())

    it('takes an update once and calls a second offer of the same id a duplicate', async () => {
      expect(await store.add(update(1), 100)).toBe('added')
      expect(await store.add(update(1, 'changed'), 101)).toBe('duplicate')
      const [claimed] = await store.claim('w1', 200, 1000, 10)
      expect(claimed.update).toEqual(update(1))
    })

    it('still calls an id a duplicate after it was handled', async () => {
      await store.add(update(5), 100)
      await store.claim('w1', 100, 1000, 10)
      expect(await store.complete('w1', 5, 150)).toBe(true)
      expect(await store.add(update(5), 200)).toBe('duplicate')
      expect(await store.claim('w1', 300, 1000, 10)).toEqual([])
      expect(await store.counts()).toEqual({ pending: 0, handled: 1 })
    })

    it('leases the oldest updates first, up to the limit, and hides them from other workers until the lease ends', async () => {
      for (const id of [12, 10, 11]) await store.add(update(id), 100)
      const first = await store.claim('w1', 100, 1000, 2)
      expect(first.map((c) => c.updateId)).toEqual([10, 11])
      expect(first[0].leaseUntil).toBe(1100)
      expect((await store.claim('w2', 500, 1000, 10)).map((c) => c.updateId)).toEqual([12])
      expect(await store.claim('w2', 1099, 1000, 10)).toEqual([])
      expect((await store.claim('w2', 1100, 1000, 10)).map((c) => c.updateId)).toEqual([10, 11])
    })

    it('lets only the current lease holder complete or renew an update', async () => {
      await store.add(update(20), 0)
      await store.claim('w1', 0, 100, 10)
      await store.claim('w2', 100, 100, 10)
      expect(await store.renew('w1', [20], 150, 100)).toBe(0)
      expect(await store.complete('w1', 20, 150)).toBe(false)
      expect(await store.renew('w2', [20], 150, 100)).toBe(1)
      expect(await store.claim('w3', 220, 100, 10)).toEqual([])
      expect(await store.complete('w2', 20, 230)).toBe(true)
    })

    it('names the workers holding live leases and gives a dead worker\'s updates back at once', async () => {
      await store.add(update(30), 0)
      await store.add(update(31), 0)
      await store.claim('dead', 0, 60_000, 1)
      await store.claim('alive', 0, 60_000, 1)
      expect((await store.holders(10)).sort()).toEqual(['alive', 'dead'])
      expect(await store.release('dead')).toBe(1)
      expect(await store.holders(10)).toEqual(['alive'])
      expect((await store.claim('new', 10, 60_000, 10)).map((c) => c.updateId)).toEqual([30])
    })

    it('in chat order, leaves a chat to the worker holding one of its updates until that lease ends', async () => {
      for (const [id, chat] of [[1, 7], [2, 8], [3, 7], [4, 8]]) await store.add(inChat(id, chat), 0)
      const order = { chatOrder: true }
      expect((await store.claim('w1', 0, 100, 1, order)).map((c) => c.updateId)).toEqual([1])
      expect((await store.claim('w2', 10, 100, 10, order)).map((c) => c.updateId)).toEqual([2, 4])
      expect((await store.claim('w1', 20, 100, 10, order)).map((c) => c.updateId)).toEqual([3])
      expect(await store.complete('w2', 2, 30)).toBe(true)
      expect(await store.complete('w2', 4, 30)).toBe(true)
      expect(await store.claim('w3', 40, 100, 10, order)).toEqual([])
      // w1 died: once its leases run out, another worker takes the chat's updates, oldest first.
      expect((await store.claim('w3', 120, 100, 10, order)).map((c) => c.updateId)).toEqual([1, 3])
    })

    it('in chat order, still hands out updates that belong to no chat', async () => {
      await store.add(inChat(50, 7), 0)
      await store.add({ update_id: 51, poll: { id: 'p', question: 'q', options: [] } } as unknown as Update, 0)
      await store.claim('w1', 0, 100, 1, { chatOrder: true })
      expect((await store.claim('w2', 0, 100, 10, { chatOrder: true })).map((c) => c.updateId)).toEqual([51])
    })

    it('forgets handled ids older than the retention, never pending updates', async () => {
      await store.add(update(40), 0)
      await store.add(update(41), 0)
      await store.add(update(42), 0)
      await store.claim('w', 0, 10, 2)
      await store.complete('w', 40, 10)
      await store.complete('w', 41, 500)
      expect(await store.prune(100)).toBe(1)
      expect(await store.counts()).toEqual({ pending: 1, handled: 1 })
      expect(await store.add(update(40), 600)).toBe('added')
    })
  })
}
