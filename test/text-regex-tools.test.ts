/**
 * The understander runs about 260 patterns over every message; text/regex-tools
 * makes that cheap without changing a single match: globalMatches is matchAll
 * without the per-call copy, and candidatesOf only leaves out patterns no
 * character of the message can start a match of.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { CUES, EXPANSIONS, FEE_CUES, FORMAT_CUES } from '../src/query/cues.js'
import { COLLOQUIAL_CUES } from '../src/query/colloquial-cues.js'
import { ENGLISH_CUES, ENGLISH_FEE_CUES, ENGLISH_FORMAT_CUES } from '../src/query/english-cues.js'
import { loadRelatedWords, relatedExpansions } from '../src/query/related-words.js'
import { PERSON_CUES } from '../src/query/person-cues.js'
import { REGIONAL_CUES } from '../src/query/regional-cues.js'
import { TOPIC_TALK } from '../src/query/topic-talk.js'
import { TOPIC_FRAMES } from '../src/query/topic-frames.js'
import { anyMatches, candidateIndices, candidatesOf, firstChars, firstStrings, globalMatches, replaceEach } from '../src/text/regex-tools.js'
import { normalizeText } from '../src/text/normalize.js'
import { requiredStrings } from '../src/text/pattern-literals.js'
import { distinctBenchQueries } from '../bench/bench-queries.js'

const PATTERNS = [
  ...[...CUES, ...COLLOQUIAL_CUES, ...ENGLISH_CUES, ...PERSON_CUES, ...TOPIC_TALK, ...TOPIC_FRAMES, ...REGIONAL_CUES].map((c) => c.pattern),
  ...[...FORMAT_CUES, ...ENGLISH_FORMAT_CUES].map((c) => c.pattern),
  ...[FEE_CUES, ENGLISH_FEE_CUES].flatMap((f) => [f.free, f.notFree]),
  ...EXPANSIONS.map((e) => e.pattern),
  ...relatedExpansions(loadRelatedWords()).map((e) => e.pattern),
]

/** Every string of the eval's query files, and the bench messages: thousands of real-looking messages. */
function messages(): string[] {
  const out = new Set<string>(distinctBenchQueries(2000))
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v)
    else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  for (const f of ['queries.yaml', 'queries-heldout.yaml', 'queries-probe.yaml', 'queries-fresh.yaml', 'queries-fresh2.yaml', 'dialogues.yaml']) {
    walk(parse(readFileSync(join('bench/eval', f), 'utf8')))
  }
  return [...out].flatMap((t) => [t, normalizeText(t)])
}

