/**
 * @module app-logger
 * Builds the operator log from the config: LOG_LEVEL, LOG_FORMAT, and the
 * values the redaction step must hide (every token and key the config holds,
 * and the staff ids), so no channel has to remember which of its strings
 * are secret.
 */
import type { Config } from './config.js'
import { createLogger, type Logger } from './channels/shared/logger.js'

/** The logger `serve` uses, writing to `stream` (default stderr). */
export function loggerFromConfig(config: Config, stream: NodeJS.WritableStream = process.stderr, env = process.env): Logger {
  return createLogger(stream, {
    level: config.LOG_LEVEL,
    format: config.LOG_FORMAT,
    secrets: [
      config.TELEGRAM_BOT_TOKEN,
      config.TELEGRAM_WEBHOOK_SECRET,
      config.LLM_API_KEY,
      config.EMBEDDINGS_API_KEY,
      config.LOG_SALT,
      env.WECHATY_PUPPET_SERVICE_TOKEN,
      env.WECHATY_PUPPET_PADLOCAL_TOKEN,
      env.LANGSMITH_API_KEY,
    ],
    userIds: [...config.TELEGRAM_ADMIN_IDS, ...config.WECHAT_ADMIN_IDS],
  })
}
