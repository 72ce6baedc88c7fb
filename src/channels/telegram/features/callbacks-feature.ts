/**
 * @module channels/telegram/features/callbacks-feature
 * Inline button presses. Every press is answered at once (so the user's
 * button stops spinning); a "1 详情" / "更多" / suggestion button is handled as
 * if the user had typed its payload; 👍/👎 is recorded through `onFeedback`
 * and its row is removed so it is not pressed twice.
 */
import { Composer, type Context } from 'grammy'
import type { InlineKeyboardButton } from 'grammy/types'
import { say } from '../../shared/channel-prompts.js'
import { answer, langOf, sendSay, type TelegramDeps } from '../deps.js'
import { isFeedbackData } from '../render.js'

function withoutFeedbackRow(rows: InlineKeyboardButton[][]): InlineKeyboardButton[][] {
  return rows.filter((row) => !row.some((b) => 'callback_data' in b && isFeedbackData(b.callback_data)))
}

/** Handles callback queries from the keyboards {@link renderTelegram} builds. */
export function callbacksFeature(deps: TelegramDeps): Composer<Context> {
  const composer = new Composer<Context>()
  composer.on('callback_query:data', async (ctx) => {
    const action = deps.buttons.decode(ctx.callbackQuery.data)
    const lang = langOf(deps, ctx)
    if (action.kind === 'feedback') {
      await ctx.answerCallbackQuery({ text: say(deps.prompts, lang, 'feedback_thanks') })
      const event = {
        channel: 'telegram' as const,
        userId: String(ctx.from.id),
        chatId: String(ctx.chat?.id ?? ctx.from.id),
        value: action.value,
        projects: action.projects,
      }
      try {
        await deps.onFeedback?.(event)
      } catch (err) {
        deps.log.error('telegram: recording feedback failed', err)
      }
      const markup = ctx.callbackQuery.message?.reply_markup
      if (markup) {
        await ctx
          .editMessageReplyMarkup({ reply_markup: { inline_keyboard: withoutFeedbackRow(markup.inline_keyboard) } })
          .catch((err) => deps.log.warn(`telegram: could not remove the feedback buttons: ${(err as Error).message}`))
      }
      return
    }
    await ctx.answerCallbackQuery()
    if (action.kind === 'expired') {
      await sendSay(deps, ctx, 'button_expired', {}, lang)
      return
    }
    await answer(deps, ctx, action.payload)
  })
  // Callback queries without data (games) are answered so clients do not hang.
  composer.on('callback_query', (ctx) => ctx.answerCallbackQuery())
  return composer
}
