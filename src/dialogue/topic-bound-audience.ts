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
 * The topic that is about a group itself: "老人保健", "长者的养生", "老师的进修" name the subject (older people's
 * health, a teacher's training), so a group glued to its own topic's word (nothing or 的 between) is part of it.
 */
const OWN_TOPIC: Readonly<Record<string, string>> = {
  elderly: 'health-elderly-care', parents: 'family-education', 'rural-teachers': 'teacher-development',
}
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function indexesOf(text: string, word: string): number[] {
  const out: number[] = []
  if (!word) return out
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push(at)
  return out
}

/**
 * True when audience `a` is said as part of the phrase naming one of `topics` in `normalized` (see the module).
 * `glued`: the learner already said who they are, so a group glued to the new topic's words ("老年人健康管理",
 * "老人的健康管理", "health for older people") names the subject too, not a new fact about the person.
 */
export function isTopicBound(normalized: string, a: SlotValue, topics: readonly SlotValue[], glued = false): boolean {
  for (const at of indexesOf(normalized, a.matched)) {
    const before = normalized.slice(0, at)
    const after = normalized.slice(at + a.matched.length)
    if (SELF_BEFORE.test(before)) continue
    if (glued && topics.some((t) => t.matched && (/^的?$/.test(after.slice(0, Math.max(0, after.indexOf(t.matched))))
      && after.includes(t.matched) || new RegExp(`${escape(t.matched)} (?:for|of) (?:the )?$`).test(before)))) return true
    if (BEING_BEFORE.test(before) && BEING_AFTER.test(after)) return true
    if (NAMED_AFTER.test(after) && topics.length > 0) return true
    const own = OWN_TOPIC[a.id]
    if (own && topics.some((t) => t.id === own && t.matched && after.replace(/^(的|之)/, '').startsWith(t.matched))) return true
    for (const t of topics) {
      const gapEnd = after.indexOf(t.matched)
      // (The topic's own phrase may open with the how-word: "家长 | 怎么管孩子".)
      if (gapEnd >= 0 && HOW_GAP.test(after.slice(0, gapEnd) + (HOW_LEAD.exec(t.matched)?.[0] ?? ''))) return true
    }
  }
  return false
}

/** `slots` with each stated audience that is part of the topic's phrase turned into a ranking hint (see the module; `glued` as there). */
export function unbindTopicAudiences(normalized: string, slots: Slots, glued = false): Slots {
  if (!slots.audiences.some((a) => a.explicit && !a.related)) return slots
  const audiences = slots.audiences.map((a) =>
    a.explicit && !a.related && isTopicBound(normalized, a, slots.topics, glued) ? { ...a, explicit: false, related: true } : a)
  return { ...slots, audiences }
}
