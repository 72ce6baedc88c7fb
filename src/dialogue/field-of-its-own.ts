/**
 * @module dialogue/field-of-its-own
 * Whether a field question that points at no project ("想报名参加马拉松", "where can i bet on the horses", "where can i
 * buy a used car") is about a thing of its own rather than the project in focus. Such a message names a field
 * (报名, where) only as part of asking for something else: a service or exam tutoring (the understander's
 * `outOfScope`), or a thing the catalogue has no word of. It is then a request, answered as if asked first (the
 * honest "nothing", or the ask-back), never the focused project's enrolment or place. A pointer ("这个", an ordinal, a
 * title word) keeps the question on its project, and so does a question whose words the catalogue uses
 * ("报名要带什么", "在哪上课").
 */
import { isFramedSubject } from '../query/need-frames.js'
import type { Understanding } from '../query/types.js'
import { needWords } from './dialogue-state.js'
import type { FollowUp } from './follow-up.js'
import type { TurnContext } from './turn-context.js'
import { isTaught, typedWord } from './weigh-needs.js'

/** Taking part in a thing ("参加马拉松", "join a choir"): what follows is what the field is asked of. */
const TAKING_PART = /(?:参加|参与|参赛|报名参加|报名去|take part in|join|compete in|enter|get into|get started (?:in|with)|sign up for|register for|enrol(?:l)? (?:in|for))\s*(?:the|a|an|一个|个)?\s*$/
/** Where to do something other than attend ("where can i bet on…", "where do we park"): the place of that act. */
const WHERE_DOING = /\bwhere (?:can|could|do|should|would) (?:i|we|one) (?!(?:learn|study|attend|take|go|sign|apply|enrol|enroll|register|join|find|get|see|start|pay|ask|contact|call|reach|meet|have)\b)[a-z]+\b.*$/

/**
 * True when `word` of `normalized` is what the message asks to do or learn, not a word about the field asked. Only a
 * learning frame counts, never the word as all the message says: a bare "网址" or "contact" after a detail is the
 * field asked itself.
 */
function askedToDo(normalized: string, word: string): boolean {
  if (isFramedSubject(normalized.trim(), word)) return true
  const at = normalized.indexOf(word)
  if (at < 0) return false
  const before = normalized.slice(0, at)
  return TAKING_PART.test(before) || WHERE_DOING.test(before)
}

/**
 * True when `follow`, taken only because a project is in focus or alone on screen, should yield to a request: the
 * message asks out of scope, or asks to learn or do a thing the catalogue has no word of (its need-words are weighed
 * only there: "上课地点远不远", "学费能分期吗" ask about the project, whatever the catalogue says of 分期).
 */
export async function asksOfItsOwn(ctx: TurnContext, u: Understanding, follow: FollowUp): Promise<boolean> {
  if ((follow.kind !== 'project' && follow.kind !== 'which') || !follow.implicit) return false
  if (u.outOfScope) return true
  for (const w of needWords(u)) {
    if (askedToDo(u.normalized, w) && !(await isTaught(ctx, typedWord(u.normalized, w), false))) return true
  }
  return false
}
