/**
 * @module dialogue/self-facts
 * Which groups a message says the learner belongs to, as facts about the
 * person that outlive the subject it asked for. A group named outright
 * ("我是残疾人") always is; one only implied by a situation is when the
 * speaker says it of themselves ("我听力有残疾", "俺腿脚不方便", "I'm 70"),
 * so after "我听力有残疾，想学游泳" (nothing teaches swimming) "那学电脑呢" is
 * still asked for a disabled learner. A hint tied to the subject ("孩子想学街舞")
 * goes with that subject.
 */
import type { SlotValue } from '../query/slots.js'
import { CHILDREN } from '../query/person-cues.js'

/** A first-person word right before (or opening) the words that implied the group. */
const SELF_BEFORE = /(我|俺|咱|本人|自己|i|i'm|im|i am|my|me)\s*[^，,。.!！?？]{0,2}$/
/** …or a "for" naming whom the course is for ("for my grandpa, he is 78", "i m asking for my mum who is 70"): the learner now. */
const SELF_OPENING = /^(我|俺|咱|本人|i\b|i'm|my\b|for (?:my|our)\b)/

/** The audiences of `audiences` (understood from `normalized`) that are facts about the learner. */
export function selfStatedAudiences(normalized: string, audiences: readonly SlotValue[]): SlotValue[] {
  const text = normalized.toLowerCase()
  return audiences.filter((a) => {
    if (a.related) return false
    if (a.explicit) return true
    const said = a.matched.toLowerCase()
    // A child or grandchild who wants something ("我闺女想学", "俺孙子要报") is whom it is for, not a fact about the speaker.
    if (!said || CHILDREN.some((c) => said.includes(c))) return false
    if (SELF_OPENING.test(said)) return true
    const at = text.indexOf(said)
    return at >= 0 && SELF_BEFORE.test(text.slice(0, at))
  })
}

/**
 * `audiences` of a message sent while the request already holds who the learner is (`held`, the ids of the groups
 * it holds as stated or cue-implied facts): a group only implied by the message's words ("那管孩子的有不" → parents,
 * "换看孙子的吧" → a grandparent, "那种大棚的呢" → a farmer) that the learner does not say of themselves is about
 * the subject asked for, not a new learner, so it only ranks and the person stated before stays. A group named
 * outright, or implied by words said of oneself ("我腿脚不好"), stays a fact (docs/dialogue-state.md).
 */
export function heldLearnerStays(normalized: string, audiences: readonly SlotValue[], held: readonly string[]): SlotValue[] {
  if (!held.length) return [...audiences]
  const self = new Set(selfStatedAudiences(normalized, audiences))
  return audiences.map((a) => (!a.explicit && !a.related && !self.has(a) && !held.includes(a.id) ? { ...a, related: true } : a))
}
