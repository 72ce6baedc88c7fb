/**
 * @module query/fused-audience
 * A group written straight onto the front of a topic's phrase ("在职|技能提升", "老年人|保养身体的班") or after
 * it in English ("health for older people") names the kind of course. When the learner says who they are
 * elsewhere ("我们这些当家长的", "i am a dad of three", or a request before), that group is not a second
 * learner: the understander keeps the self-description beside it (query/understand), and the dialogue lets
 * the fused group only rank (dialogue/topic-bound-audience). Said alone, it is who the course is for.
 *
 * Its twin (round 15): a group that is the one acting in a "how does one…" question is part of the subject
 * asked about: "家长怎么做好家庭教育", "家長點樣做好家庭教育", "父母如何才能管好孩子", "how can parents help kids
 * study" ask about parenting. Stating who one is puts the group after a self or proxy frame (我是家长, 替家长问,
 * 给家长找, i'm a parent); naming a topic puts it before a how-word, in the same clause as the topic's phrase.
 * The rule reads that structure, not the words of any one topic, and the group only ranks as a fused one does.
 */
import type { SlotValue } from './slots.js'
import { indexesOf } from '../text/regex-tools.js'

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Words for studying as such, with no subject: a group glued before them names the kind of course. */
const STUDY_AFTER = /^(?:的)?(?:进修|培训|深造|充电|课程|课|班|讲座)/
/** A proxy or self frame in the clause before a group ("给在职职工找", "我是老年人"): then the group is who learns. */
const FRAMED_BEFORE = /(给|帮|替|为|代|我|俺|咱|本人|作为|身为|for|i am|i m|im)[^，,。!！?？;；\s]{0,8}$/

/** True when the group `a` is written straight onto the front of a topic's phrase ("在职|技能提升", "老年人|智能手机"), nobody's frame before it. */
export function isFusedToTopic(normalized: string, a: SlotValue, topics: readonly SlotValue[]): boolean {
  for (const at of indexesOf(normalized, a.matched)) {
    if (FRAMED_BEFORE.test(normalized.slice(0, at))) continue
    const after = normalized.slice(at + a.matched.length)
    // The group's last words are the topic phrase's first ones ("中小学教师|能力提升" read as 中小学教师 and 教师能力提升).
    if (topics.some((t) => t.matched && indexesOf(normalized, t.matched).some((tAt) => at < tAt && tAt < at + a.matched.length))) return true
    if (topics.some((t) => t.matched && /\p{Script=Han}/u.test(t.matched) && (after.startsWith(t.matched) || after.startsWith(`的${t.matched}`)))) return true
    // A group glued to a word for studying itself ("在职|进修", "老年人|培训班"): the kind of course, as onto a topic.
    if (/\p{Script=Han}/u.test(a.matched) && STUDY_AFTER.test(after)) return true
    // English puts the group after the subject: "health for older people", "ai for seniors".
    const before = normalized.slice(0, at)
    if (topics.some((t) => t.matched && /^[a-z]/.test(t.matched) && new RegExp(`\\b${escaped(t.matched)} for (?:the )?$`).test(before))) return true
  }
  return false
}

/**
 * Right after the group: an optional modal, a how-word (怎么/怎样/如何/咋/點樣; Cantonese already read as 怎样), then
 * the rest of the clause up to the topic's phrase, a few characters with no clause break and no self pronoun.
 */
const HOW_AFTER = /^(?:又|该|應該|应该|应当|要|能|可以|到底|究竟|才)?(?:怎么样|怎麼樣|怎么|怎樣|怎样|怎麼|如何|咋样|咋个|咋|点样|點樣)(?:[^\s，,。.!！?？;；:：我俺咱]{0,8})$/
/** English puts the how-word before the group: "how (can|do|should…) (the) parents…". */
const HOW_BEFORE = /\bhow(?: (?:do|does|can|could|should|would|might|to|must))?(?: (?:the|new|young|busy|working))? $/
/** A self or proxy frame right before the group ("我是", "我们", "替…", "给", "作为", "i am a"): then the group is who learns. */
const HOW_FRAMED_BEFORE = /(?:(?:给|帮|替|为|代)[^，,。!！?？;；\s]{0,4}|(?:我|俺|咱|本人|我们|咱们)(?:是|就是|也是|算是)?(?:一?[名个位])?|作为|身为|作為|身為|\bfor(?: the| our| my)?|\bi am an?|\bi m an?|\bim an?|\bas an?)\s?$/

/** True when the group `a` is the one acting in a how-question whose clause goes on to one of `topics` (see the module's second paragraph). */
export function isHowAgent(normalized: string, a: SlotValue, topics: readonly SlotValue[]): boolean {
  if (!a.matched || !topics.some((t) => t.matched)) return false
  const said = indexesOf(normalized, a.matched)
  // (Every time it is said: "我是家长，家长怎么…" also says who learns.)
  return said.length > 0 && said.every((at) => {
    const before = normalized.slice(0, at)
    if (HOW_FRAMED_BEFORE.test(before)) return false
    const after = normalized.slice(at + a.matched.length)
    return topics.some((t) => {
      if (!t.matched) return false
      const tAt = after.indexOf(t.matched)
      if (tAt < 0) return false
      if (HOW_AFTER.test(after.slice(0, tAt))) return true
      // (English: "how can parents help kids study", the topic anywhere later in the same sentence.)
      return /^[a-z]/.test(a.matched) && HOW_BEFORE.test(before) && !/[.?!]/.test(after.slice(0, tAt))
    })
  })
}
