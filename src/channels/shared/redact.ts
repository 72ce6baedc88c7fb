/**
 * @module channels/shared/redact
 * The one redaction step every log line passes through, so a shipped log
 * never holds a bot token, an API key or a raw user id: operators copy logs
 * into tickets and chat groups, and a leaked token lets anyone run the bot.
 */
import { createHash } from 'node:crypto'

/** Telegram bot tokens ("123456:ABC…"), OpenAI-style keys and bearer headers. */
const SECRET_PATTERNS: RegExp[] = [
  /(?<!\d)\d{5,}:[A-Za-z0-9_-]{30,}/g,
  /sk-[A-Za-z0-9_-]{16,}/g,
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{12,}/gi,
  /\b(lsv2|ls)__?[A-Za-z0-9_-]{20,}\b/g,
]

/** Field names whose values are user ids: logged only as a short hash. */
export const USER_ID_FIELDS = new Set(['userId', 'chatId', 'contactId', 'adminId', 'user', 'chat'])

/** What the redactor must also hide: exact secret values and known user ids from the config. */
export interface RedactOptions {
  /** Tokens, keys and webhook secrets as configured (replaced by "[redacted]"). */
  secrets?: (string | undefined)[]
  /** User ids known at start (admin ids): replaced by their hash wherever they appear in a message. */
  userIds?: string[]
}

/** A stable, non-reversible stand-in for a user id ("user#1a2b3c4d"), so lines about one user still match up. */
export function hashUserId(id: string | number): string {
  return `user#${createHash('sha256').update(String(id)).digest('hex').slice(0, 8)}`
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Builds the redaction of one message text and of a record of fields. */
export function createRedactor(options: RedactOptions = {}) {
  const secrets = (options.secrets ?? []).filter((s): s is string => !!s && s.length >= 4)
  const ids = (options.userIds ?? []).filter((s) => s.length >= 3)
  const idPattern = ids.length ? new RegExp(`(?<![\\w])(${ids.map(escapeRegExp).join('|')})(?![\\w])`, 'g') : null
  const text = (message: string): string => {
    let out = message
    for (const s of secrets) out = out.split(s).join('[redacted]')
    for (const p of SECRET_PATTERNS) out = out.replace(p, '[redacted]')
    if (idPattern) out = out.replace(idPattern, (id) => hashUserId(id))
    return out
  }
  const fields = (record: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(record)) {
      if (value === undefined) continue
      if (USER_ID_FIELDS.has(key) && (typeof value === 'string' || typeof value === 'number')) out[key] = hashUserId(value)
      else out[key] = typeof value === 'string' ? text(value) : value
    }
    return out
  }
  return { text, fields }
}
