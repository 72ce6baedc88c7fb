/**
 * @module dialogue/session
 * What the engine remembers about one conversation between turns: the
 * language, the request being built (slot by slot, see dialogue-state), the
 * ranked list that request found (so "更多" pages one stable list), which
 * projects are numbered on the screen (so "第二个" means something), and an
 * open menu or question. Stored as JSON in SQLite and parsed with zod, so a
 * session written by an older version never crashes a turn: it is dropped and
 * the conversation restarts.
 */
import { z } from 'zod'
import { slotsSchema } from '../query/slots.js'
import type { Lang } from './types.js'
import { dialogueStateSchema, emptyDialogueState, SLOT_NAMES } from './dialogue-state.js'

/** The project fields a follow-up can ask about; 'details' is the whole card. */
export const FIELDS = ['enroll', 'fee', 'place', 'dates', 'duration', 'contact', 'url', 'details'] as const
/** One of {@link FIELDS}. */
export type Field = (typeof FIELDS)[number]

/** One conversation's memory. */
export const sessionStateSchema = z.object({
  lang: z.enum(['zh', 'en']),
  /** The request so far, slot by slot. */
  request: dialogueStateSchema,
  /** The ranked ids the current request found, computed once; "更多" pages through them. */
  results: z.array(z.string()),
  /** Slots the current list had to widen to find anything (empty when none). */
  relaxed: z.array(z.enum(SLOT_NAMES)),
  /** The slots the current list was searched with (after any widening), for the reply header; null without a list. */
  listSlots: slotsSchema.nullable(),
  /** Ids numbered 1..n in the last list the user saw. */
  shown: z.array(z.string()),
  /**
   * Ids numbered in the last list of projects shown, kept while a menu or an answer without a list is on screen:
   * what a field question with a number ("第二个咋报") means then. (Defaulted, so older sessions still parse.)
   */
  lastShown: z.array(z.string()).default([]),
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
    request: emptyDialogueState(),
    results: [],
    relaxed: [],
    listSlots: null,
    shown: [],
    lastShown: [],
    seen: [],
    focus: null,
    menu: null,
    pendingField: null,
  }
}
