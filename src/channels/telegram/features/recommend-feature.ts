/**
 * @module channels/telegram/features/recommend-feature
 * The catch-all: any text message goes to the dialogue engine and its reply
 * is rendered with numbered projects and buttons. Over-long messages are not
 * searched; the user is asked to shorten them.
 */
import { Composer, type Context } from 'grammy'
import { isTooLong, MAX_MESSAGE_CHARS } from '../../shared/guards.js'
import { answer, langOf, sendSay, textOf, type TelegramDeps } from '../deps.js'

/** Answers text messages through the engine; install it last. */
export function recommendFeature(deps: TelegramDeps): Composer<Context> {
  const composer = new Composer<Context>()
  composer.on('message:text', async (ctx) => {
    const text = textOf(deps, ctx)
    if (isTooLong(text)) {
      await sendSay(deps, ctx, 'too_long', { max: MAX_MESSAGE_CHARS }, langOf(deps, ctx, text))
      return
    }
    if (!text.trim()) {
      await sendSay(deps, ctx, 'help', {}, langOf(deps, ctx))
      return
    }
    await answer(deps, ctx, text)
  })
  return composer
}
