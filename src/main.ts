/**
 * @module main
 * The one place learnfinder is wired: config → database → catalogue store
 * (sample loaded into an empty database) → taxonomy → search → dialogue
 * engine → channels. `learnfinder serve` calls {@link startServer}; tests and
 * benchmarks call {@link createApp} with their own streams or engine.
 *
 * Staff features plug in as AppExtensions (channels/extension-types.ts: a
 * turn log, an engine wrapper, Telegram features), so this file stays the
 * one place where the parts meet.
 *
 * Which channels run, and what each is given, is app-channels' to say (Telegram,
 * WeChat, HTTP, the health port, or the terminal chat).
 */
import type { Config } from './config.js'
import { ensureSampleCatalogue } from './catalogue/sample.js'
import { loadTaxonomy, type Taxonomy } from './catalogue/taxonomy.js'
import { loadRegions } from './catalogue/regions.js'
import { createSearchService, type HybridSearchService } from './search/create-search-service.js'
import { embeddingsFromConfig } from './search/openai-embeddings.js'
import { createChatEngine } from './dialogue/create-chat-engine.js'
import type { ChatEngine } from './dialogue/types.js'
import { createOpenAIChatModel } from './llm/openai-chat-model.js'
import { loadPrompts } from './prompts.js'
import { createAdminCheck } from './channels/admin-check.js'
import type { AppExtension, AppExtensionFactory, AppParts } from './channels/extension-types.js'
import { declareChannelPrompts } from './channels/shared/channel-prompts.js'
import { declareCataloguePrompts } from './catalogue/problem-text.js'
import type { Logger } from './channels/shared/logger.js'
import { loggerFromConfig } from './app-logger.js'
import type { HealthReport } from './channels/http/index.js'
import { createAdminList } from './staff/admin-list.js'
import { createStaffExtension, staffExtension } from './staff/staff-extension.js'
import { openStores } from './app-stores.js'
import { databaseHealth } from './db/open-database.js'
import { appSingletons } from './app-singletons.js'
import { buildChannels, type ChannelOptions } from './app-channels.js'
import { assembleApp, type App } from './app-lifecycle.js'
import { createPgWorker, WORKER_ID } from './app-pg-worker.js'

/** What {@link createApp} needs besides the config (the channel choices are in app-channels). */
export interface AppOptions extends ChannelOptions {
  log?: Logger
  /** Use this engine instead of building the real one (benchmarks). */
  engine?: ChatEngine
  /** Layers added on top of the learner bot, in order; default {@link BUILT_IN_EXTENSIONS}. */
  extensions?: AppExtensionFactory[]
  /**
   * SQLite: the bot's own writes go to a writer thread (see app-stores). Default: when the app runs its
   * channels, i.e. answers learners while another process may hold the write lock; not for `ask` or `notify`.
   */
  writerThread?: boolean
}

/**
 * The extensions `serve` runs when none are given: add the staff layer's
 * factory here (one line), e.g. `[staffExtension]` from src/staff/.
 */
export const BUILT_IN_EXTENSIONS: AppExtensionFactory[] = [staffExtension]

export type { AppExtension, AppExtensionFactory, AppParts } from './channels/extension-types.js'
export type { App } from './app-lifecycle.js'

