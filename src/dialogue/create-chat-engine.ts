/**
 * @module dialogue/create-chat-engine
 * The dialogue engine: one incoming message and the stored session in, one
 * structured reply and the updated session out. It decides what kind of
 * turn a message is (control word, number, follow-up, vague, request) and
 * hands it to a small handler; sessions live in SQLite so a restart keeps
 * every conversation. Channel-free: channels only see {@link ChatEngine}.
 *
 * @example
 * const engine = createChatEngine({ db, search, store, taxonomy, prompts })
 * const reply = await engine.handle({ channel: 'cli', userId: 'u', chatId: 'u', text: '我想学人工智能' })
 */
import type { ChatAddress, ChatEngine, IncomingMessage, Reply } from './types.js'
import { declareChatPrompts, say } from './chat-prompts.js'
import { detectLang } from '../text/lang.js'
import { detectFollowUp } from './follow-up.js'
import { followUpTurn, projectTurn } from './follow-up-turns.js'
import { asksOfItsOwn } from './field-of-its-own.js'
import { feedbackPayload, detectControl, type ControlIntent } from './intents.js'
import { menuChoiceTurn, menuTurn, moreTurn, requestTurn, vagueTurn } from './request-turns.js'
import { newSession } from './session.js'
import { SqliteSessionStore } from './sqlite-session-store.js'
import { projectsByIds, type ChatEngineDeps, type TurnContext, type TurnOutcome } from './turn-context.js'
import { textReply } from './render-reply.js'
import { plainMessage } from '../text/speech-noise.js'
import { loadRegions } from '../catalogue/regions.js'
import { asksForProjects, hasAnySlot } from '../query/slots.js'
import type { Understanding } from '../query/types.js'
import { asksAfresh, listOnScreen, pagesBesideTalk, saysNothingNew } from './contentless-turn.js'
import { emptyRest, preambledReset } from './reset-inside.js'
import { withoutCorrectionMarkers } from '../text/self-correction.js'
import { isTooLong, MAX_MESSAGE_CHARS } from '../limits.js'

export type { ChatEngineDeps, TurnRecord } from './turn-context.js'

/** Idle sessions are deleted every this many turns (and at start). */
const PURGE_EVERY = 200

