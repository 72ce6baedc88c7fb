/**
 * @module channels/telegram/features/dedupe-feature
 * Telegram may deliver the same update twice (a webhook retry, a restart
 * before the offset was confirmed). Each update_id is answered once.
 */
import { Composer, type Context } from 'grammy'
import { createSeenSet } from '../../shared/guards.js'

/** Drops updates whose update_id was already handled by this process. */
export function dedupeFeature(capacity = 10_000): Composer<Context> {
  const seen = createSeenSet(capacity)
  const composer = new Composer<Context>()
  composer.use(async (ctx, next) => {
    if (!seen.add(ctx.update.update_id)) return
    await next()
  })
  return composer
}
