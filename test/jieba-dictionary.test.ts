import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Jieba } from '@node-rs/jieba'
import { diskMemoBytes } from '../src/disk-cache.js'
import { fullJieba, lazyJieba, type WordCutter } from '../src/text/jieba-dictionary.js'
import { DOMAIN_WORDS } from '../src/text/segment.js'
import { normalizeText } from '../src/text/normalize.js'

let dir: string
let full: Jieba
const before = process.env.LEARNFINDER_CACHE_DIR
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lf-jieba-'))
  process.env.LEARNFINDER_CACHE_DIR = join(dir, 'cache')
  full = fullJieba(extra)
})
afterAll(() => {
  if (before === undefined) delete process.env.LEARNFINDER_CACHE_DIR
  else process.env.LEARNFINDER_CACHE_DIR = before
  rmSync(dir, { recursive: true, force: true })
})

const extra = DOMAIN_WORDS.map((w) => normalizeText(w))

/** Pieces of the sample catalogue and of a spent bank's messages: names, descriptions, questions. */
function sampleTexts(): string[] {
  const root = join(import.meta.dirname, '..')
  const bank = join(root, 'bench', 'sim', 'banks', 'conv-dialogue10-a')
  const files = [join(root, 'knowledge', 'sample-catalogue.csv'), ...readdirSync(bank).map((f) => join(bank, f))]
  const texts = new Set<string>()
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/[^\n",，。？！、]{1,60}/g)) if (/\p{Script=Han}/u.test(m[0])) texts.add(m[0])
  }
  // Every tenth: a few hundred texts, from both sources.
  return [...texts].filter((_, i) => i % 10 === 0)
}

const everyCut = (j: WordCutter, s: string) =>
  JSON.stringify([j.cut(s, true), j.cut(s, false), j.cutForSearch(s, false), j.tag(s, false), j.tag(s, true)])

describe('jieba with its dictionary loaded as texts need it', () => {
  it('cuts, search-cuts and tags every text exactly as jieba with the whole dictionary', () => {
    const lazy = lazyJieba(extra)
    const texts = sampleTexts()
    expect(texts.length).toBeGreaterThan(200)
    const differing = texts.filter((t) => everyCut(full, t) !== everyCut(lazy, t))
    expect(differing).toEqual([])
    // …having loaded a small part of the dictionary.
    expect(lazy).not.toBeInstanceOf(Jieba)
  })

  it('gives the same cut whichever texts came before, the first one included', () => {
    for (const text of ['我想学人工智能', '研究生命起源', '结婚的和尚未结婚的', '南京市长江大桥']) {
      expect(everyCut(lazyJieba(extra), text)).toBe(everyCut(full, text))
    }
  })

  it('cuts a text the same after pieces of it, longer words or shorter ones, were cut first', () => {
    const lazy = lazyJieba(extra)
    // 长江 before 长江大桥 (a word whose prefix is loaded), 南京市长 after 南京市长江大桥 (a prefix after its word),
    // and every text again once it is covered.
    for (const text of ['长江', '长江大桥', '南京市长江大桥', '南京市长', '市长', '南京市长江大桥', '长江']) {
      expect(everyCut(lazy, text)).toBe(everyCut(full, text))
    }
  })

  it('cuts a text holding its balancing character with the whole dictionary, the same way', () => {
    const text = '学\uffff电工证'
    expect(everyCut(lazyJieba(extra), text)).toBe(everyCut(full, text))
  })

  it('loads the whole dictionary when the cached layout was cut short', () => {
    const cache = join(dir, 'cache', 'jieba-dictionary')
    lazyJieba(extra)
    for (const f of readdirSync(cache)) writeFileSync(join(cache, f), readFileSync(join(cache, f)).subarray(0, 1000))
    const jieba = lazyJieba(extra)
    expect(jieba).toBeInstanceOf(Jieba)
    expect(jieba.cut('我想学人工智能', true)).toEqual(full.cut('我想学人工智能', true))
  })
})

describe('the on-disk memo of raw bytes', () => {
  it('computes once and reads the same bytes back; with the cache off it keeps nothing', () => {
    let calls = 0
    const compute = () => (calls++, new Uint8Array([1, 2, 3]))
    expect([...diskMemoBytes('bytes-test', 'x', [import.meta.url], compute)!]).toEqual([1, 2, 3])
    expect([...diskMemoBytes('bytes-test', 'x', [import.meta.url], compute)!]).toEqual([1, 2, 3])
    expect(calls).toBe(1)
    process.env.LEARNFINDER_CACHE_DIR = 'off'
    try {
      expect(diskMemoBytes('bytes-test', 'x', [import.meta.url], compute)).toBeNull()
    } finally {
      process.env.LEARNFINDER_CACHE_DIR = join(dir, 'cache')
    }
  })
})
