/**
 * Large imports build the next FTS index beside the live one in small
 * transactions and swap it in inside the import's transaction, so the write
 * lock is held briefly; the result must equal a full rebuild, and a stage
 * that no longer fits the catalogue is refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateProjects } from '../bench/generate-catalogue.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { openCatalogueForWrite } from '../src/cli/open-catalogue-for-write.js'
import { createLexicalIndex, lexicalColumns } from '../src/search/lexical-index.js'
import { buildLexicalStage, STAGE_MIN_PROJECTS, swapLexicalStage } from '../src/search/lexical-stage.js'
import { SqliteLexicalStore } from '../src/search/sqlite-lexical-store.js'
import { DEFAULT_TUNING } from '../src/search/tuning.js'
import type { CliCatalogue } from '../src/cli/open-catalogue-for-write.js'

const taxonomy = loadTaxonomy()
let dir: string
let cat: CliCatalogue

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lf-stage-'))
  cat = await openCatalogueForWrite(join(dir, 'lf.db'), {}, taxonomy)
})
afterEach(async () => {
  await cat.close()
  rmSync(dir, { recursive: true, force: true })
})

const count = (sql: string) => (cat.db!.prepare(sql).get() as { n: number }).n

describe('staged lexical index for large imports', () => {
  it('gives the same search results as a full rebuild after a staged import and a staged update', async () => {
    const first = [...generateProjects({ rows: STAGE_MIN_PROJECTS + 300, taxonomy, seed: 3 })]
    await cat.store.applyImport(first.slice(0, 200), { who: 't', files: ['a.csv'] })
    await cat.store.applyImport(first, { who: 't', files: ['b.csv'] })
    const changed = first.slice(0, STAGE_MIN_PROJECTS).map((p) => ({ ...p, title: `${p.title} 无人机航拍` }))
    await cat.store.applyImport(changed, { who: 't', files: ['c.csv'] })
    expect(count('SELECT COUNT(*) AS n FROM sqlite_master WHERE name LIKE \'%_next\'')).toBe(0)
    const lexical = createLexicalIndex(cat.db!, taxonomy)
    expect(lexical.inStep(await cat.store.version())).toBe(true)
    const queries = [['无人机', '航拍'], ['老年人', '智能手机'], ['电工'], [first[2250].title.slice(0, 4)]]
    // Equal scores may come in another order (rowids differ), so compare id and score as sets.
    const results = () => queries.map((q) => lexical.search(q, 20).map((h) => `${h.score.toFixed(9)} ${h.id}`).sort())
    const staged = results()
    expect(count('SELECT COUNT(*) AS n FROM search_ids')).toBe((await cat.store.count()).active)
    lexical.rebuild(await cat.store.list({ status: 'active' }), await cat.store.version())
    expect(results()).toEqual(staged)
    expect(staged[0].length).toBe(20)
  })

  it('rolls a large import back through a stage that equals a full rebuild', async () => {
    const all = [...generateProjects({ rows: STAGE_MIN_PROJECTS + 300, taxonomy, seed: 7 })]
    await cat.store.applyImport(all.slice(0, 200), { who: 't', files: ['a.csv'] })
    await cat.store.applyImport(all.map((p, i) => (i < 100 ? { ...p, title: `${p.title} 无人机航拍` } : p)), { who: 't', files: ['b.csv'] })
    const lexical = createLexicalIndex(cat.db!, taxonomy)
    expect(lexical.search(['无人机'], 500).length).toBeGreaterThan(50)
    const record = await cat.store.rollbackLast('t')
    expect([record.removed, record.updated]).toEqual([STAGE_MIN_PROJECTS + 100, 100])
    expect(lexical.inStep(await cat.store.version())).toBe(true)
    const active = (await cat.store.count()).active
    expect(active).toBe(all.slice(0, 200).filter((p) => p.status === 'active').length)
    // Built afresh beside the live tables (rowids 1..n), not deleted row by row inside the transaction.
    expect(count('SELECT MAX(rowid) AS n FROM search_ids')).toBe(active)
    expect(count('SELECT COUNT(*) AS n FROM sqlite_master WHERE name LIKE \'%_next\'')).toBe(0)
    const queries = [['无人机'], ['老年人', '智能手机'], [all[10].title.slice(0, 4)]]
    const results = () => queries.map((q) => lexical.search(q, 20).map((h) => `${h.score.toFixed(9)} ${h.id}`).sort())
    const staged = results()
    expect(staged[0]).toEqual([])
    lexical.rebuild(await cat.store.list({ status: 'active' }), await cat.store.version())
    expect(results()).toEqual(staged)
  })

  it('refuses a stage when the catalogue changed after it was built, and drops it', async () => {
    const projects = [...generateProjects({ rows: 50, taxonomy, seed: 4 })]
    const rows = new SqliteLexicalStore(cat.db!, DEFAULT_TUNING.columnWeights)
    const stage = buildLexicalStage(rows, [], projects, await cat.store.version(), (p) => lexicalColumns(p, taxonomy))
    expect(count('SELECT COUNT(*) AS n FROM search_ids_next')).toBe(projects.filter((p) => p.status === 'active').length)
    expect(swapLexicalStage(rows, stage, (await cat.store.version()) + 1, projects)).toBe(false)
    expect(count('SELECT COUNT(*) AS n FROM sqlite_master WHERE name LIKE \'%_next\'')).toBe(0)
  })
})
