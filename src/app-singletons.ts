/**
 * @module app-singletons
 * The wiring of the jobs only one worker may run (docs/scaling.md,
 * "Singletons"): each process gets one holder id and one
 * {@link SingletonFactory} on the lease store openStores chose, and a channel
 * that must run once (WeChat: one login) is wrapped so it starts only in the
 * worker holding its lease and moves when that worker dies.
 */
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import type { AnyChannel } from './channels/any-channel.js'
import type { Logger } from './channels/shared/logger.js'
import type { Config } from './config.js'
import type { LeaseStore } from './db/lease-store.js'
import { singletonFactory, type SingletonFactory } from './db/singleton-runner.js'

/** This process's holder id: host, pid and a random tail (a restarted pid never inherits a lease). */
export function workerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`
}

/** One process's singletons, on its lease store. */
export function appSingletons(leases: LeaseStore, config: Pick<Config, 'LEASE_TTL_MS'>, log: Logger): SingletonFactory {
  return singletonFactory({ leases, holder: workerId(), ttlMs: config.LEASE_TTL_MS, log })
}

/**
 * The channel, run only while this worker holds the lease named after it:
 * start() asks for the lease (and starts the channel at once when it is
 * free), then keeps asking in the background; send() works only here while
 * the channel runs. Its other properties (e.g. WeChat's `wechaty`) are the channel's.
 */
export function leasedChannel<C extends AnyChannel>(channel: C, singletons: SingletonFactory): C {
  const singleton = singletons(channel.name, { start: () => channel.start(), stop: () => channel.stop() })
  const send = channel.send?.bind(channel)
  return {
    ...channel,
    singleton,
    start: () => singleton.start(),
    stop: () => singleton.stop(),
    ...(send
      ? {
          send: async (chatId: string, reply: Parameters<typeof send>[1]) => {
            if (!singleton.holding()) throw new Error(`${channel.name}: another worker runs this channel`)
            await send(chatId, reply)
          },
        }
      : {}),
  } as unknown as C
}
