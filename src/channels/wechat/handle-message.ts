/**
 * @module channels/wechat/handle-message
 * What the WeChat channel does with one incoming message: skip its own and
 * old ones, in rooms act only on an @-mention, explain non-text kindly, apply
 * the length and rate limits, then ask the engine and answer in numbered text.
 */
import type { Message } from 'wechaty'
import { types } from 'wechaty'
import type { ChatEngine, IncomingMessage, Lang, Reply } from '../../dialogue/types.js'
import type { Prompts } from '../../prompts.js'
import { say, type ChannelPromptKey } from '../shared/channel-prompts.js'
import { isTooLong, MAX_MESSAGE_CHARS, type RateLimiter } from '../shared/guards.js'
import type { Logger } from '../shared/logger.js'
import { renderReplyText } from '../shared/render-text.js'
import { contactKey } from './contact-key.js'

/** What a staff hook learns about a message before the learner handling. */
export interface WechatHookContext {
  userId: string
  chatId: string
  /** The text with the bot's @-mention removed. */
  text: string
  isAdmin: boolean
  inRoom: boolean
}

/** Shared state of one WeChat channel. */
export interface WechatDeps {
  engine: ChatEngine
  prompts: Prompts
  log: Logger
  adminIds: ReadonlySet<string>
  defaultLang: Lang
  rate: RateLimiter
  hook?: (message: Message, context: WechatHookContext) => boolean | Promise<boolean>
  /** Messages older than this (replayed history after login) are not answered. */
  startedAt: number
  /** The puppet gives new contact ids at each login: key contacts on a stable attribute (contact-key.ts). */
  ephemeralIds: boolean
}

const HISTORY_GRACE_MS = 60_000

function langOf(deps: WechatDeps, text: string): Lang {
  if (/[\u3400-\u9fff]/.test(text)) return 'zh'
  if (/[a-z]{2,}/i.test(text)) return 'en'
  return deps.defaultLang
}

async function sayTo(message: Message, text: string): Promise<void> {
  const room = message.room()
  if (room) await room.say(text, message.talker())
  else await message.talker().say(text)
}

async function sayKey(deps: WechatDeps, message: Message, key: ChannelPromptKey, lang: Lang, vars: Record<string, string | number> = {}) {
  await sayTo(message, say(deps.prompts, lang, key, vars))
}

/** Handles one message end to end; never throws for a user's mistake. */
export async function handleWechatMessage(deps: WechatDeps, message: Message): Promise<void> {
  if (message.self()) return
  if (message.date().getTime() < deps.startedAt - HISTORY_GRACE_MS) return
  const talker = message.talker()
  if (!talker || talker.type() === types.Contact.Official) return
  const room = message.room()
  const isText = message.type() === types.Message.Text
  if (room && (!isText || !(await message.mentionSelf()))) return

  const text = (room ? await message.mentionText() : message.text()).trim()
  // A stable key, not talker.id: web-protocol puppets give new ids at each login (see contact-key.ts).
  const userId = await contactKey(talker, deps.ephemeralIds)
  const chatId = room?.id ?? userId
  const lang = langOf(deps, text)
  const isAdmin = deps.adminIds.has(userId) || deps.adminIds.has(talker.id)
  const context: WechatHookContext = { userId, chatId, text, isAdmin, inRoom: !!room }
  if (deps.hook && (await deps.hook(message, context))) return

  const decision = deps.rate.hit(userId)
  if (decision === 'drop') return
  if (decision === 'warn') return sayKey(deps, message, 'slow_down', lang)
  if (!isText) {
    // Friend requests, recalls and system notices are not something a learner said.
    if (message.type() === types.Message.Recalled || (message.type() === types.Message.Unknown && !message.text())) return
    return sayKey(deps, message, 'non_text', deps.defaultLang)
  }
  if (isTooLong(text)) return sayKey(deps, message, 'too_long', lang, { max: MAX_MESSAGE_CHARS })
  if (!text) return sayKey(deps, message, 'help', lang)
  if (text === '/forget') {
    await deps.engine.forget('wechat', userId)
    deps.rate.reset(userId)
    return sayKey(deps, message, 'forgotten', lang)
  }

  const incoming: IncomingMessage = { channel: 'wechat', userId, chatId, text, isAdmin: context.isAdmin }
  let reply: Reply
  try {
    reply = await deps.engine.handle(incoming)
  } catch (err) {
    deps.log.error('wechat: the engine failed on a message', err, { userId })
    return sayKey(deps, message, 'error', lang)
  }
  await sayTo(message, renderReplyText(reply, deps.prompts))
}
