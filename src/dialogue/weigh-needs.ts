/**
 * @module dialogue/weigh-needs
 * What the words of a request beyond its slots are worth: a subject the
 * catalogue has (kept), a subject nobody teaches (the honest "nothing"), or
 * talk around the request (dropped, so the message narrows or asks back).
 */
import { hasAnySlot } from '../query/slots.js'
import { hasVagueMarker, isAskedSubject, isUnframedAsk, withoutVagueMarkers } from '../query/need-frames.js'
import type { Understanding } from '../query/types.js'
import { examTutoring } from '../query/colloquial-cues.js'
import { mentionsInSense, onlyInOtherSense } from '../query/word-senses.js'
import { needWords } from './dialogue-state.js'
import { asksForSubject } from './refinement-talk.js'
import { readPersonClauses } from './person-clause-topics.js'
import { isRequestWordSlip } from './request-word-slips.js'
import type { TurnContext } from './turn-context.js'

/**
 * What the need-words of a message without a topic are worth. Each is looked
 * up on its own. One the catalogue has something for stays. One it has nothing
 * for is a subject no project teaches (`unmet`, the honest "nothing") only when
 * it stands in a learning frame ("想学游泳", "violin lessons"); otherwise it is
 * talk around the request ("给俺找个课", "我改主意了", "forget that", "only in
 * Nanchang please") and is dropped, so the message narrows. A message left with
 * no slot and nothing found to learn — or, beside a marker such as "不知道学啥",
 * nothing found at all — is a vague opener (`vague`): it gets the ask-back.
 * Inside a conversation, a message that asks in words alone (no slot of its
 * own) is `alone`: the dialogue answers it "nothing" when asked first it would
 * get nothing ("我要考研，有辅导班吗", "俺想学开大货车"), never the carried
 * audience's list. Beside a refinement ("再筛一下，要线上直播或
 * 录播的"), a word not asked for as a subject is talk and is dropped, so the
 * message narrows (dialogue/refinement-talk); those words are returned as `talk`, so a refinement that turns out
 * to change nothing is not answered as if the message had said nothing (dialogue/unread-turn).
 */
