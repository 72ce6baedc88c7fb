/**
 * @module db/pg-listen
 * LISTEN on one PostgreSQL channel over a dedicated connection (a pooled one
 * would be handed to queries and lose its LISTEN), reconnecting after the
 * server restarts or drops it. A notification sent while the connection was
 * down is lost, so `onConnected` runs after every (re)connect: the caller
 * re-checks what it follows there.
 */
import { createRequire } from 'node:module'
import type pg from 'pg'

// Required at the first connect, as db/postgres does: a process on SQLite (every `learnfinder ask`) never loads pg,
// whose modules (and the undici it asks for) cost a one-question ask about a tenth of a second.
const requireHere = createRequire(import.meta.url)

/** What to listen to and what to do. */
export interface PgListenOptions {
  url: string
  channel: string
  onNotify: (payload: string | undefined) => void
  /** After each successful connect and LISTEN (the first included). */
  onConnected?: () => void
  /** A connection failed or dropped; a reconnect follows. */
  onError?: (err: Error) => void
  /** First wait before reconnecting, doubled up to `maxRetryMs` (defaults 250 ms and 5 s). */
  retryMs?: number
  maxRetryMs?: number
}

/** A running listener. */
export interface PgListener {
  /** 'listening', or 'connecting' while (re)connecting. */
  state(): 'listening' | 'connecting'
  /** Ends the connection; no reconnect follows. */
  stop(): Promise<void>
}

/** Starts listening at once (in the background); see {@link PgListener}. */
export function listenPg(opts: PgListenOptions): PgListener {
  const first = opts.retryMs ?? 250
  const max = opts.maxRetryMs ?? 5_000
  let wait = first
  let client: pg.Client | undefined
  let listening = false
  let stopped = false
  let timer: NodeJS.Timeout | undefined

  const retry = (err: Error) => {
    listening = false
    const dead = client
    client = undefined
    dead?.removeAllListeners()
    dead?.on('error', () => {})
    void dead?.end().catch(() => {})
    if (stopped) return
    opts.onError?.(err)
    timer = setTimeout(connect, wait)
    timer.unref()
    wait = Math.min(wait * 2, max)
  }

  const connect = () => {
    if (stopped) return
    const { Client, escapeIdentifier } = requireHere('pg') as typeof pg
    const c = new Client({ connectionString: opts.url, application_name: 'learnfinder listen', connectionTimeoutMillis: 10_000 })
    client = c
    c.on('notification', (msg) => {
      if (msg.channel === opts.channel) opts.onNotify(msg.payload)
    })
    c.on('error', (err) => client === c && retry(err))
    c.on('end', () => client === c && !stopped && retry(new Error('the LISTEN connection ended')))
    c.connect()
      .then(() => c.query(`LISTEN ${escapeIdentifier(opts.channel)}`))
      .then(() => {
        if (client !== c || stopped) return
        listening = true
        wait = first
        opts.onConnected?.()
      })
      .catch((err: Error) => client === c && retry(err))
  }

  connect()
  return {
    state: () => (listening ? 'listening' : 'connecting'),
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      const c = client
      client = undefined
      listening = false
      c?.removeAllListeners()
      c?.on('error', () => {})
      await c?.end().catch(() => {})
    },
  }
}
