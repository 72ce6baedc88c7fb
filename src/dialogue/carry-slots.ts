/**
 * @module dialogue/carry-slots
 * How a new message combines with the request before it. Learners talk in
 * steps: "我想学人工智能", then "有适合老年人的吗" (AI **and** elderly), then
 * "那线下的呢" (and offline). A message naming a new topic ("算了，我想学电工")
 * starts a new request: the old topic and its refinements go; who the
 * learner said they are (audience) stays only as a preference (ranks, never
 * filters), and where they live (region) stays. The engine retries with the
 * message's own slots when what was carried leaves nothing.
 */
import type { Slots } from '../query/types.js'
import { cloneSlots } from './session.js'

/** The request to search after this message. */
export interface CarriedRequest {
  slots: Slots
  /** The words to search with: the request so far plus this message. */
  text: string
  /** True when this message started a new request instead of narrowing the old one. */
  fresh: boolean
}

/** True when the slots say something about the projects wanted. */
export function hasAnySlot(s: Slots): boolean {
  return (
    s.topics.length > 0 ||
    s.audiences.length > 0 ||
    s.region !== null ||
    s.format !== null ||
    s.free !== null ||
    s.time !== null
  )
}

/**
 * Merges this message's slots into the previous request's.
 * - no previous request → this message's slots;
 * - a topic named (or words with no slot at all) → new request, keeping the previous
 *   audiences as preferences and the region, unless this message names its own;
 * - only refinements (audience, region, format, fee, time) → the previous request narrowed,
 *   each named slot replacing the old value of that slot.
 */
export function carrySlots(
  previous: { slots: Slots; text: string; active: boolean },
  message: { slots: Slots; text: string },
): CarriedRequest {
  const now = message.slots
  if (!previous.active) return { slots: cloneSlots(now), text: message.text, fresh: true }
  const prev = previous.slots
  const newTopic = now.topics.length > 0 || !hasAnySlot(now)
  if (newTopic) {
    return {
      slots: {
        topics: now.topics.map((t) => ({ ...t })),
        audiences: now.audiences.length
          ? now.audiences.map((a) => ({ ...a }))
          : prev.audiences.map((a) => ({ ...a, explicit: false })),
        region: now.region ?? prev.region,
        format: now.format,
        free: now.free,
        time: now.time ? { ...now.time } : null,
      },
      text: message.text,
      fresh: true,
    }
  }
  const merged = cloneSlots(prev)
  if (now.audiences.length) merged.audiences = now.audiences.map((a) => ({ ...a }))
  if (now.region !== null) merged.region = now.region
  if (now.format !== null) merged.format = now.format
  if (now.free !== null) merged.free = now.free
  if (now.time !== null) merged.time = { ...now.time }
  return { slots: merged, text: `${previous.text} ${message.text}`.trim(), fresh: false }
}