export async function weighNeeds(ctx: TurnContext, said: Understanding): Promise<{ u: Understanding; unmet: string | null; vague: boolean; alone?: boolean; talk?: string[] }> {
  // A request word typed by sound ("学习向目" for 项目) is no subject: it only says what is asked for.
  const slips = needWords(said).map(isRequestWordSlip)
  let u = slips.some(Boolean) ? { ...said, needs: said.needs.filter((_, i) => !slips[i]) } : said
  // Words only inside the learner's description of themselves ("我是退役军人，现在开公交车", "开公交车的") are their life:
  // never a subject nobody teaches, whatever frame they stand in (dialogue/person-clause-topics; round 16).
  const own = readPersonClauses(ctx.message.text, u.slots, u.needs, ctx.session.request.active && ctx.session.request.topics.length > 0, u.unreadPerson).needs
  if (own.length < u.needs.length) u = { ...u, needs: own }
  // A topic read from the catalogue's text (search/topic-evidence) is its need-words' reading: beside a refinement,
  // need-words not asked for are talk ("要线上直播或录播的"), and that topic goes with them.
  if (u.topicSource === 'catalogue' && ctx.session.request.active && hasAnySlot({ ...u.slots, topics: [], time: null }) &&
    !needWords(u).some((w) => asksForSubject(u.normalized, w))) u = { ...u, topicSource: 'words', slots: { ...u.slots, topics: [] } }
  // (A message out of scope, a service or an errand, is no request whatever topic its other words name: "孩子发烧了去哪个医院",
  // "我家电表跳闸了 哪个师傅能上门修", "book me a doctor appointment for my back pain". It says no word of learning, or
  // the readers would have found no service in it: a topic there is what the errand is about.)
  if (u.outOfScope) return { u, unmet: u.outOfScope, vague: false }
  // (A first message with no slot and no need-word asks for nothing whatever glue its words left, "敬请告知可报之班": point 8.)
  // (Inside a conversation too, a message with nothing but a marker of asking what there is, "您好，请问你们这里能学点
  //什么", starts asking afresh: it asks back rather than showing the list on screen again.)
  if (!u.needs.length || u.slots.topics.length) return { u, unmet: null, vague: !hasAnySlot({ ...u.slots, time: null }) && !u.unreadPerson && !u.slots.topics.length && (slips.some(Boolean) || !ctx.session.request.active || hasVagueMarker(u.normalized)) }
  const found = (text: string, asked: boolean) => isTaught(ctx, text, asked)
  const marked = hasVagueMarker(u.normalized)
  // Words that only make up a vague marker ("where do I *start*", "还*没想*好") ask for nothing.
  const outside = marked ? withoutVagueMarkers(u.normalized) : u.normalized
  const kept: string[][] = []
  let met = false
  let unmet: string | null = null
  const talk: string[] = []
  // Beside a refinement of the request on screen (a format, a place, a group), only words asked for are a subject.
  // (Exam tutoring, "孙女考大学 补英语", is always a subject: out of scope unless the catalogue has it.)
  const refining = ctx.session.request.active && hasAnySlot({ ...u.slots, time: null })
  const tutoring = examTutoring(u.normalized).map((t) => t.word)
  // A message that asks to learn something unnamed ("想学点东西", "有什么可学的") and names no slot asks for a subject
  // only in a learning frame: the rest is its talk ("廟裡忙完了", "敝人…有何建议"), so it asks back, never "nothing".
  const unnamed = marked && !hasAnySlot({ ...u.slots, time: null })
  for (const [i, word] of needWords(u).entries()) {
    if (marked && !outside.includes(word)) continue
    if (unnamed && !isAskedSubject(u.normalized, word) && !tutoring.includes(word)) {
      talk.push(word)
      continue
    }
    if (refining && !asksForSubject(u.normalized, word) && !tutoring.includes(word)) {
      talk.push(word)
      continue
    }
    // Looked up as typed: a bare stem ("hors") would be read by the typo repair as some other word.
    // (The learner's own compound, "learn self-driving", is asked in the project's sense.)
    // (With no slot and no word of learning anywhere, "他家狗丢了 咋找回来", the words ask for something else: a word
    // is met only where a project teaches it, and one nobody teaches is out of scope, not talk.)
    const unframed = !refining && !hasAnySlot({ ...u.slots, time: null }) && !u.unreadPerson && isUnframedAsk(u.normalized, word)
    const typed = typedWord(u.normalized, word)
    if (await found(typed, (isAskedSubject(u.normalized, word) || unframed) && !onlyInOtherSense(u.text, typed))) {
      met = true
      kept.push(u.needs[i])
    } else if (isAskedSubject(u.normalized, word) || tutoring.includes(word) || unframed) {
      unmet ??= typedWord(u.normalized, word)
    }
  }
  const noSlot = !hasAnySlot({ ...u.slots, time: null }) && !u.unreadPerson
  if (noSlot && !met && (!unmet || marked)) return { u, unmet: null, vague: true }
  const alone = !unmet && met && noSlot && ctx.session.request.active
  return { u: { ...u, needs: kept }, unmet, vague: false, alone, talk }
}

/**
 * True when the catalogue has something for `text`. Not `asked`: any hit. `asked` (a subject the learner asked to
 * learn): a word asked to learn is found only where a project uses it in that sense: "想学钓鱼" is not taught by a
 * course on spotting 钓鱼链接, nor "learn driving" by one on labelling images for self-driving (query/word-senses).
 * A subject asked to learn is taught only by a project that names it (as typed, as the understander repaired it, or
 * by its related words): a neighbour the vectors bring ("揸车" → a hotel English class) teaches nothing of it. One
 * rule for weighing a message's words and for the widening ladder (dialogue/request-turns).
 */
export async function isTaught(ctx: TurnContext, text: string, asked: boolean): Promise<boolean> {
  const { hits, understanding: read } = await ctx.deps.search.search({ text, k: asked ? 5 : 1 })
  if (!asked) return hits.length > 0
  const texts = hits.map((h) => [h.project.title, h.project.summary, h.project.title_en ?? '', h.project.summary_en ?? '', ...h.project.tags].join(' '))
  // (A course noun the segmenter glued on, "教育课", is no part of the subject.)
  const words = [text, text.replace(/(课程|课|班|培训)$/, ''), read.normalized, ...read.termGroups.flat()].filter((w) => w.trim().length > 1)
  return texts.some((t) => words.some((w) => mentionsInSense(t, w))) || (hits.length > 0 && !/\p{Script=Han}/u.test(text) &&
    !(texts.some((t) => onlyInOtherSense(t, text)) && !texts.some((t) => mentionsInSense(t, text))))
}

/** An English need-word's stem as the learner typed it in `text` ("hors" → "horse"); other words as they are. */
export function typedWord(text: string, w: string): string {
  return /^[a-z]/.test(w) ? new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[a-z]*`).exec(text.toLowerCase())?.[0] ?? w : w
}

