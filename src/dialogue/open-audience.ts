/**
 * @module dialogue/open-audience
 * The open audience (社会公众, projects everyone may join) in a request: added beside the learner's group when nothing
 * is just for them (the ladder's rung 0, "更多" past a group's list), or standing for a learner who said who they are
 * in words no reader knows (docs/dialogue-state.md, "A person the bot cannot read"). Kept apart from
 * dialogue/dialogue-state, which applies these rules, so each file holds one idea.
 */
import { OPEN_AUDIENCE } from '../catalogue/project.js'
import type { Slots, SlotValue } from '../query/slots.js'

/** One audience as the request holds it (dialogue-state's `audiences` entries). */
export interface HeldAudience {
  value: { id: string; matched: string }
  source: 'stated' | 'catalogue' | 'cue' | 'inferred'
  turn: number
}

/**
 * Who the learner said they are in words no reader knows ("我係揸小巴嘅，車行僱員"; the understander's `unreadPerson`),
 * held as the open audience implied like a cue: the list prefers what certainly serves them, the projects open to
 * everyone, and the ladder widens it first when that leaves nothing. Like any fact about the person it is carried
 * over a topic switch, replaced by a group said later, and cleared by reset.
 */
export function unreadPersonAudience(words: string, turn: number): HeldAudience {
  return { value: { id: OPEN_AUDIENCE, matched: words }, source: 'cue' as const, turn }
}

/** True when the request's audience is only a person said in words no reader knows ({@link unreadPersonAudience}). */
export function holdsUnreadPerson(state: { audiences: readonly Pick<HeldAudience, 'value'>[] }): boolean {
  return state.audiences.length > 0 && state.audiences.every((a) => a.value.id === OPEN_AUDIENCE && a.value.matched !== '')
}

/** `audiences` with the open audience added when one of them filters: a group's list also holds what everyone may join. */
export function withOpenAudience(audiences: SlotValue[]): SlotValue[] {
  if (!audiences.some((a) => a.explicit) || audiences.some((a) => a.id === OPEN_AUDIENCE)) return audiences
  return [...audiences, { id: OPEN_AUDIENCE, matched: '', explicit: true, related: false }]
}

/**
 * `slots` without the open audience, added by the ladder or standing for a person no reader knows: what the reply's
 * header names (a note says what the open audience means).
 */
export function withoutOpenAudience(slots: Slots): Slots {
  return { ...slots, audiences: slots.audiences.filter((a) => a.id !== OPEN_AUDIENCE || !a.explicit) }
}