/** Creates the engine; checks the chat templates first (a broken template fails here). */
export function createChatEngine(given: ChatEngineDeps): ChatEngine {
  declareChatPrompts(given.prompts)
  const deps: ChatEngineDeps = { ...given, regions: given.regions ?? loadRegions() }
  const now = deps.now ?? (() => new Date())
  const sessions = deps.sessions ?? new SqliteSessionStore(deps.db, { idleMinutes: deps.idleMinutes ?? 30, now })
  let turnsSincePurge = 0
  void sessions.purgeIdle().catch(() => undefined) // housekeeping: a failure here must not stop the bot

  async function turn(message: IncomingMessage): Promise<Reply> {
    // Never cut silently: a message over the limit is answered with a kind "please send it shorter".
    if (isTooLong(message.text)) {
      const lang = detectLang(message.text, (await sessions.load(message.channel, message.chatId))?.lang, message.lang, deps.defaultLang ?? 'zh')
      return textReply(lang, [say(deps.prompts, lang, 'too_long', { max: MAX_MESSAGE_CHARS })], [], true)
    }
    if (++turnsSincePurge >= PURGE_EVERY) {
      turnsSincePurge = 0
      // Housekeeping in the background: a learner never waits for it (nor for a busy database).
      void sessions.purgeIdle().catch(() => undefined)
    }
    const stored = await sessions.load(message.channel, message.chatId)
    const plain = plainMessage(message.text)
    // A start-over after a preamble of its own ("不问了重新问", "let's try again from scratch") is a reset too.
    const control = feedbackPayload(message.text) ?? detectControl(plain, (t) => hasAnySlot(deps.search.understand(t).slots)) ?? preambledReset(plain, (t) => deps.search.understand(t))
    const keepLang = control?.kind === 'feedback' || control?.kind === 'number'
    const lang = message.replyLang ?? (keepLang && stored
      ? stored.lang
      : detectLang(message.text, stored?.lang, message.lang, deps.defaultLang ?? 'zh'))
    const session = stored ?? newSession(lang)
    session.lang = lang
    const ctx: TurnContext = { deps, message, plain, lang, session }
    const outcome = control ? await controlTurn(ctx, control) : await messageTurn(ctx)
    await sessions.save(message.channel, message.chatId, message.userId, ctx.session)
    if (deps.onTurn) {
      try {
        deps.onTurn({ message, understanding: ctx.understanding, reply: outcome.reply, matched: outcome.matched, feedback: outcome.feedback })
      } catch {
        // Logging must never cost the learner an answer.
      }
    }
    return outcome.reply
  }

  /** Delivers an unprompted reply, then records what it numbered as the chat's shown list. */
  async function present(chat: ChatAddress, deliver: () => Promise<Reply>): Promise<Reply> {
    const reply = await deliver()
    const state = (await sessions.load(chat.channel, chat.chatId)) ?? newSession(chat.lang)
    const ids = reply.projects.map((p) => p.id)
    await sessions.save(chat.channel, chat.chatId, chat.userId, {
      ...state,
      lang: chat.lang,
      shown: ids,
      lastShown: ids,
      seen: [...new Set([...state.seen, ...ids])],
      focus: null,
      menu: null,
      pendingField: null,
    })
    return reply
  }

  return {
    // One turn at a time per chat (across workers on a shared store), so two quick messages never overwrite each other's session.
    handle: (message) => sessions.exclusive(message.channel, message.chatId, () => turn(message)),
    present: (chat, deliver) => sessions.exclusive(chat.channel, chat.chatId, () => present(chat, deliver)),
    async forget(channel, userId) {
      await sessions.forgetUser(channel, userId)
    },
  }
}

async function controlTurn(ctx: TurnContext, c: ControlIntent): Promise<TurnOutcome> {
  const { prompts } = ctx.deps
  const lang = ctx.lang
  switch (c.kind) {
    case 'feedback': {
      const known = await ctx.deps.store.get(c.projectId)
      const reply = textReply(lang, [say(prompts, lang, 'feedback_thanks')])
      return { reply, matched: true, feedback: known ? { projectId: known.id, value: c.value } : undefined }
    }
    case 'reset':
      ctx.session = newSession(lang)
      if (c.rest && !(await emptyRest(ctx, c.rest))) {
        // "从头来，我想学电工": nothing of the old request survives, the rest is the new one, answered in its own language.
        ctx.message = { ...ctx.message, text: c.rest }
        if (!ctx.message.replyLang) ctx.lang = ctx.session.lang = detectLang(c.rest, undefined, ctx.message.lang, ctx.deps.defaultLang ?? 'zh')
        return messageTurn(ctx)
      }
      return { reply: textReply(lang, [say(prompts, lang, 'reset'), say(prompts, lang, 'greeting')], menuButton(ctx)), matched: true }
    case 'greeting':
      // A bare "你好"/"hello" with nothing on screen is the vaguest opener: greet and ask back with the topic menu.
      // With a list on screen it only greets, so the list (and "更多", "第二个") stays.
      if (!ctx.session.shown.length && !ctx.session.focus) return menuTurn(ctx, [say(prompts, lang, 'greeting')], true)
      return { reply: textReply(lang, [say(prompts, lang, 'greeting')], menuButton(ctx)), matched: true }
    case 'thanks':
      // "好" / "ok" with nothing on screen leaves the learner nowhere to go: thank and ask back with the topic menu.
      if (!ctx.session.shown.length && !ctx.session.focus) return menuTurn(ctx, [say(prompts, lang, 'thanks')], true)
      return { reply: textReply(lang, [say(prompts, lang, 'thanks')]), matched: true }
    case 'help':
      return menuTurn(ctx, [say(prompts, lang, 'help')], true)
    case 'more':
      return moreTurn(ctx)
    case 'number':
      return numberTurn(ctx, c.n)
  }
}

