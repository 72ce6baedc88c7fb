/**
 * @module channels/telegram/inbox-worker
 * Works the durable webhook inbox: claims updates with a lease, hands them
 * to the bot (grammY's sequentialize keeps each chat in order), marks them
 * handled, and renews the leases of slow ones. On start it gives back the
 * leases of this machine's dead processes (a kill -9 leaves them behind), so
 * a restart answers what the crash left at once instead of after the lease.
 */
import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import type { Bot, Context } from 'grammy'
import type { Logger } from '../shared/logger.js'
import type { ClaimedUpdate, WebhookInboxStore } from './webhook-inbox-store.js'

/** How long a claimed update is ours before another worker may take it (default; TELEGRAM_INBOX_LEASE_MS). */
export const DEFAULT_INBOX_LEASE_MS = 60_000
/** Handled update ids are kept this long for dedupe (Telegram gives up on an update after 24 h). */
const RETENTION_MS = 7 * 24 * 3600_000
/** Updates handled at once by one process by default (chats run in parallel, each chat in order). */
const MAX_IN_HAND = 64

/** How the worker leases and how much it takes on at once. */
export interface InboxWorkerOptions {
  /** How long a claim lasts unrenewed (default {@link DEFAULT_INBOX_LEASE_MS}). */
  leaseMs?: number
  /**
   * Most updates in hand (default 64). On PostgreSQL each chat's turn holds a
   * connection, so a worker should take no more than its pool can run: the
   * rest wait in the shared inbox (durable, for any worker) instead of timing
   * out in this process's queue for a connection.
   */
  maxInHand?: number
}

/** Runs the inbox; `kick` after each new update. */
export interface InboxWorker {
  start(): Promise<void>
  kick(): void
  /** Claims nothing more, waits for the updates in hand, gives back its leases. */
  stop(): Promise<void>
}

/** True when `holder` (host:pid:nonce) names a process of this machine that no longer runs. */
function isDeadHere(holder: string, self: string): boolean {
  const [host, pid] = holder.split(':')
  if (holder === self || host !== hostname() || !/^\d+$/.test(pid ?? '')) return false
  try {
    process.kill(Number(pid), 0)
    return false
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/** Builds the worker over `inbox` for `bot` (initialised before `start`). */
export function createInboxWorker(bot: Bot<Context>, inbox: WebhookInboxStore, log: Logger, opts: InboxWorkerOptions = {}): InboxWorker {
  const leaseMs = opts.leaseMs ?? DEFAULT_INBOX_LEASE_MS
  const maxInHand = opts.maxInHand ?? MAX_IN_HAND
  const self = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
  const inHand = new Map<number, Promise<void>>()
  let running = false
  let pumping: Promise<void> | undefined
  let again = false
  let timer: NodeJS.Timeout | undefined

  const handle = async (claimed: ClaimedUpdate) => {
    try {
      await bot.handleUpdate(claimed.update)
    } catch (err) {
      await Promise.resolve(bot.errorHandler(err as never)).catch((e) => log.error('telegram inbox: an update failed', e))
    }
    await inbox.complete(self, claimed.updateId, Date.now()).catch((err) =>
      log.error(`telegram inbox: could not mark update ${claimed.updateId} handled`, err),
    )
  }

  const pump = async () => {
    do {
      again = false
      while (running && inHand.size < maxInHand) {
        let claimed: ClaimedUpdate[]
        try {
          // In chat order: a chat another worker is answering stays with it, so its turns keep their order.
          claimed = await inbox.claim(self, Date.now(), leaseMs, maxInHand - inHand.size, { chatOrder: true })
        } catch (err) {
          log.warn(`telegram inbox: could not claim updates (${(err as Error).message}); trying again shortly`)
          break
        }
        if (!claimed.length) break
        for (const c of claimed) {
          const task = handle(c).finally(() => {
            inHand.delete(c.updateId)
            kick()
          })
          inHand.set(c.updateId, task)
        }
      }
    } while (again && running)
  }

  const kick = () => {
    if (!running) return
    if (pumping) {
      again = true
      return
    }
    pumping = pump().finally(() => (pumping = undefined))
  }

  const tick = async () => {
    if (inHand.size) await inbox.renew(self, [...inHand.keys()], Date.now(), leaseMs).catch(() => 0)
    await inbox.prune(Date.now() - RETENTION_MS).catch(() => 0)
    kick() // also picks up updates whose lease another (dead) worker let expire
  }

  return {
    async start() {
      for (const holder of await inbox.holders(Date.now())) {
        if (isDeadHere(holder, self)) {
          const n = await inbox.release(holder)
          if (n) log.info(`telegram inbox: ${n} update(s) left by a stopped process will be answered now`)
        }
      }
      await inbox.prune(Date.now() - RETENTION_MS)
      const { pending } = await inbox.counts()
      if (pending) log.info(`telegram inbox: ${pending} update(s) waiting from before the start`)
      running = true
      timer = setInterval(() => void tick(), leaseMs / 3)
      timer.unref()
      kick()
    },
    kick,
    async stop() {
      running = false
      if (timer) clearInterval(timer)
      while (pumping || inHand.size) await Promise.allSettled([pumping, ...inHand.values()])
      await inbox.release(self).catch(() => 0)
    },
  }
}
