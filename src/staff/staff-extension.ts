/**
 * @module staff/staff-extension
 * The staff layer plugged into the running bot (registered in main.ts's
 * BUILT_IN_EXTENSIONS): the admin list and audit log, the turn log behind
 * `/report`, subscriptions and their notices, the admin commands in every
 * channel, catalogue uploads on Telegram, and a periodic check that picks up
 * imports made with the CLI in another process (re-index, then notices)
 * and purges log rows past LOG_RETENTION_DAYS. When a web account exists it
 * also serves the staff console at /admin/ (src/staff/web/).
 */
import type { Composer, Context } from 'grammy'
import type { AppExtension, AppExtensionFactory } from '../channels/extension-types.js'
import type { ChatEngine } from '../dialogue/types.js'
import { declareChatPrompts } from '../dialogue/chat-prompts.js'
import { SqliteAdminStore } from './sqlite-admin-store.js'
import type { AdminStore } from './admin-store.js'
import type { TurnLogStore } from './turn-log-store.js'
import type { SubscriptionStore } from './subscription-store.js'
import type { WebAccountStore } from './web-account-store.js'
import type { StaffWordStore } from './staff-word-store.js'
import type { ExpiringStateStore } from '../channels/shared/expiring-state-store.js'
import { createAdminList } from './admin-list.js'
import type { Sender } from './notifier.js'
import { createCatalogueNotifier } from './catalogue-notifier.js'
import { createStaffEngine, STAFF_PROMPTS } from './staff-engine.js'
import { SqliteSubscriptionStore } from './sqlite-subscription-store.js'
import { SqliteTurnLogStore } from './sqlite-turn-log-store.js'
import { SqliteWebAccountStore } from './sqlite-web-account-store.js'
import { SqliteStaffWordStore } from './sqlite-staff-word-store.js'
import { loadRelatedWords } from '../query/related-words.js'
import type { RouteHandler } from '../channels/http/index.js'
import { loadLogKey } from './log-key.js'
import { withPrivateAudit } from './private-audit.js'
import { SqliteExpiringStateStore } from '../channels/shared/sqlite-expiring-state-store.js'
import { singletonFactory, type SingletonFactory } from '../db/singleton-runner.js'
import { SqliteLeaseStore } from '../db/sqlite-lease-store.js'
import { SqliteCatalogueStore } from '../catalogue/sqlite-catalogue-store.js'
import { outcomeOf, uploadStepsInThread, uploadStepsOffThread } from './upload-worker.js'

/** How long stopping waits for notices being sent. */
const STOP_WAIT_MS = 5000

/** The staff layer's stores, when the app opened them (main.ts, through openStores); default SQLite on parts.db. */
export interface StaffStores {
  admins: AdminStore
  turns: TurnLogStore
  subscriptions: SubscriptionStore
  webAccounts: WebAccountStore
  staffWords: StaffWordStore
  expiringState: ExpiringStateStore
  /** The process's singletons (app-singletons.ts); default: leases in parts.db. */
  singletons: SingletonFactory
}

/** The staff layer on the given stores (main.ts passes the ones openStores opened, on either backend). */
export function createStaffExtension(given?: StaffStores): AppExtensionFactory {
  return (parts) => staffOn(parts, given)
}

/** Wires the staff layer into an app, on SQLite stores in parts.db; see the module comment. */
export const staffExtension: AppExtensionFactory = (parts) => staffOn(parts, undefined)

