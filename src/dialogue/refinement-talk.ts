/**
 * @module dialogue/refinement-talk
 * Which words beside a refinement are a new subject. "再筛一下，要线上直播或录播的",
 * "只保留能在网上听的", "俺说一下，俺是单位上班的" narrow the list on screen (a
 * format, a group); their other words (直播, 保留, 单位) are how people talk
 * around the refinement, even when some project happens to mention them, and
 * must not replace the topic. A word the learner asks for ("在杭州有没有茶艺",
 * "线上的养蜂课", "那书法呢", "any pottery online?") is a subject: the topic switches.
 */
import { isFramedSubject } from '../query/need-frames.js'

/** Words right before a subject that ask for it: 有没有茶艺, 要茶艺的, 换成书法, 那书法呢. */
const ASK_BEFORE = /(有没有|有没|有冇|有无|有木有|想要|要学|找|换成|改成|改为|换个|那|关于|讲|看看|只看|只要)$/
/** Words right after a subject that ask for it: 书法呢, 茶艺有吗, 书法方面的. */
const ASK_AFTER = /^(呢|吗|嘛|有没有|有吗|有没|有冇|的呢|的有吗|的有没有|的有冇|方面|类|相关|这块|那块)/
const EN_ASK_BEFORE = /\b(any|some|about|what about|how about|anything on|something on|only|just)\s+$/
/** A modal right before a word makes it a verb the learner asks whether they can do ("长沙能找到吗", "可以去吗"), not a subject. */
const MODAL_BEFORE = /(能|可以|可|能不能|可不可以|会不会)$/

/** True when `word` of `normalized`, said beside a refinement, is asked for as a subject (see the module). */
export function asksForSubject(normalized: string, word: string): boolean {
  if (isFramedSubject(normalized, word)) return true
  for (let at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + 1)) {
    const before = normalized.slice(0, at)
    const after = normalized.slice(at + word.length)
    if (MODAL_BEFORE.test(before.replace(/\s+$/, ''))) continue
    if (ASK_BEFORE.test(before.replace(/\s+$/, '')) || EN_ASK_BEFORE.test(before)) return true
    if (ASK_AFTER.test(after.replace(/^\s+/, ''))) return true
  }
  return false
}
