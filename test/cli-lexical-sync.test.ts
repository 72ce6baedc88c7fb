import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SqliteCatalogueStore } from '../src/catalogue/sqlite-catalogue-store.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { openDatabase } from '../src/db/open-database.js'
import { createLexicalIndex } from '../src/search/lexical-index.js'
import { runCli } from './fixtures/run-cli.js'

const NEW_AI = join(import.meta.dirname, 'fixtures', 'staff', 'new-ai.csv')
const NEW_CARE = join(import.meta.dirname, 'fixtures', 'staff', 'new-care.csv')
const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

/** What the FTS5 index says right now: in step with the catalogue, and which ids a word finds. */
async function lexicalState(dbPath: string, word: string) {
  const db = openDatabase(dbPath)
  try {
    const store = new SqliteCatalogueStore(db)
    const lexical = createLexicalIndex(db, loadTaxonomy())
    return { inStep: lexical.inStep(await store.version()), ids: lexical.search([word], 10).map((h) => h.id) }
  } finally {
    db.close()
  }
}

describe('staff writes from the command line', () => {
  it('keep the lexical index in step inside the same transaction: import, archive, rollback', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-cli-fts-'))
    dirs.push(dir)
    const db = join(dir, 'lf.db')
    expect((await runCli(['import', NEW_AI, '--db', db])).code).toBe(0)
    expect(await lexicalState(db, '演示文稿')).toEqual({ inStep: true, ids: ['CH-101'] })

    expect((await runCli(['import', NEW_CARE, '--db', db])).code).toBe(0)
    expect(await lexicalState(db, '失智')).toEqual({ inStep: true, ids: ['CH-201'] })

    expect((await runCli(['archive', 'CH-101', '--db', db])).code).toBe(0)
    expect(await lexicalState(db, '演示文稿')).toEqual({ inStep: true, ids: [] })

    expect((await runCli(['rollback', '--db', db])).code).toBe(0)
    expect(await lexicalState(db, '失智')).toEqual({ inStep: true, ids: [] })
  })

  it('leave the index alone on a dry run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-cli-fts-'))
    dirs.push(dir)
    const db = join(dir, 'lf.db')
    expect((await runCli(['import', NEW_AI, '--db', db, '--dry-run'])).code).toBe(0)
    expect((await lexicalState(db, '演示文稿')).ids).toEqual([])
  })
})
