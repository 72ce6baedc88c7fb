/**
 * @module staff/staff-extension
 * The staff layer plugged into the running bot (registered in main.ts's
 * BUILT_IN_EXTENSIONS): the admin list and audit log, the turn log behind
 * `/report`, subscriptions and their notices, the admin commands in every
 * channel, catalogue uploads on Telegram, and a periodic check that picks up
 * imports made with the CLI in another process (re-index, then notices)
 * and purges log rows past LOG_RETENTION_DAYS.
 */
import type { Composer, Context } from 'grammy'
import type { AppExtension, AppExtensionFactory } from '../main.js'
import type { Prompts } from '../prompts.js'
import type { WechatChannel } from '../channels/wechat/index.js'
import { findContactByKey } from '../channels/wechat/contact-key.js'
import { renderReplyText } from '../channels/shared/render-text.js'
import type { ChatEngine } from '../dialogue/types.js'
import { declareChatPrompts } from '../dialogue/chat-prompts.js'
import { AdminStore } from './admin-store.js'
import type { Sender } from './notifier.js'
import { createCatalogueNotifier } from './catalogue-notifier.js'
import { createStaffEngine, STAFF_PROMPTS } from './staff-engine.js'
import { SubscriptionStore } from './subscriptions.js'
import { staffCommandsFeature } from './telegram-commands.js'
import { TurnLog } from './turn-log.js'

/** How long stopping waits for notices being sent. */
const STOP_WAIT_MS = 5000

/** WeChat notices go to the chat the learner subscribed from: a contact, or a room. */
function wechatSender(channel: WechatChannel, prompts: Prompts): Sender {
  return async (to, reply) => {
    const contact = await findContactByKey(channel.wechaty, to).catch(() => undefined)
    if (contact) return void (await contact.say(renderReplyText(reply, prompts)))
    const room = await channel.wechaty.Room.find({ id: to })
    if (!room) throw new Error(`wechat: no contact or room with id ${to}`)
    await room.say(renderReplyText(reply, prompts))
  }
}

/** Wires the staff layer into an app; see the module comment. */
export const staffExtension: AppExtensionFactory = async (parts) => {
  const { config, db, store, taxonomy, prompts, search, log } = parts
  prompts.declare('staff', STAFF_PROMPTS)
  declareChatPrompts(prompts) // notices use the engine's project line
  const admins = new AdminStore(db, { telegram: config.TELEGRAM_ADMIN_IDS, wechat: config.WECHAT_ADMIN_IDS })
  const turns = new TurnLog(db, { salt: config.LOG_SALT, retentionDays: config.LOG_RETENTION_DAYS })
  const subscriptions = new SubscriptionStore(db)
  const purged = turns.purge()
  if (purged) log.info(`staff: removed ${purged} turn log rows older than ${config.LOG_RETENTION_DAYS} days`)

  const notifier = createCatalogueNotifier({
    db, store, taxonomy, prompts, subscriptions, idleMinutes: config.SESSION_IDLE_MINUTES,
    onGiveUp: (sub, err) =>
      log.warn(`staff: giving up notices to a ${sub.channel} subscriber after repeated failures (${(err as Error)?.message ?? err})`, { userId: sub.userId }),
  })
  notifier.plan() // the baseline: on a first start, today's catalogue is not "new"

  const senders: Record<string, Sender | undefined> = {}
  let chain: Promise<unknown> = Promise.resolve()
  /** Sends due notices; one run at a time, so nobody is told twice. */
  const sendNotices = (): Promise<void> => {
    const run = chain.then(async () => {
      const result = await notifier.send(senders)
      if (result.sent || result.failed) log.info(`staff: sent ${result.sent} notices, ${result.failed} failed (kept for next time)`)
    })
    chain = run.catch(() => undefined)
    return run
  }

  let staffEngine: ChatEngine | undefined
  const telegramFeatures: Composer<Context>[] = []
  if (config.TELEGRAM_BOT_TOKEN) {
    const { adminUploadFeature } = await import('../channels/telegram/features/admin-upload-feature.js')
    telegramFeatures.push(
      staffCommandsFeature({ engine: () => staffEngine, admins }),
      adminUploadFeature({
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        admins,
        taxonomy,
        catalogue: store,
        prompts,
        refresh: () => search.refresh(),
        afterImport: () => sendNotices().catch((err) => log.error('staff: sending notices failed', err)),
      }),
    )
  }

  let timer: NodeJS.Timeout | undefined
  let ticking: Promise<void> | undefined
  /** Catches up with writes from other processes, sends what is due, trims the log. */
  const tick = async () => {
    if (store.version() !== search.indexedVersion()) {
      await search.refresh()
      log.info(`staff: the catalogue changed (version ${search.indexedVersion()}); search is up to date`)
    }
    await sendNotices()
    turns.purge()
  }

  const extension: AppExtension = {
    onTurn: (turn) =>
      turns.record({
        channel: turn.message.channel,
        userId: turn.message.userId,
        text: turn.message.text,
        slots: turn.understanding?.slots ?? null,
        projectIds: turn.reply.projects.map((p) => p.id),
        matched: turn.matched,
        feedback: turn.feedback ?? null,
      }),
    wrapEngine: (engine) =>
      (staffEngine = createStaffEngine({
        engine,
        catalogue: store,
        search,
        taxonomy,
        admins,
        turns,
        subscriptions,
        prompts,
        defaultLang: config.LEARNFINDER_LANG,
      })),
    telegramFeatures,
    async started(app) {
      for (const channel of app.channels) {
        if (channel.name === 'telegram' && channel.send) senders.telegram = (to, reply) => channel.send!(to, reply)
        if (channel.name === 'wechat') senders.wechat = wechatSender(channel as WechatChannel, prompts)
      }
      timer = setInterval(() => {
        if (ticking) return
        ticking = tick()
          .catch((err) => log.error('staff: the periodic check failed', err))
          .finally(() => (ticking = undefined))
      }, config.STAFF_POLL_SECONDS * 1000)
      timer.unref()
    },
    async stopping() {
      clearInterval(timer)
      // Let a round of notices finish, but never hold the shutdown for long (a send can wait out a 429).
      let wait: NodeJS.Timeout | undefined
      await Promise.race([
        Promise.allSettled([ticking, chain]),
        new Promise((r) => (wait = setTimeout(r, STOP_WAIT_MS))),
      ])
      clearTimeout(wait)
    },
  }
  return extension
}
