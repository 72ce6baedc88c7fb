/**
 * @module config
 * Every environment variable learnfinder reads, parsed once by zod at start.
 * A wrong value stops start-up with one line naming the variable, instead of
 * failing later in the middle of a conversation. `.env.example` lists them.
 */
import { z } from 'zod'
import { UserError, type SaidAs } from './errors.js'
import { DEFAULT_DB_PATH } from './db/open-database.js'

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()))
const optionalUrl = optionalString.pipe(z.string().url('must be a URL such as https://example.org').optional())
const flag = z
  .enum(['', '0', '1', 'true', 'false', 'yes', 'no'], { message: 'must be 1 or 0' })
  .optional()
  .transform((v) => v === '1' || v === 'true' || v === 'yes')
const idList = optionalString.transform((v) =>
  v ? v.split(/[,\s]+/).filter(Boolean) : [],
)
const port = z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535)

/** The environment's schema; its keys are the variable names. */
export const envSchema = z.object({
  LEARNFINDER_DB: optionalString.transform((v) => v ?? DEFAULT_DB_PATH),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL URL such as postgres://user:password@host:5432/learnfinder')
      .optional(),
  ),
  DATABASE_POOL_MAX: z.coerce.number({ message: 'must be a number of connections' }).int().min(1).max(1000).default(10),
  LEARNFINDER_LANG: z.enum(['zh', 'en'], { message: 'must be zh or en' }).default('zh'),
  SESSION_IDLE_MINUTES: z.coerce.number({ message: 'must be a number of minutes' }).positive().default(30),
  LOG_RETENTION_DAYS: z.coerce.number({ message: 'must be a number of days' }).int().positive().default(180),
  LOG_SALT: optionalString,
  // How long a worker's claim on a webhook update lasts unrenewed: a dead worker's updates move after this.
  TELEGRAM_INBOX_LEASE_MS: z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(1000).default(60_000),
  // The fallback check of the shared catalogue's version on PostgreSQL (NOTIFY normally arrives first).
  CATALOGUE_REFRESH_MS: z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(100).default(30_000),
  /** How long a dead worker keeps a singleton (WeChat, notifier, purge) from the others (docs/scaling.md). */
  LEASE_TTL_MS: z.coerce.number({ message: 'must be milliseconds' }).int().min(300).max(600_000).default(30_000),
  STAFF_POLL_SECONDS: z.coerce.number({ message: 'must be a number of seconds' }).positive().default(60),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error'], { message: 'must be debug, info, warn or error' }).default('info'),
  LOG_FORMAT: z.enum(['text', 'json'], { message: 'must be text or json' }).default('text'),

  HTTP_PORT: port.default(3000),
  HTTP_HOST: z.string().default('127.0.0.1'),
  HTTP_ENABLED: flag,
  /** The public address of the HTTP server; https makes the staff console's cookie Secure. */
  PUBLIC_URL: optionalUrl,
  /** Behind a reverse proxy you run: take the caller's address from X-Forwarded-For. */
  TRUST_PROXY: flag,
  HTTP_RATE_PER_ADDRESS: z.coerce.number({ message: 'must be a number of requests per minute' }).int().positive().default(120),
  HTTP_MAX_CONNECTIONS: z.coerce.number({ message: 'must be a number of connections' }).int().positive().default(1000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number({ message: 'must be milliseconds' }).int().min(1000).default(15_000),

  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_API_ROOT: optionalUrl,
  TELEGRAM_WEBHOOK_URL: optionalUrl,
  TELEGRAM_WEBHOOK_SECRET: optionalString.pipe(
    z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'may hold only A-Z, a-z, 0-9, _ and -').optional(),
  ),
  TELEGRAM_ADMIN_IDS: idList,

  WECHAT_ENABLED: flag,
  WECHATY_PUPPET: optionalString,
  WECHAT_ADMIN_IDS: idList,

  EMBEDDINGS_BASE_URL: optionalUrl,
  EMBEDDINGS_MODEL: optionalString,
  EMBEDDINGS_API_KEY: optionalString,

  LLM_BASE_URL: optionalUrl,
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  LLM_TIMEOUT_MS: z.coerce.number({ message: 'must be milliseconds' }).int().positive().default(8000),

  // Voice (docs/voice.md): speech to text through an OpenAI-compatible server or a local sherpa-onnx model.
  STT_BASE_URL: optionalUrl,
  STT_MODEL: optionalString,
  STT_API_KEY: optionalString,
  STT_MODEL_DIR: optionalString,
  VOICE_MAX_SECONDS: z.coerce.number({ message: 'must be a number of seconds' }).int().min(1).max(600).default(60),
  TTS_BASE_URL: optionalUrl,
  TTS_MODEL: optionalString,
  TTS_VOICE: optionalString,
  TTS_AUTO: flag,
})

