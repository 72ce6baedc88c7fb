/**
 * @module channels/telegram/features/callbacks-feature
 * Inline button presses. Every press is answered (so the button stops
 * spinning) and its payload goes to the engine as if typed. A 👍/👎 press is
 * answered with a short toast instead of a new message, and the 👍/👎 row is
 * removed so it is not pressed twice; the engine records the feedback.
 */
import { Composer, type Context } from 'grammy'
import type { InlineKeyboardButton } from 'grammy/types'
import type { Reply } from '../../../dialogue/types.js'
import { answer, langOf, sendSay, toIncoming, type TelegramDeps } from '../deps.js'
import { isFeedbackPayload, type ButtonTable } from '../render.js'

function withoutFeedback(rows: InlineKeyboardButton[][], table: ButtonTable): InlineKeyboardButton[][] {
  const isFeedback = (b: InlineKeyboardButton) => {
    if (!('callback_data' in b)) return false
    const action = table.decode(b.callback_data)
    return action.kind === 'say' && isFeedbackPayload(action.payload)
  }
  return rows.map((row) => row.filter((b) => !isFeedback(b))).filter((row) => row.length)
}

function plain(reply: Reply): string {
  return reply.parts.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('\n').slice(0, 190)
}

/** Handles callback queries from the keyboards {@link renderTelegram} builds. */
export function callbacksFeature(deps: TelegramDeps): Composer<Context> {
  const composer = new Composer<Context>()
  composer.on('callback_query:data', async (ctx) => {
    const action = await deps.buttons.resolve(ctx.callbackQuery.data)
    if (action.kind === 'expired') {
      await ctx.answerCallbackQuery()
      await sendSay(deps, ctx, 'button_expired', {}, langOf(deps, ctx))
      return
    }
    if (!isFeedbackPayload(action.payload)) {
      await ctx.answerCallbackQuery()
      await answer(deps, ctx, action.payload)
      return
    }
    let thanks = ''
    try {
      thanks = plain(await deps.engine.handle(await toIncoming(deps, ctx, action.payload)))
    } catch (err) {
      deps.log.error('telegram: recording feedback failed', err)
    }
    await ctx.answerCallbackQuery(thanks ? { text: thanks } : {})
    const markup = ctx.callbackQuery.message?.reply_markup
    if (markup) {
      await ctx
        .editMessageReplyMarkup({ reply_markup: { inline_keyboard: withoutFeedback(markup.inline_keyboard, deps.buttons) } })
        .catch((err) => deps.log.warn(`telegram: could not remove the feedback buttons: ${(err as Error).message}`))
    }
  })
  // Callback queries without data (games) are answered so clients do not hang.
  composer.on('callback_query', (ctx) => ctx.answerCallbackQuery())
  return composer
}
