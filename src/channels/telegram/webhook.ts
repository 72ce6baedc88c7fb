/**
 * @module channels/telegram/webhook
 * The HTTP handler Telegram posts updates to in webhook mode. It checks the
 * X-Telegram-Bot-Api-Secret-Token header (401 when wrong), writes the update
 * to the durable inbox and only then answers 200, so an acknowledged update
 * survives a crash; the inbox worker handles it afterwards, so a slow search
 * never makes Telegram time out and resend. A replayed update id is
 * acknowledged and not answered again. (grammY's webhookCallback answers
 * after the middleware and keeps nothing; we want the opposite.)
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { timingSafeEqual } from 'node:crypto'
import type { Update } from 'grammy/types'
import { z } from 'zod'
import { BodyTooLargeError, readBody } from '../http/read-body.js'
import type { Logger } from '../shared/logger.js'
import type { WebhookInboxStore } from './webhook-inbox-store.js'
import type { InboxWorker } from './inbox-worker.js'

const MAX_UPDATE_BYTES = 1_000_000
const updateSchema = z.object({ update_id: z.number().int() }).passthrough()

/** A request handler plus a way to stop taking updates. */
export interface WebhookReceiver {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>
  /** Refuses new updates (503, so Telegram retries later) and lets the worker finish those in hand. */
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

/** Builds the webhook receiver writing to `inbox` and waking `worker`. */
export function createWebhookReceiver(inbox: WebhookInboxStore, worker: InboxWorker, secret: string, log: Logger): WebhookReceiver {
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
      try {
        await inbox.add(update, Date.now())
      } catch (err) {
        // Not stored, so not acknowledged: Telegram delivers it again later.
        log.warn(`telegram webhook: could not store update ${update.update_id} (${(err as Error).message}); asked Telegram to retry`)
        return send(res, 503, { ok: false, error: 'busy, retry later' })
      }
      send(res, 200, { ok: true })
      worker.kick()
    },
    async drain() {
      draining = true
      await worker.stop()
    },
  }
}