/** A bare number answers whatever is open: a "第几个？" question, the topic menu, or the list. */
async function numberTurn(ctx: TurnContext, n: number): Promise<TurnOutcome> {
  const s = ctx.session
  if (s.shown.length && s.pendingField) {
    if (n >= 1 && n <= s.shown.length) return projectTurn(ctx, s.shown[n - 1], s.pendingField)
    return followUpTurn(ctx, { kind: 'out-of-range', count: s.shown.length })
  }
  if (s.menu) return menuChoiceTurn(ctx, n)
  if (s.shown.length) {
    if (n >= 1 && n <= s.shown.length) return projectTurn(ctx, s.shown[n - 1], 'details')
    return followUpTurn(ctx, { kind: 'out-of-range', count: s.shown.length })
  }
  return menuTurn(ctx, [say(ctx.deps.prompts, ctx.lang, 'nothing_shown')], true)
}

/** Anything that is not a control word: a follow-up, a vague wish, or a request. */
async function messageTurn(ctx: TurnContext): Promise<TurnOutcome> {
  // "不对，我是说…", "no wait, i meant …": the marker says nothing of the learner; the correction is read as said.
  const said = withoutCorrectionMarkers(ctx.message.text)
  if (said !== ctx.message.text) {
    ctx.message = { ...ctx.message, text: said }
    ctx.plain = plainMessage(said)
  }
  const u = ctx.deps.search.understand(ctx.message.text)
  ctx.understanding = u
  const seen = await projectsByIds(ctx, [...new Set([...ctx.session.shown, ...ctx.session.lastShown, ...ctx.session.seen, ...(ctx.session.focus ? [ctx.session.focus] : [])])])
  const follow = detectFollowUp(ctx.plain, u, ctx.session, seen)
  // (A field asked only as part of another thing, "想报名参加马拉松" with a course in focus, is no question about it.)
  if (follow && !(await asksOfItsOwn(ctx, u, follow))) return followUpTurn(ctx, follow)
  // With a list on the screen, a turn that adds nothing ("and?", "唔够喎", "这几个都不太合适") asks for the rest of it.
  // (Who the learner is, said in words no reader knows, is news: dialogue-state's unread person.)
  const nothingNew = !u.unreadPerson && saysNothingNew(ctx.plain, u)
  // (Unless it asks what there is at all, "您好，请问你们这里能学点什么": that asks back.)
  if (nothingNew && listOnScreen(ctx.session) && !asksAfresh(ctx.plain, u)) return moreTurn(ctx)
  // "grand, any more?": a paging clause beside words that ask nothing the catalogue has pages too.
  if (listOnScreen(ctx.session) && await pagesBesideTalk(ctx, u)) return moreTurn(ctx)
  const saysNothing = nothingNew || (!hasAnySlot(u.slots) && u.needs.length === 0 && !u.unreadPerson)
  if (u.vague || saysNothing || (!ctx.session.request.active && onlyDates(u))) return vagueTurn(ctx)
  if (!u.normalized.trim() && !u.terms.length) {
    return menuTurn(ctx, [say(ctx.deps.prompts, ctx.lang, 'not_understood')], true, false)
  }
  return requestTurn(ctx)
}

/** "最近有什么能学的": a first message that says only when, not what: ask what, like any vague opener. */
function onlyDates(u: Understanding): boolean {
  const s = u.slots
  return s.time !== null && u.needs.length === 0 && !asksForProjects(s) && s.free === null
}

function menuButton(ctx: TurnContext) {
  const menu = say(ctx.deps.prompts, ctx.lang, 'button_menu')
  return [{ label: menu, payload: menu }]
}
