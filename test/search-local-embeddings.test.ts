import { describe, expect, it } from 'vitest'
import { LocalEmbeddings } from '../src/search/local-embeddings.js'
import { embeddingText } from '../src/search/vector-index.js'
import { truncatedSvd, symmetricEigen } from '../src/search/lsa.js'
import { PROJECTS, taxonomy } from './search-fixtures.js'

const texts = PROJECTS.filter((p) => p.status === 'active').map((p) => embeddingText(p, taxonomy))
const cos = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0
  for (let i = 0; i < a.length; i++) s += a[i] * b[i]
  return s
}

describe('LocalEmbeddings', () => {
  it('is deterministic: two fits on the same catalogue give the same model and vectors', () => {
    const a = new LocalEmbeddings({ taxonomy }).fit(texts)
    const b = new LocalEmbeddings({ taxonomy }).fit(texts)
    expect(a.signature()).toBe(b.signature())
    expect(Array.from(a.embed('学用手机挂号看病'))).toEqual(Array.from(b.embed('学用手机挂号看病')))
  })

  it('puts taxonomy synonyms together: 老人, 长者 and 老年人 land close', () => {
    const e = new LocalEmbeddings({ taxonomy }).fit(texts)
    const elder = e.embed('长者')
    const unrelated = Math.max(cos(elder, e.embed('光伏')), cos(elder, e.embed('电工')), cos(elder, e.embed('AI')))
    expect(cos(elder, e.embed('老人'))).toBeGreaterThan(0.6)
    expect(cos(elder, e.embed('老年人'))).toBeGreaterThan(0.6)
    expect(unrelated).toBeLessThan(0.2)
  })

  it('finds a project by related words it does not contain ("学用手机挂号看病" → 智能手机预约就医)', () => {
    const e = new LocalEmbeddings({ taxonomy }).fit(texts)
    const q = e.embed('学用手机挂号看病')
    const ranked = PROJECTS.filter((p) => p.status === 'active')
      .map((p, i) => ({ id: p.id, s: cos(q, e.embed(texts[i])) }))
      .sort((x, y) => y.s - x.s)
    expect(ranked.slice(0, 2).map((r) => r.id).sort()).toEqual(['P01', 'P02'])
  })

  it('gives unit vectors, and all zeros for words the catalogue never uses', () => {
    const e = new LocalEmbeddings({ taxonomy }).fit(texts)
    const v = e.embed('光伏板清洗')
    expect(cos(v, v)).toBeCloseTo(1, 5)
    expect(Array.from(e.embed('飞机驾驶')).every((x) => x === 0)).toBe(true)
  })

  it('round-trips through serialize and load, and refuses other bytes', async () => {
    const e = new LocalEmbeddings({ taxonomy }).fit(texts)
    const copy = new LocalEmbeddings({ taxonomy }).load(e.serialize())
    expect(copy.signature()).toBe(e.signature())
    expect(await copy.embedQuery('AI备课')).toEqual(await e.embedQuery('AI备课'))
    expect(() => new LocalEmbeddings({ taxonomy }).load(Buffer.from('nonsense bytes'))).toThrow('not a learnfinder embedding model')
  })

  it('reads the floats in place from a file it wrote, and copies them from one whose floats are not aligned', async () => {
    const e = new LocalEmbeddings({ taxonomy }).fit(texts)
    const bytes = e.serialize()
    const inPlace = new LocalEmbeddings({ taxonomy }).load(bytes)
    const components = (x: LocalEmbeddings) => (x as unknown as { model: { components: Float32Array } }).model.components
    expect(components(inPlace).buffer).toBe(bytes.buffer)
    // The same bytes one byte further into memory (an older file's floats started anywhere): copied, same model.
    const shifted = Buffer.alloc(bytes.length + 1).subarray(1)
    bytes.copy(shifted)
    const copied = new LocalEmbeddings({ taxonomy }).load(shifted)
    expect(components(copied).buffer).not.toBe(shifted.buffer)
    expect(copied.signature()).toBe(e.signature())
    expect(await copied.embedQuery('AI备课')).toEqual(await e.embedQuery('AI备课'))
    expect(await inPlace.embedQuery('AI备课')).toEqual(await e.embedQuery('AI备课'))
    expect(() => new LocalEmbeddings({ taxonomy }).load(bytes.subarray(0, bytes.length - 4))).toThrow('truncated')
  })

  it('refuses to embed before it is fitted', async () => {
    await expect(new LocalEmbeddings({ taxonomy }).embedQuery('手机')).rejects.toThrow('fit()')
  })
})

describe('truncated SVD', () => {
  it('recovers the singular values of a small matrix', () => {
    // diag(3, 2, 1) in sparse form: singular values 3, 2, 1.
    const csr = { rows: 3, cols: 3, indptr: Int32Array.from([0, 1, 2, 3]), indices: Int32Array.from([0, 1, 2]), values: Float32Array.from([3, 2, 1]) }
    const svd = truncatedSvd(csr, 2)
    expect(Array.from(svd.singular).map((s) => +s.toFixed(4))).toEqual([3, 2])
    expect(Math.abs(svd.components[0 * 2 + 0])).toBeCloseTo(1, 4)
  })

  it('diagonalises a symmetric matrix with Jacobi rotations', () => {
    const { values } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2)
    expect(Array.from(values).sort()).toEqual([expect.closeTo(1, 8), expect.closeTo(3, 8)])
  })
})
