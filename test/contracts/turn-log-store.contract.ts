/**
 * The behaviour every TurnLogStore must have (SQLite today, PostgreSQL
 * later): run it with `describeTurnLogStoreContract(makeStore)`. The store is
 * built with the contract's clock and a 30-day retention.
 */
import { describe, expect, it } from 'vitest'
import type { TurnInput, TurnLogStore } from '../../src/staff/turn-log-store.js'

/** A fresh, empty store on the given clock and retention, and how to close it. */
export type MakeTurnLogStore = (opts: { now: () => Date; retentionDays: number; salt: string }) => Promise<{ store: TurnLogStore; close: () => Promise<void> }>

const turn = (over: Partial<TurnInput> = {}): TurnInput => ({ channel: 'telegram', userId: '42', text: '我想学人工智能', projectIds: ['P1'], matched: true, ...over })

/** Registers the contract's tests against the stores `makeStore` builds. */
export function describeTurnLogStoreContract(makeStore: MakeTurnLogStore): void {
  let clock = new Date('2026-11-01T08:00:00Z')
  const withStore = (test: (store: TurnLogStore) => Promise<void>) => async () => {
    clock = new Date('2026-11-01T08:00:00Z')
    const { store, close } = await makeStore({ now: () => clock, retentionDays: 30, salt: 'contract-salt' })
    try {
      await test(store)
    } finally {
      await close()
    }
  }

  describe('the TurnLogStore contract', () => {
    it('gives turns back oldest first, under a hash of the user and never the id', withStore(async (store) => {
      await store.record(turn({ slots: null }))
      clock = new Date('2026-11-01T09:00:00Z')
      await store.record(turn({ channel: 'wechat', userId: 'wxid_a', text: '学开挖掘机', projectIds: [], matched: false }))
      await store.record(turn({ text: '👍 P1', feedback: { projectId: 'P1', value: 'up' } }))
      const rows = await store.since(new Date(0))
      expect(rows.map((r) => [r.channel, r.text, r.projectIds, r.matched, r.feedback])).toEqual([
        ['telegram', '我想学人工智能', ['P1'], true, null],
        ['wechat', '学开挖掘机', [], false, null],
        ['telegram', '👍 P1', ['P1'], true, { projectId: 'P1', value: 'up' }],
      ])
      expect(rows[0].userHash).toBe(store.hashUser('telegram', '42'))
      expect(rows[0].userHash).not.toContain('42')
      expect(store.hashUser('telegram', '42')).not.toBe(store.hashUser('wechat', '42'))
      expect((await store.since(new Date('2026-11-01T08:30:00Z'))).map((r) => r.text)).toEqual(['学开挖掘机', '👍 P1'])
    }))

    it('reads back a turn whose record was not awaited, as the report right after a learner’s question does', withStore(async (store) => {
      const logging = store.record(turn({ text: '学开挖掘机', projectIds: [], matched: false }))
      expect((await store.since(new Date(0))).map((r) => r.text)).toEqual(['学开挖掘机'])
      await logging
    }))

    it('forgets one user’s turns on one channel', withStore(async (store) => {
      await store.record(turn())
      await store.record(turn({ channel: 'wechat' }))
      await store.record(turn({ userId: '7' }))
      expect(await store.forget('telegram', '42')).toBe(1)
      expect((await store.since(new Date(0))).map((r) => r.userHash)).toEqual([store.hashUser('wechat', '42'), store.hashUser('telegram', '7')])
    }))

    it('purges turns older than the retention period', withStore(async (store) => {
      await store.record(turn({ text: 'old' }))
      clock = new Date('2026-12-15T08:00:00Z')
      await store.record(turn({ text: 'new' }))
      expect(await store.purge()).toBe(1)
      expect((await store.since(new Date(0))).map((r) => r.text)).toEqual(['new'])
    }))
  })
}
