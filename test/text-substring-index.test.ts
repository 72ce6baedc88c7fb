/**
 * The substring index (text/substring-index) answers exactly what `text.includes(word)` over every text answers:
 * for words cut from the texts, words glued across a space, characters no text has, and texts with characters
 * outside the basic plane. The catalogue evidence of a topic reads only this, so equal rows give equal votes.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SubstringIndex } from '../src/text/substring-index.js'
import { generateProjects } from '../bench/generate-catalogue.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { normalizeText } from '../src/text/normalize.js'

const scan = (texts: string[], word: string) => texts.flatMap((t, row) => (t.includes(word) ? [row] : []))

describe('a substring index over many texts', () => {
  it('finds the rows whose text contains a word, in order, and nothing else', () => {
    const index = new SubstringIndex(['家用电器安全讲座', '电工证考前辅导班', '大学电脑入门', '安全'])
    expect([...index.rows('电')]).toEqual([0, 1, 2])
    expect([...index.rows('学电')]).toEqual([2])
    expect([...index.rows('安全')]).toEqual([0, 3])
    expect([...index.rows('电安')]).toEqual([])
    expect(index.count('游泳')).toBe(0)
  })

  it('answers like includes for any texts and any word, cut from them or not', () => {
    const alphabet = fc.constantFrom(...'电工安全学大用器 a😀家')
    const text = fc.array(alphabet, { maxLength: 12 }).map((cs) => cs.join(''))
    fc.assert(fc.property(fc.array(text, { maxLength: 20 }), fc.array(alphabet, { minLength: 1, maxLength: 4 }), (texts, cs) => {
      const index = new SubstringIndex(texts)
      const words = [cs.join(''), ...texts.flatMap((t) => (t.length > 1 ? [t.slice(1), t.slice(0, -1)] : []))]
      return words.every((word) => [...index.rows(word)].join() === scan(texts, word).join())
    }), { numRuns: 200 })
  })

  it('answers like includes over a generated catalogue, for every two-character word of its titles', () => {
    const texts = [...generateProjects({ rows: 600, taxonomy: loadTaxonomy(), seed: 7 })]
      .map((p) => normalizeText(`${p.title} ${p.summary} ${p.tags.join(' ')}`))
    const index = new SubstringIndex(texts)
    const words = new Set(texts.slice(0, 80).flatMap((t) => [...t].slice(0, 12).map((c, i, cs) => c + (cs[i + 1] ?? ''))))
    for (const word of [...words, '电', '直播', '安全', '游泳课']) expect([...index.rows(word)]).toEqual(scan(texts, word))
  })
})
