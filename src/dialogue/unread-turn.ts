/**
 * @module dialogue/unread-turn
 * A message that says something new the bot cannot read must not be answered as if it had said nothing. Beside a
 * refinement (a group, a place, a format, the fee) words not asked for as a subject are talk and are dropped, so the
 * message narrows (dialogue/weigh-needs, refinement-talk). But when that refinement changes nothing in the request —
 * every slot it names is already held, or is only a hint that never replaces who the learner is ("孩子…" after
 * "我是孩子他爹") — the dropped words were all the message had to say: "孩子考研有辅不" (a slip of 辅导) is a new
 * subject the bot could not read, not the same request again. It gets "I did not understand" and the list stays
 * on screen (numbers and "更多" still answer it), never the same list repeated from its first page.
 */
import { toSlots, type DialogueState } from './dialogue-state.js'
import { say } from './chat-prompts.js'
import { textReply } from './render-reply.js'
import { listOnScreen } from './contentless-turn.js'
import type { TurnContext, TurnOutcome } from './turn-context.js'

/** What a request filters and searches by, without the turn numbers and the words that named it. */
function gist(state: DialogueState): string {
  const s = toSlots(state)
  const ids = (list: { id: string; explicit: boolean }[]) => list.map((v) => `${v.id}:${v.explicit}`).sort()
  return JSON.stringify([ids(s.topics), ids(s.audiences), s.region, s.format, s.free, s.time, [...state.needs].sort()])
}

/**
 * True when a turn whose words beyond its slots were all dropped as `talk` leaves the request as it was (`next`
 * against the session's request), with that request's list on the screen: the message said nothing the bot read.
 */
export function unreadRefinement(ctx: TurnContext, talk: readonly string[], next: DialogueState): boolean {
  return talk.length > 0 && listOnScreen(ctx.session) && gist(ctx.session.request) === gist(next)
}

/** The answer to an unread refinement: "I did not understand", the list kept on screen for numbers and "更多". */
export function unreadTurn(ctx: TurnContext): TurnOutcome {
  return { reply: textReply(ctx.lang, [say(ctx.deps.prompts, ctx.lang, 'not_understood')], [], true), matched: false }
}
