/**
 * @module channels/telegram/webhook
 * The HTTP handler Telegram posts updates to in webhook mode. It checks the
 * X-Telegram-Bot-Api-Secret-Token header (401 when wrong), answers 200 at
 * once and handles the update afterwards, so a slow search never makes
 * Telegram time out and resend. (grammY's webhookCallback waits for the
 * middleware before answering; we want the opposite.)
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import type { Bot, Context } from 'grammy'
import type { Update } from 'grammy/types'
import { z } from 'zod'
import { BodyTooLargeError, readBody } from '../http/read-body.js'
import type { Logger } from '../shared/logger.js'

const MAX_UPDATE_BYTES = 1_000_000
const updateSchema = z.object({ update_id: z.number().int() }).passthrough()

/** A request handler plus a way to wait for the updates it accepted. */
export interface WebhookReceiver {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>
  /** Refuses new updates (503, so Telegram retries later) and waits for those in hand. */
  drain(): Promise<void>
}

function sameSecret(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

/** Builds the webhook receiver for `bot` (which must be initialised before updates arrive). */
export function createWebhookReceiver(bot: Bot<Context>, secret: string, log: Logger): WebhookReceiver {
  const inFlight = new Set<Promise<unknown>>()
  let draining = false
  return {
    async handle(req, res) {
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: 'use POST' })
      if (!sameSecret(req.headers['x-telegram-bot-api-secret-token'], secret)) {
        log.warn('telegram webhook: refused a request with a wrong or missing secret token')
        req.resume()
        return send(res, 401, { ok: false, error: 'wrong secret token' })
      }
      if (draining) return send(res, 503, { ok: false, error: 'shutting down, retry later' })
      let update: Update
      try {
        const raw = await readBody(req, MAX_UPDATE_BYTES)
        update = updateSchema.parse(JSON.parse(raw)) as unknown as Update
      } catch (err) {
        if (err instanceof BodyTooLargeError) return send(res, 413, { ok: false, error: err.message })
        return send(res, 400, { ok: false, error: 'the body must be a Telegram Update (JSON with update_id)' })
      }
      send(res, 200, { ok: true })
      const task: Promise<unknown> = bot
        .handleUpdate(update)
        .catch((err) => bot.errorHandler(err))
        .catch((err) => log.error('telegram webhook: an update failed', err))
        .finally(() => inFlight.delete(task))
      inFlight.add(task)
    },
    async drain() {
      draining = true
      while (inFlight.size) await Promise.allSettled([...inFlight])
    },
  }
}
