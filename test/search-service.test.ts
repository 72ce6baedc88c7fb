import { afterEach, describe, expect, it } from 'vitest'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { createSearchService } from '../src/search/create-search-service.js'
import { createLexicalIndex, MEMORY_BM25_AFTER_SEARCHES } from '../src/search/lexical-index.js'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteCatalogueStore } from '../src/catalogue/sqlite-catalogue-store.js'
import { PROJECTS, project, regions, taxonomy, tempCatalogue } from './search-fixtures.js'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})
function catalogue(projects = PROJECTS) {
  const c = tempCatalogue(projects)
  cleanups.push(c.cleanup)
  return c
}
const ids = (r: { hits: { project: { id: string } }[] }) => r.hits.map((h) => h.project.id)
const cake = project({ id: 'P20', title: '家庭烘焙：做蛋糕和面包', summary: '戚风蛋糕、吐司面包的配方与烤箱使用，三次实操课。', topics: ['culture-arts'], tags: ['烘焙', '蛋糕'] })

describe('lexical index', () => {
  it('stays in step with imports, archives and rollbacks inside the same transaction', async () => {
    const c = catalogue()
    const lexical = createLexicalIndex(c.db, taxonomy)
    c.store.addHook(lexical.hook)
    expect(lexical.inStep(await c.store.version())).toBe(false)
    lexical.rebuild(await c.store.list({ status: 'active' }), await c.store.version())
    expect(lexical.search(['蛋糕'], 10)).toEqual([])
    await c.store.applyImport([cake], { who: 'test', files: [] })
    expect(lexical.search(['蛋糕'], 10).map((h) => h.id)).toEqual(['P20'])
    expect(lexical.inStep(await c.store.version())).toBe(true)
    await c.store.archive('P20', 'test')
    expect(lexical.search(['蛋糕'], 10)).toEqual([])
    await c.store.rollbackLast('test')
    expect(lexical.search(['蛋糕'], 10)).toEqual([])
    expect(lexical.search(['光伏'], 10).map((h) => h.id)).toEqual(['P03'])
  })

  it('rolls back with the import when the import fails', async () => {
    const c = catalogue()
    const lexical = createLexicalIndex(c.db, taxonomy)
    c.store.addHook(lexical.hook)
    c.store.addHook({ onChange() { throw new Error('disk full') } })
    await expect(c.store.applyImport([cake], { who: 'test', files: [] })).rejects.toThrow('disk full')
    expect(lexical.search(['蛋糕'], 10)).toEqual([])
  })

  it('is rebuilt at start when imports happened without it', async () => {
    const c = catalogue()
    const search = await createSearchService({ db: c.db, store: c.store, taxonomy, regions, indexPath: ':memory:' })
    search.close()
    const other = new SqliteCatalogueStore(openDatabase(c.dbPath)) // an import by another process, no search hook
    other.applyImport([cake], { who: 'test', files: [] })
    const again = await createSearchService({ db: c.db, store: new SqliteCatalogueStore(c.db), taxonomy, regions, indexPath: ':memory:' })
    expect(ids(await again.search({ text: '想学做蛋糕' }))).toEqual(['P20'])
    again.close()
  })

  it('reads the catalogue version with its own in one statement, and after that job sees another connection\'s import', async () => {
    const c = catalogue()
    const lexical = createLexicalIndex(c.db, taxonomy)
    c.store.addHook(lexical.hook)
    lexical.rebuild(await c.store.list({ status: 'active' }), await c.store.version())
    for (let i = 0; i <= MEMORY_BM25_AFTER_SEARCHES; i++) expect(lexical.search(['光伏'], 10).map((h) => h.id)).toEqual(['P03']) // now from memory
    expect(lexical.catalogueVersion()).toBe(await c.store.version())
    const otherDb = openDatabase(c.dbPath) // another process's import, with its own lexical hook
    const other = new SqliteCatalogueStore(otherDb)
    other.addHook(createLexicalIndex(otherDb, taxonomy).hook)
    await other.applyImport([...PROJECTS, cake], { who: 'test', files: [] })
    otherDb.close()
    expect(lexical.search(['蛋糕'], 10).map((h) => h.id)).toEqual(['P20']) // not the version held in the earlier job
    expect(lexical.catalogueVersion()).toBe(await c.store.version())
  })
})

