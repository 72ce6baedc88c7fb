/**
 * @module channels/telegram/deps
 * What the Telegram features share: the engine, the templates, per-user
 * language choices, the rate limiter, the button table, and helpers that turn
 * a grammY context into the engine's IncomingMessage and send its reply back.
 * Features receive this object explicitly, so each one stays a small Composer.
 */
import type { Context } from 'grammy'
import type { ChatEngine, IncomingMessage, Lang, Reply } from '../../dialogue/types.js'
import { detectLang, langFromCode } from '../../text/lang.js'
import type { Prompts } from '../../prompts.js'
import type { AdminCheck } from '../admin-check.js'
import type { Logger } from '../shared/logger.js'
import type { RateLimiter } from '../shared/guards.js'
import { say, type ChannelPromptKey } from '../shared/channel-prompts.js'
import { ButtonTable, renderTelegram } from './render.js'
import type { ExpiringStateStore } from '../shared/expiring-state-store.js'

/** Shared state and helpers of one Telegram channel. */
export interface TelegramDeps {
  engine: ChatEngine
  prompts: Prompts
  /** The one admin check (environment list plus `learnfinder admin add`). */
  isAdmin: AdminCheck
  defaultLang: Lang
  log: Logger
  rate: RateLimiter
  buttons: ButtonTable
  /** Languages chosen with /lang, by user id (a cache of `state`, loaded as each user's update arrives). */
  langs: Map<string, Lang>
  /** State kept across restarts (/lang choices, long button payloads). */
  state: ExpiringStateStore
  /** Text of a group message with the bot's @mention removed, set by the group filter. */
  addressed: WeakMap<Context, string>
  /** Runs after each engine reply is sent (spoken replies); its errors are its own. */
  afterReply?: (ctx: Context, reply: Reply) => Promise<void>
}

/** The language to address this user in: their /lang choice, else their message, else their client, else the default. */
export function langOf(deps: TelegramDeps, ctx: Context, text?: string): Lang {
  const id = ctx.from ? String(ctx.from.id) : ''
  return deps.langs.get(id) ?? detectLang(text ?? '', undefined, langFromCode(ctx.from?.language_code), deps.defaultLang)
}

/** True when the sender is an admin, by the app's one admin check. */
export async function isAdmin(deps: TelegramDeps, ctx: Context): Promise<boolean> {
  return !!ctx.from && (await deps.isAdmin('telegram', String(ctx.from.id)))
}

/** The message text a feature should act on (mention stripped in groups). */
export function textOf(deps: TelegramDeps, ctx: Context): string {
  return deps.addressed.get(ctx) ?? ctx.message?.text ?? ''
}

/** Builds the engine's view of this message. */
export async function toIncoming(deps: TelegramDeps, ctx: Context, text: string): Promise<IncomingMessage> {
  const userId = String(ctx.from?.id ?? ctx.chat?.id ?? '')
  const chatId = String(ctx.chat?.id ?? userId)
  const chosen = deps.langs.get(userId)
  return {
    channel: 'telegram',
    userId,
    chatId,
    text,
    lang: chosen ?? langFromCode(ctx.from?.language_code),
    isAdmin: await isAdmin(deps, ctx),
  }
}

/** In groups, answers as a reply to the user's message so it is clear who is meant. */
function replyOptions(ctx: Context) {
  const group = ctx.chat && ctx.chat.type !== 'private'
  const id = ctx.message?.message_id
  return group && id ? { reply_parameters: { message_id: id, allow_sending_without_reply: true } } : {}
}

/** Sends an engine reply (text, numbered projects, keyboard) to the chat of `ctx`. */
export async function sendReply(deps: TelegramDeps, ctx: Context, reply: Reply): Promise<void> {
  const msg = renderTelegram(reply, deps.prompts, deps.buttons)
  await ctx.reply(msg.text, { ...replyOptions(ctx), ...(msg.keyboard ? { reply_markup: msg.keyboard } : {}) })
  await deps.afterReply?.(ctx, reply)
}

/** Sends one channel sentence from prompts/<lang>/channels.yaml. */
export async function sendSay(
  deps: TelegramDeps,
  ctx: Context,
  key: ChannelPromptKey,
  vars: Record<string, string | number> = {},
  lang = langOf(deps, ctx),
): Promise<void> {
  await ctx.reply(say(deps.prompts, lang, key, vars), replyOptions(ctx))
}

/** Asks the engine and sends its answer; on an engine failure the user gets a kind error message. */
export async function answer(deps: TelegramDeps, ctx: Context, text: string): Promise<void> {
  let reply: Reply
  try {
    reply = await deps.engine.handle(await toIncoming(deps, ctx, text))
  } catch (err) {
    deps.log.error(`telegram: the engine failed on a message in chat ${ctx.chat?.id}`, err)
    await sendSay(deps, ctx, 'error', {}, langOf(deps, ctx, text))
    return
  }
  await sendReply(deps, ctx, reply)
}
