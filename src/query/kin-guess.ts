/**
 * @module query/kin-guess
 * A parent or grandparent asked for ("替我爸问", "给我妈找") is taken to be an
 * older learner (query/person-cues) only because nothing else is said of them.
 * When the same message says what their life is ("我老家种茶叶，我替我爸问",
 * "帮我妈问问，她在厂里上班"), that life says who learns and the age guess
 * goes: a tea farmer's list, not every course for older people beside it.
 */
import type { SlotValue } from './slots.js'

/** The proxy clause alone: asking for a relative, with no age in it. */
const KIN_PROXY = /^(?:给|帮|替|为)(?:我们家|我家|家里|我的|我们|我)?(?:的)?[^，,。!！?？\s\d十岁旬]{1,4}(?:找|报|挑|选|看看|问问|问|咨询|打听|查)$/

/** An older learner guessed only from a relative asked for (a module function: no closure made per message). */
const guess = (a: SlotValue) => a.id === 'elderly' && !a.explicit && !a.related && KIN_PROXY.test(a.matched)

/** `audiences` without an older learner guessed only from a relative asked for, when another situation is said. */
export function withoutKinGuess(audiences: SlotValue[]): SlotValue[] {
  if (!audiences.some(guess) || !audiences.some((a) => a.id !== 'elderly' && !a.related)) return audiences
  return audiences.filter((a) => !guess(a))
}
