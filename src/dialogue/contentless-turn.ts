/**
 * @module dialogue/contentless-turn
 * The general reading of "more": people ask for the rest of a list in more
 * ways than any word list holds ("and?", "唔够喎", "这几个都不太合适", "嗯…还有呢",
 * "that all?"). So, with a list on the screen, a turn that says nothing new —
 * no topic, group, place, format, fee or subject of its own, no project or
 * field asked about — is read as "more", in any register. Control words
 * (reset, greetings, thanks, help) and numbers are decided before this runs,
 * and a turn with any content of its own stays a request or a follow-up.
 */
import type { Understanding } from '../query/types.js'
import { hasAnySlot } from '../query/slots.js'
import type { SessionState } from './session.js'
import { classifyControl, onlyMoreVocabulary } from './turn-classifier.js'
import { controlForm } from './control-text.js'
import { needWords } from './dialogue-state.js'
import { asksForSubject } from './refinement-talk.js'
import { isTaught, typedWord } from './weigh-needs.js'
import type { TurnContext } from './turn-context.js'

/** True when a list for an active request is on the screen (what "more" would page). */
export function listOnScreen(s: SessionState): boolean {
  return s.request.active && s.shown.length > 0 && !s.menu
}

/**
 * True when `plain` (the message, speech noise off), understood as `u`, adds
 * nothing to the request: no slot and no subject, or only words a "more" turn
 * is made of (a discontent such as 不够 that the understander took for a subject).
 */
export function saysNothingNew(plain: string, u: Understanding): boolean {
  if (hasAnySlot(u.slots) || u.outOfScope) return false
  return u.needs.length === 0 || onlyMoreVocabulary(plain)
}

/**
 * True when `form` (a control form) has a clause that asks for more by itself, before or after the rest: the clause
 * boundaries are its pauses (punctuation, spaces). "grand, any more?", "不错不错 再来几个", "next lot please mate".
 */
export function hasPagingClause(form: string): boolean {
  const cuts = [...form.matchAll(/ /g)].map((m) => m.index)
  return cuts.some((at) => classifyControl(form.slice(at + 1))?.kind === 'more' || classifyControl(form.slice(0, at))?.kind === 'more')
}

/**
 * True when the message asks for more in a clause of its own and the rest is talk: no slot, nothing out of scope, no
 * word asked for as a subject, and no word the catalogue uses ("grand, any more?", "bonza, next lot", "得劲，再整几个").
 * A reaction to the list is not a new request: the list on screen goes on. A word some project names ("cooking, any
 * more?") or one asked for ("还有游泳吗") stays a request.
 */
export async function pagesBesideTalk(ctx: TurnContext, u: Understanding): Promise<boolean> {
  if (hasAnySlot(u.slots) || u.outOfScope || !hasPagingClause(controlForm(ctx.plain))) return false
  for (const word of needWords(u)) {
    if (asksForSubject(u.normalized, word)) return false
    if (await isTaught(ctx, typedWord(u.normalized, word), true)) return false
  }
  return true
}
