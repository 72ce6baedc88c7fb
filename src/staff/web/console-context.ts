/**
 * @module staff/web/console-context
 * What every console request carries once the middleware ran (the signed-in
 * user, the language, the translator, the CSRF token) and small helpers the
 * page modules share, so each page file holds only its own page.
 */
import type { Context, Hono } from 'hono'
import type { HttpBindings } from '@hono/node-server'
import type { Lang } from '../../dialogue/types.js'
import type { WebRole } from '../web-account-store.js'
import type { ConsoleDeps } from './console-deps.js'
import type { Translate } from './console-prompts.js'

/** The signed-in console user. */
export interface ConsoleUser {
  name: string
  role: WebRole
  /** Binds the CSRF token to this sign-in. */
  nonce: string
}

/** The Hono environment of the console app. */
export interface ConsoleEnv {
  Bindings: HttpBindings
  Variables: { user: ConsoleUser | null; lang: Lang; t: Translate; csrf: string }
}

/** A console request's context. */
export type ConsoleContext = Context<ConsoleEnv>

/** The console app type the page modules register on. */
export type ConsoleApp = Hono<ConsoleEnv>

/** Registers one area's routes on the console app. */
export type PageModule = (app: ConsoleApp, deps: ConsoleDeps) => void

/** How the audit log and the catalogue history name a console user. */
export function whoOf(c: ConsoleContext): string {
  return `web:${c.get('user')?.name ?? '?'}`
}

/** The console's base path. */
export const BASE = '/admin'

/** A form field as text ('' when absent or a file). */
export function field(body: Record<string, unknown>, name: string): string {
  const v = body[name]
  return typeof v === 'string' ? v.trim() : ''
}

/** Splits "a, b，c；d" into words. */
export function words(text: string): string[] {
  return text.split(/[,，;；、\s]+/).map((w) => w.trim()).filter(Boolean)
}
