/**
 * @module dialogue/open-to-all
 * "更多" past the end of a group's list: projects open to everyone (社会公众) serve every group, so when a list
 * filtered on who the learner is runs out, it goes on with the topic's projects open to everyone that it did not
 * hold, and says so, instead of ending while the catalogue still has courses the learner may join.
 */
import type { Project } from '../catalogue/project.js'
import { say } from './chat-prompts.js'
import { withOpenAudience } from './open-audience.js'
import { filteringGroupsLabel } from './relaxed-notes.js'
import { MAX_PROJECTS } from './render-reply.js'
import { projectsByIds, type TurnContext } from './turn-context.js'

/**
 * When "更多" has walked a group's whole list (one with a named topic), the projects of that topic open to everyone
 * that it did not hold: they serve the group too (社会公众), so the list goes on with them instead of ending. They
 * join the stable list, so the next "更多" walks on from them. Empty when the list already took them in.
 */
export async function openToAllAfter(ctx: TurnContext, size: number): Promise<Project[]> {
  const s = ctx.session
  const slots = s.listSlots
  if (!slots || !slots.topics.some((t) => t.explicit && !t.related)) return []
  const open = withOpenAudience(slots.audiences)
  if (open === slots.audiences) return []
  const hits = (await ctx.deps.search.search({ text: '', slots: { ...slots, audiences: open }, k: size, exclude: s.results })).hits
  const ids = hits.map((h) => h.project.id).filter((id) => !s.seen.includes(id))
  s.results = [...s.results, ...ids]
  return (await projectsByIds(ctx, ids)).slice(0, MAX_PROJECTS)
}

/** The note in front of those projects: everything just for the learner's groups was shown. */
export function openToAllNote(ctx: TurnContext): string {
  return say(ctx.deps.prompts, ctx.lang, 'more_open_to_all', { audience: filteringGroupsLabel(ctx, ctx.session.listSlots ?? { audiences: [] }) })
}
