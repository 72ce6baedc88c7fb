/**
 * What a request's own words name, read from the dialogue state: the words that named its slots, the subjects it
 * asks to learn in a learning frame, its need-words as typed, whether its topics are only guesses, and the asked
 * subject no project names (the one reading here that asks the catalogue). Small readings the request turns
 * (dialogue/request-turns) take their decisions from, kept apart so that file stays one screenful of turn logic.
 */
import type { Slots } from '../query/slots.js'
import { askedSubjects } from '../query/need-frames.js'
import { normalizeText } from '../text/normalize.js'
import { toSlots, type DialogueState } from './dialogue-state.js'
import { isTaught, typedWord } from './weigh-needs.js'
import type { TurnContext } from './turn-context.js'

/**
 * Only the words that named the request's topics and audiences: what search
 * reads again when the request's own words found nothing and say nothing
 * beyond its slots (so filler such as "能上的班" never decides whether anything fits).
 */
export function namedText(state: DialogueState): string {
  return [...new Set([...state.topics, ...state.audiences].map((t) => t.value.matched).filter(Boolean))].join(' ')
}

/** The request's need-words that stand in a learning frame ("想学游泳", "violin lessons"): subjects the learner asked to learn. */
export function framedNeeds(state: DialogueState): string[] {
  return askedSubjects(normalizeText(state.text), state.needs)
}

/** True when the slots' topics are only guesses from loose words (whoever the learner is says nothing of a subject). */
export function guessedOnly(slots: Slots): boolean {
  return slots.topics.length > 0 && slots.topics.every((t) => t.related || !t.explicit)
}

/** The request's need-words as the learner typed them ("calligraphy", not the stem "calligraph"). */
export function typedNeeds(state: DialogueState): string[] {
  return state.needs.map((w) => typedWord(state.text, w))
}

/**
 * The first subject `state` asks to learn (in a learning frame) that no project in the catalogue names, when no
 * topic was named for it (none, or only one guessed from its words); else undefined. Asked of the whole catalogue,
 * not of the request's filters: what no project teaches stays untaught however far the ladder widens.
 */
export async function unnamedSubject(ctx: TurnContext, state: DialogueState): Promise<string | undefined> {
  const framed = framedNeeds(state)
  if (!framed.length) return undefined
  const slots = toSlots(state)
  if (slots.topics.length && !guessedOnly(slots)) return undefined
  for (const w of framed) {
    const typed = typedWord(state.text, w)
    if (!(await isTaught(ctx, typed, true))) return typed
  }
  return undefined
}
