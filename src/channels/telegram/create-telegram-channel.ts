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
import { Bot, Composer, GrammyError, HttpError, type Context } from 'grammy'
import { UserError } from '../../errors.js'
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
  /** Use a webhook instead of long polling; `secret` is checked on every request. */
  webhook?: { url: string; secret: string }
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

/** Turns a failed first contact with Telegram into one line the operator can act on. */
function startError(err: unknown, apiRoot = 'https://api.telegram.org'): unknown {
  if (err instanceof GrammyError && (err.error_code === 401 || err.error_code === 404)) {
    return new UserError(`TELEGRAM_BOT_TOKEN: Telegram refused the token (${err.description}); copy it again from @BotFather`)
  }
  if (err instanceof HttpError) {
    return new UserError(`cannot reach the Telegram Bot API at ${apiRoot} (${(err.error as Error)?.message ?? err.message}); check the network or TELEGRAM_API_ROOT`)
  }
  return err
}

/** Fills Telegram's command menu ("/" button) in both languages; the default follows LEARNFINDER_LANG. */
async function registerCommands(bot: Bot<Context>, prompts: Prompts, defaultLang: Lang): Promise<void> {
  const list = (lang: Lang) =>
    TELEGRAM_COMMANDS.map((command) => ({ command, description: say(prompts, lang, `command_${command}`) }))
  await bot.api.setMyCommands(list(defaultLang))
  for (const lang of ['zh', 'en'] as const) await bot.api.setMyCommands(list(lang), { language_code: lang })
}

/** Builds the Telegram channel; nothing talks to Telegram until `start()`. */
export function createTelegramChannel(engine: ChatEngine, options: TelegramChannelOptions): TelegramChannel {
  const prompts = declareChannelPrompts(options.prompts)
  const log = options.log ?? createLogger()
  const bot = new Bot<Context>(options.token, {
    client: { ...(options.apiRoot ? { apiRoot: options.apiRoot.replace(/\/+$/, '') } : {}) },
  })
  bot.api.config.use(autoRetry({ maxRetryAttempts: options.maxRetryAttempts ?? 5, maxDelaySeconds: 60 }))

  const deps: TelegramDeps = {
    engine,
    prompts,
    isAdmin: options.isAdmin ?? noAdmins,
    defaultLang: options.defaultLang ?? 'zh',
    log,
    rate: createRateLimiter({ limit: options.rateLimitPerMinute ?? 20, windowMs: 60_000 }),
    buttons: new ButtonTable(),
    langs: new Map(),
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
  if (webhook) receiver = createWebhookReceiver(bot, webhook.secret, log)

  return {
    name: 'telegram',
    bot,
    webhookPath: webhook ? new URL(webhook.url).pathname : undefined,
    webhookHandler: receiver ? (req, res) => receiver!.handle(req, res) : undefined,

    async start() {
      try {
        await bot.init()
      } catch (err) {
        throw startError(err, options.apiRoot)
      }
      log.info(`telegram: signed in as @${bot.botInfo.username}`)
      await registerCommands(bot, prompts, deps.defaultLang).catch((err) =>
        log.warn(`telegram: could not set the command menu: ${(err as Error).message}`),
      )
      if (webhook) {
        await bot.api.setWebhook(webhook.url, {
          secret_token: webhook.secret,
          allowed_updates: ['message', 'callback_query'],
        })
        log.info(`telegram: webhook registered at ${webhook.url}`)
        return
      }
      await bot.api.deleteWebhook()
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
