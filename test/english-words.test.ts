/**
 * The English text helpers the understander leans on: lemma keys, padded
 * taxonomy phrases, typing-slip repair and the no-subject filler list.
 */
import { describe, expect, it } from 'vitest'
import { lemmaEnglish } from '../src/text/english.js'
import { createEnglishRepairer, oneEditApart } from '../src/text/english-repair.js'
import { createEnglishTermMatcher, englishKeys } from '../src/query/english-terms.js'
import { ENGLISH_FILLER } from '../src/query/english-words.js'
import { stemEnglish } from '../src/text/english.js'

describe('lemma keys', () => {
  it('join the forms of one verb and noun, and keep a person apart from an activity', () => {
    const same = [['caring', 'care'], ['raising', 'raise'], ['managed', 'manage'], ['programmes', 'program'], ['labourer', 'laborer'], ['children', 'child']]
    for (const [a, b] of same) expect(lemmaEnglish(a), `${a}/${b}`).toBe(lemmaEnglish(b))
    const apart = [['farmer', 'farming'], ['teacher', 'teaching'], ['parenting', 'parent'], ['programming', 'programmes']]
    for (const [a, b] of apart) expect(lemmaEnglish(a), `${a}/${b}`).not.toBe(lemmaEnglish(b))
  })
})

describe('English taxonomy phrases', () => {
  const match = createEnglishTermMatcher([
    { kind: 'topics', id: 'care', keys: englishKeys('care for elderly') },
    { kind: 'topics', id: 'family', keys: englishKeys('raise children') },
  ])

  it('are found inflected and with small words between their words', () => {
    expect(match('i am caring for the elderly').map((h) => [h.id, h.matched])).toEqual([['care', 'caring for the elderly']])
    expect(match('tips on raising children').map((h) => h.id)).toEqual(['family'])
  })

  it('are not found when a content word sits between their words', () => {
    expect(match('care for sick elderly')).toEqual([])
  })

  it('are read only at the first text with a Latin word, so a Chinese message never makes their keys', () => {
    let reads = 0
    const lazy = createEnglishTermMatcher(() => {
      reads++
      return [{ kind: 'topics', id: 'care', keys: englishKeys('care for elderly') }]
    })
    expect(lazy('我想学照顾老人')).toEqual([])
    expect(reads).toBe(0)
    expect(lazy('caring for the elderly').map((h) => h.id)).toEqual(['care'])
    expect(lazy('care for elderly').map((h) => h.id)).toEqual(['care'])
    expect(reads).toBe(1)
  })
})

describe('typing-slip repair', () => {
  const repair = createEnglishRepairer(['anything', 'about', 'learn', 'join', 'only', 'instead', 'courses'], ['house', 'giving', 'teenager', 'salt'])
  const fixed = (s: string) => repair(s).text

  it('reads a dropped, doubled, swapped or neighbouring-key letter as the word meant', () => {
    expect(fixed('anythign abbout laern innstead coruses')).toBe('anything about learn instead courses')
    expect(fixed('how do i joi')).toBe('how do i join')
    expect(fixed('abiut')).toBe('about')
  })

  it('leaves real words it does not know alone', () => {
    // "horse": r and u are not neighbouring keys; "teenage" reads whole; "sat" is short and not an everyday target.
    expect(fixed('horse teenage sat')).toBe('horse teenage sat')
  })

  it('counts one edit exactly', () => {
    expect(oneEditApart('laern', 'learn')).toBe(true)
    expect(oneEditApart('abc', 'abcd')).toBe(true)
    expect(oneEditApart('abc', 'acbd')).toBe(false)
  })
})

describe('English filler', () => {
  it('holds asking and steering words in every compared form, never a subject', () => {
    for (const w of ['forget', 'instead', 'anything', 'dunno', 'province', 'near', 'options']) {
      expect(ENGLISH_FILLER.has(w) && ENGLISH_FILLER.has(stemEnglish(w)), w).toBe(true)
    }
    for (const w of ['cooking', 'money', 'phone', 'swimming', 'business', 'drive', 'typing', 'rights']) {
      expect(ENGLISH_FILLER.has(stemEnglish(w)), w).toBe(false)
    }
  })
})
