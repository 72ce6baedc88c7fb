/**
 * @module dialogue/dialogue-state
 * The request a conversation is building, slot by slot, with where each value
 * came from and the turn it was set. Learners talk in steps ("我妈妈想学用手机",
 * then "在九江", then "只要免费的"); the rules for how a message changes the
 * request live here and in docs/dialogue-state.md, nowhere else:
 *
 * - narrowing (a message with only refinements) keeps everything and sets what it names;
 * - a new topic (or a new need in words) replaces the topic and the need-words, but keeps
 *   the facts about the person (audience, region) and the preferences (format, fee)
 *   unless the message says otherwise; dates go with the old topic;
 * - reset clears everything (the engine starts a new session);
 * - a message out of scope (a service, exam tutoring) changes nothing ({@link afterNothing}).
 *
 * Stated values filter; values implied by a situation cue ("我妈妈" → older
 * learner) filter first and are the first relaxed; values inferred from a
 * loose everyday word only rank. {@link relaxationLadder} is the order in
 * which a request that finds nothing is widened.
 */
import { z } from 'zod'
import { FORMATS } from '../catalogue/project.js'
import { unreadPersonAudience, withOpenAudience } from './open-audience.js'
import { cloneSlots, hasAnySlot, timeWindowSchema, type Slots, type SlotValue } from '../query/slots.js'
import type { Understanding } from '../query/types.js'

/**
 * Where a slot value came from, strongest first: named; read from the catalogue's text for the learner's own
 * words (a topic every project holding them is filed under, search/topic-evidence: it filters like a named one);
 * implied by a situation cue; or inferred from a loose everyday word.
 */
export const SLOT_SOURCES = ['stated', 'catalogue', 'cue', 'inferred'] as const
/** One of {@link SLOT_SOURCES}. */
export type SlotSource = (typeof SLOT_SOURCES)[number]

/** The slot names a reply reports as relaxed (`Reply.relaxed`). */
export const SLOT_NAMES = ['topic', 'audience', 'region', 'format', 'fee', 'time'] as const
/** One of {@link SLOT_NAMES}. */
export type SlotName = (typeof SLOT_NAMES)[number]

const held = <T extends z.ZodTypeAny>(value: T) =>
  z.object({ value, source: z.enum(SLOT_SOURCES), turn: z.number().int().min(0) })
const tagSchema = z.object({ id: z.string(), matched: z.string() })

/** The request so far: each slot's value, source and the turn that set it. */
export const dialogueStateSchema = z.object({
  /** Request turns taken in this conversation; the next message gets `turn + 1`. */
  turn: z.number().int().min(0),
  /** True once a request has been made (so a narrowing has something to narrow). */
  active: z.boolean(),
  /** The turn the current topic (or need) was set: values set before it were carried over a switch. */
  topicTurn: z.number().int().min(0),
  /** The words of the request, what search reads beside the slots ("更多" pages the same list). */
  text: z.string(),
  /** The request's need-words: what its words say to learn beyond its slots (one word per need, "游泳"). */
  needs: z.array(z.string()),
  topics: z.array(held(tagSchema)),
  /** Topic ids the last switch replaced: projects of the old topic come after the others. */
  replaced: z.array(z.string()),
  audiences: z.array(held(tagSchema)),
  region: held(z.string()).nullable(),
  format: held(z.enum(FORMATS)).nullable(),
  free: held(z.boolean()).nullable(),
  time: held(timeWindowSchema).nullable(),
})
/** The request so far; see {@link dialogueStateSchema}. */
export type DialogueState = z.infer<typeof dialogueStateSchema>

/** No request yet. */
export function emptyDialogueState(): DialogueState {
  return { turn: 0, active: false, topicTurn: 0, text: '', needs: [], topics: [], replaced: [], audiences: [], region: null, format: null, free: null, time: null }
}

/** How a message changed the request. */
export type Change = 'start' | 'narrow' | 'new-topic'

/** A catalogue topic other topics share only ranks (explicit false): it is recorded like a cue, which is what it does. */
function sourceOf(v: SlotValue, read: Understanding['topicSource']): SlotSource {
  return v.explicit ? (read === 'catalogue' ? 'catalogue' : 'stated') : v.related ? 'inferred' : 'cue'
}

function tags(values: SlotValue[], turn: number, read: Understanding['topicSource']) {
  return values.map((v) => ({ value: { id: v.id, matched: v.matched }, source: sourceOf(v, read), turn }))
}

/** One word per need of the message (the longest of each group: "智能手机" of [智能, 手机, 智能手机]). */
export function needWords(u: Pick<Understanding, 'needs'>): string[] {
  return u.needs.map((g) => g.reduce((a, b) => ([...b].length > [...a].length ? b : a)))
}

