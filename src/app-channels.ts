/**
 * @module app-channels
 * Which channels the app runs and how each is built from the config: Telegram when TELEGRAM_BOT_TOKEN is set (a
 * webhook when TELEGRAM_WEBHOOK_URL is), WeChat when WECHAT_ENABLED=1 (under its lease), HTTP when HTTP_ENABLED=1,
 * in webhook mode or when an extension serves pages, else only GET /healthz while Telegram or WeChat runs, and the
 * terminal chat when none of those is configured. Apart from main.ts so the wiring there stays the one place where
 * the parts meet, and this one place says what a channel is given.
 */
import { dirname, join } from 'node:path'
import type { Config } from './config.js'
import type { ChatEngine } from './dialogue/types.js'
import type { Prompts } from './prompts.js'
import type { AnyChannel } from './channels/any-channel.js'
import type { AppExtension, AppParts } from './channels/extension-types.js'
import type { Logger } from './channels/shared/logger.js'
// Channel modules are imported only when configured: Wechaty and grammY are heavy to load.
import type { TelegramChannel } from './channels/telegram/index.js'
import type { HealthReport, RouteHandler } from './channels/http/index.js'
import type { LocalStores } from './app-stores.js'
import { leasedChannel } from './app-singletons.js'
import type { SingletonFactory } from './db/singleton-runner.js'
import { voiceFromConfig } from './voice/voice-from-config.js'

/** The app options that choose and feed the channels. */
export interface ChannelOptions {
  /** The database file (`--db`, else LEARNFINDER_DB); WeChat's login session is kept beside it. */
  dbPath: string
  /** The terminal chat's streams (default the process's). */
  stdin?: NodeJS.ReadableStream
  stdout?: NodeJS.WritableStream
  /**
   * False builds the engine without any channel (the `ask` command talks to it directly);
   * 'send-only' builds just the channels that can deliver a notice without running (Telegram's Bot API),
   * for `learnfinder notify`.
   */
  channels?: boolean | 'send-only'
}

/** What every channel is built with, from the app's wiring. */
export interface ChannelDeps {
  local: LocalStores
  engine: ChatEngine
  prompts: Prompts
  log: Logger
  health: () => HealthReport | Promise<HealthReport>
  isAdmin: AppParts['isAdmin']
  extensions: AppExtension[]
  singletons: SingletonFactory
}

/** Builds the configured channels (none listens until the app starts). */
export async function buildChannels(
  config: Config,
  options: ChannelOptions,
  deps: ChannelDeps,
): Promise<AnyChannel[]> {
  const { engine, prompts, log, isAdmin, extensions } = deps
  const telegramFeatures = extensions.flatMap((e) => e.telegramFeatures ?? [])
  const channels: AnyChannel[] = []
  // Voice notes in and spoken replies out (docs/voice.md); a bad STT_MODEL_DIR stops start-up here with one line.
  const voice = voiceFromConfig(config)
  await voice.transcriber?.ready?.()
  if (voice.transcriber) log.info(`voice: notes up to ${voice.maxSeconds} s are transcribed by ${voice.transcriber.name}`)
  let telegram: TelegramChannel | undefined
  if (config.TELEGRAM_BOT_TOKEN) {
    const { createTelegramChannel } = await import('./channels/telegram/index.js')
    telegram = createTelegramChannel(engine, {
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      webhook:
        config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET
          ? {
              url: config.TELEGRAM_WEBHOOK_URL,
              secret: config.TELEGRAM_WEBHOOK_SECRET,
              // Updates are stored before Telegram is told 200, so a crash loses none.
              inbox: deps.local.webhookInbox,
              leaseMs: config.TELEGRAM_INBOX_LEASE_MS,
              // On PostgreSQL a turn holds one of DATABASE_POOL_MAX lock connections: claim no more than that.
              maxInHand: config.DATABASE_URL ? config.DATABASE_POOL_MAX : undefined,
            }
          : undefined,
      prompts,
      isAdmin,
      // /lang choices and long button payloads survive a restart.
      state: deps.local.expiringState,
      features: telegramFeatures,
      defaultLang: config.LEARNFINDER_LANG,
      log,
      voice,
    })
    channels.push(telegram)
  }
  if (options.channels === 'send-only') return channels
  if (config.WECHAT_ENABLED) {
    const { createWechatChannel } = await import('./channels/wechat/index.js')
    // One login for all workers: the channel runs where the "wechat" lease is held.
    channels.push(leasedChannel(
      createWechatChannel(engine, {
        puppet: config.WECHATY_PUPPET,
        prompts,
        // The login session is kept beside the database: data/wechat.memory-card.json.
        name: join(dirname(options.dbPath), 'wechat'),
        isAdmin,
        defaultLang: config.LEARNFINDER_LANG,
        log,
        voice,
      }),
      deps.singletons,
    ))
  }
  const prefixRoutes = Object.assign({}, ...extensions.map((e) => e.httpPrefixRoutes ?? {})) as Record<string, RouteHandler>
  if (config.HTTP_ENABLED || telegram?.webhookHandler || Object.keys(prefixRoutes).length) {
    const { createHttpChannel } = await import('./channels/http/index.js')
    const routes = telegram?.webhookHandler && telegram.webhookPath ? { [telegram.webhookPath]: telegram.webhookHandler } : {}
    channels.push(
      createHttpChannel(engine, {
        prompts,
        host: config.HTTP_HOST,
        port: config.HTTP_PORT,
        health: deps.health,
        routes,
        prefixRoutes,
        trustProxy: config.TRUST_PROXY,
        rateLimitPerAddressPerMinute: config.HTTP_RATE_PER_ADDRESS,
        maxConnections: config.HTTP_MAX_CONNECTIONS,
        requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
        defaultLang: config.LEARNFINDER_LANG,
        log,
      }),
    )
  }
  if (channels.length && !channels.some((c) => c.name === 'http')) {
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
