import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { openCatalogue } from '../src/catalogue/open-catalogue.js'
import type { ReadOutcome } from '../bench/read-catalogue-once.js'
import { HOSTILE_FILES } from './fixtures/catalogue/hostile-files.js'
import { GOOD_CSV, TAXONOMY_PATH, tempDir } from './fixtures/catalogue/helpers.js'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '..')
const RUN_TS = join(ROOT, 'bin/run-ts.js')
const BIN = join(ROOT, 'bin/learnfinder.js')

let tmp: ReturnType<typeof tempDir>
const paths = new Map<string, string>()
beforeAll(() => {
  tmp = tempDir()
  for (const f of HOSTILE_FILES) paths.set(f.name, tmp.file(f.name, f.build()))
})
afterAll(() => tmp.cleanup())

/** Reads one file in a child process, so its peak memory is measured alone. */
async function readInChild(path: string): Promise<ReadOutcome> {
  const { stdout } = await run(process.execPath, [RUN_TS, join(ROOT, 'bench/read-catalogue-once.ts'), path, TAXONOMY_PATH], { maxBuffer: 1 << 20 })
  return JSON.parse(stdout) as ReadOutcome
}

describe('hostile catalogue files, each read in its own process', () => {
  for (const f of HOSTILE_FILES) {
    const mustRead = f.name.startsWith('unused-part')
    it(`${mustRead ? 'reads' : 'refuses'} ${f.what} (${f.name}), printing time and peak memory`, async () => {
      const r = await readInChild(paths.get(f.name)!)
      console.log(`${f.name.padEnd(26)} ${r.outcome.padEnd(8)} ${String(r.ms).padStart(6)} ms  peak ${String(r.peakMB).padStart(4)} MB  ${r.details[0] ?? ''}`)
      if (mustRead) {
        expect(r).toMatchObject({ outcome: 'read', rows: 2 })
      } else {
        expect(r.outcome).toBe('refused')
        expect(r.message).toBe(`${f.name} was not imported (nothing was changed)`)
        expect(r.details).toHaveLength(1)
      }
    }, 60_000)
  }
})

describe('learnfinder import (a spawned CLI) with a hostile file', () => {
  for (const name of ['huge-row-bomb.xlsx', 'column-hjunyw.xlsx', 'million-columns.csv', 'deep.json']) {
    it(`refuses ${name} with one line, exit code 1 and the database unchanged`, async () => {
      const db = join(tmp.dir, `${name}.db`)
      await run(process.execPath, [BIN, 'import', GOOD_CSV, '--taxonomy', TAXONOMY_PATH, '--db', db])
      const err = await run(process.execPath, [BIN, 'import', paths.get(name)!, '--taxonomy', TAXONOMY_PATH, '--db', db])
        .then(() => null, (e: { code: number; stdout: string; stderr: string }) => e)
      expect(err).not.toBeNull()
      expect(err!.code).toBe(1)
      const lines = err!.stderr.trimEnd().split('\n')
      expect(lines).toHaveLength(2)
      expect(lines[0]).toBe(`learnfinder import: ${name} was not imported (nothing was changed)`)
      expect(lines[1]).toMatch(/^ {2}the file was refused: /)
      const c = openCatalogue(db)
      try { expect({ ...(await c.store.count()), version: await c.store.version() }).toEqual({ active: 3, archived: 1, version: 1 }) } finally { c.close() }
    }, 60_000)
  }
})
