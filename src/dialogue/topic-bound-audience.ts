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
 *
 * Two more shapes of the same thing (round 6): a group inside the words that
 * named the topic ("当爹妈的课": parenting) is the topic's, stated or only
 * implied; and once the request holds who the learner is, a group fused onto
 * the front of a new topic's phrase ("在职技能提升", "老年人智能手机课" after "我是
 * 退伍军人") names the kind of course, not a new learner: it ranks, and the
 * learner stated before stays (docs/dialogue-state.md).
 */
import type { Slots, SlotValue } from '../query/slots.js'
import { isFusedToTopic, isHowAgent } from '../query/fused-audience.js'
import { indexesOf } from '../text/regex-tools.js'

/** "How a <group> does <topic>": the words between the group and the topic phrase that make it one subject. */
const HOW_GAP = /^(该|应该|要|能|可以)?(怎么|怎样|怎麼|如何|咋|咋样|咋个|怎么样|怎么去|如何去|咋去)(才能|去|来)?(好好)?$/
/** A how-word opening a topic's phrase. */
const HOW_LEAD = /^(怎么|怎样|怎麼|如何|咋)/
/** "当家长的学问", "做父母的本事": being a <group> as the subject. */
const BEING_BEFORE = /(当|做|作|当好|做好|当个|做个)$/
const BEING_AFTER = /^(的)?(学问|本事|门道|道理|方法|技巧|知识|课|课程|培训|功课|经验|责任)/
/** A programme named after its group ("父母成长班", "家长学校", "家长课堂"): the group is the programme's name, the subject. */
const NAMED_AFTER = /^(成长班|成长课|成长营|课堂|学堂|学校|讲堂|大讲堂|沙龙|工作坊)/
/** A self-description before the group ("我是家长", "作为家长", "身为父母"): then it is a fact about the learner. */
const SELF_BEFORE = /(我|俺|咱|本人|我们|咱们|自己)(是|就是|也是|算是)?(一?[名个位])?$|(作为|身为|作為|身為)$/

/**
 * The topic that is about a group itself: "老人保健", "长者的养生", "老师的进修", "老年人的健康管理", "senior health",
 * "care work for old people", "银发族运动保健", "老人防骗", "keeping fit in old age" name the subject (whom it
 * serves), not who is learning (a community worker switching to
 * it stays one). A group right beside its own topic's phrase (nothing, 的/之 or a space between; or the phrase, then
 * "for/of (the)" the group) is part of the subject.
 */
const BESIDE_BEFORE = /^\s?[的之]?\s?$/
const BESIDE_AFTER = /(?:\s(?:for|of|in)(?:\s(?:the|our|my))?\s|的|\s)$/
/**
 * One or two characters that qualify the topic's word inside the same phrase ("银发族运动保健", "老人日常防骗"), not a
 * verb or particle that would make the group the one who acts ("老人想学保健", "老人也要防骗").
 */
const QUALIFIER_GAP = /^[的之]?(?:(?![想学要找能会去看来做是也还都就在有和跟给])\p{Script=Han}){1,2}$/u
/** The topics each group is the subject of: elders' health and the scams aimed at them, parents' craft, teachers' growth. */
const OWN_TOPIC: Readonly<Record<string, readonly string[]>> = {
  elderly: ['health-elderly-care', 'law-finance'], parents: ['family-education'], 'rural-teachers': ['teacher-development'],
}

/**
 * True when the gap between two Chinese phrases holds a space: normalising turned the learner's comma or stop into
 * it, so "当家长的，管孩子" is two clauses (who I am, then the subject), never one phrase. (Between English words a
 * space is only a space: "senior health".) `left` ends before the gap, `gapAndRight` is the gap and what follows.
 */
function clauseBreak(left: string, gapAndRight: string): boolean {
  return /\p{Script=Han}$/u.test(left) && /\s/.test(gapAndRight) && /\p{Script=Han}/u.test(gapAndRight.replace(/^[\s的之]*/, '').slice(0, 1))
}

