/**
 * @module channels/shared/logger
 * One-line operator logs (a login QR link, a failed send, a stop) on stderr,
 * so stdout stays free for the terminal chat and piped answers.
 */

/** Where channels report what the operator should know. */
export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string, err?: unknown): void
}

/** A logger writing `[time] level message` lines to `stream` (default stderr). */
export function createLogger(stream: NodeJS.WritableStream = process.stderr, prefix = 'learnfinder'): Logger {
  const line = (level: string, message: string) =>
    stream.write(`${new Date().toISOString()} ${prefix} ${level} ${message}\n`)
  return {
    info: (m) => line('info', m),
    warn: (m) => line('warn', m),
    error: (m, err) => line('error', err ? `${m}: ${(err as Error)?.message ?? String(err)}` : m),
  }
}

/** A logger that drops everything (tests, benchmarks). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} }
