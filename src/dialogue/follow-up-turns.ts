/**
 * @module dialogue/follow-up-turns
 * Answers about one shown project: its detail card ("2"), one field
 * ("第二个怎么报名", "要钱吗"), or "第几个？" when the question could mean
 * several. Answers come only from the project's fields; project-text says
 * "目录里没有写" with whom to ask when a field is empty.
 */
import { numberRangeHint, say } from './chat-prompts.js'
import type { FollowUp } from './follow-up.js'
import { detailLines, fieldAnswer, titleOf } from './project-text.js'
import { projectReply, textReply } from './render-reply.js'
import type { Field } from './session.js'
import { menuTurn, reword } from './request-turns.js'
import { projectsByIds, type TurnContext, type TurnOutcome } from './turn-context.js'

/** Answers `field` (or the whole card) about project `id`, making it the one "这个" means. */
export async function projectTurn(ctx: TurnContext, id: string, field: Field): Promise<TurnOutcome> {
  const { prompts } = ctx.deps
  const [p] = await projectsByIds(ctx, [id])
  if (!p) {
    ctx.session.shown = ctx.session.shown.filter((x) => x !== id)
    return { reply: textReply(ctx.lang, [say(prompts, ctx.lang, 'not_understood')]), matched: false }
  }
  ctx.session.focus = p.id
  ctx.session.pendingField = null
  let lines: string[]
  if (field === 'details') {
    lines = detailLines(prompts, ctx.lang, p)
    const explained = await reword(ctx, 'details', [p], lines[2])
    lines[2] = explained
    lines.push(say(prompts, ctx.lang, 'detail_footer'))
  } else {
    lines = fieldAnswer(prompts, ctx.lang, p, field)
  }
  return { reply: projectReply(prompts, ctx.lang, p, lines), matched: true }
}

/** Acts on a detected follow-up. */
export async function followUpTurn(ctx: TurnContext, f: FollowUp): Promise<TurnOutcome> {
  const { prompts } = ctx.deps
  if (f.kind === 'project') return projectTurn(ctx, f.projectId, f.field)
  if (f.kind === 'nothing-shown') return menuTurn(ctx, [say(prompts, ctx.lang, 'nothing_shown')], true)
  if (f.kind === 'out-of-range') {
    return { reply: textReply(ctx.lang, [numberRangeHint(prompts, ctx.lang, f.count)], numberButtons(f.count), true), matched: true }
  }
  ctx.session.pendingField = f.field
  const count = ctx.session.shown.length
  const titles = (await projectsByIds(ctx, ctx.session.shown)).map((p, i) => `${i + 1}. ${titleOf(p, ctx.lang)}`)
  return {
    reply: textReply(ctx.lang, [say(prompts, ctx.lang, 'which_one', { count }), ...titles], numberButtons(count), true),
    matched: true,
  }
}

/** Buttons "1".."count" for answering "第几个？". */
export function numberButtons(count: number) {
  return Array.from({ length: count }, (_, i) => ({ label: String(i + 1), payload: String(i + 1) }))
}
