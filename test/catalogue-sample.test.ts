import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from 'better-sqlite3'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteCatalogueStore } from '../src/catalogue/sqlite-catalogue-store.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { readCatalogueFile } from '../src/catalogue/read-catalogue.js'
import { SAMPLE_CATALOGUE_PATH, ensureSampleCatalogue } from '../src/catalogue/sample.js'
import { exportCatalogue } from '../src/catalogue/export-catalogue.js'
import { readCatalogueBuffer } from '../src/catalogue/read-catalogue.js'
import { TAXONOMY_PATH, tempDir } from './fixtures/catalogue/helpers.js'

const taxonomy = loadTaxonomy()
let tmp: ReturnType<typeof tempDir>
let db: Database
let store: SqliteCatalogueStore
beforeEach(() => { tmp = tempDir(); db = openDatabase(tmp.file('s.db')); store = new SqliteCatalogueStore(db) })
afterEach(() => { db.close(); tmp.cleanup() })

describe('the sample catalogue', () => {
  it('imports cleanly with the shipped taxonomy: at least 200 projects, every topic and audience used', async () => {
    const parsed = await readCatalogueFile(SAMPLE_CATALOGUE_PATH, { taxonomy })
    expect(parsed.warnings).toEqual([])
    const active = parsed.projects.filter((p) => p.status === 'active')
    expect(active.length).toBeGreaterThanOrEqual(200)
    const topics = new Set(active.flatMap((p) => p.topics))
    const audiences = new Set(active.flatMap((p) => p.audiences))
    expect([...topics].sort()).toEqual(taxonomy.topics.map((t) => t.id).sort())
    expect([...audiences].sort()).toEqual(taxonomy.audiences.map((a) => a.id).sort())
    expect(new Set(active.map((p) => p.format))).toEqual(new Set(['online', 'offline', 'hybrid']))
  })

  it('is loaded into an empty database, once, and recorded as an import by "sample"', async () => {
    expect(await ensureSampleCatalogue(store, taxonomy)).toBe(true)
    expect((await store.count()).active).toBeGreaterThanOrEqual(200)
    expect((await store.history())[0]).toMatchObject({ kind: 'import', who: 'sample', files: ['sample-catalogue.csv'] })
    expect(await ensureSampleCatalogue(store, taxonomy)).toBe(false)
    expect(await store.history()).toHaveLength(1)
  })

  it('is not loaded again after staff rolled it back to an empty catalogue', async () => {
    await ensureSampleCatalogue(store, taxonomy)
    await store.rollbackLast('staff')
    expect(await ensureSampleCatalogue(store, taxonomy)).toBe(false)
    expect(await store.count()).toEqual({ active: 0, archived: 0 })
  })

  it('is not loaded into a database that already holds an import', async () => {
    const own = await readCatalogueFile(new URL('./fixtures/catalogue/good.csv', import.meta.url).pathname, { taxonomy: loadTaxonomy(TAXONOMY_PATH) })
    await store.applyImport(own.projects, { who: 'staff', files: ['good.csv'] })
    expect(await ensureSampleCatalogue(store, taxonomy)).toBe(false)
    expect(await store.count()).toEqual({ active: 3, archived: 1 })
  })

  it('survives an XLSX export and re-import unchanged', async () => {
    await ensureSampleCatalogue(store, taxonomy)
    const all = (await store.list({ status: 'all' }))
    const xlsx = await exportCatalogue(all, 'xlsx', taxonomy)
    const back = await readCatalogueBuffer(xlsx, 'sample.xlsx', { taxonomy })
    const plan = (await store.planImport(back.projects))
    expect(plan.unchanged).toHaveLength(all.length)
  })
})
