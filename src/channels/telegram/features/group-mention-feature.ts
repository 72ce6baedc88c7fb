/**
 * @module channels/telegram/features/group-mention-feature
 * In a group the bot speaks only when spoken to: an @mention of the bot, a
 * reply to one of its messages, or a command. Everything else in the group is
 * other people's conversation and is left alone. The mention is removed from
 * the text before the engine sees it.
 */
import { Composer, type Context } from 'grammy'
import type { MessageEntity } from 'grammy/types'
import type { TelegramDeps } from '../deps.js'

function mentionsMe(ctx: Context, entities: MessageEntity[], text: string): MessageEntity | undefined {
  const me = ctx.me
  return entities.find((e) => {
    if (e.type === 'text_mention') return e.user.id === me.id
    if (e.type !== 'mention') return false
    return text.slice(e.offset, e.offset + e.length).toLowerCase() === `@${me.username}`.toLowerCase()
  })
}

/** Lets group messages through only when addressed to the bot. */
export function groupMentionFeature(deps: TelegramDeps): Composer<Context> {
  const composer = new Composer<Context>()
  composer.on('message', async (ctx, next) => {
    if (ctx.chat.type === 'private') return next()
    const msg = ctx.message
    const text = msg.text ?? msg.caption ?? ''
    const entities = msg.entities ?? msg.caption_entities ?? []
    const command = entities.find((e) => e.type === 'bot_command' && e.offset === 0)
    if (command) {
      // "/help@other_bot" is for another bot in the group.
      const target = text.slice(0, command.length).split('@')[1]
      if (target && target.toLowerCase() !== ctx.me.username.toLowerCase()) return
      return next()
    }
    const mention = mentionsMe(ctx, entities, text)
    const repliedToMe = msg.reply_to_message?.from?.id === ctx.me.id
    if (!mention && !repliedToMe) return
    if (msg.text !== undefined) {
      const stripped = mention ? text.slice(0, mention.offset) + text.slice(mention.offset + mention.length) : text
      deps.addressed.set(ctx, stripped.replace(/\s+/g, ' ').trim())
    }
    return next()
  })
  return composer
}
