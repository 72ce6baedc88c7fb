/**
 * @module query/types
 * What a learner's message means, in the shape retrieval and the dialogue
 * engine share: the slots (topic, audience, region, format, fee, time) and
 * the normalised text. "Explicit" values (the user said "老年人") filter;
 * implied ones (the user said "我65了") only boost.
 */
import type { Format } from '../catalogue/project.js'
import type { Lang } from '../text/lang.js'

/** One recognised topic or audience. */
export interface SlotValue {
  /** Taxonomy id. */
  id: string
  /** True when the user named it; false when it was inferred (boost only). */
  explicit: boolean
  /** The words of the message that produced it, for --explain. */
  matched: string
  /**
   * Inferred from an everyday word of knowledge/related-words.yaml ("顶嘴" → 家庭教育):
   * it only boosts; unlike a named topic it is no evidence that a project fits.
   * `matched` is then the everyday word. Optional: added after the first contract.
   */
  related?: true
}

/** A date window the user asked about ("这个月", "暑假"), inclusive, YYYY-MM-DD. */
export interface TimeWindow {
  from: string
  to: string
  /** The words that produced it. */
  matched: string
}

/** Everything structured a message says about the projects wanted. */
export interface Slots {
  topics: SlotValue[]
  audiences: SlotValue[]
  /** Canonical province or city name (as in knowledge/regions.yaml), or '全国'. */
  region: string | null
  format: Format | null
  /** True: only free projects. Null: not said. */
  free: boolean | null
  time: TimeWindow | null
}

/** A message after normalisation and slot filling. */
export interface Understanding {
  /** The raw message. */
  text: string
  /** Simplified, half-width, lower-cased, typos and pinyin repaired. */
  normalized: string
  /** Words for lexical search (segmented Chinese, stemmed English), slot words included. */
  terms: string[]
  /**
   * `terms` grouped into alternatives: a word with the words inside it
   * ([智能, 手机, 智能手机]), or an everyday phrase with the catalogue's words
   * for it ([骗子, 诈骗, 防诈骗, 反诈]). A project "covers" a group when its text
   * has any member, so sub-words and expansions do not dilute coverage.
   * Optional: added after the first contract; every member is in `terms`.
   */
  termGroups?: string[][]
  lang: Lang
  slots: Slots
  /** True when nothing in the message is a usable need ("有什么好学的", "推荐一下"). */
  vague: boolean
}

/** Slots with nothing filled. */
export function emptySlots(): Slots {
  return { topics: [], audiences: [], region: null, format: null, free: null, time: null }
}
