/**
 * @module dialogue/request-turns
 * The turns that search: a request (the message applied to the request so far,
 * see dialogue-state), "更多" (the next page of the same ranked list), and a
 * number picked from the topic menu. A request's list is computed once and
 * kept in the session, so every "more" walks one stable list until it is truly
 * used up. When the request as said finds nothing, it is widened rung by rung
 * (dialogue-state's ladder) and the reply says what was widened; when even that
 * finds nothing it says so plainly and offers the menu, never a guess.
 */
import type { Project } from '../catalogue/project.js'
import { hasAnySlot, hasHardFilter, hasSubjectFilter, type Slots } from '../query/slots.js'
import { normalizeText } from '../text/normalize.js'
import { checkGrounding } from '../llm/grounding.js'
import { numberRangeHint, say } from './chat-prompts.js'
import { afterNothing, applyMessage, chooseTopic, emptyDialogueState, relaxationLadder, toSlots, type DialogueState } from './dialogue-state.js'
import { withoutOpenAudience } from './open-audience.js'
import { describeSlots, listReply, MAX_PROJECTS, menuReply, menuTopics, textReply, topicLabel } from './render-reply.js'
import { relaxedNotes } from './relaxed-notes.js'
import { openToAllAfter, openToAllNote } from './open-to-all.js'
import { untaughtFamilyNotes, untaughtOffer } from './untaught-notes.js'
import { unbindTopicAudiences } from './topic-bound-audience.js'
import { weighNeeds } from './weigh-needs.js'
import { unreadRefinement, unreadTurn } from './unread-turn.js'
import { framedNeeds, guessedOnly, namedText, typedNeeds, unnamedSubject } from './request-words.js'
import { namesOnlyThePerson, withSubjectAskBack } from './person-openers.js'
import { asksForSubject } from './refinement-talk.js'
import { selfStatedAudiences } from './self-facts.js'
import { readAboutPerson } from './person-clause-topics.js'
import { projectsByIds, type TurnContext, type TurnOutcome } from './turn-context.js'

/** Most projects one request's list holds: far more than anyone pages through. */
export const LIST_SIZE = 60

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

/** A request for projects: apply the message to the request so far, then list. */
export async function requestTurn(ctx: TurnContext): Promise<TurnOutcome> {
  const fresh = !ctx.session.request.active
  const { u, unmet, vague, alone, talk = [] } = await weighNeeds(ctx, ctx.understanding!)
  if (vague) return vagueTurn(ctx)
  // Asked in words alone inside a conversation: what it would find if asked first decides, never the carried slots.
  const first = alone ? applyMessage(emptyDialogueState(), u, ctx.message.text).state : null
  const unfound = first !== null && !(await rankedList(ctx, first, toSlots(first))).ids.length
  if (unmet || unfound) {
    // "想学游泳", "IELTS exam tutoring": a subject no project teaches gets nothing, whatever filters were
    // carried. The request so far stays for the next message, with the preferences this message states
    // (where, how, the fee) and who the learner says they are ("身为父母，有没有线上的学游泳课" then "那学外语呢":
    // parents, online). An audience only hinted beside the subject ("孩子想学街舞") goes with that subject.
    const { prompts } = ctx.deps
    const s = ctx.session
    // (A group only implied, 俺孙子 → older, never replaces one the request already holds.)
    const self = selfStatedAudiences(u.normalized, u.slots.audiences).filter((a) => a.explicit || !s.request.audiences.length)
    // (A message out of scope, "邊度可以請外傭", leaves the request as it was: dialogue-state's afterNothing.)
    clearList(ctx, afterNothing(s.request, { ...u.slots, topics: [], audiences: self, time: null }, Boolean(u.outOfScope)))
    const lead = unmet ? say(prompts, ctx.lang, 'not_found', { what: unmet }) : say(prompts, ctx.lang, 'not_found_any')
    return menuTurn(ctx, [lead, say(prompts, ctx.lang, 'not_found_hint')], false, false)
  }
  // (Who the learner already is decides whether a group fused onto a new topic's phrase names the course or a new learner.)
  const held = ctx.session.request.active ? ctx.session.request.audiences.filter((a) => a.source !== 'inferred').map((a) => a.value.id) : []
  const bound = unbindTopicAudiences(u.normalized, u.slots, held)
  const said = readAboutPerson(ctx.message.text, u, bound, held, ctx.session.request.active && ctx.session.request.topics.length > 0)
  const next = applyMessage(ctx.session.request, said, ctx.message.text).state
  // Talk beside a refinement that changes nothing was all the message said: not read, so never the same list again.
  if (unreadRefinement(ctx, talk, next)) return unreadTurn(ctx)
  const out = await listRequest(ctx, next)
  // Who the learner is, and nothing to learn yet: their list, and what they want asked back (docs/dialogue-state.md).
  // (Read after the self-descriptions: "我是开小卖部的" only says who, though 小卖部 implies a topic and a need.)
  return namesOnlyThePerson(u, fresh, said) ? { ...out, reply: withSubjectAskBack(ctx, out.reply) } : out
}

