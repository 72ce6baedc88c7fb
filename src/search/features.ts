/**
 * @module search/features
 * Turns a text into weighted features for the local embedder: segmented
 * words, Chinese character bigrams (robust to segmentation differences:
 * "智能手机" and "手机" still share "手机") and taxonomy concepts (every
 * synonym of an entry becomes the same `@a:elderly` feature, so "老人" and
 * "长者" land together before any statistics are learned).
 */
import type { Taxonomy, TaxonomyKind } from '../catalogue/taxonomy.js'
import { normalizeText } from '../text/normalize.js'
import { segment } from '../text/segment.js'
import { DEFAULT_TUNING } from './tuning.js'

/**
 * Stop words of the search side: too general to tell projects apart, they only add noise to
 * vectors and lexical scores. Not the same as query/cues VAGUE_WORDS (what makes a message vague).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '学', '学习', '学学', '想学', '课程', '课', '培训', '培训班', '班', '项目', '知识', '教学', '讲座', '我', '我们',
  '你', '您', '他', '她', '的', '了', '吗', '呢', '吧', '啊', '呀', '想', '要', '想要', '有', '没有', '有没有',
  '什么', '哪些', '哪个', '怎么', '怎样', '如何', '一下', '一些', '可以', '能', '能不能', '会', '是', '在', '和',
  '与', '及', '给', '让', '用', '去', '来', '到', '对', '把', '被', '就', '都', '也', '还', '很', '最', '更', '再',
  '个', '些', '这', '那', '这个', '那个', '推荐', '介绍', '请问', '请', '帮', '帮我', '找', '找找', '一个', '参加',
  'the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'and', 'or', 'i', 'me', 'my', 'is', 'are', 'be', 'want',
  'learn', 'learning', 'course', 'courses', 'class', 'classes', 'training', 'any', 'some', 'what', 'how',
  'with', 'about', 'can', 'do', 'there', 'find', 'please', 'project', 'projects', 'program', 'programme',
])

const HAN = /\p{Script=Han}/u
const HAN_RUN = /\p{Script=Han}+/gu

/** Sparse features of one text: feature → weight (before TF-IDF). */
export type FeatureCounts = Map<string, number>

/** Options of {@link createFeaturizer}. */
export interface FeaturizerOptions {
  taxonomy: Taxonomy
  /** Weight of a character bigram relative to a word; default DEFAULT_TUNING.bigramWeight. */
  bigramWeight?: number
  /** Weight of a taxonomy concept; default DEFAULT_TUNING.conceptWeight. */
  conceptWeight?: number
}

/** A function from text to features; see {@link createFeaturizer}. */
export type Featurizer = (text: string) => FeatureCounts

/** Meaningful words of a normalised text: segmented, generic words and lone symbols dropped. */
export function contentWords(normalized: string): string[] {
  return segment(normalized).filter((w) => {
    const t = w.trim()
    if (!t || STOP_WORDS.has(t)) return false
    if (/^\d+$/.test(t)) return false
    // A single Han character is rarely a need on its own (学, 想, 个).
    return !(t.length === 1 && HAN.test(t))
  })
}

/** Character bigrams of every run of Chinese characters. */
export function hanBigrams(normalized: string): string[] {
  const out: string[] = []
  for (const run of normalized.match(HAN_RUN) ?? []) {
    const chars = [...run]
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1])
  }
  return out
}

/** A function listing the taxonomy entries (`@t:id`, `@a:id`) a normalised text mentions. */
export type ConceptMatcher = (normalized: string) => string[]

/** Prepares the taxonomy's labels and synonyms once, for {@link ConceptMatcher} calls on many texts. */
export function createConceptMatcher(taxonomy: Taxonomy): ConceptMatcher {
  const han: [string, string][] = []
  const latin = new Map<string, [string, string][]>()
  for (const kind of ['topics', 'audiences'] as TaxonomyKind[]) {
    const prefix = kind === 'topics' ? '@t:' : '@a:'
    for (const [term, id] of taxonomy.terms(kind)) {
      const t = normalizeText(term)
      if (!t) continue
      if (HAN.test(t)) {
        if ([...t].length >= 2) han.push([t, prefix + id])
      } else {
        const first = t.split(' ')[0]
        const list = latin.get(first)
        if (list) list.push([` ${t} `, prefix + id])
        else latin.set(first, [[` ${t} `, prefix + id]])
      }
    }
  }
  // Index Chinese terms by their first character (UTF-16 unit): one pass over the text instead of one search per term.
  const byFirst = new Map<number, [string, string][]>()
  for (const [t, f] of han) {
    const first = t.charCodeAt(0)
    const list = byFirst.get(first)
    if (list) list.push([t, f])
    else byFirst.set(first, [[t, f]])
  }
  return (normalized) => {
    const found = new Set<string>()
    for (let i = 0; i < normalized.length; i++) {
      const list = byFirst.get(normalized.charCodeAt(i))
      if (!list) continue
      for (const [t, f] of list) if (!found.has(f) && normalized.startsWith(t, i)) found.add(f)
    }
    if (/[a-z]/.test(normalized)) {
      const padded = ` ${normalized} `
      for (const word of new Set(normalized.match(/[a-z0-9+#.-]+/g))) {
        for (const [t, f] of latin.get(word) ?? []) if (!found.has(f) && padded.includes(t)) found.add(f)
      }
    }
    return [...found]
  }
}

/**
 * Builds the featurizer the local embedder uses for documents and queries
 * alike, so both sides of a comparison are described the same way.
 */
export function createFeaturizer(options: FeaturizerOptions): Featurizer {
  const bigramWeight = options.bigramWeight ?? DEFAULT_TUNING.bigramWeight
  const conceptWeight = options.conceptWeight ?? DEFAULT_TUNING.conceptWeight
  const concepts = createConceptMatcher(options.taxonomy)
  return (text) => {
    const normalized = normalizeText(text)
    const counts: FeatureCounts = new Map()
    const add = (f: string, w: number) => counts.set(f, (counts.get(f) ?? 0) + w)
    for (const w of contentWords(normalized)) add(w, 1)
    for (const g of hanBigrams(normalized)) {
      if (!STOP_WORDS.has(g)) add('~' + g, bigramWeight)
    }
    for (const c of concepts(normalized)) add(c, conceptWeight)
    return counts
  }
}