/** True when the message names a topic or says in words what to learn (a need beyond its slots). */
export function startsNewTopic(u: Pick<Understanding, 'slots' | 'needs' | 'unreadPerson'>): boolean {
  return u.slots.topics.length > 0 || u.needs.length > 0 || (!hasAnySlot(u.slots) && !u.unreadPerson)
}

/**
 * The request after message `u` (its raw words `text`), by the rules of this
 * module: the first message starts it, a message with a topic or a need of its
 * own replaces topic and need and keeps the person and preferences, any other
 * message narrows.
 */
export function applyMessage(state: DialogueState, u: Pick<Understanding, 'slots' | 'needs' | 'topicSource' | 'unreadPerson'>, text: string): { state: DialogueState; change: Change } {
  const turn = state.turn + 1
  const s = u.slots
  const fresh: DialogueState = {
    turn,
    active: true,
    topicTurn: turn,
    text,
    needs: needWords(u),
    topics: tags(s.topics, turn, u.topicSource),
    replaced: [],
    audiences: s.audiences.length || !u.unreadPerson ? tags(s.audiences, turn, 'words') : [unreadPersonAudience(u.unreadPerson, turn)],
    region: s.region !== null ? { value: s.region, source: 'stated', turn } : null,
    format: s.format !== null ? { value: s.format, source: 'stated', turn } : null,
    free: s.free !== null ? { value: s.free, source: 'stated', turn } : null,
    time: s.time !== null ? { value: { ...s.time }, source: 'stated', turn } : null,
  }
  if (!state.active) return { state: fresh, change: 'start' }
  // Only a stated audience replaces a stated one: "管孩子" hints at a parent, it does not undo "我是退伍军人";
  // and a group only inferred from the words (a ranking hint) never replaces one the learner stated or implied.
  const strength = (list: DialogueState['audiences']) => Math.max(-1, ...list.map((a) => SLOT_SOURCES.length - 1 - SLOT_SOURCES.indexOf(a.source)))
  // A turn that only says who the learner is ("补充一下，我在乡镇小学教书") is a statement about the person, however it is worded.
  const aboutPerson = fresh.audiences.some((a) => a.source !== 'inferred') && !startsNewTopic(u)
  // (A person said in words no reader knows only fills the absence of a group: it never undoes one the request holds.)
  const unreadOnly = !s.audiences.length && fresh.audiences.length > 0 && state.audiences.some((a) => a.source !== 'inferred')
  const audiences = fresh.audiences.length && !unreadOnly && (aboutPerson || strength(fresh.audiences) >= strength(state.audiences) || fresh.audiences.some((a) => a.source === 'stated'))
    ? fresh.audiences
    : state.audiences
  if (startsNewTopic(u)) {
    // Facts about the person and preferences stay unless this message says otherwise; dates go with the topic.
    return {
      state: {
        ...fresh,
        replaced: state.topics.map((t) => t.value.id).filter((id) => !fresh.topics.some((t) => t.value.id === id)),
        audiences: audiences.map((a) => ({ ...a, value: { ...a.value } })),
        region: fresh.region ?? state.region,
        format: fresh.format ?? state.format,
        free: fresh.free ?? state.free,
      },
      change: 'new-topic',
    }
  }
  return {
    state: {
      ...state,
      turn,
      // A refinement's own words are its slots; only need-words it adds join the request's words.
      text: [state.text, ...needWords(u)].join(' ').trim(),
      needs: [...new Set([...state.needs, ...needWords(u)])],
      audiences,
      region: fresh.region ?? state.region,
      format: fresh.format ?? state.format,
      free: fresh.free ?? state.free,
      time: fresh.time ?? state.time,
    },
    change: 'narrow',
  }
}

/** The request with `topicId` as its only topic (a number picked from the topic menu); the rest as after a switch. */
export function chooseTopic(state: DialogueState, topicId: string, label: string): DialogueState {
  const turn = state.turn + 1
  const topic = [{ value: { id: topicId, matched: label }, source: 'stated' as const, turn }]
  if (!state.active) return { ...emptyDialogueState(), turn, active: true, topicTurn: turn, text: label, topics: topic }
  const replaced = state.topics.map((t) => t.value.id).filter((id) => id !== topicId)
  return { ...state, turn, topicTurn: turn, text: label, needs: [], topics: topic, replaced, time: null }
}

/**
 * The request after a turn answered "nothing" (docs/dialogue-state.md, point 5). A subject no project teaches keeps
 * the request with what the message states of the learner and how they want to learn (`facts`: "身为父母，有没有线上的
 * 学游泳课" then "那学外语呢": parents, online). A message out of scope (a service or exam tutoring, the understander's
 * `outOfScope`: "邊度可以請外傭", "电动车坏了哪里修") asks nothing of a course, so nothing in it is a fact about the
 * learner: the request stays as it was, whatever group or place its words touch.
 */
