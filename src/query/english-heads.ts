/**
 * @module query/english-heads
 * English noun phrases about people read by their head. "Neighbourhood committee staff", "residents committee
 * workers", "village council employees", "staff at the residents committee": one person, whose group the
 * modifier or the owner names; the plain head word ("staff", "workers", "employees") says only that they work
 * there. Read word by word, the head is a second audience (Employees beside Community workers), and that second
 * audience then narrows every later list. The rule needs no list of pairs: any audience named right before a
 * plain people word, or after it through "at/of/in/from (the)", owns it. Likewise a course said with whom it is
 * for ("professional training for teachers", "employee training for managers") has its head, the course word,
 * between a modifier and the "for": the modifier says what kind of course, the "for" says who learns. And a
 * parents' word owned by someone ("my family", "our parents") is their relatives, not the parents' audience.
 */
import type { Match } from './term-matches.js'
import { AT, OUR, PEOPLE } from './english-groups.js'
import { englishBotSpans } from './english-request-frames.js'
import { englishSelfSpans } from './unread-person.js'

/**
 * A plain word for people at work or together, singular or plural, and nothing else. Volunteers too, plural ("i
 * volunteer at" is the verb): a group's volunteers ("volunteers for a women's group") are that group's people.
 */
const PLAIN_HEAD = new RegExp(`^(?:${PEOPLE}|worker|employee|member|staffer|colleague|volunteers)$`)
/** What stands between a plain head and the group that owns it ("staff at the …", "workers of our …", "volunteers for a …"). */
const OWNED_BY = new RegExp(`^ (?:${AT}|for) (?:${OUR} )?$`)

// Module functions, not closures per message (docs/search-speed.md).
const isAudience = (m: Match) => m.kind === 'audiences' && m.id !== null
const isPlainHead = (m: Match) => isAudience(m) && !m.cue && PLAIN_HEAD.test(m.matched)
/** `o` names the group of the plain head `h`: right before it ("committee staff") or after a linking "at the". */
const owns = (o: Match, h: Match, text: string) => o !== h && isAudience(o) && o.id !== h.id && !isPlainHead(o)
  && ((o.end <= h.start && text.slice(o.end, h.start) === ' ') || (h.end <= o.start && OWNED_BY.test(text.slice(h.end, o.start))))

/** A course word right after a modifier, going on "for" someone: the modifier is the kind of course. */
const KIND_OF_COURSE = /^ (?:training|courses?|class(?:es)?|lessons?|programmes?|programs?|development|education|workshops?|skills) for (?:the |our |my |a |an |all )?/
/** `o`, another mention, says whom a course is for from `at` on: a group, or a subject phrase that holds the "for". */
const saysWhom = (o: Match, m: Match, at: number) => o !== m && o.id !== null
  && ((o.kind === 'audiences' && o.start === at) || (o.kind === 'topics' && o.start <= at && at < o.end))
/** The end of the course phrase after an audience mention `m`, when it goes on "… for" someone; -1 otherwise. */
function kindOfCourse(m: Match, text: string): number {
  const k = m.kind === 'audiences' && m.id !== null && !m.cue ? KIND_OF_COURSE.exec(text.slice(m.end, m.end + 40)) : null
  return k ? m.end + k[0].length : -1
}

/** A possessive right before a word ("my ", "our whole "): what follows is someone's relatives, not a group. */
const OWNED = /\b(?:my|our|his|her|their|me|mi)(?: whole| own| dear| big| extended)? $/
/** The parents' audience said by a kin word ("family", "parents", "mothers and fathers"): owned, it is relatives. */
const isParentsWord = (m: Match) => isAudience(m) && m.id === 'parents' && !m.cue && /^(?:famil(?:y|ies)|parents?|mothers?|fathers?|moms?|mums?|dads?)\b/.test(m.matched)

