/**
 * @module channels/wechat/create-wechat-channel
 * learnfinder on WeChat, with Wechaty (any puppet: wechat4u, a puppet
 * service token, padlocal, xp, or the mock in tests). Direct messages are
 * always answered; in a room the bot answers only when @-mentioned, and
 * answers with a mention. WeChat has no buttons, so replies are numbered
 * text ("回复 1、2、3 看详情"). The login QR link is logged for the operator.
 *
 * @example
 * const wx = createWechatChannel(engine, { puppet: 'wechaty-puppet-wechat4u', prompts })
 * await wx.start()   // logs "scan this QR code to log in: https://wechaty.js.org/qrcode/..."
 */
import { WechatyBuilder, ScanStatus, qrcodeValueToImageUrl, type Wechaty } from 'wechaty'
import type * as PUPPET from 'wechaty-puppet'
import type { Channel } from '../types.js'
import { noAdmins, type AdminCheck } from '../admin-check.js'
import type { ChatEngine, Lang, Reply } from '../../dialogue/types.js'
import type { Prompts } from '../../prompts.js'
import { declareChannelPrompts } from '../shared/channel-prompts.js'
import { createRateLimiter } from '../shared/guards.js'
import { createLogger, type Logger } from '../shared/logger.js'
import { renderReplyText } from '../shared/render-text.js'
import { VoiceReplyChoices, type VoiceSettings } from '../shared/voice-turn.js'
import { handleWechatMessage, type WechatDeps } from './handle-message.js'

/** How to run the WeChat channel. */
export interface WechatChannelOptions {
  /** A puppet instance (tests: PuppetMock) or a puppet package name; default: WECHATY_PUPPET, else Wechaty's default. */
  puppet?: PUPPET.impls.PuppetInterface | string
  /** Options for a puppet given by name, e.g. `{ token }` for wechaty-puppet-service. */
  puppetOptions?: PUPPET.PuppetOptions
  prompts: Prompts
  /** Wechaty's name: the file its login session is kept in (`<name>.memory-card.json`). */
  name?: string
  /** The app's one admin check (default: nobody is an admin). */
  isAdmin?: AdminCheck
  defaultLang?: Lang
  log?: Logger
  /** Messages per minute per user before "slow down" (default 20). */
  rateLimitPerMinute?: number
  /** Voice messages in (a transcriber) and spoken replies out (TTS); see docs/voice.md. */
  voice?: VoiceSettings
}

/** The WeChat channel; `wechaty` is exposed for tests that drive the puppet. */
export interface WechatChannel extends Channel {
  readonly name: 'wechat'
  readonly wechaty: Wechaty
}

/** Builds the WeChat channel; nothing logs in until `start()`. */
export function createWechatChannel(engine: ChatEngine, options: WechatChannelOptions): WechatChannel {
  const prompts = declareChannelPrompts(options.prompts)
  const log = options.log ?? createLogger()
  const name = options.name ?? 'learnfinder'
  const wechaty =
    typeof options.puppet === 'object'
      ? WechatyBuilder.build({ name, puppet: options.puppet })
      : WechatyBuilder.build({
          name,
          ...(options.puppet ? { puppet: options.puppet as never } : {}),
          ...(options.puppetOptions ? { puppetOptions: options.puppetOptions } : {}),
        })

  const deps: WechatDeps = {
    engine,
    prompts,
    log,
    isAdmin: options.isAdmin ?? noAdmins,
    defaultLang: options.defaultLang ?? 'zh',
    rate: createRateLimiter({ limit: options.rateLimitPerMinute ?? 20, windowMs: 60_000 }),
    startedAt: Date.now(),
    voice: options.voice,
    voiceChoices: new VoiceReplyChoices(),
  }

  // Messages of one conversation are answered in order; conversations run in parallel.
  const queues = new Map<string, Promise<void>>()
  const inFlight = new Set<Promise<void>>()
  let accepting = false

  wechaty.on('scan', (qrcode, status) => {
    if (status === ScanStatus.Waiting || status === ScanStatus.Timeout) {
      log.info(`wechat: scan this QR code with WeChat to log in: ${qrcodeValueToImageUrl(qrcode)}`)
    } else log.info(`wechat: login QR code status ${ScanStatus[status] ?? status}`)
  })
  wechaty.on('login', (user) => log.info(`wechat: logged in as ${user.name()}`))
  wechaty.on('logout', (user) => log.warn(`wechat: ${user.name()} logged out`))
  wechaty.on('error', (err) => log.error('wechat: puppet error', err))
  wechaty.on('message', (message) => {
    if (!accepting) return
    let key = ''
    try {
      key = message.room()?.id ?? message.talker()?.id ?? ''
    } catch {
      // A system message without a talker still goes through handleWechatMessage, which skips it.
    }
    const task = (queues.get(key) ?? Promise.resolve())
      .then(() => handleWechatMessage(deps, message))
      .catch((err) => log.error('wechat: a message failed', err))
    queues.set(key, task)
    inFlight.add(task)
    void task.finally(() => {
      inFlight.delete(task)
      if (queues.get(key) === task) queues.delete(key)
    })
  })

  return {
    name: 'wechat',
    wechaty,
    async start() {
      deps.startedAt = Date.now()
      accepting = true
      await wechaty.start()
      log.info('wechat: started (waiting for login if needed)')
    },
    async stop() {
      accepting = false
      while (inFlight.size) await Promise.allSettled([...inFlight])
      await wechaty.stop()
      log.info('wechat: stopped')
    },
    async send(chatId: string, reply: Reply) {
      // A notice goes to the chat it was asked from: a contact, or a room.
      const text = renderReplyText(reply, prompts)
      const contact = await wechaty.Contact.find({ id: chatId }).catch(() => undefined)
      if (contact) return void (await contact.say(text))
      const room = await wechaty.Room.find({ id: chatId })
      if (!room) throw new Error(`wechat: no contact or room with id ${chatId}`)
      await room.say(text)
    },
  }
}
