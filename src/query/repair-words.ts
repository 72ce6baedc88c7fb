/**
 * @module query/repair-words
 * The words typos are repaired towards besides the catalogue's own: taxonomy terms, the words learners use around
 * the slots, place names and everyday words. One list, shared by the understander and the index-build worker that
 * prepares its pinyin off the bot's event loop.
 */
import type { Taxonomy } from '../catalogue/taxonomy.js'
import type { Regions } from '../catalogue/regions.js'
import { normalizeText } from '../text/normalize.js'
import type { RelatedWords } from './related-words.js'

/** What the repair word list is made from (a part of the understander's deps). */
export interface RepairWordSources {
  taxonomy: Taxonomy
  regions?: Regions
  relatedWords?: RelatedWords
}

/**
 * The typo repairer's words around the catalogue vocabulary, in order:
 * `[...before, ...vocabulary, ...after]`. Exported so the index-build worker
 * can prepare that exact vocabulary (its pinyin) off the bot's event loop.
 */
export function repairWordParts(deps: RepairWordSources): { before: string[]; after: string[] } {
  const taxonomyWords: string[] = []
  for (const kind of ['topics', 'audiences'] as const) {
    for (const [term] of deps.taxonomy.terms(kind)) {
      const norm = normalizeText(term)
      if (norm) taxonomyWords.push(norm)
    }
  }
  const placeWords: string[] = []
  for (const p of deps.regions?.provinces ?? []) {
    placeWords.push(p.name, ...p.aliases, p.en, ...p.cities.flatMap((c) => [c.name, ...c.aliases]))
  }
  // Everyday words of the related-words table are repair targets too ("shuaijiao" → 摔跤, then 跌倒).
  const everyday = (deps.relatedWords?.entries ?? []).flatMap((e) => e.say).filter((w) => /^\p{Script=Han}{2,}$/u.test(w))
  return { before: [...taxonomyWords, ...QUERY_WORDS, ...placeWords], after: everyday }
}

/** Words learners use around the slots; repair targets so "mianfei" and "xianshang" are read. */
export const QUERY_WORDS = [
  '免费', '线上', '线下', '推介', '网上', '在线', '网课', '面授', '现场', '暑假', '寒假', '春节', '明年', '下个月', '这个月',
  '下周', '推荐', '课程', '学习', '培训', '报名', '老人', '想学', '退休', '打工', '种地', '孩子', '教书', '全国',
  // Everyday words of a dictated request (conv-dialect): read by sound as frame words (text/repair's frameWords).
  '上课', '开课', '培训班', '手机', '电脑', '老师', '介绍',
  // The fee said by its cost ("零费用的", typed "零废用").
  '费用', '零费用', '学费',
]
