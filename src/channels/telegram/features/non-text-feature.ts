/**
 * @module channels/telegram/features/non-text-feature
 * Voice notes, photos, stickers, locations and files: the bot cannot use
 * them, so it says kindly what it can do instead of staying silent. (Staff
 * file uploads are handled by an admin feature installed before this one.)
 */
import { Composer, type Context } from 'grammy'
import { sendSay, type TelegramDeps } from '../deps.js'

/** Explains that only text is understood, for any message without text. */
export function nonTextFeature(deps: TelegramDeps): Composer<Context> {
  const composer = new Composer<Context>()
  composer.on('message', async (ctx, next) => {
    if (ctx.message.text !== undefined) return next()
    // Service messages (someone joined, the title changed) are not addressed to the bot.
    const m = ctx.message
    const content = m.voice ?? m.audio ?? m.photo ?? m.sticker ?? m.location ?? m.venue ?? m.document ?? m.video ?? m.video_note ?? m.contact ?? m.animation ?? m.poll ?? m.dice
    if (!content) return
    await sendSay(deps, ctx, 'non_text')
  })
  return composer
}
