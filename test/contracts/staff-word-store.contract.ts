/**
 * The behaviour every {@link StaffWordStore} must have; run against SQLite by
 * test/staff-word-store-sqlite.test.ts (on a clock that stands still, so two adds share their moment) and
 * PostgreSQL by test/staff-word-store-postgres.test.ts.
 */
import { describe, expect, it } from 'vitest'
import type { StaffWordStore } from '../../src/staff/staff-word-store.js'

/** Registers the contract tests for one implementation. */
export function describeStaffWordStoreContract(makeStore: () => Promise<{ store: StaffWordStore; close: () => Promise<void> }>): void {
  describe('staff word store contract', () => {
    it('keeps added words in order with their author, and removes one by id', async () => {
      const { store, close } = await makeStore()
      try {
        const a = await store.add({ say: ['挖掘机'], means: ['工程机械'], addedBy: 'web:alice' })
        await store.add({ say: ['开叉车'], means: ['叉车', '物流'], addedBy: 'web:bob' })
        expect((await store.list()).map((w) => [w.say, w.means, w.addedBy])).toEqual([
          [['挖掘机'], ['工程机械'], 'web:alice'],
          [['开叉车'], ['叉车', '物流'], 'web:bob'],
        ])
        expect(await store.remove(a.id)).toBe(true)
        expect(await store.remove(a.id)).toBe(false)
        expect((await store.list()).map((w) => w.say[0])).toEqual(['开叉车'])
      } finally {
        await close()
      }
    })

    it('gives each of two identical words added at the same moment the id of its own row', async () => {
      const { store, close } = await makeStore()
      try {
        const word = { say: ['挖掘机'], means: ['工程机械'], addedBy: 'web:alice' }
        const added = await Promise.all([store.add(word), store.add(word)])
        const listed = await store.list()
        expect(added.map((w) => w.id).sort((a, b) => a - b)).toEqual(listed.map((w) => w.id))
        expect(new Set(added.map((w) => w.id)).size).toBe(2)
        expect(await store.remove(added[0].id)).toBe(true)
        expect((await store.list()).map((w) => w.id)).toEqual([added[1].id])
      } finally {
        await close()
      }
    })
  })
}
