/**
 * @module dialogue/topic-bound-audience
 * A group named inside the phrase that names the topic is part of the subject,
 * not a fact about the learner: "家长怎么和孩子相处", "家长如何教育孩子",
 * "当家长的学问" ask about parenting (how a parent does something), they do not
 * say "I am a parent, show me only parents' courses". Such an audience only
 * ranks (parents' courses first), so the topic's other courses stay in the list
 * "更多" walks, and it never filters a later topic the learner switches to.
 * "我是家长，想学…" (a self-description) or a group said apart from the topic
 * stays a stated fact about the person.
 */
import type { Slots, SlotValue } from '../query/slots.js'

/** "How a <group> does <topic>": the words between the group and the topic phrase that make it one subject. */
const HOW_GAP = /^(该|应该|要|能|可以)?(怎么|怎样|怎麼|如何|咋|咋样|咋个|怎么样|怎么去|如何去|咋去)(才能|去|来)?(好好)?$/
/** "当家长的学问", "做父母的本事": being a <group> as the subject. */
const BEING_BEFORE = /(当|做|作|当好|做好|当个|做个)$/
const BEING_AFTER = /^(的)?(学问|本事|门道|道理|方法|技巧|知识|课|课程|培训|功课|经验|责任)/
/** A programme named after its group ("父母成长班", "家长学校", "家长课堂"): the group is the programme's name, the subject. */
const NAMED_AFTER = /^(成长班|成长课|成长营|课堂|学堂|学校|讲堂|大讲堂|沙龙|工作坊)/
/** A self-description before the group ("我是家长", "作为家长", "身为父母"): then it is a fact about the learner. */
/**
 * Topics that are about a group: that group said right beside the topic's phrase ("老年人的健康管理", "老年人养生保健",
 * "senior health", "care work for old people") names whom the subject serves, not who is learning (a community worker
 * switching to it stays one).
 */
const ABOUT_GROUP: Readonly<Record<string, readonly string[]>> = { elderly: ['health-elderly-care'] }
/** Nothing but "的" or a space between the group and the topic's phrase; or the phrase, then "for/of (the)" the group. */
const BESIDE_BEFORE = /^\s?的?\s?$/
const BESIDE_AFTER = /(?:\s(?:for|of)(?:\s(?:the|our|my))?\s|的|\s)$/
const SELF_BEFORE = /(我|俺|咱|本人|我们|咱们|自己)(是|就是|也是|算是)?(一?[名个位])?$|(作为|身为|作為|身為)$/

function indexesOf(text: string, word: string): number[] {
  const out: number[] = []
  if (!word) return out
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push(at)
  return out
}

/** True when audience `a` is said as part of the phrase naming one of `topics` in `normalized` (see the module). */
export function isTopicBound(normalized: string, a: SlotValue, topics: readonly SlotValue[]): boolean {
  for (const at of indexesOf(normalized, a.matched)) {
    const before = normalized.slice(0, at)
    const after = normalized.slice(at + a.matched.length)
    if (SELF_BEFORE.test(before)) continue
    if (BEING_BEFORE.test(before) && BEING_AFTER.test(after)) return true
    if (NAMED_AFTER.test(after) && topics.length > 0) return true
    for (const t of topics) {
      const gapEnd = after.indexOf(t.matched)
      if (gapEnd >= 0 && HOW_GAP.test(after.slice(0, gapEnd))) return true
      if (!ABOUT_GROUP[a.id]?.includes(t.id)) continue
      if (gapEnd >= 0 && BESIDE_BEFORE.test(after.slice(0, gapEnd))) return true
      const tAt = before.lastIndexOf(t.matched)
      if (tAt >= 0 && BESIDE_AFTER.test(before.slice(tAt + t.matched.length)) && before.length - tAt - t.matched.length <= 8) return true
    }
  }
  return false
}

/** `slots` with each stated audience that is part of the topic's phrase turned into a ranking hint (see the module). */
export function unbindTopicAudiences(normalized: string, slots: Slots): Slots {
  if (!slots.audiences.some((a) => a.explicit && !a.related)) return slots
  const audiences = slots.audiences.map((a) =>
    a.explicit && !a.related && isTopicBound(normalized, a, slots.topics) ? { ...a, explicit: false, related: true } : a)
  return { ...slots, audiences }
}
