/**
 * @module channels/telegram/features/commands-feature
 * The commands a learner sees in Telegram's menu: /start (welcome and the
 * topic menu), /help, /menu, /lang (switch zh/en), /forget (delete everything
 * stored about the user, and say so). An unknown command gets the help text,
 * so a non-admin trying a staff command learns what they can do instead.
 */
import { Composer, type Context } from 'grammy'
import type { Lang } from '../../../dialogue/types.js'
import { say } from '../../shared/channel-prompts.js'
import { answer, langOf, sendSay, type TelegramDeps } from '../deps.js'

/** The commands shown in Telegram's command menu, with their descriptions per language. */
export const TELEGRAM_COMMANDS = ['start', 'help', 'menu', 'lang', 'forget'] as const

/** Handles the learner commands. */
export function commandsFeature(deps: TelegramDeps): Composer<Context> {
  const composer = new Composer<Context>()

  composer.command('start', async (ctx) => {
    const lang = langOf(deps, ctx)
    await sendSay(deps, ctx, 'welcome', {}, lang)
    await answer(deps, ctx, say(deps.prompts, lang, 'menu_request'))
  })

  composer.command('help', (ctx) => sendSay(deps, ctx, 'help'))

  composer.command('menu', (ctx) => answer(deps, ctx, say(deps.prompts, langOf(deps, ctx), 'menu_request')))

  composer.command('lang', async (ctx) => {
    const userId = String(ctx.from?.id ?? '')
    const wanted = ctx.match.trim().toLowerCase()
    const current = langOf(deps, ctx)
    const next: Lang = wanted.startsWith('zh') || wanted === '中文' ? 'zh' : wanted.startsWith('en') ? 'en' : current === 'zh' ? 'en' : 'zh'
    deps.langs.set(userId, next)
    await sendSay(deps, ctx, 'lang_switched', {}, next)
  })

  composer.command('forget', async (ctx) => {
    const userId = String(ctx.from?.id ?? '')
    const lang = langOf(deps, ctx)
    try {
      await deps.engine.forget('telegram', userId)
    } catch (err) {
      deps.log.error('telegram: /forget failed', err, { userId })
      await sendSay(deps, ctx, 'error', {}, lang)
      return
    }
    deps.langs.delete(userId)
    deps.rate.reset(userId)
    await sendSay(deps, ctx, 'forgotten', {}, lang)
  })

  // Any other command (including staff commands from non-admins) gets the help text.
  composer.on('message:entities:bot_command', async (ctx, next) => {
    const first = ctx.message.entities.find((e) => e.type === 'bot_command')
    if (!first || first.offset !== 0) return next()
    await sendSay(deps, ctx, 'help')
  })
  return composer
}
