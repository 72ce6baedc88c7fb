/**
 * @module db/singleton-runner
 * Turns a lease ({@link LeaseStore}) into a job that runs in exactly one
 * process: every process with the job configured runs a singleton; the one
 * that takes the lease starts the job and renews the lease every third of
 * its lifetime, and stops the job when it loses the lease, or when it could
 * not renew for two thirds of it (the database unreachable), so it has
 * stopped before anyone else may take over. When the holder dies, another
 * process takes the lease once it expires (at most one lifetime plus one
 * renewal period). Used for the WeChat login, the subscription notifier and
 * the retention purge (app-singletons.ts, staff-extension.ts).
 */
import type { LeaseStore } from './lease-store.js'

/** Where a singleton reports taking and losing its lease. */
export interface SingletonLog {
  info(message: string): void
  warn(message: string): void
  error(message: string, err?: unknown): void
}

/** What a singleton runs, and on which lease. */
export interface SingletonOptions {
  leases: LeaseStore
  /** The lease's name, e.g. "wechat". */
  name: string
  /** This process's id, unique among all processes (host, pid, random). */
  holder: string
  /** The lease's lifetime: how long a dead holder keeps the job from the others. */
  ttlMs: number
  /** Starts the job once this process holds the lease. */
  start(): Promise<void> | void
  /** Stops the job when the lease is lost or the process stops. */
  stop(): Promise<void> | void
  log: SingletonLog
}

/** A running singleton. */
export interface Singleton {
  /** Tries for the lease once (starting the job when taken), then keeps trying and renewing in the background. */
  start(): Promise<void>
  /** Stops the job if it runs, gives the lease up, and stops trying. */
  stop(): Promise<void>
  /** Whether this process holds the lease (and so runs the job) now. */
  holding(): boolean
}

/** Builds a singleton; nothing happens until `start()`. */
export function createSingleton(opts: SingletonOptions): Singleton {
  const { leases, name, holder, ttlMs, log } = opts
  const period = Math.max(50, Math.floor(ttlMs / 3))
  let held = false
  let lastRenewed = 0
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let round: Promise<void> | undefined
  // Job starts and stops run one after another, apart from the lease rounds (a slow start never delays a renewal).
  let job: Promise<void> = Promise.resolve()
  let running = false
  const setJob = (on: boolean) => {
    job = job.then(async () => {
      if (running === on) return
      try {
        await (on ? opts.start() : opts.stop())
        running = on
      } catch (err) {
        log.error(`singleton ${name}: ${on ? 'starting' : 'stopping'} the job failed`, err)
        if (on) await lose('its job failed to start', true)
      }
    })
    return job
  }

  async function lose(why: string, release: boolean): Promise<void> {
    if (!held) return
    held = false
    log.warn(`singleton ${name}: ${why}; stopping it here`)
    void setJob(false)
    if (release) await leases.release(name, holder).catch(() => {})
  }

  async function tryRound(): Promise<void> {
    const askedAt = Date.now()
    try {
      if (!held) {
        if (await leases.acquire(name, holder, ttlMs)) {
          if (stopped) return void (await leases.release(name, holder).catch(() => {}))
          held = true
          lastRenewed = askedAt
          log.info(`singleton ${name}: this worker holds the lease (${holder}); starting it`)
          void setJob(true)
        }
      } else if (await leases.renew(name, holder, ttlMs)) {
        lastRenewed = askedAt
      } else {
        await lose('the lease was lost (expired and taken by another worker)', false)
      }
    } catch (err) {
      if (held && Date.now() - lastRenewed >= (2 * ttlMs) / 3) {
        await lose(`the lease could not be renewed for ${Math.round((Date.now() - lastRenewed) / 1000)} s (${(err as Error).message})`, false)
      } else if (!held) log.warn(`singleton ${name}: could not ask for the lease (${(err as Error).message})`)
    }
  }

  const tick = () => {
    if (round || stopped) return
    round = tryRound().finally(() => (round = undefined))
  }

  return {
    async start() {
      stopped = false
      tick()
      await round
      await job
      timer = setInterval(tick, period)
      timer.unref()
    },
    async stop() {
      stopped = true
      clearInterval(timer)
      await round
      if (held) {
        held = false
        await setJob(false)
        await leases.release(name, holder).catch(() => {})
      }
      await job
    },
    holding: () => held,
  }
}

/** A job's start and stop, for {@link SingletonFactory}. */
export type SingletonJob = Pick<SingletonOptions, 'start' | 'stop'>

/** Makes singletons on one lease store, holder id and lease time (the app wires one per process). */
export type SingletonFactory = (name: string, job: SingletonJob) => Singleton

/** The {@link SingletonFactory} for one process. */
export function singletonFactory(base: Omit<SingletonOptions, 'name' | 'start' | 'stop'>): SingletonFactory {
  return (name, job) => createSingleton({ ...base, name, start: job.start, stop: job.stop })
}
