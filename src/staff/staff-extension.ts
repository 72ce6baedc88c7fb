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
import type { AppExtension, AppExtensionFactory } from '../channels/extension-types.js'
import type { ChatEngine } from '../dialogue/types.js'
import { declareChatPrompts } from '../dialogue/chat-prompts.js'
import { SqliteAdminStore } from './sqlite-admin-store.js'
import type { AdminStore } from './admin-store.js'
import type { TurnLogStore } from './turn-log-store.js'
import type { SubscriptionStore } from './subscription-store.js'
import type { Sender } from './notifier.js'
import { createCatalogueNotifier } from './catalogue-notifier.js'
import { createStaffEngine, STAFF_PROMPTS } from './staff-engine.js'
import { SqliteSubscriptionStore } from './sqlite-subscription-store.js'
import { staffCommandsFeature } from './telegram/commands-feature.js'
import { SqliteTurnLogStore } from './sqlite-turn-log-store.js'

/** How long stopping waits for notices being sent. */
const STOP_WAIT_MS = 5000

/** The staff layer's stores, when the app opened them elsewhere (PostgreSQL); default SQLite on parts.db. */
export interface StaffStores {
  admins: AdminStore
  turns: TurnLogStore
  subscriptions: SubscriptionStore
}

/** The staff layer on the given stores (main.ts passes the PostgreSQL ones). */
export function createStaffExtension(given?: StaffStores): AppExtensionFactory {
  return (parts) => staffOn(parts, given)
}

/** Wires the staff layer into an app, on SQLite stores in parts.db; see the module comment. */
export const staffExtension: AppExtensionFactory = (parts) => staffOn(parts, undefined)

async function staffOn(parts: Parameters<AppExtensionFactory>[0], given: StaffStores | undefined): Promise<AppExtension> {
  const { config, db, store, taxonomy, prompts, search, isAdmin, log } = parts
  prompts.declare('staff', STAFF_PROMPTS)
  declareChatPrompts(prompts) // notices use the engine's project line
  // The audit log; who is an admin is parts.isAdmin's call.
  const admins = given?.admins ?? new SqliteAdminStore(db)
  const turns = given?.turns ?? new SqliteTurnLogStore(db, { salt: config.LOG_SALT, retentionDays: config.LOG_RETENTION_DAYS })
  const subscriptions = given?.subscriptions ?? new SqliteSubscriptionStore(db)
  const purged = await turns.purge()
  if (purged) log.info(`staff: removed ${purged} turn log rows older than ${config.LOG_RETENTION_DAYS} days`)

  /** The learner engine, once wrapped: notices are presented through it (only the engine writes sessions). */
  let learnerEngine: ChatEngine | undefined
  const notifier = createCatalogueNotifier({
    engine: {
      present: (chat, deliver) => {
        if (!learnerEngine) throw new Error('staff: notices need the engine, which is not built yet')
        return learnerEngine.present(chat, deliver)
      },
    },
    store, taxonomy, prompts, subscriptions,
    onGiveUp: (sub, err) =>
      log.warn(`staff: giving up notices to ${sub.channel}:${sub.userId} after repeated failures (${(err as Error)?.message ?? err})`),
  })
  await notifier.plan() // the baseline: on a first start, today's catalogue is not "new"

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
    const { adminUploadFeature } = await import('./telegram/upload-feature.js')
    telegramFeatures.push(
      staffCommandsFeature({ engine: () => staffEngine, isAdmin, admins }),
      adminUploadFeature({
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        isAdmin,
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
    if ((await store.version()) !== search.indexedVersion()) {
      await search.refresh()
      log.info(`staff: the catalogue changed (version ${search.indexedVersion()}); search is up to date`)
    }
    await sendNotices()
    await turns.purge()
  }

  const extension: AppExtension = {
    onTurn: (turn) =>
      void turns
        .record({
          channel: turn.message.channel,
          userId: turn.message.userId,
          text: turn.message.text,
          slots: turn.understanding?.slots ?? null,
          projectIds: turn.reply.projects.map((p) => p.id),
          matched: turn.matched,
          feedback: turn.feedback ?? null,
        })
        .catch((err) => log.error('staff: logging a turn failed', err)), // never costs the learner an answer
    wrapEngine: (engine) => {
      learnerEngine = engine
      staffEngine = createStaffEngine({
        engine,
        catalogue: store,
        search,
        taxonomy,
        isAdmin,
        admins,
        turns,
        subscriptions,
        prompts,
        defaultLang: config.LEARNFINDER_LANG,
      })
      return staffEngine
    },
    telegramFeatures,
    async started(app) {
      // Every channel that can reach a chat unprompted (a person or a room) carries notices.
      for (const channel of app.channels) {
        const send = channel.send?.bind(channel)
        if (send) senders[channel.name] = send
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