describe('search service', () => {
  it('saves the vector index beside the database and loads it next time instead of rebuilding', async () => {
    const c = catalogue()
    const first = await createSearchService({ db: c.db, store: c.store, taxonomy, regions })
    expect(first.vectorIndexSource()).toBe('built')
    first.close()
    expect(existsSync(`${c.dbPath}.hnsw`)).toBe(true)
    const manifest = readFileSync(`${c.dbPath}.hnsw`, 'utf8')
    const second = await createSearchService({ db: c.db, store: c.store, taxonomy, regions })
    expect(second.vectorIndexSource()).toBe('loaded')
    expect(ids(await second.search({ text: '学用手机挂号看病', k: 2 })).sort()).toEqual(['P01', 'P02'])
    expect(readFileSync(`${c.dbPath}.hnsw`, 'utf8')).toBe(manifest)
    second.close()
  })

  it('rebuilds the vector index when the catalogue changed since it was saved', async () => {
    const c = catalogue()
    ;(await createSearchService({ db: c.db, store: c.store, taxonomy, regions })).close()
    await c.store.archive('P03', 'test')
    const next = await createSearchService({ db: c.db, store: c.store, taxonomy, regions })
    expect(next.vectorIndexSource()).toBe('built')
    expect(next.indexedVersion()).toBe(await c.store.version())
    expect(await next.vectorOnly('光伏板清洗', 14)).not.toContain('P03')
    next.close()
    expect(readdirSync(c.dir).filter((f) => f.includes('.hnsw.')).length).toBe(2) // one graph, one model: old ones removed
  })

  it('answers from the old index while a refresh builds the new one, then swaps it in', async () => {
    const c = catalogue()
    const search = await createSearchService({ db: c.db, store: c.store, taxonomy, regions, indexPath: ':memory:' })
    const before = search.indexedVersion()
    await c.store.applyImport([cake], { who: 'test', files: [] })
    const refreshing = search.refresh()
    expect(search.pendingRefresh()).not.toBeNull()
    // During the refresh: the old vector index (no P20), but lexical already has it and the archive rule holds.
    expect(search.indexedVersion()).toBe(before)
    expect(await search.vectorOnly('烘焙蛋糕', 20)).not.toContain('P20')
    await refreshing
    expect(search.pendingRefresh()).toBeNull()
    expect(search.indexedVersion()).toBe(await c.store.version())
    expect((await search.vectorOnly('烘焙蛋糕', 1))[0]).toBe('P20')
    expect(ids(await search.search({ text: '想学做蛋糕' }))).toEqual(['P20'])
    search.close()
  })

  it('stops returning a project as soon as it is archived, before any refresh', async () => {
    const c = catalogue()
    const search = await createSearchService({ db: c.db, store: c.store, taxonomy, regions, indexPath: ':memory:' })
    expect(ids(await search.search({ text: '光伏板清洗' }))).toContain('P03')
    await c.store.archive('P03', 'test')
    expect(ids(await search.search({ text: '光伏板清洗' }))).not.toContain('P03')
    search.close()
  })

  it('works on an empty catalogue and finds projects once they are imported', async () => {
    const c = catalogue([])
    const search = await createSearchService({ db: c.db, store: c.store, taxonomy, regions, indexPath: ':memory:' })
    expect((await search.search({ text: '智能手机' })).hits).toEqual([])
    await c.store.applyImport(PROJECTS, { who: 'test', files: [] })
    await search.refresh()
    expect(ids(await search.search({ text: '光伏板清洗' }))[0]).toBe('P03')
    search.close()
  })
})
