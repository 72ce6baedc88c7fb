/**
 * @module staff/telegram/commands-feature
 * Telegram treats "/kb" as a bot command, and the learner command feature
 * answers every unknown command with the help text, so the staff slash
 * commands (/kb, /kb_show, /kb_archive, /kb_undo, /report, /subscribe,
 * /unsubscribe) never reach the engine on their own. This feature, installed
 * before the learner commands, hands them to the staff engine. A non-admin's
 * admin command is recorded as refused and passed on, so they get the same
 * help as any unknown command.
 */
import { Composer, type Context } from 'grammy'
import type { ChatEngine, Reply } from '../../dialogue/types.js'
import type { AdminCheck } from '../../channels/admin-check.js'
import { langFromCode } from '../../text/lang.js'
import type { AdminStore } from '../admin-store.js'
import { detectStaffIntent } from '../intents.js'
import { TELEGRAM_MAX_TEXT } from '../../limits.js'


/** What the feature needs: the staff engine (from wrapEngine), the admin check and the audit log. */
export interface StaffCommandsDeps {
  /** The staff engine; a getter because the engine is wrapped after the features are built. */
  engine: () => ChatEngine | undefined
  /** The app's one admin check. */
  isAdmin: AdminCheck
  /** Where refused attempts are recorded. */
  admins: Pick<AdminStore, 'record'>
}

/** The reply's text in pieces Telegram accepts (split on line breaks). */
export function textChunks(reply: Reply, max = TELEGRAM_MAX_TEXT): string[] {
  const text = reply.parts.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('\n')
  const chunks: string[] = []
  let current = ''
  for (const line of text.split('\n')) {
    if (current && current.length + 1 + line.length > max) {
      chunks.push(current)
      current = ''
    }
    current = current ? `${current}\n${line}` : line.slice(0, max)
  }
  if (current) chunks.push(current)
  return chunks
}

/** The Composer routing staff slash commands to the staff engine. */
export function staffCommandsFeature(deps: StaffCommandsDeps): Composer<Context> {
  const composer = new Composer<Context>()
  composer.on('message:text', async (ctx, next) => {
    const text = ctx.message.text.trim()
    if (!text.startsWith('/')) return next()
    const intent = detectStaffIntent(text)
    const engine = deps.engine()
    if (!intent || !engine) return next()
    const userId = String(ctx.from.id)
    const isAdmin = await deps.isAdmin('telegram', userId)
    if (intent.kind === 'admin' && !isAdmin) {
      await deps.admins.record({ channel: 'telegram', userId, action: intent.command.kind, detail: intent.raw, allowed: false })
      return next()
    }
    const reply = await engine.handle({
      channel: 'telegram',
      userId,
      chatId: String(ctx.chat.id),
      text,
      lang: langFromCode(ctx.from?.language_code),
      isAdmin,
    })
    for (const chunk of textChunks(reply)) await ctx.reply(chunk)
  })
  return composer
}
