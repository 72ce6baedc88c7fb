/**
 * @module query/kin-guess
 * A parent or grandparent asked for ("替我爸问", "给我妈找") is taken to be an
 * older learner (query/person-cues) only because nothing else is said of them.
 * When the same message says what their life is ("我老家种茶叶，我替我爸问",
 * "帮我妈问问，她在厂里上班"), that life says who learns and the age guess
 * goes: a tea farmer's list, not every course for older people beside it.
 *
 * Its twin (round 15): a child said beside a parent who says who they are ("I'm a parent, my kids are 6 and 9",
 * "孩子他姥姥在家带 我是孩子爸") is the context of the speaker's life, not a second learner: the young learner guessed
 * from the child goes, unless the message asks for the child ("for my son", "替孩子问", "给孩子找", "孩子想学").
 */
import type { SlotValue } from './slots.js'
import { FOR_THE_CHILD } from './subject-rules.js'

/** The proxy clause alone: asking for a relative, with no age in it. */
const KIN_PROXY = /^(?:给|帮|替|为)(?:我们家|我家|家里|我的|我们|我)?(?:的)?[^，,。!！?？\s\d十岁旬]{1,4}(?:找|报|挑|选|看看|问问|问|咨询|打听|查)$/

/** An older learner guessed only from a relative asked for (a module function: no closure made per message). */
const guess = (a: SlotValue) => a.id === 'elderly' && !a.explicit && !a.related && KIN_PROXY.test(a.matched)

/** `audiences` without an older learner guessed only from a relative asked for, when another situation is said. */
export function withoutKinGuess(audiences: SlotValue[]): SlotValue[] {
  if (!audiences.some(guess) || !audiences.some((a) => a.id !== 'elderly' && !a.related)) return audiences
  return audiences.filter((a) => !guess(a))
}

/** Asking for the child, in the words that say so ("替孩子问", "帮娃找", "儿子想学", "for him", "my son wants to"). */
const ASKED_FOR_THE_CHILD = /(?:替|帮|给|为|代)(?:我家|我的|俺家)?(?:孩子|小孩|娃|儿子|女儿|闺女|他|她)(?:们)?(?:问|找|报|咨询|打听|看|挑)|(?:孩子|小孩|娃|儿子|女儿|闺女)(?:想|要|打算)学|\bfor (?:him|her|them|my (?:son|daughter|kids?|child|children|boy|girl)s?)\b|\b(?:son|daughter|kids?|child|children|boy|girl)s? (?:wants?|would like|needs?|is keen|are keen) to\b/
/** A young learner guessed from a child (the bare word, or a relative's age), not said outright. */
const childGuess = (a: SlotValue) => a.id === 'youth' && !a.explicit && !a.related

/** `audiences` without a young learner guessed from a child, when the parent is read and nobody asks for the child. */
export function withoutChildGuess(normalized: string, audiences: SlotValue[]): SlotValue[] {
  if (!audiences.some((a) => a.id === 'parents' && !a.related) || !audiences.some(childGuess)) return audiences
  if (FOR_THE_CHILD.test(normalized) || ASKED_FOR_THE_CHILD.test(normalized)) return audiences
  return audiences.filter((a) => !childGuess(a))
}