describe('pattern tools of the understander', () => {
  it('finds the same matches as matchAll, empty matches and unicode steps included', () => {
    const cases: [RegExp, string][] = [[/学(\p{Script=Han})/u, '学车学琴'], [/a*/g, 'baac'], [/(?:)/u, '😀学'], [/老年|年人/, '老年人老年']]
    for (const [re, text] of cases) {
      const flags = re.flags.includes('g') ? re.flags : re.flags + 'g'
      const expected = [...text.matchAll(new RegExp(re.source, flags))].map((m) => [m.index, m[0]])
      expect(globalMatches(re, text).map((m) => [m.index, m[0]])).toEqual(expected)
    }
  })

  it('reads the first characters of literals, groups, optional parts, classes and lookbehinds', () => {
    expect(firstChars(/被骗|骗子/)).toEqual(new Set(['被', '骗']))
    expect(firstChars(/(家里|我家)?(的)?(老人|父母)[^。]{0,16}照顾/)).toEqual(new Set(['家', '我', '的', '老', '父']))
    expect(firstChars(/(?<![a-z0-9])fall(?:s)?\b/)).toEqual(new Set(['f']))
    expect(firstChars(/[五六]十岁/)).toEqual(new Set(['五', '六']))
    expect(firstChars(/Ab/i)).toEqual(new Set(['A', 'a']))
    expect(firstChars(/(a)\1/)).toEqual(new Set(['a']))
    // What cannot be read is always tried: any character, negated classes, escapes of classes, empty matches.
    for (const re of [/.学/, /[^，]学/, /\D岁/, /学?/, /\p{Script=Han}课/u, /(?:)/]) expect(firstChars(re)).toBeNull()
    // Digits, spaces and word characters are fixed sets.
    expect(firstChars(/\d岁/)).toEqual(new Set('0123456789'))
    expect(firstChars(/(^|\s)中不/)?.has('中')).toBe(true)
  })

  it('reads the first two or three characters of a match through optional parts, classes and repeats', () => {
    expect(firstStrings(/(我家|我的)?老人/, 2)).toEqual(new Set(['我家', '我的', '老人']))
    expect(firstStrings(/[五六]十岁/, 3)).toEqual(new Set(['五十岁', '六十岁']))
    // A repeated piece ends its strings (more of it may follow); an unreadable piece ends them where it starts.
    expect(firstStrings(/(哈)+好/, 3)).toEqual(new Set(['哈']))
    expect(firstStrings(/学.课/, 3)).toEqual(new Set(['学']))
    expect(firstStrings(/(?<=我)想学(?=车)/, 2)).toEqual(new Set(['想学']))
    expect(firstStrings(/Ab/i, 3)).toEqual(new Set(['Ab', 'AB', 'ab', 'aB']))
    for (const re of [/.学/, /学?/, /(?:学|.)课/]) expect(firstStrings(re, 3)).toBeNull()
  })

  it('never leaves out a cue, format, expansion or related-word pattern that matches a message', () => {
    const may = candidatesOf(PATTERNS)
    let skipped = 0
    let matched = 0
    for (const text of messages()) {
      const candidates = may(text)
      PATTERNS.forEach((re, k) => {
        const hit = globalMatches(re, text).some((m) => m[0] !== '')
        if (hit) matched++
        if (!candidates[k]) skipped++
        if (hit) expect(candidates[k], `${re.source.slice(0, 40)} on ${text}`).toBe(true)
      })
    }
    expect(matched).toBeGreaterThan(1000)
    expect(skipped).toBeGreaterThan(matched * 10)
  })

  it('reads the strings every match needs through groups, repeats and unreadable starts, and no more', () => {
    expect(requiredStrings(/(?:给|帮)[^，]{0,12}?(?:退伍军人|老兵)/)).toEqual(new Set(['退伍军人', '老兵']))
    expect(requiredStrings(/(我家|我的)?老人/)).toEqual(new Set(['老人']))
    expect(requiredStrings(/a(?:bc)+d|xyz/)).toEqual(new Set(['bc', 'xyz']))
    expect(requiredStrings(/学(电脑|计算机)?/)).toEqual(new Set(['学']))
    // An alternative that needs nothing, a pattern that can match nothing, case folding of letters: nothing is needed.
    expect(requiredStrings(/老人|\d+岁?|.{2}/)).toBeNull()
    expect(requiredStrings(/(老人)?/)).toBeNull()
    expect(requiredStrings(/online/i)).toBeNull()
    expect(requiredStrings(/网课/i)).toEqual(new Set(['网课']))
    // A pattern whose start cannot be read is still left out when what it needs is absent.
    const may = candidatesOf([/[^，]{0,3}老兵/, /[^，]{0,3}(?:老兵)?/])
    expect(may('我想学电脑')).toEqual([false, true])
    expect(may('我是老兵')).toEqual([true, true])
  })

  it('replaces in turn as replacing one after another would, a rule finding what an earlier one wrote', () => {
    const rules: [RegExp, string][] = [[/毋(须|需)/g, '无须'], [/无须报名/g, '免报名'], [/AI/gi, '人工智能'], [/(?<=学)(电脑|计算机)/g, '电脑操作'], [/免收(学|报名)?费/g, '免费']]
    const replace = replaceEach(rules)
    for (const text of [...messages(), '毋须报名', 'Ai课 免收学费', '学电脑']) {
      expect(replace(text)).toBe(rules.reduce((out, [pattern, to]) => out.replace(pattern, to), text))
    }
    expect(replace('毋须报名')).toBe('免报名')
  })

  it('finds patterns whose strings share a start and part at any character, one inside another', () => {
    // The walk's trie keeps a node's first next character apart from the others: each branch must still be found.
    const may = candidateIndices([/课程报名/, /课程/, /课表/, /课外班/, /程序/, /报名费/, /课程表/])
    expect(may('我想看课程表')).toEqual([1, 6])
    expect(may('课外班课表')).toEqual([2, 3])
    expect(may('课程报名费多少')).toEqual([0, 1, 5])
    expect(may('学编程序')).toEqual([4])
    expect(may('课')).toEqual([])
  })

  it('tells whether any pattern matches, across flags, as trying each would', () => {
    const test = anyMatches([/有冇/g, /咋(个)?(?=[\p{Script=Han}]|$)/gu, /唔(该)/y])
    for (const [text, expected] of [['有冇课', true], ['咋学', true], ['多谢唔该', true], ['学手机', false]] as const) {
      expect(test(text)).toBe(expected)
    }
  })
})
