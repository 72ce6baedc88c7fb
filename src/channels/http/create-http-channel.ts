/**
 * @module channels/http/create-http-channel
 * A small JSON API on node:http (no framework needed for three routes):
 * `POST /api/chat {"session","text"}` answers with the engine's reply parts,
 * `GET /healthz` says whether the database and the index are ready, and
 * extra routes (the Telegram webhook) are mounted by the wiring. Bodies are
 * checked by zod; bad ones get 400 with a message saying what is wrong,
 * oversized ones 413.
 *
 * @example
 * curl -s localhost:3000/api/chat -d '{"session":"s1","text":"我想学电脑"}'
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'
import type { Channel } from '../types.js'
import type { ChatEngine, Lang } from '../../dialogue/types.js'
import { detectLang } from '../../text/lang.js'
import type { Prompts } from '../../prompts.js'
import { declareChannelPrompts, say } from '../shared/channel-prompts.js'
import { createRateLimiter, isTooLong, MAX_MESSAGE_CHARS } from '../shared/guards.js'
import { createLogger, type Logger } from '../shared/logger.js'
import { renderReplyText } from '../shared/render-text.js'
import { BodyTooLargeError, readBody } from './read-body.js'
import { clientAddress } from './client-address.js'

/** What /healthz reports; `ok` false answers 503. */
export interface HealthReport {
  ok: boolean
  [check: string]: unknown
}

/** A request handler mounted at an exact path. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void

/** How to run the HTTP channel. */
export interface HttpChannelOptions {
  prompts: Prompts
  /** HTTP_HOST, default 127.0.0.1 (reachable only from this machine). */
  host?: string
  /** HTTP_PORT, default 3000; 0 picks a free port. */
  port?: number
  health: () => HealthReport | Promise<HealthReport>
  /** Extra routes by exact path, e.g. the Telegram webhook. */
  routes?: Record<string, RouteHandler>
  /** Handlers for every path under a prefix ("/admin" serves /admin and /admin/…), e.g. the staff console. */
  prefixRoutes?: Record<string, RouteHandler>
  defaultLang?: Lang
  log?: Logger
  /** Largest accepted /api/chat body (default 16 KiB). */
  maxBodyBytes?: number
  /** Requests per minute per session (default 20). */
  rateLimitPerMinute?: number
  /** Requests per minute per caller address, whatever sessions it sends (default 120). */
  rateLimitPerAddressPerMinute?: number
  /** Take the caller's address from X-Forwarded-For (only behind a reverse proxy you run: TRUST_PROXY). */
  trustProxy?: boolean
  /** A request (headers and body) must arrive within this many ms (default 15,000); headers within 10 s or this if less. */
  requestTimeoutMs?: number
  /** Open connections at most (default 1,000); further ones are closed at once. */
  maxConnections?: number
}

/** The HTTP channel; `url` is known after `start()`. */
export interface HttpChannel extends Channel {
  readonly name: 'http'
  readonly url: string
  /** Mounts a handler at an exact path (before or after start). */
  route(path: string, handler: RouteHandler): void
}

/** The body of POST /api/chat. */
export const chatRequestSchema = z.object(
  {
    session: z
      .string({ message: 'must be a string naming the conversation' })
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters'),
    text: z.string({ message: 'must be a string (what the learner typed)' }),
    lang: z.enum(['zh', 'en'], { message: 'must be zh or en' }).optional(),
  },
  { message: 'the body must be a JSON object {"session": "...", "text": "..."}' },
)

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

