/**
 * @module dialogue/request-turns
 * The turns that search: a request (with slots carried from earlier turns),
 * "更多" (the next projects not yet shown), and a number picked from the
 * topic menu. Each shows at most three projects, or says plainly that the
 * catalogue has nothing and offers the menu, never a guess.
 */
import type { Project } from '../catalogue/project.js'
import type { Slots, Understanding } from '../query/types.js'
import { checkGrounding } from '../llm/grounding.js'
import { numberRangeHint, say } from './chat-prompts.js'
import { carrySlots } from './carry-slots.js'
import { describeSlots, listReply, MAX_PROJECTS, menuReply, menuTopics, textReply, topicLabel } from './render-reply.js'
import { cloneSlots, newSession } from './session.js'
import type { TurnContext, TurnOutcome } from './turn-context.js'

/** The topic menu as an ask-back, opened in the session so a bare number answers it. */
export function menuTurn(ctx: TurnContext, lead: string[], clarify = true, matched = true): TurnOutcome {
  const { prompts, taxonomy } = ctx.deps
  ctx.session.menu = menuTopics(taxonomy)
  ctx.session.shown = []
  ctx.session.pendingField = null
  return { reply: menuReply(prompts, ctx.lang, taxonomy, lead, { clarify }), matched }
}

/** A vague message ("有什么好学的"): ask back with the numbered topic menu. */
export function vagueTurn(ctx: TurnContext): TurnOutcome {
  return menuTurn(ctx, [say(ctx.deps.prompts, ctx.lang, 'vague')].filter(Boolean), true)
}

/** A request for projects: carry slots, search, list or say nothing fits. */
export async function requestTurn(ctx: TurnContext): Promise<TurnOutcome> {
  const u = ctx.understanding!
  const carried = carrySlots(
    { slots: ctx.session.slots, text: ctx.session.queryText, active: ctx.session.hasQuery },
    { slots: u.slots, text: ctx.message.text },
  )
  const fallback = carried.fresh ? { text: ctx.message.text, slots: cloneSlots(u.slots) } : undefined
  return searchAndList(ctx, carried.text, carried.slots, fallback, u)
}

/** A number answering the topic menu: search that topic for the same learner. */
export async function menuChoiceTurn(ctx: TurnContext, n: number): Promise<TurnOutcome> {
  const menu = ctx.session.menu ?? []
  if (n < 1 || n > menu.length) {
    return { reply: textReply(ctx.lang, [numberRangeHint(ctx.deps.prompts, ctx.lang, menu.length)], [], true), matched: true }
  }
  const id = menu[n - 1]
  const label = topicLabel(ctx.deps.taxonomy, ctx.lang, id)
  const keep = ctx.session.hasQuery ? ctx.session.slots : newSession(ctx.lang).slots
  const topicOnly: Slots = { ...newSession(ctx.lang).slots, topics: [{ id, explicit: true, matched: label }] }
  const slots: Slots = {
    ...topicOnly,
    audiences: keep.audiences.map((a) => ({ ...a, explicit: false })),
    region: keep.region,
  }
  return searchAndList(ctx, label, slots, { text: label, slots: topicOnly })
}

/** "更多": the next projects of the current request that were not shown yet. */
export async function moreTurn(ctx: TurnContext): Promise<TurnOutcome> {
  const { prompts } = ctx.deps
  if (!ctx.session.hasQuery) return menuTurn(ctx, [say(prompts, ctx.lang, 'nothing_shown')], true)
  const result = await ctx.deps.search.search({
    text: ctx.session.queryText,
    slots: ctx.session.slots,
    k: MAX_PROJECTS,
    exclude: ctx.session.seen,
  })
  const projects = result.hits.map((h) => h.project)
  if (!projects.length) {
    const menu = say(prompts, ctx.lang, 'button_menu')
    return { reply: textReply(ctx.lang, [say(prompts, ctx.lang, 'more_none')], [{ label: menu, payload: menu }]), matched: true }
  }
  return { reply: await showList(ctx, projects), matched: true }
}

/**
 * Searches `slots`; when that finds nothing and a `fallback` (the message's own
 * slots, without what was carried) differs, searches that instead.
 */
async function searchAndList(
  ctx: TurnContext,
  text: string,
  slots: Slots,
  fallback?: { text: string; slots: Slots },
  understood?: Understanding,
): Promise<TurnOutcome> {
  const { prompts, taxonomy } = ctx.deps
  const s = ctx.session
  // The turn's understanding of the message is passed down, so the search does not understand it again.
  const known = (t: string) => (understood?.text === t ? { understanding: understood } : {})
  let result = await ctx.deps.search.search({ text, slots, k: MAX_PROJECTS, ...known(text) })
  if (!result.hits.length && fallback && JSON.stringify(fallback.slots) !== JSON.stringify(slots)) {
    const retry = await ctx.deps.search.search({ text: fallback.text, slots: fallback.slots, k: MAX_PROJECTS, ...known(fallback.text) })
    if (retry.hits.length) {
      result = retry
      text = fallback.text
      slots = fallback.slots
    }
  }
  s.slots = slots
  s.queryText = text
  s.hasQuery = true
  s.seen = []
  s.focus = null
  const projects = result.hits.map((h) => h.project)
  if (!projects.length) {
    const what = describeSlots(prompts, ctx.lang, taxonomy, slots)
    const lead = [
      what ? say(prompts, ctx.lang, 'not_found', { what }) : say(prompts, ctx.lang, 'not_found_any'),
      say(prompts, ctx.lang, 'not_found_hint'),
    ]
    return menuTurn(ctx, lead, false, false)
  }
  return { reply: await showList(ctx, projects), matched: true }
}

/** Lists `projects` (at most three), remembering them for numbers and "更多". */
async function showList(ctx: TurnContext, projects: Project[]) {
  const { prompts, taxonomy } = ctx.deps
  const shown = projects.slice(0, MAX_PROJECTS)
  const s = ctx.session
  s.shown = shown.map((p) => p.id)
  s.seen = [...s.seen, ...s.shown.filter((id) => !s.seen.includes(id))]
  s.menu = null
  s.pendingField = null
  s.focus = null
  const what = describeSlots(prompts, ctx.lang, taxonomy, s.slots)
  const draft = what ? say(prompts, ctx.lang, 'found', { what }) : say(prompts, ctx.lang, 'found_any')
  const intro = await reword(ctx, 'list', shown, draft)
  return listReply(prompts, ctx.lang, shown, { intro })
}

/**
 * The model's wording for `draft` when a model is configured and its answer
 * passes the grounding check; otherwise `draft` itself.
 */
export async function reword(ctx: TurnContext, kind: 'list' | 'details', projects: Project[], draft: string): Promise<string> {
  const model = ctx.deps.chatModel
  if (!model) return draft
  try {
    const out = await model.compose({ lang: ctx.lang, userText: ctx.message.text, projects, draft, kind })
    if (!out.ok) return draft
    return checkGrounding(out.text, projects, draft).ok ? out.text : draft
  } catch {
    return draft
  }
}
