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
import { onlyMoreVocabulary } from './turn-classifier.js'

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