/** Words for a relative, said bare ("grandma", "parents"): the older learners' and the parents' audiences say them. */
const KIN = '(?:grand(?:ma|pa|mother|father|parent|ad|dad|mum|mom|mama|papa)s?|granny|grannie|nans?|nana|nanna|gran|gramps|mum|mom|mother|dad|father|parents?|family|folks|in laws)'
/**
 * A relative said as a place or as whom someone lives with ("my son is at grandma house back home", "the kids stay
 * with their grandparents", "back home at my parents place"): a person in the speaker's life, not the learner. With
 * its home and a "back home" after it, the phrase holds no need-word either. A course for them says "for" ("for my
 * grandma"), and a relative with an age or a role is read by the people cues (query/english-people).
 */
const KIN_AS_PLACE = new RegExp(`(?:\\bback(?: home)? )?\\b(?:at|with|to|from|near|by|beside|in|visiting)(?: (?:my|our|his|her|their|the|your|me|mi))?(?: (?:own|dear|old))? ${KIN}(?: s)?(?: (?:house|home|place|flat|apartment|village|farm|room))?(?: back)?(?: home)?(?: (?:in|at) (?:the |our |my |his |her |their )?(?:village|countryside|hometown|home town|home))?\\b`, 'g')

/** Where an English message says a relative as a place or a companion ({@link KIN_AS_PLACE}): no learner, no need. */
export function kinAsPlaceSpans(text: string): [number, number][] {
  if (!/\b(?:grand|gran|nan|mum|mom|mother|dad|father|parent|family|folks|in laws)/.test(text)) return []
  return [...text.matchAll(KIN_AS_PLACE)].map((m) => [m.index!, m.index! + m[0].length])
}
const isKinAsPlace = (m: Match, spans: [number, number][]) => isAudience(m) && !m.cue && (m.id === 'elderly' || m.id === 'parents')
  && spans.some(([a, b]) => a <= m.start && m.end <= b)

/**
 * Reads, in an English message's mentions, an audience said only by a plain head word ("staff") whose group is
 * named by the audience right before it or owning it after "at/of" as that group: the head is the same person,
 * not a second one (its words stay claimed, so "staff" is no need-word either); and an audience that only
 * modifies a course said for someone ("professional" of "professional training for teachers") as part of the phrase
 * that says whom (here the teacher-development subject), not a second learner.
 */
export function withOwnedHeads(matches: Match[], text: string): Match[] {
  const kinPlaces = kinAsPlaceSpans(text)
  const selves = matches.some((m) => m.kind === 'topics') ? [...englishSelfSpans(text), ...englishBotSpans(text)] : []
  return matches.map((h) => {
    // "I'm a cook at a restaurant", "I work as an english teacher": the subject's word is the speaker's job, not asked
    // for; "are you a chatbot?" asks what the bot is, not for AI.
    if (h.kind === 'topics' && selves.some(([a, b]) => a <= h.start && h.end <= b)) return { ...h, id: null }
    // "Video calling my family", "a course for my parents": the speaker's relatives, whom the people cues read with
    // their age or role ("my parents are retired"); the word alone names no parents' audience (家长), and stays claimed.
    if (isParentsWord(h) && OWNED.test(text.slice(Math.max(0, h.start - 20), h.start))) return { ...h, id: null }
    if (isKinAsPlace(h, kinPlaces)) return { ...h, id: null }
    const owner = isPlainHead(h) ? matches.find((o) => owns(o, h, text)) : undefined
    if (owner) return { ...h, id: owner.id, explicit: owner.explicit }
    // (A modifier of a course said for someone names no learner: it is read as part of that phrase, so its words
    // stay claimed and are no need-word.)
    const at = kindOfCourse(h, text)
    const whom = at >= 0 ? matches.find((o) => saysWhom(o, h, at)) : undefined
    return whom ? { ...h, kind: whom.kind, id: whom.id, explicit: whom.explicit } : h
  })
}
