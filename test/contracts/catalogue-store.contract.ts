/**
 * The behaviour every CatalogueStore must have (SQLite today, PostgreSQL
 * later): run it with `describeCatalogueStoreContract(makeStore)`.
 */
import { describe, expect, it } from 'vitest'
import type { CatalogueStore } from '../../src/catalogue/catalogue-store.js'
import type { Project } from '../../src/catalogue/project.js'

/** A fresh, empty store and how to close it. */
export type MakeCatalogueStore = () => Promise<{ store: CatalogueStore; close: () => Promise<void> }>

function project(id: string, over: Partial<Project> = {}): Project {
  return {
    id, title: `项目 ${id}`, provider: '某大学', summary: '简介', topics: ['ai'], audiences: ['elderly'],
    format: 'offline', region: '浙江省 杭州市', fee: 0, duration: null, start_date: null, end_date: null,
    enroll: null, contact: null, url: null, title_en: null, summary_en: null, tags: [], status: 'active', extra: {},
    ...over,
  }
}

const FIRST = [
  project('A1'),
  project('A2', { topics: ['energy-power'], audiences: ['migrant-workers'], format: 'online', region: '全国' }),
  project('A3', { status: 'archived' }),
]
const ids = (ps: Project[]) => ps.map((p) => p.id)

/** Registers the contract's tests against the stores `makeStore` builds. */
export function describeCatalogueStoreContract(makeStore: MakeCatalogueStore): void {
  const withStore = (test: (store: CatalogueStore) => Promise<void>) => async () => {
    const { store, close } = await makeStore()
    try {
      await test(store)
    } finally {
      await close()
    }
  }

  describe('the CatalogueStore contract', () => {
    it('starts empty at version 0', withStore(async (store) => {
      expect(await store.version()).toBe(0)
      expect(await store.count()).toEqual({ active: 0, archived: 0 })
      expect(await store.list({ status: 'all' })).toEqual([])
      expect(await store.history()).toEqual([])
    }))

    it('plans without writing, then imports everything and bumps the version', withStore(async (store) => {
      expect(await store.planImport(FIRST)).toEqual({ added: ['A1', 'A2'], updated: [], unchanged: [], archived: ['A3'] })
      expect(await store.count()).toEqual({ active: 0, archived: 0 })
      const rec = await store.applyImport(FIRST, { who: 'ann', files: ['a.csv'] })
      expect(rec).toMatchObject({ kind: 'import', who: 'ann', files: ['a.csv'], added: 2, archived: 1, version: 1 })
      expect(await store.version()).toBe(1)
      expect(await store.get('A2')).toEqual(FIRST[1])
      expect(await store.get('NOPE')).toBeUndefined()
      expect(await store.planImport(FIRST)).toMatchObject({ unchanged: ['A1', 'A2', 'A3'] })
    }))

    it('lists active projects by default, in id order, filtered by topic and audience', withStore(async (store) => {
      await store.applyImport([...FIRST].reverse(), { who: 'ann', files: [] })
      expect(ids(await store.list())).toEqual(['A1', 'A2'])
      expect(ids(await store.list({ status: 'archived' }))).toEqual(['A3'])
      expect(ids(await store.list({ status: 'all', audience: 'elderly' }))).toEqual(['A1', 'A3'])
      expect(ids(await store.list({ topic: 'energy-power' }))).toEqual(['A2'])
      expect(await store.count()).toEqual({ active: 2, archived: 1 })
      expect(await store.stats()).toMatchObject({ active: 2, archived: 1, byFormat: { offline: 1, online: 1 } })
    }))

    it('refuses a file with a repeated id and writes none of it', withStore(async (store) => {
      await expect(store.applyImport([FIRST[0], FIRST[0]], { who: 'ann', files: [] })).rejects.toThrow(/more than once: A1/)
      await expect(store.planImport([FIRST[0], FIRST[0]])).rejects.toThrow(/more than once/)
      expect(await store.count()).toEqual({ active: 0, archived: 0 })
      expect(await store.version()).toBe(0)
    }))

    it('archives one project as a recorded write, and refuses an unknown id', withStore(async (store) => {
      await store.applyImport(FIRST, { who: 'ann', files: [] })
      expect((await store.archive('A1', 'bob')).status).toBe('archived')
      expect((await store.get('A1'))?.status).toBe('archived')
      expect((await store.history(1))[0]).toMatchObject({ kind: 'archive', who: 'bob', archived: 1, version: 2 })
      await expect(store.archive('NOPE', 'bob')).rejects.toThrow(/no project with id "NOPE"/)
    }))

    it('rolls back the last import, then the one before, then says there is none', withStore(async (store) => {
      await store.applyImport(FIRST, { who: 'ann', files: ['a.csv'] })
      await store.applyImport([{ ...FIRST[0], title: '改过的' }, project('B1')], { who: 'bob', files: ['b.csv'] })
      expect(await store.rollbackLast('carl')).toMatchObject({ kind: 'rollback', undoes: 2, removed: 1, updated: 1 })
      expect(await store.get('A1')).toEqual(FIRST[0])
      expect(await store.get('B1')).toBeUndefined()
      await store.rollbackLast('carl')
      expect(await store.count()).toEqual({ active: 0, archived: 0 })
      await expect(store.rollbackLast('carl')).rejects.toThrow(/no import to undo/)
      expect((await store.history()).map((h) => [h.kind, h.rolledBackBy !== null])).toEqual([
        ['rollback', false], ['rollback', false], ['import', true], ['import', true],
      ])
      expect(await store.version()).toBe(4)
    }))
  })
}
