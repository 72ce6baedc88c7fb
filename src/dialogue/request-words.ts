/**
 * What a request's own words name, read from the dialogue state: the words that named its slots, the subjects it
 * asks to learn in a learning frame, its need-words as typed, and whether its topics are only guesses. Small pure
 * readings the request turns (dialogue/request-turns) take their decisions from, kept apart so that file stays one
 * screenful of turn logic.
 */
import type { Slots } from '../query/slots.js'
import { askedSubjects } from '../query/need-frames.js'
import { normalizeText } from '../text/normalize.js'
import type { DialogueState } from './dialogue-state.js'
import { typedWord } from './weigh-needs.js'

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
