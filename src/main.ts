/**
 * @module main
 * The one place learnfinder is wired: config → database → catalogue store
 * (sample loaded into an empty database) → taxonomy → search → dialogue
 * engine → channels. `learnfinder serve` calls {@link startServer}; tests and
 * benchmarks call {@link createApp} with their own streams or engine.
 *
 * Staff features plug in as {@link AppExtension}s (a turn log, an engine
 * wrapper, Telegram features, a WeChat hook), so this file stays the one
 * place where the parts meet.
 *
 * Channels: Telegram when TELEGRAM_BOT_TOKEN is set (a webhook when
 * TELEGRAM_WEBHOOK_URL is), WeChat when WECHAT_ENABLED=1, HTTP when
 * HTTP_ENABLED=1 or in webhook mode (else only GET /healthz on the same
 * port while Telegram or WeChat runs), and the terminal chat when none of
 * those is configured (also when stdin is piped).
 */
import { dirname, join } from 'node:path'
import type { Composer, Context } from 'grammy'
import type { Message } from 'wechaty'
import type { Config } from './config.js'
import { openDatabase, type Database } from './db/open-database.js'
import { CatalogueStore } from './catalogue/store.js'
import { ensureSampleCatalogue } from './catalogue/sample.js'
import { loadTaxonomy, type Taxonomy } from './catalogue/taxonomy.js'
import { loadRegions } from './catalogue/regions.js'
import { createSearchService, type HybridSearchService } from './search/create-search-service.js'
import { embeddingsFromConfig } from './search/openai-embeddings.js'
import { createChatEngine, type TurnRecord } from './dialogue/create-chat-engine.js'
import type { ChatEngine } from './dialogue/types.js'
import { createOpenAIChatModel } from './llm/openai-chat-model.js'
import { loadPrompts, type Prompts } from './prompts.js'
import type { Channel } from './channels/types.js'
import { declareChannelPrompts } from './channels/shared/channel-prompts.js'
import { declareCataloguePrompts } from './catalogue/problem-text.js'
import type { Logger } from './channels/shared/logger.js'
import { loggerFromConfig } from './app-logger.js'
// Channel modules are imported only when configured: Wechaty and grammY are heavy to load.
import type { TelegramChannel } from './channels/telegram/index.js'
import type { WechatHookContext } from './channels/wechat/index.js'
import type { HealthReport } from './channels/http/index.js'
import { staffExtension } from './staff/staff-extension.js'
import { assembleApp } from './app-lifecycle.js'

/** What {@link createApp} needs besides the config. */
export interface AppOptions {
  /** The database file (`--db`, else LEARNFINDER_DB). */
  dbPath: string
  /** The terminal chat's streams (default the process's). */
  stdin?: NodeJS.ReadableStream
  stdout?: NodeJS.WritableStream
  log?: Logger
  /** Use this engine instead of building the real one (benchmarks). */
  engine?: ChatEngine
  /** Layers added on top of the learner bot, in order; default {@link BUILT_IN_EXTENSIONS}. */
  extensions?: AppExtensionFactory[]
  /** False builds the engine without any channel (the `ask` command talks to it directly). */
  channels?: boolean
}

/** The wired core an extension builds on. */
export interface AppParts {
  config: Config
  db: Database
  store: CatalogueStore
  taxonomy: Taxonomy
  prompts: Prompts
  search: HybridSearchService
  log: Logger
}

/**
 * What an extension adds. Everything is optional; the staff layer uses all
 * of it: a turn log (`onTurn`), an engine wrapper for admin commands and
 * subscriptions, Telegram features (admin upload), a WeChat hook, and
 * `started` to send notices through `app.channels`.
 */
export interface AppExtension {
  /** Called after every learner turn (errors are swallowed by the engine). */
  onTurn?: (turn: TurnRecord) => void
  /** Wraps the engine every channel talks to. */
  wrapEngine?: (engine: ChatEngine) => ChatEngine
  /** Telegram middleware installed after the guards, before the learner commands and the catch-all. */
  telegramFeatures?: Composer<Context>[]
  /** Runs before the WeChat learner handling; return true when it handled the message. */
  wechatHook?: (message: Message, context: WechatHookContext) => boolean | Promise<boolean>
  /** Called once every channel runs. */
  started?: (app: App) => void | Promise<void>
  /** Called after the channels stopped, before the database closes. */
  stopping?: () => void | Promise<void>
}

/** Builds one extension from the core parts. */
export type AppExtensionFactory = (parts: AppParts) => AppExtension | Promise<AppExtension>

/**
 * The extensions `serve` runs when none are given: add the staff layer's
 * factory here (one line), e.g. `[staffExtension]` from src/staff/.
 */
export const BUILT_IN_EXTENSIONS: AppExtensionFactory[] = [staffExtension]

/** A wired learnfinder: its parts, its channels, and how to start and stop them. */
export interface App extends Omit<AppParts, 'log'> {
  engine: ChatEngine
  channels: Channel[]
  health(): HealthReport
  start(): Promise<void>
  /** Stops every channel (finishing what is in hand), then closes the index and the database. Idempotent. */
  stop(): Promise<void>
  /** Resolves once stopped (by stop(), or when the terminal chat ends). */
  done: Promise<void>
}

