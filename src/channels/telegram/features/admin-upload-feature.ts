/**
 * @module channels/telegram/features/admin-upload-feature
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
import { CatalogueError } from '../../../catalogue/catalogue-error.js'
import { problemLine } from '../../../catalogue/problem-text.js'
import type { Project } from '../../../catalogue/project.js'
import { readCatalogueBuffer } from '../../../catalogue/read-catalogue.js'
import type { CatalogueStore } from '../../../catalogue/store.js'
import type { Taxonomy } from '../../../catalogue/taxonomy.js'
import type { Lang } from '../../../dialogue/types.js'
import type { Prompts } from '../../../prompts.js'
import type { AdminStore } from '../../../staff/admin-store.js'
import { langFromCode } from '../deps.js'

/** What the upload feature needs; wired in main.ts. */
export interface AdminUploadDeps {
  token: string
  apiRoot?: string
  admins: AdminStore
  taxonomy: Taxonomy
  catalogue: Pick<CatalogueStore, 'planImport' | 'applyImport'>
  prompts: Prompts
  /** Brings search up to the new catalogue (the old index answers meanwhile). */
  refresh: () => Promise<void>
  /** Runs after a confirmed import, e.g. subscription notices. */
  afterImport?: () => Promise<void>
  /** Largest file accepted, in bytes (Telegram bots may download up to 20 MB). */
  maxBytes?: number
  /** How long a checked file waits for 确认导入, in ms (default 30 minutes). */
  pendingMs?: number
}

interface Pending {
  userId: string
  fileName: string
  projects: Project[]
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
  const pending = new Map<string, Pending>()
  const maxBytes = deps.maxBytes ?? 20 * 1024 * 1024
  const pendingMs = deps.pendingMs ?? 30 * 60_000
  const t = (lang: Lang, key: string, vars?: Record<string, string | number>) => deps.prompts.t(lang, `staff.${key}`, vars)
  const apiRoot = (deps.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '')
  const isAdmin = (ctx: Context) => !!ctx.from && deps.admins.isAdmin('telegram', String(ctx.from.id))

  composer.on('message:document', async (ctx, next) => {
    const doc = ctx.message.document
    const userId = String(ctx.from.id)
    if (!isAdmin(ctx)) {
      deps.admins.record({ channel: 'telegram', userId, action: 'upload', detail: doc.file_name ?? '', allowed: false })
      return next()
    }
    const lang = langOf(ctx)
    const fileName = doc.file_name ?? 'upload'
    if (!ACCEPTED.test(fileName)) return void (await ctx.reply(t(lang, 'upload_bad_type')))
    if ((doc.file_size ?? 0) > maxBytes) {
      return void (await ctx.reply(t(lang, 'upload_too_big', { mb: Math.round(maxBytes / 1048576) })))
    }
    await ctx.reply(t(lang, 'upload_received', { file: fileName }))
    let projects: Project[]
    try {
      const file = await ctx.getFile()
      const res = await fetch(`${apiRoot}/file/bot${deps.token}/${file.file_path}`)
      if (!res.ok) throw new Error(`download failed with HTTP ${res.status}`)
      const data = Buffer.from(await res.arrayBuffer())
      projects = (await readCatalogueBuffer(data, fileName, { taxonomy: deps.taxonomy })).projects
    } catch (err) {
      deps.admins.record({ channel: 'telegram', userId, action: 'upload', detail: `${fileName}: rejected`, allowed: true })
      if (err instanceof CatalogueError && err.problems.length) {
        // Rendered in the admin's language by the catalogue's one problem renderer.
        const lines = err.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `• ${problemLine(deps.prompts, lang, p)}`)
        if (err.problems.length > MAX_PROBLEMS_SHOWN) lines.push(t(lang, 'upload_too_many_errors', { count: err.problems.length - MAX_PROBLEMS_SHOWN }))
        return void (await ctx.reply([t(lang, 'upload_errors', { count: err.problems.length }), ...lines].join('\n')))
      }
      return void (await ctx.reply(t(lang, 'upload_failed', { reason: (err as Error).message })))
    }
    const plan = deps.catalogue.planImport(projects)
    const key = randomBytes(6).toString('base64url')
    pending.set(key, { userId, fileName, projects, at: Date.now() })
    deps.admins.record({ channel: 'telegram', userId, action: 'upload', detail: `${fileName}: checked, ${projects.length} rows`, allowed: true })
    const keyboard = new InlineKeyboard().text(t(lang, 'upload_confirm'), `imp:ok:${key}`).text(t(lang, 'upload_cancel'), `imp:no:${key}`)
    await ctx.reply(
      t(lang, 'upload_report', { added: plan.added.length, updated: plan.updated.length, unchanged: plan.unchanged.length, archived: plan.archived.length }),
      { reply_markup: keyboard },
    )
  })

  composer.callbackQuery(/^imp:(ok|no):(.+)$/, async (ctx) => {
    const lang = langOf(ctx)
    const [, action, key] = ctx.match as RegExpMatchArray
    const userId = String(ctx.from.id)
    await ctx.answerCallbackQuery()
    const job = pending.get(key)
    if (!job || job.userId !== userId || Date.now() - job.at > pendingMs || !isAdmin(ctx)) {
      if (job && job.userId !== userId) deps.admins.record({ channel: 'telegram', userId, action: 'import', detail: job.fileName, allowed: false })
      return void (await ctx.editMessageText(t(lang, 'upload_expired')))
    }
    pending.delete(key)
    if (action === 'no') {
      deps.admins.record({ channel: 'telegram', userId, action: 'import cancelled', detail: job.fileName, allowed: true })
      return void (await ctx.editMessageText(t(lang, 'upload_cancelled')))
    }
    const record = deps.catalogue.applyImport(job.projects, { who: `telegram:${userId}`, files: [job.fileName] })
    deps.admins.record({ channel: 'telegram', userId, action: 'import', detail: `${job.fileName} → import ${record.id}`, allowed: true })
    await deps.refresh()
    await ctx.editMessageText(t(lang, 'upload_done', { added: record.added, updated: record.updated, archived: record.archived }))
    await deps.afterImport?.()
  })

  return composer
}