/** Forgets the current list: `state` is the request now, and nothing is on screen for "更多". */
function clearList(ctx: TurnContext, state: DialogueState): void {
  const s = ctx.session
  s.request = state
  s.results = []
  s.relaxed = []
  s.listSlots = null
  s.seen = []
  s.focus = null
}

/** A number answering the topic menu: that topic, for the same learner. */
export async function menuChoiceTurn(ctx: TurnContext, n: number): Promise<TurnOutcome> {
  const menu = ctx.session.menu ?? []
  if (n < 1 || n > menu.length) {
    return { reply: textReply(ctx.lang, [numberRangeHint(ctx.deps.prompts, ctx.lang, menu.length)], [], true), matched: true }
  }
  const id = menu[n - 1]
  return listRequest(ctx, chooseTopic(ctx.session.request, id, topicLabel(ctx.deps.taxonomy, ctx.lang, id)))
}

/** "更多": the next page of the current request's list; when it is used up, says so and asks back. */
export async function moreTurn(ctx: TurnContext): Promise<TurnOutcome> {
  const { prompts } = ctx.deps
  const s = ctx.session
  if (!s.request.active) return menuTurn(ctx, [say(prompts, ctx.lang, 'nothing_shown')], true)
  const seen = new Set(s.seen)
  let next = (await projectsByIds(ctx, s.results.filter((id) => !seen.has(id)))).slice(0, MAX_PROJECTS)
  const notes: string[] = []
  if (!next.length && (next = await openToAllAfter(ctx, LIST_SIZE)).length) notes.push(openToAllNote(ctx))
  if (!next.length) return menuTurn(ctx, [say(prompts, ctx.lang, s.results.length ? 'more_none' : 'more_nothing')], true)
  return { reply: await showList(ctx, next, notes), matched: true }
}

/**
 * The ranked ids for `slots`: what search finds for the request's words (or,
 * when they are only slots and filler and found nothing, for the words that
 * named the slots), then,
 * when the request names a topic or audience, every other project those
 * filters admit (the relevance floor ranks, it never ends the list "更多" walks).
 * `first` is how many of them the first page may show (the found ones, when the
 * request has need-words of its own and some were found).
 */
