import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteCatalogueStore, type CatalogueHook } from '../src/catalogue/sqlite-catalogue-store.js'
import type { Project } from '../src/catalogue/project.js'
import { readCatalogueFile } from '../src/catalogue/read-catalogue.js'
import { GOOD_CSV, tempDir, testTaxonomy } from './fixtures/catalogue/helpers.js'

const taxonomy = testTaxonomy()
let tmp: ReturnType<typeof tempDir>
let db: Database
let store: SqliteCatalogueStore
let good: Project[]

beforeEach(async () => {
  tmp = tempDir()
  db = openDatabase(tmp.file('c.db'))
  store = new SqliteCatalogueStore(db)
  good = (await readCatalogueFile(GOOD_CSV, { taxonomy })).projects
})
afterEach(() => { db.close(); tmp.cleanup() })

const ids = (ps: Project[]) => ps.map((p) => p.id)

describe('the catalogue store', () => {
  it('plans an import without changing anything', async () => {
    expect(await store.planImport(good)).toEqual({ added: ['LF-0001', 'LF-0002', 'LF-0003'], updated: [], unchanged: [], archived: ['LF-0004'] })
    expect(await store.count()).toEqual({ active: 0, archived: 0 })
    expect(await store.version()).toBe(0)
  })

  it('imports, then sees a second import of the same projects as unchanged', async () => {
    const rec = (await store.applyImport(good, { who: 'ann', files: ['good.csv'] }))
    expect(rec).toMatchObject({ kind: 'import', who: 'ann', files: ['good.csv'], added: 3, archived: 1, version: 1 })
    expect(await store.count()).toEqual({ active: 3, archived: 1 })
    expect(await store.get('LF-0002')).toEqual(good[1])
    expect(await store.planImport(good)).toMatchObject({ unchanged: ['LF-0001', 'LF-0002', 'LF-0003', 'LF-0004'] })
    const again = (await store.applyImport(good, { who: 'ann', files: ['good.csv'] }))
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 4, archived: 0, version: 2 })
  })

  it('updates by id, archives rows marked archived and leaves projects absent from the file alone', async () => {
    await store.applyImport(good, { who: 'ann', files: ['a.csv'] })
    const next = [{ ...good[0], title: '新标题' }, { ...good[1], status: 'archived' as const }]
    expect(await store.planImport(next)).toEqual({ added: [], updated: ['LF-0001'], unchanged: [], archived: ['LF-0002'] })
    await store.applyImport(next, { who: 'bob', files: ['b.csv'] })
    expect((await store.get('LF-0001'))?.title).toBe('新标题')
    expect(ids(await store.list())).toEqual(['LF-0001', 'LF-0003'])
    expect(ids(await store.list({ status: 'archived' }))).toEqual(['LF-0002', 'LF-0004'])
  })

  it('lists by topic and audience and counts stats over active projects', async () => {
    await store.applyImport(good, { who: 'ann', files: [] })
    expect(ids(await store.list({ topic: 'energy-power' }))).toEqual(['LF-0002'])
    expect(ids(await store.list({ audience: 'elderly', status: 'all' }))).toEqual(['LF-0001', 'LF-0004'])
    const s = (await store.stats())
    expect(s).toMatchObject({ active: 3, archived: 1, byFormat: { offline: 1, hybrid: 1, online: 1 } })
    expect(s.byAudience).toEqual({ elderly: 1, 'migrant-workers': 1, 'rural-teachers': 1 })
    expect(s.byRegion).toEqual({ 浙江省: 1, 山东省: 1, 全国: 1 })
  })

  it('archives one project as a recorded write and refuses an unknown id', async () => {
    await store.applyImport(good, { who: 'ann', files: [] })
    const p = (await store.archive('LF-0001', 'bob'))
    expect(p.status).toBe('archived')
    expect((await store.get('LF-0001'))?.status).toBe('archived')
    expect((await store.history(1))[0]).toMatchObject({ kind: 'archive', who: 'bob', archived: 1 })
    await expect(store.archive('NOPE', 'bob')).rejects.toThrow('there is no project with id "NOPE"')
  })

  it('rolls back the last import, then the one before, and says when there is nothing left', async () => {
    await store.applyImport(good, { who: 'ann', files: ['a.csv'] })
    await store.applyImport([{ ...good[0], title: '改过的' }, { ...good[1], id: 'LF-0009' }], { who: 'bob', files: ['b.csv'] })
    const r = (await store.rollbackLast('carl'))
    expect(r).toMatchObject({ kind: 'rollback', undoes: 2, removed: 1, updated: 1 })
    expect(await store.get('LF-0001')).toEqual(good[0])
    expect(await store.get('LF-0009')).toBeUndefined()
    await store.rollbackLast('carl')
    expect(await store.count()).toEqual({ active: 0, archived: 0 })
    await expect(store.rollbackLast('carl')).rejects.toThrow('there is no import to undo')
    expect((await store.history()).map((h) => [h.id, h.kind, h.rolledBackBy])).toEqual([
      [4, 'rollback', null], [3, 'rollback', null], [2, 'import', 3], [1, 'import', 4],
    ])
  })

  it('runs hooks inside the write, with archived projects upserted and rolled-back ones removed', async () => {
    const changes: { upserted: string[]; removed: string[]; inTx: boolean }[] = []
    const hook: CatalogueHook = { onChange: (d, c) => changes.push({ upserted: ids(c.upserted), removed: c.removed, inTx: d.inTransaction }) }
    store.addHook(hook)
    await store.applyImport(good, { who: 'ann', files: [] })
    await store.archive('LF-0001', 'ann')
    await store.rollbackLast('ann')
    expect(changes).toEqual([
      { upserted: ['LF-0001', 'LF-0002', 'LF-0003', 'LF-0004'], removed: [], inTx: true },
      { upserted: ['LF-0001'], removed: [], inTx: true },
      { upserted: [], removed: ['LF-0001', 'LF-0002', 'LF-0003', 'LF-0004'], inTx: true },
    ])
  })

  it('writes nothing at all when a hook fails in the middle of an import', async () => {
    await store.applyImport(good.slice(0, 2), { who: 'ann', files: [] })
    store.addHook({ onChange: () => { throw new Error('index full') } })
    await expect(store.applyImport(good, { who: 'ann', files: [] })).rejects.toThrow('index full')
    expect(ids(await store.list({ status: 'all' }))).toEqual(['LF-0001', 'LF-0002'])
    expect(await store.version()).toBe(1)
    expect(await store.history()).toHaveLength(1)
  })

  it('refuses a batch with the same id twice', async () => {
    await expect(store.applyImport([good[0], good[0]], { who: 'ann', files: [] })).rejects.toThrow('the same id appears more than once: LF-0001')
  })

  it('keeps its data across reopening the database', async () => {
    await store.applyImport(good, { who: 'ann', files: [] })
    db.close()
    db = openDatabase(tmp.file('c.db'))
    store = new SqliteCatalogueStore(db)
    expect(await store.count()).toEqual({ active: 3, archived: 1 })
    expect(await store.version()).toBe(1)
  })
})
