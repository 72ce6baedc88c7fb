/**
 * @module dialogue/session
 * What the engine remembers about one conversation between turns: the
 * language, the slots of the current request (so "有适合老年人的吗" narrows the
 * last request instead of starting over), which projects are numbered on the
 * screen (so "第二个" means something), and an open menu or question. Stored
 * as JSON in SQLite and parsed with zod, so a session written by an older
 * version never crashes a turn: it is dropped and the conversation restarts.
 */
import { z } from 'zod'
import { FORMATS } from '../catalogue/project.js'
import { emptySlots, type Slots } from '../query/types.js'
import type { Lang } from './types.js'

const slotValueSchema = z.object({ id: z.string(), explicit: z.boolean(), matched: z.string(), related: z.literal(true).optional() })

/** The slots as stored (same shape as {@link Slots}). */
export const slotsSchema = z.object({
  topics: z.array(slotValueSchema),
  audiences: z.array(slotValueSchema),
  region: z.string().nullable(),
  format: z.enum(FORMATS).nullable(),
  free: z.boolean().nullable(),
  time: z.object({ from: z.string(), to: z.string(), matched: z.string() }).nullable(),
})

/** The project fields a follow-up can ask about; 'details' is the whole card. */
export const FIELDS = ['enroll', 'fee', 'place', 'dates', 'duration', 'contact', 'url', 'details'] as const
/** One of {@link FIELDS}. */
export type Field = (typeof FIELDS)[number]

/** One conversation's memory. */
export const sessionStateSchema = z.object({
  lang: z.enum(['zh', 'en']),
  /** Slots of the current request, carried across turns. */
  slots: slotsSchema,
  /** The words of the current request (what "更多" searches again). */
  queryText: z.string(),
  /** True once a request has been searched (so "更多" has something to continue). */
  hasQuery: z.boolean(),
  /** Ids numbered 1..n in the last list the user saw. */
  shown: z.array(z.string()),
  /** Every id shown for the current request, so "更多" never repeats one. */
  seen: z.array(z.string()),
  /** The project last talked about ("这个", "它"). */
  focus: z.string().nullable(),
  /** Topic ids of the numbered menu on screen, null when none is open. */
  menu: z.array(z.string()).nullable(),
  /** A follow-up field waiting for "which one?" to be answered with a number. */
  pendingField: z.enum(FIELDS).nullable(),
})

/** One conversation's memory; see {@link sessionStateSchema}. */
export type SessionState = z.infer<typeof sessionStateSchema>

/** A fresh conversation in `lang`. */
export function newSession(lang: Lang): SessionState {
  return {
    lang,
    slots: emptySlots(),
    queryText: '',
    hasQuery: false,
    shown: [],
    seen: [],
    focus: null,
    menu: null,
    pendingField: null,
  }
}

/** Slots copied so that editing them never changes the stored session. */
export function cloneSlots(slots: Slots): Slots {
  return {
    topics: slots.topics.map((s) => ({ ...s })),
    audiences: slots.audiences.map((s) => ({ ...s })),
    region: slots.region,
    format: slots.format,
    free: slots.free,
    time: slots.time ? { ...slots.time } : null,
  }
}
