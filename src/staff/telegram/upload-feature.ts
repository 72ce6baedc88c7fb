/**
 * @module staff/telegram/upload-feature
 * Staff update the catalogue from their phones: an admin sends a CSV/XLSX/
 * JSON/YAML file, the bot fetches it (getFile), checks it and answers with
 * the dry-run report and 确认导入 / 取消 buttons. Confirming imports all or
 * nothing, then refreshes search in the background (learners keep being
 * answered from the old index until the new one is swapped in) and sends
 * subscription notices. Files from non-admins are passed on (the non-text
 * feature explains kindly) and the attempt is recorded.
 */
import { randomBytes } from 'node:crypto'
import { Composer, InlineKeyboard, type Context } from 'grammy'
import { problemLine } from '../../catalogue/problem-text.js'
import type { CatalogueStore } from '../../catalogue/catalogue-store.js'
import type { Taxonomy } from '../../catalogue/taxonomy.js'
import type { Lang } from '../../dialogue/types.js'
import { errorText, type Prompts } from '../../prompts.js'
import { UserError } from '../../errors.js'
import type { AdminCheck } from '../../channels/admin-check.js'
import { langFromCode } from '../../text/lang.js'
import { downloadFile } from '../../channels/telegram/download-file.js'
import { STATE_NAMESPACES, type ExpiringStateStore } from '../../channels/shared/expiring-state-store.js'
import type { AdminStore } from '../admin-store.js'
import { uploadStepsInThread, type UploadOutcome, type UploadSteps } from '../upload-worker.js'

/** What the upload feature needs; wired in staff-extension.ts. */
export interface AdminUploadDeps {
  token: string
  apiRoot?: string
  /** The app's one admin check. */
  isAdmin: AdminCheck
  /** Where admin actions and refused attempts are recorded. */
  admins: Pick<AdminStore, 'record'>
  /** Where checked files wait for 确认导入 / 取消 (kept with an expiry, so a confirm still works after a restart). */
  pendingState: ExpiringStateStore
  taxonomy: Taxonomy
  catalogue: Pick<CatalogueStore, 'planImport' | 'applyImport' | 'rollbackLast' | 'archive'>
  /**
   * Where the file is read, checked and imported: in a worker thread for a SQLite file (staff-extension wires
   * it), so learners are answered meanwhile; by default on this thread through `catalogue`.
   */
  steps?: UploadSteps
  prompts: Prompts
  /** Brings search up to the new catalogue (the old index answers meanwhile). */
  refresh: () => Promise<void>
  /** Runs after a confirmed import, e.g. subscription notices. */
  afterImport?: () => Promise<void>
  /** Largest file accepted, in bytes (Telegram bots may download up to 20 MB). */
  maxBytes?: number
  /** Give up a download after this many ms (default 60 s). */
  downloadTimeoutMs?: number
  /** How long a checked file waits for 确认导入, in ms (default 30 minutes). */
  pendingMs?: number
}

/** A checked upload as kept in the state store (the file itself, base64); `at` is ms since the epoch. */
interface Pending {
  userId: string
  fileName: string
  file: string
  at: number
}

const ACCEPTED = /\.(csv|xlsx|json|ya?ml)$/i
const MAX_PROBLEMS_SHOWN = 15

function langOf(ctx: Context): Lang {
  return langFromCode(ctx.from?.language_code) ?? 'zh'
}

