/**
 * The behaviour every AdminStore must have (SQLite today, PostgreSQL later):
 * run it with `describeAdminStoreContract(makeStore)`.
 */
import { describe, expect, it } from 'vitest'
import type { AdminStore } from '../../src/staff/admin-store.js'

/** A fresh, empty store and how to close it. */
export type MakeAdminStore = (opts?: { now?: () => Date }) => Promise<{ store: AdminStore; close: () => Promise<void> }>

/** Registers the contract's tests against the stores `makeStore` builds. */
export function describeAdminStoreContract(makeStore: MakeAdminStore): void {
  const withStore = (test: (store: AdminStore) => Promise<void>) => async () => {
    const { store, close } = await makeStore()
    try {
      await test(store)
    } finally {
      await close()
    }
  }

  describe('the AdminStore contract', () => {
    it('forgets one person’s audit rows on one channel only, and says how many', withStore(async (store) => {
      await store.record({ channel: 'telegram', userId: '7', action: 'kb', detail: '/kb', allowed: false })
      await store.record({ channel: 'telegram', userId: '7', action: 'upload', detail: 'a.csv', allowed: false })
      await store.record({ channel: 'wechat', userId: '7', action: 'kb', detail: '/kb', allowed: false })
      await store.record({ channel: 'telegram', userId: '8', action: 'kb', detail: '/kb', allowed: true })
      expect(await store.forgetUser('telegram', '7')).toBe(2)
      expect((await store.actions()).map((r) => `${r.channel}:${r.userId}`)).toEqual(['telegram:8', 'wechat:7'])
    }))

    it('purges audit rows older than the retention period only', async () => {
      let clock = new Date('2026-01-01T00:00:00Z')
      const { store, close } = await makeStore({ now: () => clock })
      try {
        await store.record({ channel: 'telegram', userId: '1', action: 'kb', detail: 'old', allowed: true })
        clock = new Date('2026-03-01T00:00:00Z')
        await store.record({ channel: 'telegram', userId: '1', action: 'kb', detail: 'new', allowed: true })
        expect(await store.purge(30)).toBe(1)
        expect((await store.actions()).map((r) => r.detail)).toEqual(['new'])
        expect(await store.purge(30)).toBe(0)
      } finally {
        await close()
      }
    })

    it('lists an added admin on its channel only, once however often added', withStore(async (store) => {
      expect(await store.isListed('telegram', '42')).toBe(false)
      await store.add('telegram', '42', 'root')
      await store.add('telegram', '42', 'someone-else')
      expect(await store.isListed('telegram', '42')).toBe(true)
      expect(await store.isListed('wechat', '42')).toBe(false)
      const list = await store.list()
      expect(list).toHaveLength(1)
      expect(list[0]).toMatchObject({ channel: 'telegram', userId: '42', addedBy: 'root' })
      expect(Date.parse(list[0].addedAt)).not.toBeNaN()
    }))

    it('lists admins by channel, then user id', withStore(async (store) => {
      await store.add('wechat', 'b', 'root')
      await store.add('telegram', '9', 'root')
      await store.add('wechat', 'a', 'root')
      expect((await store.list()).map((a) => `${a.channel}:${a.userId}`)).toEqual(['telegram:9', 'wechat:a', 'wechat:b'])
    }))

    it('removes an admin, and says when there was none to remove', withStore(async (store) => {
      await store.add('wechat', 'wxid_a', 'root')
      expect(await store.remove('wechat', 'wxid_a')).toBe(true)
      expect(await store.remove('wechat', 'wxid_a')).toBe(false)
      expect(await store.isListed('wechat', 'wxid_a')).toBe(false)
      expect(await store.list()).toEqual([])
    }))

    it('keeps the audit log newest first, allowed and refused alike', withStore(async (store) => {
      await store.record({ channel: 'telegram', userId: '1', action: 'kb', detail: '/kb', allowed: true })
      await store.record({ channel: 'http', userId: 'boss', action: 'kb_archive', detail: '/kb_archive X', allowed: false })
      const rows = await store.actions()
      expect(rows.map((r) => [r.channel, r.userId, r.action, r.detail, r.allowed])).toEqual([
        ['http', 'boss', 'kb_archive', '/kb_archive X', false],
        ['telegram', '1', 'kb', '/kb', true],
      ])
      expect(Date.parse(rows[0].at)).not.toBeNaN()
      expect(await store.actions(1)).toHaveLength(1)
    }))
  })
}
