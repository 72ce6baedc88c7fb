/**
 * The behaviour every {@link ExpiringStateStore} must have (SQLite and
 * PostgreSQL): JSON values by namespace and key, replaced on put,
 * absent once expired, deleted one by one or all expired at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExpiringStateStore } from '../../src/channels/shared/expiring-state-store.js'
import type { Project } from '../../src/catalogue/project.js'

// A checked upload as the Telegram upload feature keeps it (folded in from the former PendingUploadStore contract).
const project: Project = {
  id: 'CH-1', title: '人工智能入门', provider: '某大学', summary: '简介', topics: ['ai'], audiences: ['elderly'],
  format: 'online', region: null, fee: 0, duration: null, start_date: null, end_date: null, enroll: null,
  contact: null, url: null, title_en: null, summary_en: null, tags: ['AI'], status: 'active', extra: { 备注: '周末' },
}

/** Runs the contract against the stores `makeStore` builds (a fresh, empty one each test). */
export function describeExpiringStateStoreContract(
  makeStore: () => Promise<{ store: ExpiringStateStore; close: () => Promise<void> }>,
): void {
  describe('ExpiringStateStore contract', () => {
    let store: ExpiringStateStore
    let close: () => Promise<void>
    beforeEach(async () => ({ store, close } = await makeStore()))
    afterEach(async () => close())

    it('gives back a JSON value until it expires, and nothing after', async () => {
      const value = { userId: '42', fileName: '目录.csv', projects: [{ id: 'A1', title: '课程' }] }
      await store.put('upload', 'k1', value, 1000)
      expect(await store.get('upload', 'k1', 999)).toEqual(value)
      expect(await store.get('upload', 'k1', 1000)).toBeUndefined()
    })

    it('keeps namespaces apart and replaces a value put again under the same key', async () => {
      await store.put('lang', '42', 'en', 1000)
      await store.put('button', '42', '我想学电工', 1000)
      await store.put('lang', '42', 'zh', 2000)
      expect(await store.get('lang', '42', 1500)).toBe('zh')
      expect(await store.get('button', '42', 500)).toBe('我想学电工')
      expect(await store.get('lang', '43', 0)).toBeUndefined()
    })

    it('keeps a checked upload, rows and all, and lets exactly one of two callers take it away', async () => {
      const upload = { userId: '1', fileName: '新增项目.csv', projects: [project], at: 500 }
      await store.put('telegram.upload', 'k1', upload, 1000)
      expect(await store.get('telegram.upload', 'k1', 600)).toEqual(upload)
      const taken = await Promise.all([store.delete('telegram.upload', 'k1'), store.delete('telegram.upload', 'k1')])
      expect(taken.filter(Boolean)).toHaveLength(1)
      expect(await store.get('telegram.upload', 'k1', 600)).toBeUndefined()
    })

    it('deletes one entry, and all expired entries at once', async () => {
      await store.put('lang', 'a', 'en', 100)
      await store.put('lang', 'b', 'en', 300)
      await store.put('lang', 'c', 'en', 300)
      expect(await store.delete('lang', 'c')).toBe(true)
      expect(await store.delete('lang', 'c')).toBe(false)
      expect(await store.purgeExpired(200)).toBe(1)
      expect(await store.get('lang', 'b', 200)).toBe('en')
    })
  })
}
