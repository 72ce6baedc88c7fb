/**
 * @module app-pg-worker
 * What a `serve` worker on PostgreSQL does besides answering: it follows the
 * shared catalogue (LISTEN for the version NOTIFY, plus a check every
 * CATALOGUE_REFRESH_MS in case a notification was lost) and rebuilds its
 * search index in the background when the version moves; and it says on
 * /healthz whether it reaches the database and how its index stands, so a
 * load balancer or an operator can tell the workers apart.
 */
import { hostname } from 'node:os'
import type { CatalogueStore } from './catalogue/catalogue-store.js'
import { CATALOGUE_CHANNEL } from './catalogue/pg-catalogue-notify.js'
import { listenPg, type PgListener } from './db/pg-listen.js'
import type { HybridSearchService } from './search/create-search-service.js'
import type { HealthReport } from './channels/http/index.js'
import type { Logger } from './channels/shared/logger.js'

/** This process among the workers (host and pid), as /healthz names it; the inbox's lease holders start with it. */
export const WORKER_ID = `${hostname()}:${process.pid}`

/** How long /healthz waits for the database before calling it unreachable. */
const HEALTH_TIMEOUT_MS = 3_000

/** What a worker needs to follow the catalogue. */
export interface PgWorkerDeps {
  url: string
  store: CatalogueStore
  search: HybridSearchService
  /** The fallback version check's period (CATALOGUE_REFRESH_MS). */
  refreshMs: number
  log: Logger
}

/** Follows the shared catalogue while started; reports the worker's health at any time. */
export interface PgWorker {
  start(): void
  stop(): Promise<void>
  health(): Promise<HealthReport>
}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
  })
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

/** Builds the worker's catalogue follower and health report (nothing runs until `start`). */
export function createPgWorker(deps: PgWorkerDeps): PgWorker {
  const { store, search, log } = deps
  let listener: PgListener | undefined
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  // search.refresh() reads the version and rebuilds only when it moved (a large catalogue in a worker thread).
  // A refresh cut short by the stop (its pool closed) is no news.
  const refresh = (why: string) =>
    void search.refresh().catch((err: Error) => {
      if (!stopped) log.warn(`catalogue: could not refresh the search index after ${why} (${err.message})`)
    })

  return {
    start() {
      if (listener) return
      listener = listenPg({
        url: deps.url,
        channel: CATALOGUE_CHANNEL,
        onNotify: (payload) => {
          if (Number(payload) !== search.indexedVersion()) refresh(`version ${payload} was announced`)
        },
        // Anything announced while the connection was down is caught up here.
        onConnected: () => refresh('listening began'),
        onError: (err) => log.warn(`catalogue: LISTEN connection lost (${err.message}); reconnecting`),
      })
      timer = setInterval(() => refresh('the periodic check'), deps.refreshMs)
      timer.unref()
    },
    async stop() {
      stopped = true
      if (timer) clearInterval(timer)
      await listener?.stop()
      listener = undefined
    },
    async health() {
      let db = 'ok'
      let catalogueVersion = -1
      try {
        catalogueVersion = await within(store.version(), HEALTH_TIMEOUT_MS)
      } catch (err) {
        db = (err as Error).message
      }
      const indexVersion = search.indexedVersion()
      // 'refreshing': a newer version is being indexed (answers come from the previous one meanwhile).
      const index =
        indexVersion < 0 ? 'not ready' : db !== 'ok' || indexVersion === catalogueVersion ? 'ready' : search.pendingRefresh() ? 'refreshing' : 'stale'
      return {
        ok: db === 'ok' && indexVersion >= 0,
        worker: WORKER_ID,
        backend: 'postgres',
        db,
        catalogueVersion,
        indexVersion,
        index,
        listen: listener?.state() ?? 'off',
      }
    },
  }
}
