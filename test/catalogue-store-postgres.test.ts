/** The CatalogueStore contract against PostgreSQL (a fresh schema per test on the run's throwaway cluster). */
import { expect, it } from 'vitest'
import { pgMigrate } from '../src/db/pg-migrate.js'
import { PG_CATALOGUE_MIGRATIONS, PgCatalogueStore } from '../src/catalogue/pg-catalogue-store.js'
import type { Project } from '../src/catalogue/project.js'
import { describeCatalogueStoreContract } from './contracts/catalogue-store.contract.js'
import { describeOnPostgres } from './support/postgres.js'

const project = (id: string, title: string): Project => ({
  id, title, provider: '某大学', summary: '简介', topics: ['ai'], audiences: ['elderly'], format: 'online', region: null,
  fee: 0, duration: null, start_date: null, end_date: null, enroll: null, contact: null, url: null, title_en: null,
  summary_en: null, tags: [], status: 'active', extra: {},
})

describeOnPostgres('PgCatalogueStore', (db) => {
  describeCatalogueStoreContract(async () => {
    const { pool, close } = await db.freshPool()
    await pgMigrate(pool, [PG_CATALOGUE_MIGRATIONS])
    return { store: new PgCatalogueStore(pool), close }
  })

  it('takes imports from two workers at once one after the other, each with its own version', async () => {
    const { pool, close } = await db.freshPool()
    try {
      await pgMigrate(pool, [PG_CATALOGUE_MIGRATIONS])
      const a = new PgCatalogueStore(pool)
      const b = new PgCatalogueStore(pool)
      const records = await Promise.all([
        a.applyImport([project('P1', '甲'), project('P2', '乙')], { who: 'a', files: ['a.csv'] }),
        b.applyImport([project('P2', '乙二'), project('P3', '丙')], { who: 'b', files: ['b.csv'] }),
      ])
      expect(records.map((r) => r.version).sort()).toEqual([1, 2])
      expect(await a.version()).toBe(2)
      expect((await b.list()).map((p) => p.id)).toEqual(['P1', 'P2', 'P3'])
      const last = records.find((r) => r.version === 2)!
      expect(await b.rollbackLast('staff')).toMatchObject({ undoes: last.id, version: 3 })
    } finally {
      await close()
    }
  })
})
