import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { readCatalogueFile } from '../src/catalogue/read-catalogue.js'
import { openCatalogue } from '../src/catalogue/open-catalogue.js'
import { PACKAGE_ROOT } from '../src/paths.js'
import { writeCatalogueCsv } from '../bench/generate-catalogue.js'
import { GOOD_CSV, TAXONOMY_PATH, runCli, tempDir, testTaxonomy } from './fixtures/catalogue/helpers.js'

const taxonomy = testTaxonomy()
let tmp: ReturnType<typeof tempDir>
beforeEach(() => { tmp = tempDir() })
afterEach(() => tmp.cleanup())

describe('large catalogue files', () => {
  it('reads and imports a 50 MB CSV, streaming it', async () => {
    const path = tmp.file('big.csv')
    const { rows } = await writeCatalogueCsv(path, { rows: 23_000, taxonomy, summaryChars: 700 })
    expect(statSync(path).size).toBeGreaterThan(50 * 1024 * 1024)
    let calls = 0
    const parsed = await readCatalogueFile(path, { taxonomy, onProgress: () => calls++ })
    expect(parsed.rows).toBe(rows)
    expect(parsed.projects).toHaveLength(rows)
    expect(calls).toBeGreaterThan(10)
    const { store, close } = openCatalogue(tmp.file('big.db'))
    try {
      const rec = (await store.applyImport(parsed.projects, { who: 'test', files: ['big.csv'] }))
      expect(rec.added + rec.archived).toBe(rows)
      expect((await store.count()).active + (await store.count()).archived).toBe(rows)
    } finally {
      close()
    }
  }, 60_000)

  it('leaves exactly the old catalogue or exactly the new one when the import process is killed while writing', async () => {
    const db = tmp.file('kill.db')
    expect((await runCli(['import', GOOD_CSV, '--taxonomy', TAXONOMY_PATH, '--db', db])).code).toBe(0)
    const big = tmp.file('big.csv')
    const { rows } = await writeCatalogueCsv(big, { rows: 40_000, taxonomy, prefix: 'K' })
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin/learnfinder.js'), 'import', big, '--db', db, '--taxonomy', TAXONOMY_PATH, '--lang', 'en'],
      { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    const killed = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      if (stderr.includes('writing 40,000 projects')) setTimeout(() => child.kill('SIGKILL'), 30)
    })
    expect(await killed).toBe('SIGKILL')
    const { store, db: handle, close } = openCatalogue(db)
    try {
      expect(handle.pragma('integrity_check', { simple: true })).toBe('ok')
      const total = (await store.count()).active + (await store.count()).archived
      const old = { total: 4, version: 1, history: 1 }
      const fresh = { total: 4 + rows, version: 2, history: 2 }
      const state = { total, version: (await store.version()), history: (await store.history()).length }
      expect([old, fresh]).toContainEqual(state)
      expect((await store.get('LF-0001'))?.title).toBe('老年人智能手机应用实训班')
    } finally {
      close()
    }
  }, 60_000)
})