/** Builds everything; nothing listens or polls until `start()`. */
export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const log = options.log ?? loggerFromConfig(config)
  const prompts = declareCataloguePrompts(declareChannelPrompts(loadPrompts()))
  const taxonomy = loadTaxonomy()
  // Read once, for search and the engine alike (each reading it again cost a one-question `ask` ~2% of its start).
  const regions = loadRegions()
  // SQLite by default; with DATABASE_URL every store is in PostgreSQL and the file at dbPath only
  // caches this worker's search index (rebuilt from the shared catalogue when its version moves).
  const stores = await openStores(config, { dbPath: options.dbPath, writerThread: options.writerThread ?? (options.channels !== false && options.channels !== 'send-only') })
  const db = stores.localDb()
  // The writer thread (sessions, the query log) is up before the first learner is answered.
  await stores.ready()
  // WeChat, subscription notices and the log purge run in one worker at a time, by lease (docs/scaling.md).
  const singletons = appSingletons(stores.leases, config, log)
  let search: HybridSearchService | undefined
  try {
    const store = stores.catalogue
    if (await ensureSampleCatalogue(store, taxonomy)) log.info(`loaded the sample catalogue into ${options.dbPath}`)
    // Loading a saved index is quick; building one (first start, or the catalogue changed) takes seconds to a minute.
    log.info(`opening the search index for ${(await store.count()).active.toLocaleString('en')} projects (built on first start)…`)
    // EMBEDDINGS_BASE_URL/MODEL switch the vectors to an OpenAI-compatible endpoint; default local and offline.
    search = await createSearchService({
      db, store, taxonomy, regions, embeddings: embeddingsFromConfig(config), databaseUrl: config.DATABASE_URL,
    })
    const chatModel = config.LLM_BASE_URL
      ? createOpenAIChatModel({
          baseUrl: config.LLM_BASE_URL,
          apiKey: config.LLM_API_KEY,
          model: config.LLM_MODEL!, // loadConfig requires LLM_MODEL whenever LLM_BASE_URL is set
          timeoutMs: config.LLM_TIMEOUT_MS,
          prompts,
        })
      : undefined
    // One admin list (environment plus `learnfinder admin add`) behind one check, for every channel and the staff layer.
    const adminList = createAdminList(stores.admins, { telegram: config.TELEGRAM_ADMIN_IDS, wechat: config.WECHAT_ADMIN_IDS })
    const isAdmin = createAdminCheck(adminList)
    const parts: AppParts = { config, db, store, taxonomy, prompts, search, isAdmin, log }
    const extensions: AppExtension[] = []
    for (const factory of options.extensions ?? BUILT_IN_EXTENSIONS) {
      // The staff layer writes to the stores openStores chose, on the same backend as everything else.
      const onBackend = factory === staffExtension ? createStaffExtension({ ...stores, ...stores.local, singletons }) : factory
      extensions.push(await onBackend(parts))
    }
    // On PostgreSQL: follow the shared catalogue (LISTEN/NOTIFY and a periodic check) while running.
    const pgWorker = config.DATABASE_URL
      ? createPgWorker({ url: config.DATABASE_URL, store, search, refreshMs: config.CATALOGUE_REFRESH_MS, log })
      : undefined
    if (pgWorker) extensions.push({ started: () => pgWorker.start(), stopping: () => pgWorker.stop() })
    if (stores.backend === 'postgres') extensions.push({ stopping: () => stores.close() })
    // SQLite: the writes still in the writer thread (sessions, the query log) are committed before the file closes.
    else extensions.push({ stopping: () => stores.settle() })
    const turnHooks = extensions.flatMap((e) => (e.onTurn ? [e.onTurn] : []))
    let engine =
      options.engine ??
      createChatEngine({
        db,
        search,
        store,
        sessions: stores.sessions,
        taxonomy,
        regions,
        prompts,
        chatModel,
        idleMinutes: config.SESSION_IDLE_MINUTES,
        defaultLang: config.LEARNFINDER_LANG,
        onTurn: turnHooks.length ? (turn) => turnHooks.forEach((hook) => hook(turn)) : undefined,
      })
    for (const e of extensions) if (e.wrapEngine) engine = e.wrapEngine(engine)
    const liveSearch = search
    const sqliteHealth = (): HealthReport => {
      const dbState = databaseHealth(db)
      const indexed = dbState === 'ok' ? liveSearch.indexedVersion() : -1
      const ready = indexed >= 0
      return { ok: dbState === 'ok' && ready, worker: WORKER_ID, db: dbState, index: ready ? 'ready' : 'not ready', catalogueVersion: indexed, indexVersion: indexed }
    }
    const health = pgWorker ? () => pgWorker.health() : sqliteHealth
    const channels =
      options.channels === false ? [] : await buildChannels(config, options, { local: stores.local, engine, prompts, log, health, isAdmin, extensions, singletons })
    return assembleApp({ config, db, store, taxonomy, prompts, search, isAdmin, engine, channels, health, log }, extensions)
  } catch (err) {
    search?.close()
    db.close()
    await stores.close()
    throw err
  }
}

/** How long a stop may take after SIGTERM before the process exits anyway. */
const STOP_GRACE_MS = 9_000

/**
 * Creates and starts the app, and stops it gracefully on SIGINT/SIGTERM
 * (a second signal exits at once). Await `app.done` to run until stopped.
 */
export async function startServer(config: Config, options: AppOptions): Promise<App> {
  const log = options.log ?? loggerFromConfig(config)
  const app = await createApp(config, { ...options, log })
  let signals = 0
  const onSignal = (signal: NodeJS.Signals) => {
    signals++
    if (signals > 1) {
      log.warn(`${signal} again: exiting without waiting`)
      process.exit(130)
    }
    log.info(`${signal}: finishing the messages in hand, then stopping`)
    // Whatever hangs (a socket, a retry timer), the process ends within 10 s of the signal.
    setTimeout(() => {
      log.warn(`still not stopped ${STOP_GRACE_MS / 1000} s after ${signal}: exiting now`)
      process.exit(1)
    }, STOP_GRACE_MS).unref()
    void app.stop().then(() => {
      // The database is closed; a stray handle (a socket grammY keeps) must not keep us alive.
      setImmediate(() => process.exit(process.exitCode ?? 0)).unref()
    })
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  void app.done.then(() => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  })
  try {
    await app.start()
  } catch (err) {
    await app.stop()
    throw err
  }
  return app
}
