/**
 * @module channels/shared/logger
 * Operator logs (a login QR link, a failed send, a stop) on stderr, so stdout
 * stays free for the terminal chat and piped answers. Built on pino: levels
 * (LOG_LEVEL) and one JSON object a line (LOG_FORMAT=json) for log shippers,
 * or readable text lines by default. Every line passes the redaction step in
 * ./redact.ts, so no token, key or raw user id reaches a log.
 */
import { createRequire } from 'node:module'
import type { Logger as PinoLogger, pino as Pino } from 'pino'
import { createRedactor, type RedactOptions } from './redact.js'

/** Extra structured values of one line; user ids given here are hashed. */
export type LogFields = Record<string, unknown>

/** Where channels report what the operator should know. */
export interface Logger {
  debug?(message: string, fields?: LogFields): void
  info(message: string, fields?: LogFields): void
  warn(message: string, fields?: LogFields): void
  error(message: string, err?: unknown, fields?: LogFields): void
}

/** The levels LOG_LEVEL accepts, lowest first. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const
/** One of {@link LOG_LEVELS}. */
export type LogLevel = (typeof LOG_LEVELS)[number]
/** `text`: `time learnfinder level message key=value` lines; `json`: one JSON object a line. */
export type LogFormat = 'text' | 'json'

/** How {@link createLogger} writes. */
export interface LoggerOptions extends RedactOptions {
  level?: LogLevel
  format?: LogFormat
  prefix?: string
}

function textStream(stream: NodeJS.WritableStream, prefix: string) {
  return {
    write(line: string) {
      const rec = JSON.parse(line) as Record<string, unknown>
      const { level, time, msg, error, ...rest } = rec
      const extra = Object.entries(rest).map(([k, v]) => ` ${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join('')
      const errText = error ? `: ${(error as { message?: string }).message ?? String(error)}` : ''
      stream.write(`${new Date(Number(time)).toISOString()} ${prefix} ${String(level)} ${String(msg)}${errText}${extra}\n`)
    },
  }
}

/**
 * A logger writing to `stream` (default stderr) at `level` and above, as text
 * lines or JSON, with tokens, keys and user ids redacted.
 */
export function createLogger(stream: NodeJS.WritableStream = process.stderr, options: LoggerOptions | string = {}): Logger {
  const opts: LoggerOptions = typeof options === 'string' ? { prefix: options } : options
  const format = opts.format ?? 'text'
  const redact = createRedactor(opts)
  const destination = format === 'json' ? { write: (line: string) => void stream.write(line) } : textStream(stream, opts.prefix ?? 'learnfinder')
  const threshold = LOG_LEVELS.indexOf(opts.level ?? 'info')
  // pino is loaded at the first line actually written: a short command that logs nothing (ask) never pays for it.
  let base: PinoLogger | undefined
  const open = (): PinoLogger => {
    const { pino } = createRequire(import.meta.url)('pino') as { pino: typeof Pino }
    return pino(
      {
        level: opts.level ?? 'info',
        base: format === 'json' ? { name: opts.prefix ?? 'learnfinder' } : undefined,
        formatters: { level: (label) => ({ level: label }) },
        timestamp: format === 'json' ? pino.stdTimeFunctions.isoTime : pino.stdTimeFunctions.epochTime,
      },
      destination,
    )
  }
  const emit = (level: LogLevel, message: string, fields?: LogFields, err?: unknown) => {
    if (LOG_LEVELS.indexOf(level) < threshold) return
    base ??= open()
    const record = fields ? redact.fields(fields) : {}
    if (err !== undefined) {
      const e = err as { message?: string; stack?: string; name?: string }
      record.error = {
        type: e?.name ?? 'Error',
        message: redact.text(e?.message ?? String(err)),
        ...(level === 'error' && e?.stack ? { stack: redact.text(e.stack) } : {}),
      }
    }
    base[level](record, redact.text(message))
  }
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, err, f) => emit('error', m, f, err),
  }
}

/** A logger that drops everything (tests, benchmarks). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} }
