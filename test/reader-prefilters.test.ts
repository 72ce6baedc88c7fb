/**
 * Readers that try a pattern only when the message can hold it (the message's one walk of every table's strings,
 * text/literal-walk) must read exactly what trying every pattern read: the fee and format readers, the speech-noise
 * wrappers, and the repeated-clause check.
 */
import { describe, expect, it } from 'vitest'
import { costQuestionSpans, freeSpans, readFree } from '../src/query/fee-reading.js'
import { namedMixedSpans, readFormat } from '../src/query/format-reading.js'
import { mayRepeat, withoutSpeechNoise } from '../src/text/speech-noise.js'
import { withoutSelfCorrection } from '../src/text/self-correction.js'
import { selfDescriptionSpans } from '../src/query/person-subjects.js'
import { findMatches, indexTerms, type Term } from '../src/query/term-matches.js'
import { distinctBenchQueries, warmUpQueries } from '../bench/bench-queries.js'

/** What speech-noise's REPEATED matches: a clause of Han characters said twice in a row. */
const REPEATED = /(\p{Script=Han}{2,20})(?:[\s,，、]*\1)+/u

describe('the fee reader with its prefilter', () => {
  it('reads free, refused and questioned fees as before', () => {
    expect(readFree('有免费的电脑课吗')).toBe(true)
    expect(readFree('一分钱都不用掏的课')).toBe(true)
    expect(readFree('收费的也可以')).toBe(null)
    expect(readFree('收不收费')).toBe(null)
    expect(readFree('想学电脑')).toBe(null)
  })
  it('gives the spans of free frames and cost questions only where they are said', () => {
    expect(freeSpans('费用全免的课')).toEqual([[0, 4]])
    expect(freeSpans('想学唱歌')).toEqual([])
    expect(costQuestionSpans('学电脑得花钱吗')).toEqual([[3, 7]])
    expect(costQuestionSpans('手机收钱')).toEqual([])
  })
})

describe('the format verdicts with their prefilter', () => {
  it('reads a mixed, an indifferent and a plain format as before', () => {
    expect(readFormat('有混合式的课吗')).toBe('hybrid')
    expect(readFormat('线上线下都行')).toBe(null)
    expect(readFormat('网上学电脑')).toBe('online')
    expect(namedMixedSpans('混成课程有吗')).toEqual([[0, 4]])
    expect(namedMixedSpans('学电脑')).toEqual([])
  })
})

describe('the speech-noise prefilters', () => {
  it('never passes over a text holding a repeated clause', () => {
    const texts = [...warmUpQueries(), ...distinctBenchQueries(), '有没有有没有', '我在南昌 我在南昌', '学电脑，学电脑', '𠀋𠀋学学𠀋𠀋学学']
    for (const t of texts) if (REPEATED.test(t)) expect(mayRepeat(t), t).toBe(true)
    expect(mayRepeat('我想学电脑')).toBe(false)
  })
  it('still strips wrappers that a strip joins together or that sit mid-message', () => {
    expect(withoutSpeechNoise('嗯 请问一下，还有别的吗呀，谢谢您')).toBe('还有别的吗')
    expect(withoutSpeechNoise('本人係退休人士，中文唔好，想搵電腦班')).toBe('本人係退休人士,想搵電腦班')
    expect(withoutSpeechNoise('um hi, any free classes lah? thanks')).toBe('any free classes?')
    expect(withoutSpeechNoise('有没有有没有电脑课')).toBe('有没有电脑课')
  })
})

describe('the clause readers with their prefilters', () => {
  it('take back a corrected clause as before and leave a message without a marker alone', () => {
    expect(withoutSelfCorrection('我想学唱歌 哦不对 我是说跳舞')).toBe('跳舞')
    expect(withoutSelfCorrection('我在南昌 不对 我在赣州')).toBe('我在赣州')
    expect(withoutSelfCorrection('singing, no wait, dancing')).toBe('dancing')
    expect(withoutSelfCorrection('想学电脑')).toBe('想学电脑')
  })
  it('find the self, proxy and body clauses as before', () => {
    expect(selfDescriptionSpans('我是退休教师,想学电脑')).toEqual([[0, 6]])
    expect(selfDescriptionSpans('替我们学校的老师们问问')).toEqual([[0, 11]])
    expect(selfDescriptionSpans('我们工会想给职工报个班')).toEqual([[0, 5]])
    expect(selfDescriptionSpans('想学电脑')).toEqual([])
  })
})

describe('the term trie read from its root array', () => {
  it('finds every term at every position, as trying each term there would', () => {
    const terms: Term[] = [
      { kind: 'topics', id: 'computers', han: '电脑' }, { kind: 'topics', id: 'computers', han: '电脑课' },
      { kind: 'audiences', id: 'elderly', han: '老人' }, { kind: 'topics', id: 'ai', han: 'ai' }, { kind: 'topics', id: 'rare', han: '𠀋字' },
    ]
    const index = indexTerms(terms, () => [])
    const text = '给老人找电脑课 学ai 𠀋字 电脑'
    const plain = terms.flatMap((t) => [...text.matchAll(new RegExp(t.han, 'g'))].map((m) => `${t.han}@${m.index}`))
    const found = findMatches(text, index).filter((m) => !m.cue).map((m) => `${m.matched}@${m.start}`)
    // (A term starting outside the BMP is never reached: a message is read by UTF-16 unit, as before.)
    expect(found.sort()).toEqual(plain.filter((p) => !p.startsWith('𠀋')).sort())
  })
})
