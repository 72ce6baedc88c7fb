/**
 * @module channels/telegram/features/rate-limit-feature
 * More than 20 messages a minute from one person is a flood (or a stuck
 * client). The first one over the limit gets a kind "please slow down"; the
 * rest of that minute is not answered, so the bot does not flood back.
 */
import { Composer, type Context } from 'grammy'
import { langOf, sendSay, type TelegramDeps } from '../deps.js'

/** Applies the per-user rate limit to messages and button presses. */
export function rateLimitFeature(deps: TelegramDeps): Composer<Context> {
  const composer = new Composer<Context>()
  composer.on(['message', 'callback_query'], async (ctx, next) => {
    const key = String(ctx.from?.id ?? ctx.chat?.id ?? '')
    const decision = deps.rate.hit(key)
    if (decision === 'ok') return next()
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {})
    if (decision === 'warn') {
      deps.log.warn('telegram: a user is over the rate limit', { userId: key })
      await sendSay(deps, ctx, 'slow_down', {}, langOf(deps, ctx, ctx.message?.text))
    }
  })
  return composer
}
