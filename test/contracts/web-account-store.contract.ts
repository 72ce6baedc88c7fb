/**
 * The behaviour every {@link WebAccountStore} must have; run against SQLite by
 * test/web-account-store-sqlite.test.ts, reusable for another database.
 */
import { describe, expect, it } from 'vitest'
import type { WebAccountStore, WebRole } from '../../src/staff/web-account-store.js'

/** Registers the contract tests for one implementation. */
export function describeWebAccountStoreContract(makeStore: () => Promise<{ store: WebAccountStore; close: () => Promise<void> }>): void {
  const withStore = async (fn: (store: WebAccountStore) => Promise<void>) => {
    const { store, close } = await makeStore()
    try {
      await fn(store)
    } finally {
      await close()
    }
  }

  describe('web account store contract', () => {
    it('adds accounts, lists them by name without hashes, and counts them', () =>
      withStore(async (store) => {
        expect(await store.count()).toBe(0)
        await store.add({ name: '王老师', role: 'viewer', passwordHash: 'h1', createdBy: 'cli' })
        await store.add({ name: 'alice', role: 'editor', passwordHash: 'h2', createdBy: 'cli' })
        const list = await store.list()
        expect(list.map((a) => [a.name, a.role])).toEqual([['alice', 'editor'], ['王老师', 'viewer']])
        expect(list.every((a) => !('passwordHash' in a))).toBe(true)
        expect(await store.count()).toBe(2)
        expect((await store.get('alice'))?.passwordHash).toBe('h2')
      }))

    it('refuses a taken name, a name with spaces and an unknown role, keeping the first account', () =>
      withStore(async (store) => {
        await store.add({ name: 'alice', role: 'editor', passwordHash: 'h1', createdBy: 'cli' })
        await expect(store.add({ name: 'alice', role: 'viewer', passwordHash: 'h2', createdBy: 'cli' })).rejects.toThrow(/already/)
        await expect(store.add({ name: 'a b', role: 'viewer', passwordHash: 'h2', createdBy: 'cli' })).rejects.toThrow(/cannot be an account name/)
        await expect(store.add({ name: 'bob', role: 'owner' as WebRole, passwordHash: 'h3', createdBy: 'cli' })).rejects.toThrow(/unknown role "owner"/)
        expect(await store.get('bob')).toBeUndefined()
        expect((await store.get('alice'))?.role).toBe('editor')
      }))

    it('changes a password and removes an account, saying false for unknown names', () =>
      withStore(async (store) => {
        await store.add({ name: 'bob', role: 'viewer', passwordHash: 'old', createdBy: 'cli' })
        expect(await store.setPassword('bob', 'new')).toBe(true)
        expect((await store.get('bob'))?.passwordHash).toBe('new')
        expect(await store.setPassword('nobody', 'x')).toBe(false)
        expect(await store.remove('bob')).toBe(true)
        expect(await store.remove('bob')).toBe(false)
        expect(await store.get('bob')).toBeUndefined()
      }))

    it('keeps one signing secret across calls', () =>
      withStore(async (store) => {
        const first = await store.secret()
        expect(first.length).toBeGreaterThanOrEqual(32)
        expect(await store.secret()).toBe(first)
      }))
  })
}