async function rankedList(ctx: TurnContext, state: DialogueState, slots: Slots, near = false): Promise<{ ids: string[]; first: number; untaught?: string }> {
  const search = ctx.deps.search
  // Topics of every project listed, from the hits themselves (no store read per project).
  const topicsOf = new Map<string, string[]>()
  const ids = (hits: { project: { id: string; topics: string[] } }[]) =>
    hits.map((h) => (topicsOf.set(h.project.id, h.project.topics), h.project.id))
  // The turn's understanding goes down with the text: search uses it only when the text is the message's own.
  const understanding = ctx.understanding
  const said = await search.search({ text: state.text, slots, k: LIST_SIZE, understanding })
  // One thing no project teaches ("想学拉二胡"): nothing, named by that thing (search/untaught-subject).
  if (said.untaught && !said.hits.length) return { ids: [], first: MAX_PROJECTS, untaught: said.untaught }
  let found = ids(said.hits)
  const named = namedText(state)
  // A subject the learner asked to learn ("想学开拖拉机", "horse riding lessons") that search finds nothing for is
  // out of scope: no fallback below may fill the list from a guessed topic or from the phrase's other words, nor
  // from whoever the learner is (a group said or carried: "我是退休的" then "想学开拖拉机" gets nothing).
  const framed = framedNeeds(state)
  if (!found.length && framed.length > 0 && (guessedOnly(slots) || !slots.topics.length)) {
    for (const w of framed) if (!(await search.search({ text: w, k: 1 })).hits.length) return { ids: [], first: MAX_PROJECTS }
  }
  // Without a named topic, need-words are the request's subject: the slots (who, where) say nothing of it, so
  // neither the words that named them nor everything they admit may stand in for it ("我在街道办上班" then
  // "有没有教剪视频的": not every project for community workers). The ladder widens the carried audience instead.
  const saidText = normalizeText(state.text)
  const subjectInSlots = !state.needs.some((w) => asksForSubject(saidText, w)) || slots.topics.some((t) => t.explicit && !t.related)
  if (!found.length && subjectInSlots && (hasSubjectFilter(slots) || !state.needs.length) && named !== state.text) {
    found = ids((await search.search({ text: named, slots, k: LIST_SIZE, understanding })).hits)
  }
  if (!found.length && state.needs.length > 1) {
    // Nothing fits every need-word at once: what fits one of them, in the order they were said.
    for (const word of state.needs) {
      found = [...new Set([...found, ...ids((await search.search({ text: word, slots, k: LIST_SIZE, exclude: found })).hits)])]
    }
  }
  if (!found.length && state.needs.length && hasHardFilter({ ...slots, time: null }) && !framed.length) {
    // Need-words that only talk around the request ("推荐几个学习项目") never empty a list the slots fill.
    found = ids((await search.search({ text: '', slots, k: LIST_SIZE })).hits)
  }
  // A request that is only slots (or a near-match try) lists everything its filters admit, found by words or not.
  // With the subject only in words, "more" goes on within the topics those words suggest (or else those of the
  // projects the words found: 种茶 → 乡村振兴), never the whole group's list.
  const wordTopics = slots.topics.length ? slots.topics.map((t) => t.id) : [...new Set(found.flatMap((id) => topicsOf.get(id) ?? []))]
  const restSlots = subjectInSlots ? slots : { ...slots, topics: wordTopics.map((id) => ({ id, matched: '', explicit: true, related: false })) }
  // Words that only talk around the request ("俺是村委会的干部，有免费的班") leave the filters (free, online, a place) to say it all.
  const filtered = hasSubjectFilter(slots) || (subjectInSlots && state.needs.length > 0 && hasHardFilter({ ...slots, time: null }))
  const rest = (found.length || near || !state.needs.length) && filtered && (subjectInSlots || restSlots.topics.length > 0)
    ? ids((await search.search({ text: '', slots: restSlots, k: LIST_SIZE, exclude: found })).hits)
    : []
  // After a topic switch, projects that also belong to the replaced topic come after the others.
  const old = new Set(state.replaced)
  const later = (id: string) => old.size > 0 && (topicsOf.get(id) ?? []).some((t) => old.has(t))
  // A topic the learner's words about themselves imply ("我刚毕业还在找工作": 职业技能) ranks: its projects come first.
  const implied = new Set(state.topics.filter((t) => t.source === 'cue' && slots.topics.some((s) => s.id === t.value.id && !s.explicit)).map((t) => t.value.id))
  const first = (id: string) => implied.size > 0 && (topicsOf.get(id) ?? []).some((t) => implied.has(t))
  const ordered = (ids: string[]) => [...ids.filter((id) => !later(id) && first(id)), ...ids.filter((id) => !later(id) && !first(id)), ...ids.filter(later)]
  return {
    ids: [...ordered(found), ...ordered(rest)],
    first: state.needs.length && rest.length ? Math.min(MAX_PROJECTS, found.length) : MAX_PROJECTS,
  }
}

