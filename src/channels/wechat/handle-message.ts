/**
 * @module channels/wechat/handle-message
 * What the WeChat channel does with one incoming message: skip its own and
 * old ones, in rooms act only on an @-mention, explain non-text kindly, apply
 * the length and rate limits, then ask the engine and answer in numbered text.
 */
import type { Message } from 'wechaty'
import { types } from 'wechaty'
import type { FileBoxInterface } from 'file-box'
import type { ChatEngine, IncomingMessage, Lang, Reply } from '../../dialogue/types.js'
import { detectLang } from '../../text/lang.js'
import type { Prompts } from '../../prompts.js'
import { say, type ChannelPromptKey } from '../shared/channel-prompts.js'
import { isTooLong, MAX_MESSAGE_CHARS, type RateLimiter } from '../shared/guards.js'
import type { AdminCheck } from '../admin-check.js'
import type { Logger } from '../shared/logger.js'
import { renderReplyText } from '../shared/render-text.js'
import { voiceReplyCommand, type VoiceReplyChoices, type VoiceSettings } from '../shared/voice-turn.js'
import { echoed, heardText, maybeSpeak } from './voice-message.js'

/** Shared state of one WeChat channel. */
export interface WechatDeps {
  engine: ChatEngine
  prompts: Prompts
  log: Logger
  /** The app's one admin check (environment list plus `learnfinder admin add`). */
  isAdmin: AdminCheck
  defaultLang: Lang
  rate: RateLimiter
  /** Messages older than this (replayed history after login) are not answered. */
  startedAt: number
  /** Voice messages in, spoken replies out (docs/voice.md). */
  voice?: VoiceSettings
  voiceChoices: VoiceReplyChoices
}

const HISTORY_GRACE_MS = 60_000

function langOf(deps: WechatDeps, text: string): Lang {
  return detectLang(text, undefined, undefined, deps.defaultLang)
}

async function sayTo(message: Message, text: string | FileBoxInterface): Promise<void> {
  const room = message.room()
  if (room && typeof text === 'string') await room.say(text, message.talker())
  else if (room) await room.say(text)
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
  const userId = talker.id
  const chatId = room?.id ?? talker.id
  const lang = langOf(deps, text)

  const decision = deps.rate.hit(userId)
  if (decision === 'drop') return
  if (decision === 'warn') return sayKey(deps, message, 'slow_down', lang)
  const isVoice = !isText && message.type() === types.Message.Audio && !!deps.voice?.transcriber
  if (!isText && !isVoice) {
    // Friend requests, recalls and system notices are not something a learner said.
    if (message.type() === types.Message.Recalled || (message.type() === types.Message.Unknown && !message.text())) return
    return sayKey(deps, message, 'non_text', deps.defaultLang)
  }
  const heard = isVoice ? await heardText(deps, message, deps.defaultLang, (t) => sayTo(message, t)) : undefined
  if (isVoice && heard === undefined) return
  const said = heard ?? text
  if (isTooLong(said)) return sayKey(deps, message, 'too_long', lang, { max: MAX_MESSAGE_CHARS })
  if (!said) return sayKey(deps, message, 'help', lang)
  if (said === '/forget') {
    await deps.engine.forget('wechat', userId)
    deps.rate.reset(userId)
    deps.voiceChoices.delete(userId)
    return sayKey(deps, message, 'forgotten', lang)
  }
  const voiceChoice = voiceReplyCommand(said)
  if (voiceChoice !== undefined) {
    if (!deps.voice?.tts) return sayKey(deps, message, 'voice_reply_unavailable', langOf(deps, said))
    deps.voiceChoices.set(userId, voiceChoice)
    return sayKey(deps, message, voiceChoice ? 'voice_reply_on' : 'voice_reply_off', langOf(deps, said))
  }

  const incoming: IncomingMessage = {
    channel: 'wechat',
    userId,
    chatId,
    text: said,
    isAdmin: await deps.isAdmin('wechat', userId),
    ...(heard ? { via: 'voice' as const } : {}),
  }
  let reply: Reply
  try {
    reply = await deps.engine.handle(incoming)
  } catch (err) {
    deps.log.error(`wechat: the engine failed on a message from ${userId}`, err)
    return sayKey(deps, message, 'error', lang)
  }
  if (heard) reply = echoed(deps, reply, heard)
  await sayTo(message, renderReplyText(reply, deps.prompts))
  await maybeSpeak(deps, userId, !!heard, reply, (box) => sayTo(message, box))
}