/** Builds everything; nothing listens or polls until `start()`. */
export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const log = options.log ?? loggerFromConfig(config)
  const prompts = declareCataloguePrompts(declareChannelPrompts(loadPrompts()))
  const taxonomy = loadTaxonomy()
  const db = openDatabase(options.dbPath)
  let search: HybridSearchService | undefined
  try {
    const store = new CatalogueStore(db)
    if (await ensureSampleCatalogue(store, taxonomy)) log.info(`loaded the sample catalogue into ${options.dbPath}`)
    // Loading a saved index is quick; building one (first start, or the catalogue changed) takes seconds to a minute.
    log.info(`opening the search index for ${store.count().active.toLocaleString('en')} projects (built on first start)…`)
    // EMBEDDINGS_BASE_URL/MODEL switch the vectors to an OpenAI-compatible endpoint; default local and offline.
    search = await createSearchService({ db, store, taxonomy, regions: loadRegions(), embeddings: embeddingsFromConfig(config) })
    const chatModel = config.LLM_BASE_URL
      ? createOpenAIChatModel({
          baseUrl: config.LLM_BASE_URL,
          apiKey: config.LLM_API_KEY,
          model: config.LLM_MODEL!, // loadConfig requires LLM_MODEL whenever LLM_BASE_URL is set
          timeoutMs: config.LLM_TIMEOUT_MS,
          prompts,
        })
      : undefined
    const parts: AppParts = { config, db, store, taxonomy, prompts, search, log }
    const extensions: AppExtension[] = []
    for (const factory of options.extensions ?? BUILT_IN_EXTENSIONS) extensions.push(await factory(parts))
    const turnHooks = extensions.flatMap((e) => (e.onTurn ? [e.onTurn] : []))
    let engine =
      options.engine ??
      createChatEngine({
        db,
        search,
        store,
        taxonomy,
        prompts,
        chatModel,
        idleMinutes: config.SESSION_IDLE_MINUTES,
        defaultLang: config.LEARNFINDER_LANG,
        onTurn: turnHooks.length ? (turn) => turnHooks.forEach((hook) => hook(turn)) : undefined,
      })
    for (const e of extensions) if (e.wrapEngine) engine = e.wrapEngine(engine)
    const liveSearch = search
    const health = (): HealthReport => {
      let dbState = 'ok'
      try {
        db.prepare('SELECT 1').get()
      } catch (err) {
        dbState = (err as Error).message
      }
      const indexed = dbState === 'ok' ? liveSearch.indexedVersion() : -1
      const ready = indexed >= 0
      return { ok: dbState === 'ok' && ready, db: dbState, index: ready ? 'ready' : 'not ready', catalogueVersion: indexed }
    }
    const channels =
      options.channels === false ? [] : await buildChannels(config, options, { engine, prompts, log, health, extensions })
    return assembleApp({ config, db, store, taxonomy, prompts, search, engine, channels, health, log }, extensions)
  } catch (err) {
    search?.close()
    db.close()
    throw err
  }
}

async function buildChannels(
  config: Config,
  options: AppOptions,
  deps: { engine: ChatEngine; prompts: Prompts; log: Logger; health: () => HealthReport; extensions: AppExtension[] },
): Promise<Channel[]> {
  const { engine, prompts, log, extensions } = deps
  const telegramFeatures = extensions.flatMap((e) => e.telegramFeatures ?? [])
  const wechatHooks = extensions.flatMap((e) => (e.wechatHook ? [e.wechatHook] : []))
  const channels: Channel[] = []
  let telegram: TelegramChannel | undefined
  if (config.TELEGRAM_BOT_TOKEN) {
    const { createTelegramChannel } = await import('./channels/telegram/index.js')
    telegram = createTelegramChannel(engine, {
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      webhook:
        config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET
          ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET }
          : undefined,
      prompts,
      adminIds: config.TELEGRAM_ADMIN_IDS,
      features: telegramFeatures,
      defaultLang: config.LEARNFINDER_LANG,
      log,
    })
    channels.push(telegram)
  }
  if (config.WECHAT_ENABLED) {
    const { createWechatChannel } = await import('./channels/wechat/index.js')
    channels.push(
      createWechatChannel(engine, {
        puppet: config.WECHATY_PUPPET,
        prompts,
        // The login session is kept beside the database: data/wechat.memory-card.json.
        name: join(dirname(options.dbPath), 'wechat'),
        adminIds: config.WECHAT_ADMIN_IDS,
        defaultLang: config.LEARNFINDER_LANG,
        log,
        onMessageHook: wechatHooks.length
          ? async (message, context) => {
              for (const hook of wechatHooks) if (await hook(message, context)) return true
              return false
            }
          : undefined,
      }),
    )
  }
  if (config.HTTP_ENABLED || telegram?.webhookHandler) {
    const { createHttpChannel } = await import('./channels/http/index.js')
    const routes = telegram?.webhookHandler && telegram.webhookPath ? { [telegram.webhookPath]: telegram.webhookHandler } : {}
    channels.push(
      createHttpChannel(engine, {
        prompts,
        host: config.HTTP_HOST,
        port: config.HTTP_PORT,
        health: deps.health,
        routes,
        defaultLang: config.LEARNFINDER_LANG,
        log,
      }),
    )
  }
  if (channels.length && !config.HTTP_ENABLED && !telegram?.webhookHandler) {
    // A bot running as a service always answers GET /healthz, for container and supervisor checks.
    const { createHttpChannel } = await import('./channels/http/index.js')
    channels.push(
      createHttpChannel(engine, { prompts, host: config.HTTP_HOST, port: config.HTTP_PORT, health: deps.health, healthOnly: true, log }),
    )
  }
  if (!channels.length) {
    const { createTerminalChannel } = await import('./channels/terminal/index.js')
    channels.push(
      createTerminalChannel(engine, { prompts, lang: config.LEARNFINDER_LANG, input: options.stdin, output: options.stdout, log }),
    )
  }
  return channels
}

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
    void app.stop()
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
