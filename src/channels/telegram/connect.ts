/**
 * @module channels/telegram/connect
 * The first contact with the Bot API (getMe). A wrong token stops start-up
 * with one line; an unreachable or failing Telegram (network error, 5xx,
 * 429) is retried with a growing wait and a log line the operator can act
 * on, and the wait ends at once when the app is asked to stop.
 */
import { Api, GrammyError, HttpError, type Bot, type Context } from 'grammy'
import { UserError } from '../../errors.js'
import type { Logger } from '../shared/logger.js'

const DEFAULT_ROOT = 'https://api.telegram.org'
/** The longest wait between two attempts, in seconds. */
const MAX_DELAY_SECONDS = 60

/** grammY types its AbortSignal from a polyfill; Node's own is the same at run time. */
export type GrammySignal = Parameters<Api['getMe']>[0]

/** Node's AbortSignal as grammY's parameter type. */
export function grammySignal(signal: AbortSignal): GrammySignal {
  return signal as unknown as GrammySignal
}

/** Thrown when stop() cancelled start-up; the app treats it as a clean stop, not a failure. */
export class StartCancelled extends Error {
  constructor() {
    super('start-up cancelled by a stop request')
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new StartCancelled())
    const onAbort = () => {
      clearTimeout(timer)
      reject(new StartCancelled())
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}

/** Why a call failed, when retrying may help; undefined when it will not. */
function transientReason(err: unknown): { reason: string; retryAfter?: number } | undefined {
  if (err instanceof HttpError) return { reason: (err.error as Error)?.message ?? err.message }
  if (err instanceof GrammyError && (err.error_code >= 500 || err.error_code === 429)) {
    return { reason: `${err.error_code} ${err.description}`, retryAfter: err.parameters.retry_after }
  }
  return undefined
}

/**
 * Signs `bot` in (sets bot.botInfo), retrying until Telegram answers or
 * `signal` aborts (then throws {@link StartCancelled}).
 */
export async function connectToTelegram(bot: Bot<Context>, options: { apiRoot?: string; log: Logger; signal: AbortSignal }): Promise<void> {
  const root = options.apiRoot?.replace(/\/+$/, '') ?? DEFAULT_ROOT
  // A plain client: the bot's own one retries network errors forever and says nothing.
  const api = new Api(bot.token, { apiRoot: root })
  let delay = 1
  for (;;) {
    try {
      bot.botInfo = await api.getMe(grammySignal(options.signal))
      return
    } catch (err) {
      if (options.signal.aborted) throw new StartCancelled()
      if (err instanceof GrammyError && (err.error_code === 401 || err.error_code === 404)) {
        throw new UserError(`TELEGRAM_BOT_TOKEN: Telegram refused the token (${err.description}); copy it again from @BotFather`)
      }
      const transient = transientReason(err)
      if (!transient) throw err
      const wait = Math.min(MAX_DELAY_SECONDS, transient.retryAfter ?? delay)
      options.log.warn(`telegram: cannot reach Telegram at ${root} (${transient.reason}); retrying in ${wait}s`)
      await sleep(wait * 1000, options.signal)
      delay = Math.min(MAX_DELAY_SECONDS, delay * 2)
    }
  }
}
