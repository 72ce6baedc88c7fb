/**
 * @module test/fakes/fake-bot-api
 * A fake Telegram Bot API server on 127.0.0.1 for tests and the benchmark:
 * the real grammY client (in-process or in a spawned `learnfinder serve`)
 * talks to it through TELEGRAM_API_ROOT. Tests deliver updates, read what
 * the bot sent, and can make the next call of a method fail (429, 500).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One API call the bot made. */
export interface ApiCall {
  method: string
  params: Record<string, any>
  at: number
  /** The bot token in the URL: several workers given different tokens can be told apart. */
  token?: string
  /** The HTTP status injected by {@link FakeBotApi.failNext}, when this call was refused. */
  failedWith?: number
}

/** A failure to answer the next call(s) of a method with. */
export interface InjectedFailure {
  status: number
  description?: string
  retryAfter?: number
  times?: number
}

export const FAKE_BOT = { id: 777000111, is_bot: true, first_name: 'Learnfinder', username: 'learnfinder_test_bot' }

/** The fake server; `root` is what goes into TELEGRAM_API_ROOT. */
export class FakeBotApi {
  readonly calls: ApiCall[] = []
  private server?: Server
  private updates: Record<string, any>[] = []
  private nextUpdateId = 1000
  private nextMessageId = 1
  private pollers: (() => void)[] = []
  private failures = new Map<string, InjectedFailure>()
  private files = new Map<string, { path: string; data: Buffer }>()
  private listeners: (() => void)[] = []
  webhook: { url: string; secret?: string } | null = null
  /** The highest getUpdates offset the bot sent: updates below it are confirmed (never re-delivered). */
  confirmedOffset = 0
  root = ''
  /** Largest getUpdates timeout honoured, in seconds (keeps tests quick). */
  maxPollSeconds = 2
  /**
   * Calls of this method are held unanswered (and unrecorded) until
   * {@link releaseHeld}; a held call whose client dies (kill -9) is dropped,
   * as if it never reached Telegram. Lets a crash test kill the bot at a
   * moment where "sent" and "acknowledged to the bot" agree.
   */
  private holding?: string
  private held: { go: () => void; open: boolean; token: string }[] = []

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.route(req, res))
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r))
    this.root = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async close(): Promise<void> {
    for (const wake of this.pollers.splice(0)) wake()
    this.server?.closeAllConnections()
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()))
  }

  /** Queues an update for getUpdates; assigns update_id when missing. Returns the id. */
  deliver(update: Record<string, any>): number {
    const full = { update_id: update.update_id ?? this.nextUpdateId++, ...update }
    this.nextUpdateId = Math.max(this.nextUpdateId, full.update_id + 1)
    this.updates.push(full)
    for (const wake of this.pollers.splice(0)) wake()
    return full.update_id
  }

  /** Answers the next `times` (default 1) calls of `method` with an error. */
  failNext(method: string, failure: InjectedFailure): void {
    this.failures.set(method, { times: 1, ...failure })
  }

  /** Holds every call of `method` from now on (see {@link releaseHeld}). */
  hold(method: string): void {
    this.holding = method
  }

  /** Stops holding and answers the held calls whose client is still connected. */
  releaseHeld(): void {
    this.holding = undefined
    for (const h of this.held.splice(0)) h.go()
  }

  /**
   * How many held calls still have a connected client. After a kill -9 the
   * server learns of each closed socket a little later than the process exit:
   * wait for this to reach 0 before {@link releaseHeld}, or a dead client's
   * call may be answered (and recorded) as if it had reached Telegram.
   */
  heldConnected(token?: string): number {
    return this.held.filter((h) => h.open && (token === undefined || h.token === token)).length
  }

  /** Serves `data` for getFile(`fileId`) and its download URL. */
  addFile(fileId: string, data: Buffer, path = `documents/${fileId}`): void {
    this.files.set(fileId, { path, data })
  }

  /** Calls of one method, optionally to one chat. */
  sent(method = 'sendMessage', chatId?: number | string): ApiCall[] {
    return this.calls.filter((c) => c.method === method && (chatId === undefined || String(c.params.chat_id) === String(chatId)))
  }

  /** Resolves with the first call matching `pred` (already made or future); rejects after `ms`. */
  waitFor(pred: (c: ApiCall) => boolean, ms = 10_000, after = 0): Promise<ApiCall> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.calls.slice(after).find(pred)
        if (!hit) return false
        clearTimeout(timer)
        this.listeners = this.listeners.filter((l) => l !== check)
        resolve(hit)
        return true
      }
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== check)
        reject(new Error(`no matching Bot API call within ${ms} ms; calls so far: ${this.calls.map((c) => c.method).join(', ')}`))
      }, ms)
      if (!check()) this.listeners.push(check)
    })
  }

  /** Waits for the bot's next successful sendMessage to `chatId` made after this call. */
  nextMessage(chatId: number | string, ms = 10_000): Promise<ApiCall> {
    const after = this.calls.length
    return this.waitFor((c) => c.method === 'sendMessage' && !c.failedWith && String(c.params.chat_id) === String(chatId), ms, after)
  }

  private record(method: string, params: Record<string, any>, failedWith?: number, token?: string): void {
    this.calls.push({ method, params, at: Date.now(), ...(token ? { token } : {}), ...(failedWith ? { failedWith } : {}) })
    for (const l of [...this.listeners]) l()
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.root)
    const file = /^\/file\/bot[^/]+\/(.+)$/.exec(url.pathname)
    if (file) {
      const found = [...this.files.values()].find((f) => f.path === file[1])
      res.writeHead(found ? 200 : 404)
      res.end(found?.data ?? 'not found')
      return
    }
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname)
    if (!m) return this.reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' })
    const method = m[2]
    const token = decodeURIComponent(m[1])
    const params = await readParams(req, url)
    if (this.holding === method) {
      const go = await new Promise<boolean>((resolve) => {
        const entry = { go: () => resolve(true), open: true, token }
        this.held.push(entry)
        res.on('close', () => {
          entry.open = false
          resolve(false)
        })
      })
      if (!go || res.destroyed) return
    }
    const failure = this.failures.get(method)
    this.record(method, params, failure?.status, token)
    if (failure) {
      failure.times = (failure.times ?? 1) - 1
      if (failure.times <= 0) this.failures.delete(method)
      return this.reply(res, failure.status, {
        ok: false,
        error_code: failure.status,
        description: failure.description ?? (failure.status === 429 ? `Too Many Requests: retry after ${failure.retryAfter ?? 1}` : 'Internal Server Error'),
        ...(failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {}),
      })
    }
    if (method === 'getUpdates') return this.getUpdates(req, res, params)
    const result = this.answer(method, params)
    if (result === undefined) return this.reply(res, 404, { ok: false, error_code: 404, description: `Not Found: method ${method}` })
    this.reply(res, 200, { ok: true, result })
  }

  private answer(method: string, p: Record<string, any>): unknown {
    const chat = { id: Number(p.chat_id), type: Number(p.chat_id) < 0 ? 'group' : 'private' }
    switch (method) {
      case 'getMe':
        return FAKE_BOT
      case 'sendMessage':
        return { message_id: this.nextMessageId++, date: now(), chat, from: FAKE_BOT, text: p.text, reply_markup: p.reply_markup }
      case 'sendVoice':
        return { message_id: this.nextMessageId++, date: now(), chat, from: FAKE_BOT, voice: { file_id: `sent-${this.nextMessageId}`, file_unique_id: 'sv', duration: 1 } }
      case 'editMessageText':
        return { message_id: Number(p.message_id), date: now(), chat, from: FAKE_BOT, text: p.text, reply_markup: p.reply_markup }
      case 'editMessageReplyMarkup':
        return { message_id: Number(p.message_id), date: now(), chat, from: FAKE_BOT, text: '', reply_markup: p.reply_markup }
      case 'answerCallbackQuery':
      case 'deleteWebhook':
      case 'setMyCommands':
      case 'sendChatAction':
        if (method === 'deleteWebhook') this.webhook = null
        return true
      case 'setWebhook':
        this.webhook = { url: p.url, secret: p.secret_token }
        return true
      case 'getWebhookInfo':
        return { url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: 0 }
      case 'getFile': {
        const f = this.files.get(p.file_id)
        return f ? { file_id: p.file_id, file_unique_id: p.file_id, file_size: f.data.length, file_path: f.path } : undefined
      }
      default:
        return undefined
    }
  }

  private getUpdates(req: IncomingMessage, res: ServerResponse, p: Record<string, any>): void {
    const offset = Number(p.offset ?? 0)
    const limit = Math.min(Number(p.limit ?? 100), 100)
    if (offset > 0) this.updates = this.updates.filter((u) => u.update_id >= offset)
    this.confirmedOffset = Math.max(this.confirmedOffset, offset)
    const pending = () => this.updates.filter((u) => u.update_id >= offset).slice(0, limit)
    const ready = pending()
    const timeout = Math.min(Number(p.timeout ?? 0), this.maxPollSeconds)
    if (ready.length || timeout <= 0) return this.reply(res, 200, { ok: true, result: ready })
    let done = false
    const finish = () => {
      if (done) return
      done = true
      clearTimeout(timer)
      this.pollers = this.pollers.filter((w) => w !== finish)
      if (!res.writableEnded && !res.destroyed) this.reply(res, 200, { ok: true, result: pending() })
    }
    const timer = setTimeout(finish, timeout * 1000)
    this.pollers.push(finish)
    res.on('close', () => {
      if (res.writableFinished) return
      done = true
      clearTimeout(timer)
      this.pollers = this.pollers.filter((w) => w !== finish)
    })
  }

  private reply(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
}

