import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document } from '@langchain/core/documents'
import { HnswVectorStore } from '../src/search/hnsw-store.js'
import { LocalEmbeddings } from '../src/search/local-embeddings.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'

const taxonomy = loadTaxonomy()
const unit = (i: number, dims = 4) => Array.from({ length: dims }, (_, j) => (j === i ? 1 : 0))
const docs = (ids: string[]) => ids.map((id) => new Document({ pageContent: '', metadata: { id } }))

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lf-hnsw-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function storeOf(vectors: Record<string, number[]>): Promise<HnswVectorStore> {
  const emb = new LocalEmbeddings({ taxonomy })
  const store = new HnswVectorStore(emb, { dimensions: 4, capacity: 2 })
  return store.addVectors(Object.values(vectors), docs(Object.keys(vectors))).then(() => store)
}

describe('HnswVectorStore', () => {
  it('returns the nearest ids by cosine similarity, best first', async () => {
    const store = await storeOf({ a: unit(0), b: unit(1), c: [0.9, 0.1, 0, 0] })
    const hits = store.searchIds([1, 0, 0, 0], 2)
    expect(hits.map((h) => h.id)).toEqual(['a', 'c'])
    expect(hits[0].score).toBeCloseTo(1, 5)
  })

  it('grows past its initial capacity', async () => {
    const vectors: Record<string, number[]> = {}
    for (let i = 0; i < 50; i++) vectors[`p${i}`] = [1, i, 0, 0]
    const store = await storeOf(vectors)
    expect(store.size).toBe(50)
    expect(store.searchIds([1, 49, 0, 0], 1)[0].id).toBe('p49')
  })

  it('replaces a vector when the same id is added again', async () => {
    const store = await storeOf({ a: unit(0), b: unit(1) })
    await store.addVectors([unit(2)], docs(['a']))
    expect(store.size).toBe(2)
    expect(store.searchIds(unit(2), 1)[0].id).toBe('a')
    expect(store.searchIds(unit(0), 2).map((h) => h.id)).not.toContain(undefined)
  })

  it('never returns a deleted id, and can add it back', async () => {
    const store = await storeOf({ a: unit(0), b: unit(1), c: unit(2) })
    await store.delete({ ids: ['a', 'unknown'] })
    expect(store.searchIds(unit(0), 3).map((h) => h.id).sort()).toEqual(['b', 'c'])
    store.upsert('a', unit(3))
    expect(store.searchIds(unit(3), 1)[0].id).toBe('a')
  })

  it('honours an allow-list and a predicate filter', async () => {
    const store = await storeOf({ a: unit(0), b: [0.8, 0.2, 0, 0], c: unit(2) })
    expect(store.searchIds(unit(0), 2, new Set(['b', 'c'])).map((h) => h.id)).toEqual(['b', 'c'])
    expect(store.searchIds(unit(0), 3, (id) => id !== 'a').map((h) => h.id)).toEqual(['b', 'c'])
    const [[doc, score]] = await store.similaritySearchVectorWithScore(unit(0), 1, (id) => id === 'c')
    expect(doc.metadata.id).toBe('c')
    expect(score).toBeCloseTo(0, 5)
  })

  it('saves and loads with its ids, meta and attachments, leaving no stale files', async () => {
    const store = await storeOf({ a: unit(0), b: unit(1), c: unit(2) })
    await store.delete({ ids: ['b'] })
    const path = join(dir, 'cat.db.hnsw')
    await store.save(path, { version: 1 }, { model: Buffer.from('first') })
    await store.save(path, { version: 2 }, { model: Buffer.from('second') })
    expect(readdirSync(dir).sort()).toHaveLength(3)
    const loaded = await HnswVectorStore.load(path, store.embeddings)
    expect(loaded.meta).toEqual({ version: 2 })
    expect(loaded.attachments.model.toString()).toBe('second')
    expect(loaded.store.ids().sort()).toEqual(['a', 'c'])
    expect(loaded.store.searchIds(unit(2), 1)[0].id).toBe('c')
    loaded.store.upsert('d', unit(1))
    expect(loaded.store.searchIds(unit(1), 1)[0].id).toBe('d')
  })

  it('refuses a damaged manifest instead of loading nonsense', async () => {
    const path = join(dir, 'bad.hnsw')
    writeFileSync(path, '{"format": 1}')
    await expect(HnswVectorStore.load(path, new LocalEmbeddings({ taxonomy }))).rejects.toThrow()
  })

  it('embeds documents through its embeddings with addDocuments and similaritySearch', async () => {
    const texts = ['老年人智能手机预约挂号', '光伏板清洗与故障排查', '茶叶直播带货', '乡村教师AI备课']
    const emb = new LocalEmbeddings({ taxonomy, dimensions: 3 }).fit(texts)
    const store = await HnswVectorStore.fromTexts(texts, texts.map((_, i) => ({ id: `p${i}` })), emb, { dimensions: emb.dimensions })
    const [top] = await store.similaritySearch('太阳能光伏板', 1)
    expect(top.metadata.id).toBe('p1')
    expect(top.pageContent).toBe(texts[1])
  })
})
