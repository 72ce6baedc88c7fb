/**
 * @module dialogue/contentless-turn
 * The general reading of "more": people ask for the rest of a list in more
 * ways than any word list holds ("and?", "唔够喎", "这几个都不太合适", "嗯…还有呢",
 * "that all?"). So, with a list on the screen, a turn that says nothing new —
 * no topic, group, place, format, fee or subject of its own, no project or
 * field asked about — is read as "more", in any register. Control words
 * (reset, greetings, thanks, help) and numbers are decided before this runs,
 * and a turn with any content of its own stays a request or a follow-up.
 */
import type { Understanding } from '../query/types.js'
import { hasAnySlot } from '../query/slots.js'
import type { SessionState } from './session.js'
import { classifyControl, onlyMoreVocabulary } from './turn-classifier.js'
import { controlForm, HAN } from './control-text.js'
import { needWords } from './dialogue-state.js'
import { asksForSubject } from './refinement-talk.js'
import { isTaught, typedWord } from './weigh-needs.js'
import type { TurnContext } from './turn-context.js'

/** True when a list for an active request is on the screen (what "more" would page). */
export function listOnScreen(s: SessionState): boolean {
  return s.request.active && s.shown.length > 0 && !s.menu
}

/**
 * True when `plain` (the message, speech noise off), understood as `u`, adds
 * nothing to the request: no slot and no subject, or only words a "more" turn
 * is made of (a discontent such as 不够 that the understander took for a subject).
 */
export function saysNothingNew(plain: string, u: Understanding): boolean {
  if (hasAnySlot(u.slots) || u.outOfScope) return false
  return u.needs.length === 0 || onlyMoreVocabulary(plain)
}

/**
 * Words that open with a more-word but mean something else: 再说 (later), 再见, 多少, 还有个问题 (one more question),
 * 再学 / 还想学 (a wish to learn something else, no paging). Beside them a more-word reads no paging.
 */
const NOT_PAGING = /再说|再见|再会|再也|多少|多久|多长|多大|多远|多么|还有(?:一)?个问题|还有问题|还有事|还想|再学|换个学|另外问|另外说/

/** Longest message (in characters of its control form) a "more" glued to talk is read in: a short turn, not a request. */
const MAX_GLUED = 24

/** Cut points of `form` between two Chinese characters or at a pause: never inside an English word ("moreover"). */
function cutPoints(form: string): number[] {
  const chars = [...form]
  const han = (c: string | undefined) => c !== undefined && HAN.test(c)
  return chars.map((_, at) => at).filter((at) => at > 0 && (chars[at] === ' ' || chars[at - 1] === ' ' || (han(chars[at - 1]) && han(chars[at]))))
}

/**
 * True when `form` (a control form) asks for more in one part of it, before or after the rest: a clause between pauses
 * ("grand, any more?", "不错不错 再来几个", "next lot please mate"), or, in a short turn, a run read as "more" glued to
 * words of talk without a pause ("下一批走起", "还有么师傅", "亲还有吗"). Whether the rest says anything is for the
 * caller to weigh.
 */
export function hasPagingClause(form: string): boolean {
  const chars = [...form]
  const cuts = chars.length <= MAX_GLUED && !NOT_PAGING.test(form) ? cutPoints(form) : [...form.matchAll(/ /g)].map((m) => m.index)
  const part = (from: number, to: number) => chars.slice(from, to).join('').trim()
  return cuts.some((at) => classifyControl(part(at, chars.length))?.kind === 'more' || classifyControl(part(0, at))?.kind === 'more')
}

/**
 * True when the message, understood as `u`, names nothing of its own: no slot, nothing out of scope, no word asked for
 * as a subject and no word the catalogue uses. Such words are talk around a control turn (a reaction, an address,
 * politeness: "grand", "师傅", "感恩"); a word some project names ("cooking") or one asked for ("还有游泳吗") is content.
 */
export async function namesNothing(ctx: TurnContext, u: Understanding): Promise<boolean> {
  if (hasAnySlot(u.slots) || u.outOfScope) return false
  for (const word of needWords(u)) {
    if (asksForSubject(u.normalized, word)) return false
    if (await isTaught(ctx, typedWord(u.normalized, word), true)) return false
  }
  return true
}

/**
 * True when the message asks for more in a part of its own and the rest is talk ({@link namesNothing}): "grand, any
 * more?", "bonza, next lot", "得劲，再整几个", "下一批走起". A reaction to the list is not a new request: the list on
 * screen goes on. A word some project names ("cooking, any more?") or one asked for ("还有游泳吗") stays a request.
 */
export async function pagesBesideTalk(ctx: TurnContext, u: Understanding): Promise<boolean> {
  return hasPagingClause(controlForm(ctx.plain)) && await namesNothing(ctx, u)
}

/**
 * True when a turn that says nothing new asks what there is to learn at all ("您好，请问你们这里能学点什么", "有什么可学的",
 * "不知道学啥") with no word of paging: it starts asking afresh, so it gets the ask-back, not the next page of the list
 * on screen ("还有什么能学的" and "别的还有啥" still page; "随便", "都行" may answer the list and page too).
 */
export function asksAfresh(plain: string, u: Understanding): boolean {
  return WHAT_TO_LEARN.test(u.normalized) && !hasPagingClause(controlForm(plain)) && classifyControl(controlForm(plain))?.kind !== 'more'
}

/** Asking what there is to learn or join at all ("能学点什么", "有啥可以报的", "不知道学啥"); "随便", "都行" may answer the list. */
const WHAT_TO_LEARN = /(?:学|报|上)(?:点|些)?(?:啥|什么|哪些)|(?:有|能)(?:啥|什么|哪些)(?:能|可以|好)?(?:学|报|上)|不知道(?:要|该|能|可以)?(?:学|报|选|上)/
