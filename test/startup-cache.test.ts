import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { distIsFresh, sourceFingerprint } from '../bin/dist-stamp.js'
import { diskMemo } from '../src/disk-cache.js'
import { parseTaxonomy } from '../src/catalogue/taxonomy.js'
import { parseYamlCached } from '../src/yaml-cache.js'

let dir: string
const before = process.env.LEARNFINDER_CACHE_DIR
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lf-cache-'))
  process.env.LEARNFINDER_CACHE_DIR = join(dir, 'cache')
})
afterAll(() => {
  if (before === undefined) delete process.env.LEARNFINDER_CACHE_DIR
  else process.env.LEARNFINDER_CACHE_DIR = before
  rmSync(dir, { recursive: true, force: true })
})

describe('the on-disk memo', () => {
  it('computes once per input and code, and again for a new input', () => {
    let calls = 0
    const compute = (x: string) => () => { calls++; return { upper: x.toUpperCase() } }
    expect(diskMemo('t', 'abc', [import.meta.url], compute('abc'))).toEqual({ upper: 'ABC' })
    expect(diskMemo('t', 'abc', [import.meta.url], compute('abc'))).toEqual({ upper: 'ABC' })
    expect(calls).toBe(1)
    expect(diskMemo('t', 'abd', [import.meta.url], compute('abd'))).toEqual({ upper: 'ABD' })
    expect(calls).toBe(2)
  })

  it('keeps nothing when the computation throws', () => {
    expect(() => diskMemo('boom', 'x', [import.meta.url], () => { throw new Error('bad') })).toThrow('bad')
    expect(readdirSync(join(dir, 'cache')).includes('boom') ? readdirSync(join(dir, 'cache', 'boom')) : []).toEqual([])
  })

  it('still validates a cached knowledge file: a bad taxonomy fails the second time too', () => {
    const bad = 'topics:\n  - id: ai\n    zh: 人工智能\n'
    expect(parseYamlCached(bad)).toEqual({ topics: [{ id: 'ai', zh: '人工智能' }] })
    expect(() => parseTaxonomy(bad)).toThrow(/taxonomy/)
    expect(() => parseTaxonomy(bad)).toThrow(/taxonomy/)
  })

  it('throws the parser\'s error for invalid YAML, every time', () => {
    expect(() => parseYamlCached('a: [1, 2')).toThrow()
    expect(() => parseYamlCached('a: [1, 2')).toThrow()
  })
})

describe('whether dist/ is up to date with src/', () => {
  it('is fresh right after a build and stale once a source is newer or added', () => {
    const root = join(dir, 'pkg')
    mkdirSync(join(root, 'src', 'x'), { recursive: true })
    mkdirSync(join(root, 'dist'), { recursive: true })
    writeFileSync(join(root, 'src', 'a.ts'), 'export {}')
    writeFileSync(join(root, 'src', 'x', 'b.ts'), 'export {}')
    expect(distIsFresh(root)).toBe(false)
    writeFileSync(join(root, 'dist', 'stamp.json'), JSON.stringify(sourceFingerprint(join(root, 'src'))))
    expect(distIsFresh(root)).toBe(true)
    const later = new Date(Date.now() + 60_000)
    utimesSync(join(root, 'src', 'x', 'b.ts'), later, later)
    expect(distIsFresh(root)).toBe(false)
    writeFileSync(join(root, 'dist', 'stamp.json'), JSON.stringify(sourceFingerprint(join(root, 'src'))))
    writeFileSync(join(root, 'src', 'c.ts'), 'export {}')
    utimesSync(join(root, 'src', 'c.ts'), new Date(0), new Date(0))
    expect(distIsFresh(root)).toBe(false)
  })
})
