/**
 * @module channels/telegram/create-telegram-channel
 * learnfinder on Telegram, with grammY. Long polling runs through
 * @grammyjs/runner (updates of one chat in order, chats in parallel); with a
 * webhook URL it registers the webhook and serves it through the HTTP
 * channel instead. API calls are retried on 429 and 5xx. Features are small
 * Composers installed in order; extra ones (staff admin upload, /kb...) go
 * in before the learner commands and the catch-all.
 *
 * @example
 * const tg = createTelegramChannel(engine, { token, prompts })
 * await tg.start()   // polling
 * await tg.stop()    // finishes the updates in hand
 */
import { Bot, Composer, type Context } from 'grammy'
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner'
import { autoRetry } from '@grammyjs/auto-retry'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Channel } from '../types.js'
import { noAdmins, type AdminCheck } from '../admin-check.js'
import type { ChatEngine, Lang, Reply } from '../../dialogue/types.js'
import type { Prompts } from '../../prompts.js'
import { declareChannelPrompts, say } from '../shared/channel-prompts.js'
import { createRateLimiter } from '../shared/guards.js'
import { createLogger, type Logger } from '../shared/logger.js'
import { ButtonTable, renderTelegram } from './render.js'
import type { TelegramDeps } from './deps.js'
import { createWebhookReceiver, type WebhookReceiver } from './webhook.js'
import type { WebhookInboxStore } from './webhook-inbox-store.js'
import { SqliteWebhookInboxStore } from './sqlite-webhook-inbox-store.js'
import { createInboxWorker } from './inbox-worker.js'
import { connectToTelegram, grammySignal, StartCancelled } from './connect.js'
import { openDatabase } from '../../db/open-database.js'
import { STATE_NAMESPACES, type ExpiringStateStore } from '../shared/expiring-state-store.js'
import { SqliteExpiringStateStore } from '../shared/sqlite-expiring-state-store.js'
import { dedupeFeature } from './features/dedupe-feature.js'
import { groupMentionFeature } from './features/group-mention-feature.js'
import { rateLimitFeature } from './features/rate-limit-feature.js'
import { commandsFeature, TELEGRAM_COMMANDS } from './features/commands-feature.js'
import { callbacksFeature } from './features/callbacks-feature.js'
import { nonTextFeature } from './features/non-text-feature.js'
import { recommendFeature } from './features/recommend-feature.js'
import { spokenReplies, telegramDownloader, voiceFeature } from './features/voice-feature.js'
import { VoiceReplyChoices, type VoiceSettings } from '../shared/voice-turn.js'

/** How to run the Telegram channel. */
export interface TelegramChannelOptions {
  /** The BotFather token. */
  token: string
  /** Bot API server root (default https://api.telegram.org); tests point it at a fake server. */
  apiRoot?: string
  /**
   * Use a webhook instead of long polling; `secret` is checked on every
   * request; updates go through the durable `inbox` (default: one in memory,
   * which survives nothing; `serve` passes the database's); `leaseMs` is how
   * long a claimed update stays this process's before another may take it;
   * `maxInHand` how many it takes on at once (see InboxWorkerOptions).
   */
  webhook?: { url: string; secret: string; inbox?: WebhookInboxStore; leaseMs?: number; maxInHand?: number }
  prompts: Prompts
  /** The app's one admin check (default: nobody is an admin). */
  isAdmin?: AdminCheck
  /** Extra middleware installed after the guards and before the learner commands and the catch-all. */
  features?: Composer<Context>[]
  /** Language for users whose language is unknown (LEARNFINDER_LANG). */
  defaultLang?: Lang
  log?: Logger
  /** Messages per minute per user before "slow down" (default 20). */
  rateLimitPerMinute?: number
  /** getUpdates long-poll timeout in seconds (default 30). */
  pollTimeoutSeconds?: number
  /** Give up an API call after this many retries of 429/5xx (default 5). */
  maxRetryAttempts?: number
  /** Voice notes in (a transcriber) and spoken replies out (TTS); see docs/voice.md. */
  voice?: VoiceSettings
  /** Where /lang choices and long button payloads are kept across restarts (default: in memory). */
  state?: ExpiringStateStore
}

/** The Telegram channel: a {@link Channel} plus what the HTTP server needs in webhook mode. */
export interface TelegramChannel extends Channel {
  readonly name: 'telegram'
  readonly bot: Bot<Context>
  /** The URL path Telegram posts to (webhook mode only). */
  readonly webhookPath?: string
  /** Serves the webhook path (webhook mode only). */
  readonly webhookHandler?: (req: IncomingMessage, res: ServerResponse) => Promise<void>
}

/** Fills Telegram's command menu ("/" button) in both languages; the default follows LEARNFINDER_LANG. */
async function registerCommands(bot: Bot<Context>, prompts: Prompts, defaultLang: Lang, abort: AbortSignal): Promise<void> {
  const signal = grammySignal(abort)
  const list = (lang: Lang) =>
    TELEGRAM_COMMANDS.map((command) => ({ command, description: say(prompts, lang, `command_${command}`) }))
  await bot.api.setMyCommands(list(defaultLang), {}, signal)
  for (const lang of ['zh', 'en'] as const) await bot.api.setMyCommands(list(lang), { language_code: lang }, signal)
}

