/**
 * @module query/fused-audience
 * A group written straight onto the front of a topic's phrase ("在职|技能提升", "老年人|保养身体的班") or after
 * it in English ("health for older people") names the kind of course. When the learner says who they are
 * elsewhere ("我们这些当家长的", "i am a dad of three", or a request before), that group is not a second
 * learner: the understander keeps the self-description beside it (query/understand), and the dialogue lets
 * the fused group only rank (dialogue/topic-bound-audience). Said alone, it is who the course is for.
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