/** Searches the request, widening it rung by rung until something is found, and shows the first page. */
async function listRequest(ctx: TurnContext, state: DialogueState): Promise<TurnOutcome> {
  const { prompts, taxonomy } = ctx.deps
  const s = ctx.session
  const before = s.request
  s.request = state
  s.seen = []
  s.focus = null
  const askedSubject = framedNeeds(state).length > 0
  // The ladder widens who, where, how and the fee, never the subject: a subject asked to learn that no project names,
  // with no topic named for it ("想学开拖拉机" after "我们老两口，免费的，网上学"), is answered "nothing" before any
  // rung, so no widened filter lets a neighbour of its words (汽车维修) through as a list of one.
  let untaught = await unnamedSubject(ctx, state)
  ladder: for (const rung of untaught ? [] : relaxationLadder(state, (r) => provinceOf(ctx, r))) {
    // With a topic or a stated audience, projects that fit every stated slot but not the need-words are near
    // matches: shown (saying so) before any stated slot is widened, never a bare "nothing".
    // A topic only inferred from the words is then the best evidence there is: it filters the near matches.
    const near = { ...rung.slots, topics: rung.slots.topics.map((t) => ({ ...t, explicit: true, related: false })) }
    // Not when the topic is only a guess from a word the learner asked to learn ("想学开拖拉机" → 农机 → 乡村振兴):
    // a subject no project teaches gets the honest "nothing", not loosely related projects.
    // Only with a topic: projects that share nothing with the words but the learner's group are not "near".
    const tries = state.needs.length && near.topics.length && hasSubjectFilter(near) && !(guessedOnly(rung.slots) && askedSubject)
      ? [state, { ...state, text: namedText(state), needs: [] }] : [state]
    for (const tried of tries) {
      const slots = tried === state ? rung.slots : near
      const list = await rankedList(ctx, tried, slots, tried !== state)
      if ((untaught = list.untaught)) break ladder
      if (!list.ids.length) continue
      s.results = list.ids
      s.relaxed = rung.relaxed
      s.listSlots = withoutOpenAudience(slots)
      const page = (await projectsByIds(ctx, list.ids)).slice(0, list.first)
      const loose = tried === state ? [] : [say(prompts, ctx.lang, 'relaxed_topic', { topic: typedNeeds(state).join(' ') })]
      const notes = untaughtFamilyNotes(ctx, state, page)
      return { reply: await showList(ctx, page, [...notes, ...loose, ...relaxedNotes(ctx, state, rung.slots, rung.relaxed, rung.openToAll)]), matched: true }
    }
  }
  // Need-words nothing teaches even widened ("想学开大货车") go with this answer: the next message ("我是妇女",
  // "在云南的呢") narrows who and how from what the learner stated, never a bare "nothing" for that subject (conv-coll).
  clearList(ctx, state.needs.length ? { ...state, text: '', needs: [] } : state)
  // A topic named by one skill of it ("学开叉车": 职业技能) found nothing because nobody teaches that skill:
  // the answer names the skill, never "no 职业技能 projects" while the catalogue has them.
  const skills: string[] = []
  let offer: string | null = null
  for (const t of state.topics) {
    const w = t.value.matched
    const thing = untaught && (taxonomy.familyWordsIn(w).includes(untaught) || w.includes(untaught))
    if (/\p{Script=Han}/u.test(w) && !taxonomy.namesWholeTopic(w) && !skills.includes(w)
      && (thing || !(await ctx.deps.search.search({ text: w, k: 1 })).hits.length)) {
      skills.push(w)
      // (Named by the thing itself: "没有专门教“二胡”的", not "拉二胡".)
      offer ??= untaughtOffer(ctx, { word: taxonomy.familyWordsIn(w)[0] ?? w, topic: t.value.id })
    }
  }
  // The skill nobody teaches goes with this answer: the next message narrows who and how, not that skill.
  // (An audience only hinted beside that skill, "俺闺女想学弹吉他", goes with it: the person said before stays. One the
  // learner says of themself, "我在厂里上班，想学广场舞", is a fact about them and stays, as in requestTurn.)
  const own = ctx.understanding ? selfStatedAudiences(ctx.understanding.normalized, ctx.understanding.slots.audiences).map((a) => a.id) : []
  const hinted = state.audiences.length > 0 && state.audiences.every((a) => a.turn === state.turn && a.source !== 'stated' && !own.includes(a.value.id))
  const audiences = hinted ? (before.active ? before.audiences : []) : state.audiences
  if (skills.length) clearList(ctx, { ...state, text: '', needs: [], audiences, topics: state.topics.filter((t) => !skills.includes(t.value.matched)) })
  const what = skills.length ? skills.join('、') : untaught ?? describeSlots(prompts, ctx.lang, taxonomy, relaxationLadder(state, () => null)[0].slots)
  const lead = [
    skills.length === 1 && offer ? offer : what ? say(prompts, ctx.lang, 'not_found', { what }) : say(prompts, ctx.lang, 'not_found_any'),
    say(prompts, ctx.lang, 'not_found_hint'),
  ]
  return menuTurn(ctx, lead, false, false)
}

/** The province a city belongs to, or null. */
function provinceOf(ctx: TurnContext, region: string): string | null {
  const ref = ctx.deps.regions?.resolve(region)
  return ref && ref !== 'nationwide' ? ref.province : null
}

/** Lists `projects` (at most three), remembering them for numbers and "更多". */
async function showList(ctx: TurnContext, projects: Project[], notes: string[]) {
  const { prompts, taxonomy } = ctx.deps
  const shown = projects.slice(0, MAX_PROJECTS)
  const s = ctx.session
  s.shown = shown.map((p) => p.id)
  s.lastShown = s.shown
  s.seen = [...s.seen, ...s.shown.filter((id) => !s.seen.includes(id))]
  s.menu = null
  s.pendingField = null
  s.focus = null
  const what = s.listSlots ? describeSlots(prompts, ctx.lang, taxonomy, s.listSlots) : ''
  const draft = what ? say(prompts, ctx.lang, 'found', { what }) : say(prompts, ctx.lang, 'found_any')
  const intro = await reword(ctx, 'list', shown, draft)
  const reply = listReply(prompts, ctx.lang, shown, { intro, notes })
  if (s.relaxed.length) reply.relaxed = [...s.relaxed]
  return reply
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