/** True when the group said at `before`|`after` is part of the phrase naming one of `topics` (see the module). */
function boundHere(before: string, after: string, a: SlotValue, topics: readonly SlotValue[]): boolean {
  if (SELF_BEFORE.test(before)) return false
  if (BEING_BEFORE.test(before) && BEING_AFTER.test(after)) return true
  if (NAMED_AFTER.test(after) && topics.length > 0) return true
  const own = OWN_TOPIC[a.id]
  for (const t of topics) {
    const gapEnd = after.indexOf(t.matched)
    // (The topic's own phrase may open with the how-word: "家长 | 怎么管孩子".)
    if (gapEnd >= 0 && HOW_GAP.test(after.slice(0, gapEnd) + (HOW_LEAD.exec(t.matched)?.[0] ?? ''))) return true
    if (!own?.includes(t.id) || !t.matched) continue
    const gap = gapEnd >= 0 ? after.slice(0, gapEnd) : ''
    if (gapEnd >= 0 && (BESIDE_BEFORE.test(gap) || QUALIFIER_GAP.test(gap)) && !clauseBreak(a.matched, after.slice(0, gapEnd + 1))) return true
    const tAt = before.lastIndexOf(t.matched)
    if (tAt >= 0 && BESIDE_AFTER.test(before.slice(tAt + t.matched.length)) && before.length - tAt - t.matched.length <= 8
      && !clauseBreak(t.matched, before.slice(tAt + t.matched.length) + a.matched)) return true
  }
  return false
}

/**
 * True when audience `a` is said as part of the phrase naming one of `topics` in `normalized` (see the module), and
 * nowhere else: "给家里有小孩的家长，有家长课堂吗" names the group once apart from the topic ("给…的家长", whom the
 * courses are for) and once inside it ("家长课堂"), and the first is a stated fact about the learner.
 */
export function isTopicBound(normalized: string, a: SlotValue, topics: readonly SlotValue[]): boolean {
  // Implied inside (or by) the very words that named a topic ("当爹妈的" in "当爹妈的课", "管孩子" both ways).
  // (Only a group implied by a cue: a group named outright inside a topic's own name, 农民工技能培训, is who it is for.)
  // (Not a topic only implied by the learner's life, "种了三十亩水稻": that phrase is who they are.)
  if (!a.explicit && topics.some((t) => t.explicit && !t.related && t.matched.length >= a.matched.length && t.matched.includes(a.matched))) return true
  // The one acting in a how-question that goes on to the topic ("家长怎么做好家庭教育"): query/fused-audience.
  if (isHowAgent(normalized, a, topics)) return true
  const at = indexesOf(normalized, a.matched)
  return at.length > 0 && at.every((i) => boundHere(normalized.slice(0, i), normalized.slice(i + a.matched.length), a, topics))
}

/**
 * `slots` with each audience that is part of the topic's phrase turned into a ranking hint (see the module).
 * `held`: the audience ids the request already holds for the learner (none on a first request).
 */
export function unbindTopicAudiences(normalized: string, slots: Slots, held: readonly string[] = []): Slots {
  if (!slots.audiences.some((a) => !a.related)) return slots
  const fused = slots.audiences.filter((a) => !a.related && isFusedToTopic(normalized, a, slots.topics))
  // Who the learner is: held by the request, or said in this message apart from the topic ("我们这些当家长的…老年人保养身体的班").
  const learner = [...held, ...slots.audiences.filter((a) => !a.related && !fused.includes(a)).map((a) => a.id)]
  const bound = (a: SlotValue) => isTopicBound(normalized, a, slots.topics) || (fused.includes(a) && learner.length > 0 && !learner.includes(a.id))
  const audiences = slots.audiences.map((a) => (!a.related && bound(a) ? { ...a, explicit: false, related: true } : a))
  return { ...slots, audiences }
}
