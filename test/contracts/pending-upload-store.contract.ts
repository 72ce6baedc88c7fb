/**
 * The behaviour every PendingUploadStore must have (SQLite today, PostgreSQL
 * later): run it with `describePendingUploadStoreContract(makeStore)`.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../../src/catalogue/project.js'
import type { PendingUpload, PendingUploadStore } from '../../src/staff/pending-upload-store.js'

/** A fresh, empty store and how to close it. */
export type MakePendingUploadStore = () => Promise<{ store: PendingUploadStore; close: () => Promise<void> }>

const project: Project = {
  id: 'CH-1', title: '人工智能入门', provider: '某大学', summary: '简介', topics: ['ai'], audiences: ['elderly'],
  format: 'online', region: null, fee: 0, duration: null, start_date: null, end_date: null, enroll: null,
  contact: null, url: null, title_en: null, summary_en: null, tags: ['AI'], status: 'active', extra: { 备注: '周末' },
}
const upload = (at: string): PendingUpload => ({ userId: '1', fileName: '新增项目.csv', projects: [project], at })

/** Registers the contract's tests against the stores `makeStore` builds. */
export function describePendingUploadStoreContract(makeStore: MakePendingUploadStore): void {
  const withStore = (test: (store: PendingUploadStore) => Promise<void>) => async () => {
    const { store, close } = await makeStore()
    try {
      await test(store)
    } finally {
      await close()
    }
  }

  describe('the PendingUploadStore contract', () => {
    it('keeps a checked upload, rows and all, under its key', withStore(async (store) => {
      const u = upload('2026-11-01T08:00:00.000Z')
      await store.put('k1', u)
      expect(await store.get('k1')).toEqual(u)
      expect(await store.get('k2')).toBeUndefined()
    }))

    it('lets exactly one caller take an upload away', withStore(async (store) => {
      await store.put('k1', upload('2026-11-01T08:00:00.000Z'))
      expect(await store.remove('k1')).toBe(true)
      expect(await store.remove('k1')).toBe(false)
      expect(await store.get('k1')).toBeUndefined()
    }))

    it('drops uploads checked before a moment', withStore(async (store) => {
      await store.put('old', upload('2026-11-01T08:00:00.000Z'))
      await store.put('new', upload('2026-11-01T09:00:00.000Z'))
      expect(await store.purgeOlderThan(new Date('2026-11-01T08:30:00Z'))).toBe(1)
      expect(await store.get('old')).toBeUndefined()
      expect(await store.get('new')).toBeDefined()
    }))
  })
}