function now(): number {
  return Math.floor(Date.now() / 1000)
}

async function readParams(req: IncomingMessage, url: URL): Promise<Record<string, any>> {
  const params: Record<string, any> = Object.fromEntries(url.searchParams)
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  const raw = Buffer.concat(chunks).toString('utf8')
  if (!raw) return params
  const type = req.headers['content-type'] ?? ''
  if (type.includes('json')) return { ...params, ...JSON.parse(raw) }
  if (type.includes('x-www-form-urlencoded')) return { ...params, ...Object.fromEntries(new URLSearchParams(raw)) }
  if (type.includes('multipart/form-data')) return { ...params, ...multipartParams(type, Buffer.concat(chunks)) }
  return { ...params, _raw: raw }
}

/** Multipart fields (sendVoice, sendDocument uploads): strings as they are, files as `{ filename, data }`. */
function multipartParams(type: string, body: Buffer): Record<string, any> {
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1]
  const out: Record<string, any> = {}
  if (!boundary) return out
  const sep = Buffer.from(`--${boundary}`)
  let at = body.indexOf(sep)
  while (at >= 0) {
    const next = body.indexOf(sep, at + sep.length)
    if (next < 0) break
    const part = body.subarray(at + sep.length + 2, next - 2) // drop the CRLF after the boundary and before the next
    const split = part.indexOf('\r\n\r\n')
    const head = part.subarray(0, split).toString('utf8')
    const data = part.subarray(split + 4)
    const name = /name="([^"]*)"/.exec(head)?.[1]
    const filename = /filename="?([^";\r\n]*)"?/.exec(head)?.[1]
    const isFile = filename !== undefined || /content-type:/i.test(head)
    if (name) out[name] = isFile ? { filename: filename ?? name, data: Buffer.from(data) } : data.toString('utf8')
    at = next
  }
  // grammY sends files as "attach://<part>": point those fields at the part itself.
  for (const [k, v] of Object.entries(out)) if (typeof v === 'string' && v.startsWith('attach://')) out[k] = out[v.slice(9)]
  return out
}