/** The Composer handling admin catalogue uploads and their confirm/cancel buttons. */
export function adminUploadFeature(deps: AdminUploadDeps): Composer<Context> {
  const composer = new Composer<Context>()
  const pending = deps.pendingState
  const maxBytes = deps.maxBytes ?? 20 * 1024 * 1024
  const pendingMs = deps.pendingMs ?? 30 * 60_000
  const t = (lang: Lang, key: string, vars?: Record<string, string | number>) => deps.prompts.t(lang, `staff.${key}`, vars)
  const apiRoot = (deps.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '')
  const steps = deps.steps ?? uploadStepsInThread(deps.catalogue, deps.taxonomy)
  /** What is wrong with a file, in the admin's language (problems through the catalogue's one renderer). */
  const failureText = (lang: Lang, outcome: UploadOutcome): string => {
    if (outcome.kind === 'problems') {
      const lines = outcome.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `• ${problemLine(deps.prompts, lang, p)}`)
      if (outcome.problems.length > MAX_PROBLEMS_SHOWN) lines.push(t(lang, 'upload_too_many_errors', { count: outcome.problems.length - MAX_PROBLEMS_SHOWN }))
      return [t(lang, 'upload_errors', { count: outcome.problems.length }), ...lines].join('\n')
    }
    // A refusal with a prompt key is said in the admin's language (errorText), also when it came from the worker.
    const reason = outcome.kind === 'failed' ? errorText(deps.prompts, lang, new UserError(outcome.message, [], outcome.said)) : outcome.kind
    return t(lang, 'upload_failed', { reason })
  }
  const isAdmin = async (ctx: Context) => !!ctx.from && (await deps.isAdmin('telegram', String(ctx.from.id)))

  composer.on('message:document', async (ctx, next) => {
    const doc = ctx.message.document
    const userId = String(ctx.from.id)
    if (!(await isAdmin(ctx))) {
      await deps.admins.record({ channel: 'telegram', userId, action: 'upload', detail: doc.file_name ?? '', allowed: false })
      return next()
    }
    const lang = langOf(ctx)
    const fileName = doc.file_name ?? 'upload'
    if (!ACCEPTED.test(fileName)) return void (await ctx.reply(t(lang, 'upload_bad_type')))
    if ((doc.file_size ?? 0) > maxBytes) {
      return void (await ctx.reply(t(lang, 'upload_too_big', { mb: Math.round(maxBytes / 1048576) })))
    }
    await ctx.reply(t(lang, 'upload_received', { file: fileName }))
    let data: Buffer = Buffer.alloc(0)
    let outcome: UploadOutcome
    try {
      const file = await ctx.getFile()
      data = await downloadFile(`${apiRoot}/file/bot${deps.token}/${file.file_path}`, {
        maxBytes,
        declaredBytes: file.file_size,
        timeoutMs: deps.downloadTimeoutMs,
      })
      outcome = await steps.check(fileName, data)
    } catch (err) {
      outcome = { kind: 'failed', message: err instanceof Error ? err.message : String(err), said: err instanceof UserError ? err.said : undefined }
    }
    if (outcome.kind !== 'checked') {
      await deps.admins.record({ channel: 'telegram', userId, action: 'upload', detail: `${fileName}: rejected`, allowed: true })
      return void (await ctx.reply(failureText(lang, outcome)))
    }
    const { plan } = outcome
    const key = randomBytes(6).toString('base64url')
    const at = Date.now()
    await pending.purgeExpired(at) // uploads nobody answered go
    await pending.put(STATE_NAMESPACES.upload, key, { userId, fileName, file: data.toString('base64'), at } satisfies Pending, at + pendingMs)
    await deps.admins.record({ channel: 'telegram', userId, action: 'upload', detail: `${fileName}: checked, ${outcome.rows} rows`, allowed: true })
    const keyboard = new InlineKeyboard().text(t(lang, 'upload_confirm'), `imp:ok:${key}`).text(t(lang, 'upload_cancel'), `imp:no:${key}`)
    await ctx.reply(
      t(lang, 'upload_report', plan),
      { reply_markup: keyboard },
    )
  })

  composer.callbackQuery(/^imp:(ok|no):(.+)$/, async (ctx) => {
    const lang = langOf(ctx)
    const [, action, key] = ctx.match as RegExpMatchArray
    const userId = String(ctx.from.id)
    await ctx.answerCallbackQuery()
    const job = await pending.get<Pending>(STATE_NAMESPACES.upload, key, Date.now())
    if (!job || typeof job.file !== 'string' || job.userId !== userId || Date.now() - job.at > pendingMs || !(await isAdmin(ctx))) {
      if (job && job.userId !== userId) await deps.admins.record({ channel: 'telegram', userId, action: 'import', detail: job.fileName, allowed: false })
      return void (await ctx.editMessageText(t(lang, 'upload_expired')))
    }
    // Taken once: a second press (or a second process) finds nothing, so a double press imports once.
    if (!(await pending.delete(STATE_NAMESPACES.upload, key))) return void (await ctx.editMessageText(t(lang, 'upload_expired')))
    if (action === 'no') {
      await deps.admins.record({ channel: 'telegram', userId, action: 'import cancelled', detail: job.fileName, allowed: true })
      return void (await ctx.editMessageText(t(lang, 'upload_cancelled')))
    }
    const outcome = await steps.importFile(job.fileName, Buffer.from(job.file, 'base64'), `telegram:${userId}`)
      .catch((err: Error): UploadOutcome => ({ kind: 'failed', message: err.message }))
    if (outcome.kind !== 'imported') {
      await deps.admins.record({ channel: 'telegram', userId, action: 'import', detail: `${job.fileName}: failed`, allowed: true })
      return void (await ctx.editMessageText(failureText(lang, outcome)))
    }
    const { record } = outcome
    await deps.admins.record({ channel: 'telegram', userId, action: 'import', detail: `${job.fileName} → import ${record.id}`, allowed: true })
    await deps.refresh()
    await ctx.editMessageText(t(lang, 'upload_done', { added: record.added, updated: record.updated, archived: record.archived }))
    await deps.afterImport?.()
  })

  return composer
}
