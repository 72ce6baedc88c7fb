/**
 * @module dialogue/relaxed-notes
 * The honest sentence in front of a widened list: what the learner asked for
 * that the catalogue does not have, and what is shown instead ("云南暂时没有，
 * 这是全国线上的。"). One sentence per widened slot, from the chat templates.
 */
import type { Slots } from '../query/slots.js'
import { say } from './chat-prompts.js'
import { OPEN_AUDIENCE } from '../catalogue/project.js'
import type { DialogueState, SlotName } from './dialogue-state.js'
import { holdsUnreadPerson } from './open-audience.js'
import { topicLabel } from './render-reply.js'
import type { TurnContext } from './turn-context.js'

/** How the reply names audience `id` in the learner's language. */
function groupLabel(ctx: TurnContext, id: string): string {
  const e = ctx.deps.taxonomy.get('audiences', id)
  return e ? (ctx.lang === 'en' ? e.en : e.zh) : id
}

/** The learner's own groups that filter `slots` (not the open audience the ladder adds), named and joined for a note. */
export function filteringGroupsLabel(ctx: TurnContext, slots: Pick<Slots, 'audiences'>): string {
  return joinLabels(ctx, slots.audiences.filter((a) => a.explicit && a.id !== OPEN_AUDIENCE).map((a) => groupLabel(ctx, a.id)))
}

/** `words` joined with the language's joiner, a space after a comma-like one ("Farmers, Women"). */
function joinLabels(ctx: TurnContext, words: string[]): string {
  const joiner = say(ctx.deps.prompts, ctx.lang, 'joiner')
  return words.join(/^[,;]$/.test(joiner) ? joiner + ' ' : joiner)
}

/**
 * The sentences saying how `relaxed` widened the request `state` into `slots`; with `openToAll`, that nothing is just
 * for the learner's group and what is shown is open to everyone (said, though nothing was widened).
 */
export function relaxedNotes(ctx: TurnContext, state: DialogueState, slots: Slots, relaxed: SlotName[], openToAll = false): string[] {
  const { prompts, taxonomy } = ctx.deps
  const lang = ctx.lang
  const join = (words: string[]) => joinLabels(ctx, words)
  const notes: string[] = []
  const groups = filteringGroupsLabel(ctx, slots)
  if (openToAll && !relaxed.includes('audience') && groups) notes.push(say(prompts, lang, 'relaxed_audience', { audience: groups }))
  // Who the learner is, said in words no reader knows: what is shown is open to everyone, or (widened) for other groups.
  const unread = holdsUnreadPerson(state)
  if (unread) notes.push(say(prompts, lang, relaxed.includes('audience') ? 'unread_person_widened' : 'unread_person'))
  for (const name of relaxed) {
    if (name === 'topic') {
      const dropped = state.topics.filter((t) => !slots.topics.some((x) => x.id === t.value.id && x.explicit)).map((t) => topicLabel(taxonomy, lang, t.value.id))
      if (dropped.length) notes.push(say(prompts, lang, 'relaxed_topic', { topic: join(dropped) }))
    } else if (name === 'audience' && !unread) {
      const dropped = state.audiences.filter((a) => !slots.audiences.some((x) => x.id === a.value.id && x.explicit)).map((a) => groupLabel(ctx, a.value.id))
      if (dropped.length) notes.push(say(prompts, lang, 'relaxed_audience', { audience: join(dropped) }))
    } else if (name === 'region' && state.region) {
      notes.push(slots.region === '全国' || slots.region === null
        ? say(prompts, lang, 'relaxed_region_nationwide', { region: state.region.value })
        : say(prompts, lang, 'relaxed_region_province', { region: state.region.value, province: slots.region }))
    } else if (name === 'format' && state.format) {
      const format = say(prompts, lang, state.format.value === 'online' ? 'where_online' : state.format.value === 'offline' ? 'where_offline_unknown' : 'where_hybrid_unknown')
      notes.push(say(prompts, lang, 'relaxed_format', { format }))
    } else if (name === 'time') {
      notes.push(say(prompts, lang, 'relaxed_time'))
    } else if (name === 'fee') {
      notes.push(say(prompts, lang, 'relaxed_fee'))
    }
  }
  return notes
}
