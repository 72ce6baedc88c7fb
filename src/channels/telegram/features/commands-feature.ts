/**
 * @module channels/telegram/features/commands-feature
 * The commands a learner sees in Telegram's menu: /start (welcome and the
 * topic menu), /help, /menu, /lang (switch zh/en), /forget (delete everything
 * stored about the user, and say so). An unknown command gets the help text,
 * so a non-admin trying a staff command learns what they can do instead.
 */
import { Composer, type Context } from 'grammy'
import type { Lang } from '../../../dialogue/types.js'
import { langFromCode } from '../../../text/lang.js'
import { say } from '../../shared/channel-prompts.js'
import { answer, langOf, sendSay, type TelegramDeps } from '../deps.js'
import { STATE_NAMESPACES } from '../../shared/expiring-state-store.js'

/** A /lang choice is kept a year after it was made. */
const LANG_TTL_MS = 365 * 86_400_000

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
    const next: Lang = langFromCode(wanted) ?? (current === 'zh' ? 'en' : 'zh')
    deps.langs.set(userId, next)
    await deps.state.put(STATE_NAMESPACES.lang, userId, next, Date.now() + LANG_TTL_MS).catch((err) =>
      deps.log.warn(`telegram: could not keep the /lang choice: ${(err as Error).message}`),
    )
    await sendSay(deps, ctx, 'lang_switched', {}, next)
  })

  composer.command('forget', async (ctx) => {
    const userId = String(ctx.from?.id ?? '')
    const lang = langOf(deps, ctx)
    try {
      await deps.engine.forget('telegram', userId)
    } catch (err) {
      deps.log.error(`telegram: /forget failed for user ${userId}`, err)
      await sendSay(deps, ctx, 'error', {}, lang)
      return
    }
    deps.langs.delete(userId)
    await deps.state.delete(STATE_NAMESPACES.lang, userId).catch(() => false)
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