/** Builds the HTTP channel; it listens on `start()`. */
export function createHttpChannel(engine: ChatEngine, options: HttpChannelOptions): HttpChannel {
  const prompts = declareChannelPrompts(options.prompts)
  const log = options.log ?? createLogger()
  const routes = new Map(Object.entries(options.routes ?? {}))
  const maxBody = options.maxBodyBytes ?? 16 * 1024
  const rate = createRateLimiter({ limit: options.rateLimitPerMinute ?? 20, windowMs: 60_000 })
  // Rotating the session must not dodge the limit: the caller's address has its own.
  const addressRate = createRateLimiter({ limit: options.rateLimitPerAddressPerMinute ?? 120, windowMs: 60_000 })
  const defaultLang = options.defaultLang ?? 'zh'
  let url = ''
  const prefixes = Object.entries(options.prefixRoutes ?? {})
  const underPrefix = (path: string) => prefixes.find(([p]) => path === p || path.startsWith(p.endsWith('/') ? p : p + '/'))?.[1]

  async function chat(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return json(res, 405, { error: 'use POST with a JSON body {"session": "...", "text": "..."}' })
    let raw: string
    try {
      raw = await readBody(req, maxBody)
    } catch (err) {
      if (err instanceof BodyTooLargeError) return json(res, 413, { error: `the body is larger than ${maxBody} bytes` })
      throw err
    }
    let data: unknown
    try {
      data = JSON.parse(raw)
    } catch (err) {
      return json(res, 400, { error: `the body is not valid JSON (${(err as Error).message}); send {"session": "...", "text": "..."}` })
    }
    const parsed = chatRequestSchema.safeParse(data)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const error = issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message
      return json(res, 400, { error })
    }
    const { session, text, lang } = parsed.data
    const guessed: Lang = lang ?? detectLang(text, undefined, undefined, defaultLang)
    const byAddress = addressRate.hit(clientAddress(req, options.trustProxy ?? false))
    const decision = byAddress === 'ok' ? rate.hit(session) : byAddress
    if (decision !== 'ok') return json(res, 429, { error: byAddress === 'ok' ? 'too many messages in this session' : 'too many messages from this address', text: say(prompts, guessed, 'slow_down') })
    if (isTooLong(text)) {
      const sentence = say(prompts, guessed, 'too_long', { max: MAX_MESSAGE_CHARS })
      return json(res, 200, { reply: { parts: [{ type: 'text', text: sentence }], lang: guessed, projects: [], clarify: true }, text: sentence })
    }
    const reply = await engine.handle({ channel: 'http', userId: session, chatId: session, text, ...(lang ? { lang } : {}) })
    json(res, 200, { reply, text: renderReplyText(reply, prompts) })
  }

  async function healthz(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'use GET' })
    let report: HealthReport
    try {
      report = await options.health()
    } catch (err) {
      report = { ok: false, error: (err as Error).message }
    }
    json(res, report.ok ? 200 : 503, report)
  }

  const requestTimeout = options.requestTimeoutMs ?? 15_000
  // Slow (trickling) clients are cut off by these timeouts, checked every second, so they cannot hold the server.
  const server = createServer({ requestTimeout, headersTimeout: Math.min(10_000, requestTimeout), connectionsCheckingInterval: 1000 }, (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    const handler = path === '/api/chat' ? chat : path === '/healthz' ? healthz : routes.get(path) ?? underPrefix(path)
    if (!handler) return json(res, 404, { error: `no route ${path}; try POST /api/chat or GET /healthz` })
    Promise.resolve(handler(req, res)).catch((err) => {
      log.error(`http: ${req.method} ${path} failed`, err)
      if (!res.headersSent) json(res, 500, { error: 'internal error', text: say(prompts, defaultLang, 'error') })
      else res.end()
    })
  })

  server.keepAliveTimeout = 5_000
  server.maxConnections = options.maxConnections ?? 1000
  // An idle socket (connected, sending nothing) is closed too.
  server.setTimeout(Math.max(requestTimeout, 30_000))

  return {
    name: 'http',
    get url() {
      return url
    },
    route(path, handler) {
      routes.set(path, handler)
    },
    async start() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(options.port ?? 3000, options.host ?? '127.0.0.1', () => {
          server.off('error', reject)
          resolve()
        })
      })
      const addr = server.address() as AddressInfo
      const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address
      url = `http://${host}:${addr.port}`
      log.info(`http: listening on ${url} (POST /api/chat, GET /healthz${[...routes.keys(), ...prefixes.map(([p]) => p + '/')].map((r) => ', ' + r).join('')})`)
    },
    async stop() {
      if (!server.listening) return
      const closed = new Promise<void>((r) => server.close(() => r()))
      server.closeIdleConnections()
      const force = setTimeout(() => server.closeAllConnections(), 5000)
      await closed
      clearTimeout(force)
      log.info('http: stopped')
    },
  }
}
