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
const SELF_OPENING = /^(我|俺|咱|本人|i\b|i'm|my\b)/

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
