/**
 * @module query/english-heads
 * English noun phrases about people read by their head. "Neighbourhood committee staff", "residents committee
 * workers", "village council employees", "staff at the residents committee": one person, whose group the
 * modifier or the owner names; the plain head word ("staff", "workers", "employees") says only that they work
 * there. Read word by word, the head is a second audience (Employees beside Community workers), and that second
 * audience then narrows every later list. The rule needs no list of pairs: any audience named right before a
 * plain people word, or after it through "at/of/in/from (the)", owns it.
 */
import type { Match } from './term-matches.js'
import { AT, OUR, PEOPLE } from './english-groups.js'

/** A plain word for people at work or together, singular or plural, and nothing else. */
const PLAIN_HEAD = new RegExp(`^(?:${PEOPLE}|worker|employee|member|staffer|colleague)$`)
/** What stands between a plain head and the group that owns it ("staff at the …", "workers of our …"). */
const OWNED_BY = new RegExp(`^ ${AT} (?:${OUR} )?$`)

// Module functions, not closures per message (docs/search-speed.md).
const isAudience = (m: Match) => m.kind === 'audiences' && m.id !== null
const isPlainHead = (m: Match) => isAudience(m) && !m.cue && PLAIN_HEAD.test(m.matched)
/** `o` names the group of the plain head `h`: right before it ("committee staff") or after a linking "at the". */
const owns = (o: Match, h: Match, text: string) => o !== h && isAudience(o) && o.id !== h.id && !isPlainHead(o)
  && ((o.end <= h.start && text.slice(o.end, h.start) === ' ') || (h.end <= o.start && OWNED_BY.test(text.slice(h.end, o.start))))

/**
 * Reads, in an English message's mentions, an audience said only by a plain head word ("staff") whose group is
 * named by the audience right before it or owning it after "at/of" as that group: the head is the same person,
 * not a second one (its words stay claimed, so "staff" is no need-word either).
 */
export function withOwnedHeads(matches: Match[], text: string): Match[] {
  if (!matches.some(isPlainHead)) return matches
  return matches.map((h) => {
    const owner = isPlainHead(h) ? matches.find((o) => owns(o, h, text)) : undefined
    return owner ? { ...h, id: owner.id, explicit: owner.explicit } : h
  })
}