/** Builds the Telegram channel; nothing talks to Telegram until `start()`. */
export function createTelegramChannel(engine: ChatEngine, options: TelegramChannelOptions): TelegramChannel {
  const prompts = declareChannelPrompts(options.prompts)
  const log = options.log ?? createLogger()
  const bot = new Bot<Context>(options.token, {
    client: { ...(options.apiRoot ? { apiRoot: options.apiRoot.replace(/\/+$/, '') } : {}) },
  })
  bot.api.config.use(autoRetry({ maxRetryAttempts: options.maxRetryAttempts ?? 5, maxDelaySeconds: 60 }))

  const state = options.state ?? new SqliteExpiringStateStore(openDatabase(':memory:'))
  const deps: TelegramDeps = {
    engine,
    prompts,
    isAdmin: options.isAdmin ?? noAdmins,
    defaultLang: options.defaultLang ?? 'zh',
    log,
    rate: createRateLimiter({ limit: options.rateLimitPerMinute ?? 20, windowMs: 60_000 }),
    buttons: new ButtonTable(20_000, state),
    langs: new Map(),
    state,
    addressed: new WeakMap(),
  }

  let lastUpdateId = -1
  // The runner's stop() resolves once fetching stops, not when handlers finish
  // (its sink only enqueues), so updates in hand are tracked here for stop().
  const inHand = new Set<Promise<void>>()
  bot.use(async (_ctx, next) => {
    const task = next()
    inHand.add(task)
    try {
      await task
    } finally {
      inHand.delete(task)
    }
  })
  bot.use(sequentialize((ctx: Context) => (ctx.chat ? String(ctx.chat.id) : ctx.from ? `u${ctx.from.id}` : undefined)))
  bot.use(dedupeFeature())
  bot.use(async (ctx, next) => {
    lastUpdateId = Math.max(lastUpdateId, ctx.update.update_id)
    // A /lang choice made before a restart.
    const userId = ctx.from ? String(ctx.from.id) : ''
    if (userId && !deps.langs.has(userId)) {
      const kept = await state.get<Lang>(STATE_NAMESPACES.lang, userId, Date.now()).catch(() => undefined)
      if (kept === 'zh' || kept === 'en') deps.langs.set(userId, kept)
    }
    await next()
  })
  bot.use(groupMentionFeature(deps))
  bot.use(rateLimitFeature(deps))
  for (const feature of options.features ?? []) bot.use(feature)
  const voiceChoices = new VoiceReplyChoices()
  deps.afterReply = spokenReplies(deps, options.voice, voiceChoices)
  const download = telegramDownloader(bot.api, options.token, options.apiRoot)
  bot.use(voiceFeature(deps, { voice: options.voice, choices: voiceChoices, download }))
  bot.use(commandsFeature(deps))
  bot.use(callbacksFeature(deps))
  bot.use(nonTextFeature(deps))
  bot.use(recommendFeature(deps))
  bot.catch((err) => log.error(`telegram: update ${err.ctx?.update?.update_id} failed`, err.error))

  let runner: RunnerHandle | undefined
  let receiver: WebhookReceiver | undefined
  const webhook = options.webhook
  const inbox = webhook ? (webhook.inbox ?? new SqliteWebhookInboxStore(openDatabase(':memory:'))) : undefined
  const worker = inbox ? createInboxWorker(bot, inbox, log, { leaseMs: webhook?.leaseMs, maxInHand: webhook?.maxInHand }) : undefined
  if (webhook && inbox && worker) receiver = createWebhookReceiver(inbox, worker, webhook.secret, log)
  // stop() during start-up (Telegram unreachable, retrying) ends the waiting at once.
  const starting = new AbortController()

  return {
    name: 'telegram',
    bot,
    webhookPath: webhook ? new URL(webhook.url).pathname : undefined,
    webhookHandler: receiver ? (req, res) => receiver!.handle(req, res) : undefined,

    async start() {
      const signal = starting.signal
      try {
        await connectToTelegram(bot, { apiRoot: options.apiRoot, log, signal })
        log.info(`telegram: signed in as @${bot.botInfo.username}`)
        await registerCommands(bot, prompts, deps.defaultLang, signal).catch((err) => {
          if (!signal.aborted) log.warn(`telegram: could not set the command menu: ${(err as Error).message}`)
        })
        if (webhook) {
          // Updates stored before a crash are answered now, before new ones arrive.
          await worker!.start()
          await bot.api.setWebhook(
            webhook.url,
            { secret_token: webhook.secret, allowed_updates: ['message', 'callback_query'] },
            grammySignal(signal),
          )
          log.info(`telegram: webhook registered at ${webhook.url}`)
          return
        }
        await bot.api.deleteWebhook({}, grammySignal(signal))
      } catch (err) {
        if (signal.aborted || err instanceof StartCancelled) {
          log.info('telegram: start-up cancelled (stopping)')
          return
        }
        throw err
      }
      runner = run(bot, {
        runner: {
          fetch: { timeout: options.pollTimeoutSeconds ?? 30, allowed_updates: ['message', 'callback_query'] },
          retryInterval: 'exponential',
          maxRetryTime: 15 * 60_000,
          silent: true,
        },
      })
      log.info('telegram: long polling started')
    },

    async stop() {
      starting.abort()
      if (receiver) {
        await receiver.drain()
        return
      }
      if (runner?.isRunning()) await runner.stop()
      runner = undefined
      while (inHand.size) await Promise.allSettled([...inHand])
      if (lastUpdateId >= 0) {
        // Confirm what we handled, so a restart does not receive it again.
        await bot.api.getUpdates({ offset: lastUpdateId + 1, limit: 1, timeout: 0 }).catch(() => undefined)
      }
      log.info('telegram: stopped')
    },

    async send(chatId: string, reply: Reply) {
      const msg = renderTelegram(reply, prompts, deps.buttons)
      await bot.api.sendMessage(chatId, msg.text, msg.keyboard ? { reply_markup: msg.keyboard } : {})
    },
  }
}