async function staffOn(parts: Parameters<AppExtensionFactory>[0], given: StaffStores | undefined): Promise<AppExtension> {
  const { config, db, store, taxonomy, prompts, search, isAdmin, log } = parts
  prompts.declare('staff', STAFF_PROMPTS)
  declareChatPrompts(prompts) // notices use the engine's project line
  // The audit log; who is an admin is parts.isAdmin's call. Refused learners are audited under the
  // turn log's keyed hash (its key lives outside the database: LOG_SALT, else a 0600 file beside it).
  const turns = given?.turns ?? new SqliteTurnLogStore(db, { salt: loadLogKey(db.name, config.LOG_SALT), retentionDays: config.LOG_RETENTION_DAYS })
  const admins = withPrivateAudit(given?.admins ?? new SqliteAdminStore(db), isAdmin, (channel, userId) => turns.hashUser(channel, userId))
  const subscriptions = given?.subscriptions ?? new SqliteSubscriptionStore(db)
  const singletons =
    given?.singletons ??
    singletonFactory({ leases: new SqliteLeaseStore(db), holder: `staff:${process.pid}:${Math.random()}`, ttlMs: config.LEASE_TTL_MS, log })
  /** Removes log rows past LOG_RETENTION_DAYS: run by the one worker holding the "purge" lease. */
  const purge = async () => {
    await admins.purge(config.LOG_RETENTION_DAYS)
    const purged = await turns.purge()
    if (purged) log.info(`staff: removed ${purged} turn log rows older than ${config.LOG_RETENTION_DAYS} days`)
  }
  const purger = singletons('purge', { start: () => purge().catch((err) => log.error('staff: purging the logs failed', err)), stop: () => {} })

  /** The learner engine, once wrapped: notices are presented through it (only the engine writes sessions). */
  let learnerEngine: ChatEngine | undefined
  const notifier = createCatalogueNotifier({
    engine: {
      present: (chat, deliver) => {
        if (!learnerEngine) throw new Error('staff: notices need the engine, which is not built yet')
        return learnerEngine.present(chat, deliver)
      },
    },
    // The search service's live projects, from memory: reading 25,000 rows every minute stalled learners for a second.
    store: { list: async () => search.activeProjects() },
    taxonomy, prompts, subscriptions,
    onGiveUp: (sub, err) =>
      log.warn(`staff: giving up notices to a ${sub.channel} subscriber after repeated failures (${(err as Error)?.message ?? err})`, { userId: sub.userId }),
  })
  await notifier.plan() // the baseline: on a first start, today's catalogue is not "new"

  const senders: { name: string; send: Sender; singleton?: { holding(): boolean } }[] = []
  let chain: Promise<unknown> = Promise.resolve()
  // The worker holding the "notifier" lease sends the notices of every channel any worker can send
  // on (Telegram); a channel that runs in one worker only (WeChat) sends its own, where it runs.
  const notices = singletons('notifier', { start: () => {}, stop: () => {} })
  const sendersHere = () =>
    Object.fromEntries(senders.filter((s) => (s.singleton ? s.singleton.holding() : notices.holding())).map((s) => [s.name, s.send]))
  /** Sends the due notices this worker is responsible for; one run at a time, so nobody is told twice. */
  const sendNotices = () => {
    const run = chain.then(async () => {
      const here = sendersHere()
      if (Object.keys(here).length === 0) return { sent: 0, failed: 0, skipped: 0 }
      const result = await notifier.send(here)
      if (result.sent || result.failed) log.info(`staff: sent ${result.sent} notices, ${result.failed} failed (kept for next time)`)
      return result
    })
    chain = run.catch(() => undefined)
    return run
  }

  let staffEngine: ChatEngine | undefined
  const telegramFeatures: Composer<Context>[] = []
  // A whole-file import (a Telegram upload, the web console's) and its undo: on a SQLite catalogue in a
  // file, read, checked and written in a worker thread, as another process would; else on this thread.
  const dbFile = (db as unknown as { name?: string }).name ?? ''
  const steps = store instanceof SqliteCatalogueStore && dbFile && dbFile !== ':memory:'
    ? uploadStepsOffThread(dbFile, { topics: taxonomy.topics, audiences: taxonomy.audiences })
    : uploadStepsInThread(store, taxonomy)
  if (config.TELEGRAM_BOT_TOKEN) {
    // Telegram code (grammY) loads only when Telegram is configured.
    const { adminUploadFeature } = await import('./telegram/upload-feature.js')
    const { staffCommandsFeature } = await import('./telegram/commands-feature.js')
    telegramFeatures.push(
      staffCommandsFeature({ engine: () => staffEngine, isAdmin, admins }),
      adminUploadFeature({
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        isAdmin,
        admins,
        taxonomy,
        catalogue: store,
        steps,
        prompts,
        refresh: () => search.refresh(),
        pendingState: given?.expiringState ?? new SqliteExpiringStateStore(db),
        afterImport: () => sendNotices().then(() => undefined, (err) => log.error('staff: sending notices failed', err)),
      }),
    )
  }

  // Everyday words staff added in the console join the file's table.
  const words = given?.staffWords ?? new SqliteStaffWordStore(db)
  const staffWords = await words.list()
  if (staffWords.length) {
    const { mergeRelatedWords } = await import('./web/console-deps.js')
    search.setRelatedWords(mergeRelatedWords(loadRelatedWords(), staffWords))
  }
  // The staff console at /admin/, served once a web account exists (learnfinder admin web add).
  const accounts = given?.webAccounts ?? new SqliteWebAccountStore(db)
  const httpPrefixRoutes: Record<string, RouteHandler> = {}
  if ((await accounts.count()) > 0) {
    const { buildConsoleDeps } = await import('./web/console-deps.js')
    const { createConsoleApp, consoleHandler } = await import('./web/console-app.js')
    const consoleDeps = buildConsoleDeps({
      db, prompts, taxonomy, store, search, admins, turns, subscriptions, notifier, accounts, words, imports: steps,
      adminList: createAdminList(admins, { telegram: config.TELEGRAM_ADMIN_IDS, wechat: config.WECHAT_ADMIN_IDS }),
      idleMinutes: config.SESSION_IDLE_MINUTES, publicUrl: config.PUBLIC_URL, sendNotices,
    })
    httpPrefixRoutes['/admin'] = consoleHandler(createConsoleApp(consoleDeps))
    log.info('staff: the web console is served at /admin/ on the HTTP port')
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
    if (purger.holding()) await purge()
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
          via: turn.message.via,
        })
        .catch((err) => log.error('staff: logging a turn failed', err)), // never costs the learner an answer
    wrapEngine: (engine) => {
      learnerEngine = engine
      staffEngine = createStaffEngine({
        engine,
        // /kb undo rolls back in the worker too (a large import's undo writes as much as the import did), and
        // /kb archive writes there as well: on this thread it would wait, event loop and all, for another import.
        catalogue: Object.assign(Object.create(store) as typeof store, {
          rollbackLast: async (who: string) => outcomeOf(await steps.rollbackLast(who), 'rolled-back').record,
          archive: async (id: string, who: string) => outcomeOf(await steps.archive(id, who), 'archived').project,
        }),
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
    httpPrefixRoutes,
    async started(app) {
      // Every channel that can reach a chat unprompted (a person or a room) carries notices.
      for (const channel of app.channels) {
        const send = channel.send?.bind(channel)
        if (send) senders.push({ name: channel.name, send, singleton: channel.singleton })
      }
      await notices.start()
      await purger.start()
      timer = setInterval(() => {
        if (ticking) return
        ticking = tick()
          .catch((err) => log.error('staff: the periodic check failed', err))
          .finally(() => {
            ticking = undefined
            // At debug level only: tests wait for "another check ran" instead of sleeping.
            log.debug?.('staff: periodic check done')
          })
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
      // Given up only now, so the next holder starts after this worker's last round of notices.
      await Promise.all([notices.stop(), purger.stop()])
    },
  }
  return extension
}