export function afterNothing(state: DialogueState, facts: Slots, outOfScope: boolean): DialogueState {
  if (outOfScope || !hasAnySlot(facts)) return state
  return applyMessage(state, { slots: facts, needs: [], topicSource: 'words' }, state.text).state
}

/** How strictly {@link toSlots} reads the sources. */
export interface Strictness {
  /** Cue-implied audiences filter (true) or only rank (false); cue-implied topics always only rank. */
  cuesFilter: boolean
  /** Audiences carried over a topic switch filter (true) or only rank (false). */
  carriedFilter: boolean
}

const STRICT: Strictness = { cuesFilter: true, carriedFilter: true }

/** The search slots of a request: stated values filter, cue-implied audiences filter when `strict.cuesFilter`, the rest rank. */
export function toSlots(state: DialogueState, strict: Strictness = STRICT): Slots {
  const slot = (t: DialogueState['topics'][number], cueFilters: boolean): SlotValue => ({
    id: t.value.id,
    matched: t.value.matched,
    explicit: t.source === 'stated' || t.source === 'catalogue' || (t.source === 'cue' && cueFilters),
    related: t.source === 'inferred',
  })
  const carried = (a: DialogueState['audiences'][number]) => a.turn < state.topicTurn
  return {
    // A topic only implied by the learner's situation ranks: the subject is what they name.
    topics: state.topics.map((t) => slot(t, false)),
    audiences: state.audiences.map((a) => {
      const v = slot(a, strict.cuesFilter)
      return carried(a) && !strict.carriedFilter ? { ...v, explicit: false } : v
    }),
    region: state.region?.value ?? null,
    format: state.format?.value ?? null,
    free: state.free?.value ?? null,
    time: state.time ? { ...state.time.value } : null,
  }
}

/** One rung of the ladder: the slots to try and the slot names widened to get them. */
export interface Rung {
  slots: Slots
  relaxed: SlotName[]
  /** True when the learner's group also takes projects open to everyone (nothing was just for them): said, not widened. */
  openToAll?: boolean
}

/** The province of a city, or null when `region` is a province, '全国' or unknown. */
export type ProvinceOf = (region: string) => string | null

/**
 * The order in which a request that finds nothing is widened, each rung
 * keeping the widenings before it: the request as said; the learner's group
 * also taking projects open to everyone (no widening: they serve it); cue-implied
 * audiences only rank; the region widened (city → province → nationwide
 * online); format dropped; dates dropped; "free" dropped; audiences carried
 * from before a topic switch only rank. A stated topic, a stated audience of
 * the current request and the need-words are never widened: when they find
 * nothing, the honest answer is "nothing".
 */
export function relaxationLadder(state: DialogueState, provinceOf: ProvinceOf): Rung[] {
  const rungs: Rung[] = []
  let strict: Strictness = { ...STRICT }
  let slots = toSlots(state, strict)
  const relaxed: SlotName[] = []
  let open = false
  const push = (names: SlotName[]) => {
    for (const n of names) if (!relaxed.includes(n)) relaxed.push(n)
    rungs.push({ slots: cloneSlots(slots), relaxed: [...relaxed], ...(open ? { openToAll: true } : {}) })
  }
  const audiencesOf = (s: Strictness) => (open ? withOpenAudience(toSlots(state, s).audiences) : toSlots(state, s).audiences)
  rungs.push({ slots: cloneSlots(slots), relaxed: [] })
  // Nothing just for the learner's group: projects open to everyone serve it too, before anything is widened.
  if (withOpenAudience(slots.audiences) !== slots.audiences) {
    open = true
    slots = { ...slots, audiences: audiencesOf(strict) }
    push([])
  }
  if (state.audiences.some((a) => a.source === 'cue')) {
    strict = { ...strict, cuesFilter: false }
    slots = { ...slots, audiences: audiencesOf(strict) }
    push(['audience'])
  }
  if (slots.region && slots.region !== '全国') {
    const province = provinceOf(slots.region)
    if (province && province !== slots.region) {
      slots = { ...slots, region: province }
      push(['region'])
    }
    slots = { ...slots, region: '全国' }
    push(['region'])
  }
  if (slots.format) {
    slots = { ...slots, format: null }
    push(['format'])
  }
  if (slots.time) {
    slots = { ...slots, time: null }
    push(['time'])
  }
  if (slots.free) {
    slots = { ...slots, free: null }
    push(['fee'])
  }
  if (state.audiences.some((a) => a.turn < state.topicTurn && (a.source === 'stated' || strict.cuesFilter))) {
    strict = { ...strict, carriedFilter: false }
    slots = { ...slots, audiences: audiencesOf(strict) }
    push(['audience'])
  }
  return rungs
}

/** What the reply header names: the values that filter or describe the learner, stated or cue-implied. */
export function appliedSlots(slots: Slots): Slots {
  return { ...slots, topics: slots.topics.filter((t) => t.explicit), audiences: slots.audiences.filter((a) => a.explicit || !a.related) }
}
