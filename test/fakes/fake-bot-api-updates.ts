/**
 * @module test/fakes/fake-bot-api-updates
 * Builders for the Telegram updates tests deliver to {@link FakeBotApi}:
 * private and group text messages, mentions, voice notes, button presses.
 */
import { FAKE_BOT } from './fake-bot-api.js'

let messageIds = 50_000

/** A Telegram user. */
export function user(id: number, first_name = `User${id}`, language_code = 'zh-hans') {
  return { id, is_bot: false, first_name, language_code }
}

type User = ReturnType<typeof user>

function commandEntities(text: string) {
  const m = /^\/\w+(@\w+)?/.exec(text)
  return m ? [{ type: 'bot_command', offset: 0, length: m[0].length }] : undefined
}

/** A text message in a private chat. */
export function privateText(from: User, text: string) {
  const entities = commandEntities(text)
  return {
    message: {
      message_id: messageIds++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: 'private', first_name: from.first_name },
      from,
      text,
      ...(entities ? { entities } : {}),
    },
  }
}

/** A text message in a group; `mention: true` puts "@bot " in front with a mention entity. */
export function groupText(from: User, chatId: number, text: string, opts: { mention?: boolean; replyTo?: { message_id: number } } = {}) {
  const prefix = opts.mention ? `@${FAKE_BOT.username} ` : ''
  const full = prefix + text
  const entities = opts.mention
    ? [{ type: 'mention', offset: 0, length: FAKE_BOT.username.length + 1 }]
    : commandEntities(full)
  return {
    message: {
      message_id: messageIds++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'group', title: 'Study group' },
      from,
      text: full,
      ...(entities ? { entities } : {}),
      ...(opts.replyTo
        ? { reply_to_message: { message_id: opts.replyTo.message_id, date: 0, chat: { id: chatId, type: 'group' }, from: FAKE_BOT, text: '…' } }
        : {}),
    },
  }
}

/** A voice note in a private chat (by default file 'voice-1' of 3 s); `kind: 'audio'` sends it as an audio file. */
export function privateVoice(from: User, voice: { file_id?: string; duration?: number; file_size?: number; kind?: 'voice' | 'audio' } = {}) {
  const { kind = 'voice', ...meta } = voice
  return {
    message: {
      message_id: messageIds++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: 'private', first_name: from.first_name },
      from,
      [kind]: { file_id: 'voice-1', file_unique_id: meta.file_id ?? 'v1', duration: 3, mime_type: 'audio/ogg', ...meta },
    },
  }
}

/** A press of an inline button (callback data `data`) on the bot's message `messageId` in `chatId`. */
export function buttonPress(from: User, chatId: number, messageId: number, data: string, replyMarkup?: unknown) {
  return {
    callback_query: {
      id: `cq-${messageIds++}`,
      from,
      chat_instance: 'ci-1',
      data,
      message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: chatId < 0 ? 'group' : 'private' },
        from: FAKE_BOT,
        text: '…',
        ...(replyMarkup ? { reply_markup: replyMarkup } : {}),
      },
    },
  }
}

/** The inline keyboard buttons of a sendMessage call, flattened. */
export function buttonsOf(params: Record<string, any>): { text: string; callback_data: string }[] {
  return (params.reply_markup?.inline_keyboard ?? []).flat()
}
