/**
 * @module query/slots
 * The slots of a request (topic, audience, region, format, fee, time) as one
 * zod schema: the query understander fills them, search filters and boosts by
 * them, the dialogue carries them between turns and stores them in the
 * session. One schema (the type is derived from it) and the questions every
 * layer asks of slots, named once here, so no layer re-writes "does this say
 * anything?" its own way.
 */
import { z } from 'zod'
import { FORMATS } from '../catalogue/project.js'

/** One recognised topic or audience. */
export const slotValueSchema = z.object({
  /** Taxonomy id. */
  id: z.string(),
  /** True when the user named it (it filters); false when it was implied (it only ranks). */
  explicit: z.boolean(),
  /** The words of the message that produced it, for --explain and the reply header. */
  matched: z.string(),
  /**
   * Inferred from an everyday word of knowledge/related-words.yaml ("顶嘴" → 家庭教育):
   * it only boosts, and unlike a named topic it is no evidence that a project fits.
   */
  related: z.boolean(),
})
/** One recognised topic or audience; see {@link slotValueSchema}. */
export type SlotValue = z.infer<typeof slotValueSchema>

/** A date window the user asked about ("这个月", "暑假"), inclusive, YYYY-MM-DD. */
export const timeWindowSchema = z.object({ from: z.string(), to: z.string(), matched: z.string() })
/** A date window; see {@link timeWindowSchema}. */
export type TimeWindow = z.infer<typeof timeWindowSchema>

/** Everything structured a message (or a conversation so far) says about the projects wanted. */
export const slotsSchema = z.object({
  topics: z.array(slotValueSchema),
  audiences: z.array(slotValueSchema),
  /** Canonical province or city name (as in knowledge/regions.yaml), or '全国'. */
  region: z.string().nullable(),
  format: z.enum(FORMATS).nullable(),
  /** True: only free projects. Null: not said. */
  free: z.boolean().nullable(),
  time: timeWindowSchema.nullable(),
})
/** The slots; see {@link slotsSchema}. */
export type Slots = z.infer<typeof slotsSchema>

/** Slots with nothing filled. */
export function emptySlots(): Slots {
  return { topics: [], audiences: [], region: null, format: null, free: null, time: null }
}

/** Slots copied so that editing the copy never changes the original (a stored session, say). */
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

/** True when the slots say anything at all about the projects wanted. */
export function hasAnySlot(s: Slots): boolean {
  return s.topics.length > 0 || s.audiences.length > 0 || s.region !== null || s.format !== null || s.free !== null || s.time !== null
}

/** True when the slots ask for other projects (a topic, audience, place or format), not just narrow the fee or dates. */
export function asksForProjects(s: Slots): boolean {
  return s.topics.length > 0 || s.audiences.length > 0 || s.region !== null || s.format !== null
}

/** True when some slot filters (a named topic or audience, a region, format, "free" or dates). */
export function hasHardFilter(s: Slots): boolean {
  return (
    s.topics.some((t) => t.explicit) ||
    s.audiences.some((a) => a.explicit) ||
    s.region !== null ||
    s.format !== null ||
    s.free === true ||
    s.time !== null
  )
}

/** True when the slots name a topic or an audience that filters (what a request is "about"). */
export function hasSubjectFilter(s: Slots): boolean {
  return s.topics.some((t) => t.explicit) || s.audiences.some((a) => a.explicit)
}
