/**
 * A small catalogue's lexical query is answered from memory (search/memory-bm25)
 * instead of FTS5: it must give FTS5's hits in FTS5's order, with the same
 * BM25 scores up to the last bits of a double, ties included, and follow every
 * change of the table, whoever made it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { generateProjects } from '../bench/generate-catalogue.js'
import { distinctBenchQueries } from '../bench/bench-queries.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { readCatalogueFile } from '../src/catalogue/read-catalogue.js'
import { SAMPLE_CATALOGUE_PATH } from '../src/catalogue/sample.js'
import { createLexicalIndex, ftsQuery, lexicalColumns, MEMORY_BM25_AFTER_SEARCHES, queryPhrases, type LexicalIndex } from '../src/search/lexical-index.js'
import { MemoryBm25, unicode61Tokens } from '../src/search/memory-bm25.js'
import { FTS_COLUMNS, SqliteLexicalStore } from '../src/search/sqlite-lexical-store.js'
import { DEFAULT_TUNING } from '../src/search/tuning.js'
import { segment } from '../src/text/segment.js'
import type { Project } from '../src/catalogue/project.js'

const taxonomy = loadTaxonomy()
const weights = DEFAULT_TUNING.columnWeights
let dir: string
let db: Database.Database

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lf-bm25-'))
  db = new Database(join(dir, 'lex.db'))
})
afterEach(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Fills a lexical store with these projects, as the index does. */
function fill(projects: Project[]): SqliteLexicalStore {
  const rows = new SqliteLexicalStore(db, weights)
  rows.replaceAll(1, () => {
    for (const p of projects) if (p.status === 'active') rows.insert(p.id, lexicalColumns(p, taxonomy))
  })
  return rows
}

/** Words and unknown words of each query, as the index splits them (unknown: no document holds them as a word). */
function queriesOver(rows: SqliteLexicalStore, texts: string[]): { words: string[]; unknown: string[] }[] {
  return texts.map((text) => {
    const terms = [...new Set(segment(text))]
    return { words: terms.filter((t) => rows.documentFrequency(t) > 0), unknown: terms.filter((t) => rows.documentFrequency(t) === 0) }
  })
}

function expectSameAsFts(rows: SqliteLexicalStore, queries: { words: string[]; unknown: string[] }[], limit: number): number {
  const memory = new MemoryBm25(rows.allRows(), weights)
  let compared = 0
  for (const { words, unknown } of queries) {
    const match = ftsQuery(words, unknown)
    const fts = match ? rows.search(match, limit) : []
    const mine = memory.search(queryPhrases(words, unknown), limit)
    expect(mine.map((h) => h.id), `${words.join(' ')} / ${unknown.join(' ')}`).toEqual(fts.map((h) => h.id))
    mine.forEach((h, i) => expect(Math.abs(h.score - fts[i].score)).toBeLessThanOrEqual(1e-12 * Math.abs(fts[i].score)))
    compared += fts.length
  }
  return compared
}

describe('BM25 from memory for a small catalogue', () => {
  it('ranks the sample catalogue exactly as FTS5 does for the bench messages', async () => {
    const { projects } = await readCatalogueFile(SAMPLE_CATALOGUE_PATH, { taxonomy })
    const rows = fill(projects)
    const compared = expectSameAsFts(rows, queriesOver(rows, distinctBenchQueries(400)), 100)
    expect(compared).toBeGreaterThan(1000)
  })

  it('keeps FTS5 order among projects of identical text (ties go by row)', () => {
    const rows = fill([...generateProjects({ rows: 600, taxonomy, seed: 5 })])
    const queries = queriesOver(rows, distinctBenchQueries(150))
    expect(expectSameAsFts(rows, queries, 40)).toBeGreaterThan(500)
  })

  it('matches phrases of several tokens and words only in the bigram column as FTS5 does', async () => {
    const { projects } = await readCatalogueFile(SAMPLE_CATALOGUE_PATH, { taxonomy })
    const extra = { ...projects[0], id: 'X-1', title: 'c++ 与 wi-fi 入门 3.5 学时', tags: ['c#', 'wi-fi'] }
    const rows = fill([...projects, extra])
    expect(unicode61Tokens('Wi-Fi，c++ 3.5')).toEqual(['wi', 'fi', 'c', '3', '5'])
    const queries = [
      { words: ['c++', 'wi-fi', '3.5'], unknown: [] },
      { words: ['fi wi'], unknown: ['智能手机维修', '养老护理员'] },
      { words: [], unknown: ['手机摄影', '无人机'] },
      { words: ['"引号"', '手机'], unknown: [] },
    ]
    expect(expectSameAsFts(rows, queries, 50)).toBeGreaterThan(10)
  })

  /** The ids found for `words`, asked until the in-memory copy answers; every answer on the way must agree. */
  function idsOf(index: LexicalIndex, words: string[]): string[] {
    const answers = Array.from({ length: MEMORY_BM25_AFTER_SEARCHES + 2 }, () => index.search(words, 10).map((h) => h.id))
    for (const a of answers) expect(a).toEqual(answers[0])
    return answers[0]
  }

  it('answers the first searches at a version from FTS5, builds the copy only after them, and both agree', () => {
    const projects = [...generateProjects({ rows: 40, taxonomy, seed: 4 })].map((p) => ({ ...p, status: 'active' as const }))
    const index = createLexicalIndex(db, taxonomy)
    index.rebuild(projects, 1)
    const words = segment(projects[0].title).slice(0, 2)
    const fromFts = index.search(words, 10)
    for (let i = 1; i < MEMORY_BM25_AFTER_SEARCHES; i++) expect(index.search(words, 10)).toEqual(fromFts)
    const fromMemory = index.search(words, 10)
    expect(fromMemory.map((h) => h.id)).toEqual(fromFts.map((h) => h.id))
    expect(fromFts.length).toBeGreaterThan(0)
  })

  it('follows the table after an import here and after a rebuild through another connection', () => {
    const [a, b, c] = [...generateProjects({ rows: 3, taxonomy, seed: 9 })].map((p, i) => ({ ...p, status: 'active' as const, title: `${['陶笛', '葫芦丝', '古筝'][i]}入门` }))
    const index = createLexicalIndex(db, taxonomy)
    index.rebuild([a, b], 1)
    expect(idsOf(index, ['葫芦丝'])).toEqual([b.id])
    index.rebuild([a, c], 2)
    expect(idsOf(index, ['葫芦丝'])).toEqual([])
    const other = new Database(join(dir, 'lex.db'))
    try {
      createLexicalIndex(other, taxonomy).rebuild([b, c], 3)
    } finally {
      other.close()
    }
    expect(idsOf(index, ['葫芦丝'])).toEqual([b.id])
    expect(idsOf(index, ['陶笛'])).toEqual([])
    expect(FTS_COLUMNS).toContain('grams')
  })
})
