/**
 * @module query/types
 * What a learner's message means, in the shape retrieval and the dialogue
 * engine share: the slots (topic, audience, region, format, fee, time) and
 * the normalised text. "Explicit" values (the user said "老年人") filter;
 * implied ones (the user said "我65了") only boost.
 */
import type { Slots } from './slots.js'
import type { Lang } from '../text/lang.js'

export type { SlotValue, Slots, TimeWindow } from './slots.js'
export { emptySlots } from './slots.js'

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
   * Every member is in `terms`.
   */
  termGroups: string[][]
  /**
   * The groups of `termGroups` that say what to learn: not filler and not
   * only the words that filled a slot ("老年", "线上", "杭州", "免费"). Empty when
   * the message is only slots ("有没有老人能上的班"): it asks for the slots.
   */
  needs: string[][]
  lang: Lang
  slots: Slots
  /**
   * Where the topics were read: `words`, by a reader of the message (a named topic, a cue, an everyday word), or
   * `catalogue`, from the catalogue's own text for need-words no reader knows (search/topic-evidence). The dialogue
   * records a topic so read with the source `catalogue` (dialogue/dialogue-state).
   */
  topicSource: 'words' | 'catalogue'
  /** True when nothing in the message is a usable need ("有什么好学的", "推荐一下"). */
  vague: boolean
  /**
   * A request the catalogue never serves by design, as said ("sat math tutoring", "高考补习班"):
   * school-exam cramming is no lifelong learning, so it gets the honest "nothing" whatever a
   * word inside it ("math") happens to find.
   */
  outOfScope?: string
  /**
   * The words in which the learner says who they are when no group was read from them ("我是卖菜的", "i work nights
   * at a car wash", query/unread-person): the dialogue then prefers the projects open to everyone.
   */
  unreadPerson?: string
}