/** learnfinder's settings, typed from {@link envSchema}. */
export type Config = z.infer<typeof envSchema>

/**
 * Parses `env` (default `process.env`); throws a {@link UserError} whose message
 * names the first wrong variable, e.g. "HTTP_PORT: must be a port number".
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = envSchema.safeParse(env)
  if (result.success) {
    const cfg = result.data
    if (cfg.STT_BASE_URL && cfg.STT_MODEL_DIR) {
      throw withMessage(new UserError('STT_MODEL_DIR: set either STT_BASE_URL (a server) or STT_MODEL_DIR (a local model), not both', [], said('env_stt_both')))
    }
    if (cfg.TTS_AUTO && !cfg.TTS_BASE_URL) throw withMessage(new UserError('TTS_AUTO: needs TTS_BASE_URL (the speech server) to be set', [], said('env_tts_needs_url')))
    if (cfg.TELEGRAM_WEBHOOK_URL && !cfg.TELEGRAM_WEBHOOK_SECRET) {
      throw withMessage(new UserError('TELEGRAM_WEBHOOK_SECRET: must be set when TELEGRAM_WEBHOOK_URL is set', [], said('env_webhook_secret')))
    }
    // No default model: a cloud default (gpt-4o-mini) is wrong for local servers (Ollama, vLLM, Qwen).
    if (cfg.LLM_BASE_URL && !cfg.LLM_MODEL) {
      throw withMessage(new UserError('LLM_MODEL: must be set when LLM_BASE_URL is set (the model name your server serves, e.g. qwen2.5:7b)', [], said('env_llm_model')))
    }
    return cfg
  }
  const issue = result.error.issues[0]
  const name = String(issue.path[0] ?? 'environment')
  const got = JSON.stringify(env[name] ?? '')
  throw withMessage(new UserError(`${name}: ${issue.message} (got ${got})`, [], envIssueSaid(issue, name, got)))
}

/** How a staff member is told about a wrong variable in their language: one prompt per kind of zod issue (cli.yaml). */
function envIssueSaid(issue: z.core.$ZodIssue, name: string, got: string): SaidAs {
  const i = issue as { code: string; minimum?: unknown; maximum?: unknown; values?: unknown[]; expected?: string }
  if (i.code === 'too_small' && i.minimum !== undefined) return said('env_too_small', { name, got, min: String(i.minimum) })
  if (i.code === 'too_big' && i.maximum !== undefined) return said('env_too_big', { name, got, max: String(i.maximum) })
  if (i.code === 'invalid_value' && Array.isArray(i.values)) return said('env_one_of', { name, got, options: i.values.filter((v) => v !== '').join(' / ') })
  if (i.code === 'invalid_type' && i.expected === 'number') return said('env_number', { name, got })
  return said('env_invalid', { name, got, detail: issue.message })
}

function said(key: string, vars: Record<string, string> = {}): SaidAs {
  return { key: `cli.${key}`, vars }
}

/** The English line (kept as the error's message for logs) is also what `--lang en` shows. */
function withMessage(err: UserError): UserError {
  if (err.said) err.said.vars.message = err.message
  return err
}
