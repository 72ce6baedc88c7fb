/**
 * @module channels/extension-types
 * The contract between the app wiring (main.ts) and the layers that plug into
 * it (the staff layer): what an extension is given ({@link AppParts}), what it
 * may add ({@link AppExtension}) and what it sees once the bot runs
 * ({@link RunningApp}). It sits at the channels layer, below staff and the
 * wiring, so staff never imports the composition root and no import cycle
 * runs through main.ts.
 */
import type { Composer, Context } from 'grammy'
import type { Config } from '../config.js'
import type { Database } from '../db/open-database.js'
import type { CatalogueStore } from '../catalogue/catalogue-store.js'
import type { Taxonomy } from '../catalogue/taxonomy.js'
import type { HybridSearchService } from '../search/create-search-service.js'
import type { Prompts } from '../prompts.js'
import type { TurnRecord } from '../dialogue/turn-context.js'
import type { ChatEngine } from '../dialogue/types.js'
import type { AdminCheck } from './admin-check.js'
import type { AnyChannel } from './any-channel.js'
import type { Logger } from './shared/logger.js'
import type { RouteHandler } from './http/index.js'

/** The wired core an extension builds on. */
export interface AppParts {
  config: Config
  db: Database
  store: CatalogueStore
  taxonomy: Taxonomy
  prompts: Prompts
  search: HybridSearchService
  /** The one answer to "is this person an admin?", shared by every channel and the staff layer. */
  isAdmin: AdminCheck
  log: Logger
}

/** What an extension sees once every channel runs: the parts, the engine channels talk to, the channels. */
export interface RunningApp extends Omit<AppParts, 'log'> {
  engine: ChatEngine
  channels: AnyChannel[]
}

/**
 * What an extension adds. Everything is optional; the staff layer uses all
 * of it: a turn log (`onTurn`), an engine wrapper for admin commands and
 * subscriptions, Telegram features (staff commands, catalogue upload), and
 * `started` to send notices through the running channels.
 */
export interface AppExtension {
  /** Called after every learner turn (errors are swallowed by the engine). */
  onTurn?: (turn: TurnRecord) => void
  /** Wraps the engine every channel talks to. */
  wrapEngine?: (engine: ChatEngine) => ChatEngine
  /** Telegram middleware installed after the guards, before the learner commands and the catch-all. */
  telegramFeatures?: Composer<Context>[]
  /** Handlers served under a path prefix on the HTTP port (the staff console at /admin); any starts the HTTP server. */
  httpPrefixRoutes?: Record<string, RouteHandler>
  /** Called once every channel runs. */
  started?: (app: RunningApp) => void | Promise<void>
  /** Called after the channels stopped, before the database closes. */
  stopping?: () => void | Promise<void>
}

/** Builds one extension from the core parts. */
export type AppExtensionFactory = (parts: AppParts) => AppExtension | Promise<AppExtension>
