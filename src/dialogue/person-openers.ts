/**
 * @module dialogue/person-openers
 * The rule for an opener that says who the learner is but not what they want
 * to learn ("退休了想学点东西", "孩子放假了有啥可学的", "I'm retired, what can I
 * learn"): docs/dialogue-state.md, "Openers". Who the learner is, is a stated
 * fact, so it is answered (the list for that person, which numbers and "更多"
 * then walk); and what to learn is still open, so the same reply asks it back
 * (`clarify: true`, one line inviting the subject in the learner's words, no
 * numbered menu that would compete with the list's numbers). An opener that
 * names nothing at all gets the menu instead (dialogue/weigh-needs `vague`);
 * one that names a subject gets its list alone.
 */
import type { Understanding } from '../query/types.js'
import { say } from './chat-prompts.js'
import type { TurnContext } from './turn-context.js'
import type { Reply } from './types.js'

/**
 * True when `u`, the first request of a conversation (`fresh`: no request was
 * active before it), names who the learner is and neither a topic it asks for nor a word to learn. `said` is `u` as
 * the request reads it after its self-descriptions (dialogue/person-clause-topics): a topic or word read only from
 * the learner's description of themselves ("我是开小卖部的，闲的时候想学点东西": 小卖部 → 创业) asks for nothing.
 */
export function namesOnlyThePerson(u: Understanding, fresh: boolean, said: Understanding = u): boolean {
  // (A topic read only from the words describing the learner is a cue: it ranks, it asks nothing; so is one only
  // related to the words of a person no reader knows: 开小卖部 → 职业技能.)
  const asked = said.slots.topics.filter((t) => t.explicit && !(t.related && u.unreadPerson?.includes(t.matched)))
  return fresh && (u.slots.audiences.length > 0 || Boolean(u.unreadPerson)) && asked.length === 0 && said.needs.length === 0
}

/** `reply` (a list for the person) with the ask-back for a subject: the line at its end, and `clarify` set. */
export function withSubjectAskBack(ctx: TurnContext, reply: Reply): Reply {
  if (!reply.projects.length) return reply
  const line = say(ctx.deps.prompts, ctx.lang, 'ask_subject')
  const at = reply.parts.findIndex((p) => p.type === 'buttons')
  const parts = [...reply.parts]
  parts.splice(at < 0 ? parts.length : at, 0, { type: 'text', text: line })
  return { ...reply, parts, clarify: true }
}
