/**
 * After a large catalogue changes, the search service rebuilds its vector
 * index in a worker thread (which saves it beside the database) and swaps in
 * the saved index, instead of building it on the bot's event loop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateProjects } from '../bench/generate-catalogue.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { openCatalogue, type OpenCatalogue } from '../src/catalogue/open-catalogue.js'
import { openCatalogueForWrite } from '../src/cli/open-catalogue-for-write.js'
import { createSearchService, type HybridSearchService } from '../src/search/create-search-service.js'
import { OFF_THREAD_MIN_PROJECTS } from '../src/search/index-build-worker.js'

const taxonomy = loadTaxonomy()
let dir: string
let bot: OpenCatalogue
let search: HybridSearchService

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lf-worker-'))
  const staff = await openCatalogueForWrite(join(dir, 'lf.db'), {}, taxonomy)
  await staff.store.applyImport([...generateProjects({ rows: OFF_THREAD_MIN_PROJECTS + 100, taxonomy, seed: 5 })], { who: 't', files: ['a.csv'] })
  await staff.close()
  bot = openCatalogue(join(dir, 'lf.db'))
  search = await createSearchService({ db: bot.db, store: bot.store, taxonomy, regions: loadRegions() })
}, 120_000)
afterAll(() => {
  search?.close()
  bot?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('index rebuild off the event loop', () => {
  it('builds the new vector index in a worker thread and swaps it in', async () => {
    expect(search.vectorIndexSource()).toBe('built')
    const staff = await openCatalogueForWrite(join(dir, 'lf.db'), {}, taxonomy)
    const fresh = { ...[...generateProjects({ rows: 1, taxonomy, seed: 6, prefix: 'NEW' })][0], title: '无人机航拍入门班' }
    await staff.store.applyImport([fresh], { who: 't', files: ['b.csv'] })
    await staff.close()
    await search.refresh()
    expect(search.indexedVersion()).toBe(await bot.store.version())
    // Loaded from the file the worker saved, not built on this thread.
    expect(search.vectorIndexSource()).toBe('loaded')
    const { hits } = await search.search({ text: '无人机航拍', k: 3 })
    expect(hits.map((h) => h.project.id)).toContain(fresh.id)
    // The projects came back from the worker in slices, and the typo repairer knows the new words it prepared.
    expect(search.activeProjects().map((p) => p.id)).toContain(fresh.id)
    expect(search.activeProjects()).toHaveLength((await bot.store.count()).active)
    expect(search.understand('wurenji hangpai').normalized).toContain('无人机')
  }, 120_000)

  it('answers a few messages on the new snapshot before swapping it in, and answers them as a cold one would', async () => {
    const staff = await openCatalogueForWrite(join(dir, 'lf.db'), {}, taxonomy)
    await staff.store.applyImport([...generateProjects({ rows: 3, taxonomy, seed: 7, prefix: 'WARM' })], { who: 't', files: ['c.csv'] })
    await staff.close()
    await search.refresh()
    // The new snapshot's first, slowest answers were given before any learner reached it.
    expect(search.warmedUp()).toBeGreaterThanOrEqual(5)
    const cold = await createSearchService({ db: bot.db, store: bot.store, taxonomy, regions: loadRegions() })
    try {
      for (const text of ['南昌的电工培训', 'free elderly care classes online']) {
        const [warm, fresh] = [await search.search({ text, k: 5 }), await cold.search({ text, k: 5 })]
        expect(warm.hits.map((h) => h.project.id), text).toEqual(fresh.hits.map((h) => h.project.id))
      }
    } finally {
      cold.close()
    }
  }, 120_000)
})
