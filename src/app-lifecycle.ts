/**
 * @module app-lifecycle
 * How a wired learnfinder starts and stops: HTTP first (so a webhook path is
 * served before Telegram is told about it), receivers stopped before the HTTP
 * server (they finish the updates in hand), extensions told, then the search
 * index and the database closed, once, however many times stop is called.
 */
import { findChannel, type AnyChannel } from './channels/any-channel.js'
import type { AppExtension, RunningApp } from './channels/extension-types.js'
import type { HealthReport } from './channels/http/index.js'
import type { Logger } from './channels/shared/logger.js'

/** A wired learnfinder: its parts, its channels, and how to start and stop them. */
export interface App extends RunningApp {
  health(): HealthReport | Promise<HealthReport>
  start(): Promise<void>
  /** Stops every channel (finishing what is in hand), then closes the index and the database. Idempotent. */
  stop(): Promise<void>
  /** Resolves once stopped (by stop(), or when the terminal chat ends). */
  done: Promise<void>
}

/** Adds start, stop and done to the wired parts; the terminal chat ending stops the app. */
export function assembleApp(parts: Omit<App, 'start' | 'stop' | 'done'> & { log: Logger }, extensions: AppExtension[]): App {
  const { log, channels } = parts
  let finish!: () => void
  const done = new Promise<void>((r) => (finish = r))
  let stopping: Promise<void> | undefined
  const started: AnyChannel[] = []
  // The channel whose start() is running: stop() must end it too (Telegram may be retrying an unreachable API).
  let starting: AnyChannel | undefined
  // The extensions' started() hooks in flight: stop() lets them finish before it asks them to stop (else a job
  // an extension starts after its stopping() ran would run on into the closed database).
  let extensionsStarting: Promise<void> | undefined

  const stop = () =>
    (stopping ??= (async () => {
      // Receivers first (they finish the updates in hand), the HTTP server last (it serves the webhook).
      const order = [...started, ...(starting && !started.includes(starting) ? [starting] : [])].sort((a, b) => Number(a.name === 'http') - Number(b.name === 'http'))
      for (const channel of order) {
        try {
          await channel.stop()
        } catch (err) {
          log.error(`stopping ${channel.name} failed`, err)
        }
      }
      await extensionsStarting?.catch(() => undefined)
      for (const e of extensions) {
        try {
          await e.stopping?.()
        } catch (err) {
          log.error('an extension failed to stop', err)
        }
      }
      parts.search.close()
      parts.db.close()
      log.info('stopped; the database is closed')
      finish()
    })())

  const app: App = {
    ...parts,
    done,
    stop,
    async start() {
      // HTTP first, so the webhook path is served before Telegram is told about it.
      const order = [...channels].sort((a, b) => Number(b.name === 'http') - Number(a.name === 'http'))
      // Logged before, so the line does not land in the middle of the terminal chat's prompt.
      log.info(`starting: ${channels.map((c) => c.name).join(', ')}`)
      for (const channel of order) {
        if (stopping) return
        starting = channel
        await channel.start()
        starting = undefined
        if (stopping) return
        started.push(channel)
      }
      const terminal = findChannel(channels, 'terminal')
      if (terminal) void terminal.closed.then(() => stop())
      extensionsStarting = (async () => {
        for (const e of extensions) {
          if (stopping) return
          await e.started?.(app)
        }
      })()
      await extensionsStarting
    },
  }
  return app
}
