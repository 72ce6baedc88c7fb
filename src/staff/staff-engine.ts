/**
 * @module staff/staff-engine
 * Wraps the dialogue engine with what staff and subscribers need, without the
 * engine knowing about it: admin commands (checked against the admin list and
 * recorded), subscribe/unsubscribe, and a `forget` that also removes the
 * user's logs and subscription. A non-admin who tries an admin command gets
 * the ordinary help, and the attempt is logged.
 */
import type { CatalogueStore } from '../catalogue/catalogue-store.js'
import type { Project } from '../catalogue/project.js'
import type { Taxonomy } from '../catalogue/taxonomy.js'
import type { ChatEngine, IncomingMessage, Lang, Reply } from '../dialogue/types.js'
import { detectLang, hasChinese } from '../text/lang.js'
import type { Prompts } from '../prompts.js'
import type { SearchService } from '../search/types.js'
import type { AdminCheck } from '../channels/admin-check.js'
import type { AdminStore } from './admin-store.js'
import { detectStaffIntent, type AdminCommand } from './intents.js'
import { buildReport } from './report.js'
import { parseSince, renderReportText, REPORT_PROMPTS } from './render-report.js'
import type { SubscriptionStore } from './subscription-store.js'
import { describeSubscription } from './notifier.js'
import type { TurnLogStore } from './turn-log-store.js'

/** What the staff layer needs from the catalogue store (any CatalogueStore fits). */
export type StaffCatalogue = Pick<CatalogueStore, 'count' | 'get' | 'list' | 'archive' | 'rollbackLast' | 'history'> &
  /** Bumped by every write; compared with the index's version for /kb. */
  Partial<Pick<CatalogueStore, 'version'>>

/** The sentences of prompts/<lang>/staff.yaml and their variables. */
export const STAFF_PROMPTS = {
  ...REPORT_PROMPTS,
  subscribe_ok: ['what'],
  subscribe_ask: [],
  unsubscribe_ok: [],
  unsubscribe_none: [],
  notify_intro: ['what'],
  notify_more: [],
  kb_status: ['active', 'archived', 'last', 'index'],
  kb_never: [],
  kb_index_ready: [],
  kb_index_updating: [],
  kb_show_usage: [],
  kb_archive_usage: [],
  kb_archived: ['id', 'title'],
  kb_not_found: ['id'],
  kb_undone: ['n', 'files'],
  kb_nothing_to_undo: [],
  upload_received: ['file'],
  upload_report: ['added', 'updated', 'unchanged', 'archived'],
  upload_errors: ['count'],
  upload_problem: ['row', 'column', 'reason'],
  upload_too_many_errors: ['count'],
  upload_bad_type: [],
  upload_confirm: [],
  upload_cancel: [],
  upload_done: ['added', 'updated', 'archived'],
  upload_cancelled: [],
  upload_expired: [],
  upload_too_big: ['mb'],
  upload_failed: ['reason'],
} as const

/** Everything the staff layer is given. */
export interface StaffDeps {
  engine: ChatEngine
  catalogue: StaffCatalogue
  search: Pick<SearchService, 'understand' | 'refresh'> & { indexedVersion?(): number; activeProjects?(): Project[] }
  taxonomy: Taxonomy
  /** The app's one admin check (HTTP callers are never admins). */
  isAdmin: AdminCheck
  /** Where admin actions and refused attempts are recorded. */
  admins: Pick<AdminStore, 'record' | 'forgetUser'>
  turns: TurnLogStore
  subscriptions: SubscriptionStore
  prompts: Prompts
  /** Language for a slash command that shows none ("/kb" on WeChat); default 'zh' (LEARNFINDER_LANG). */
  defaultLang?: Lang
  now?: () => Date
}

function textReply(lang: Lang, text: string): Reply {
  return { lang, parts: [{ type: 'text', text }], projects: [], clarify: false }
}

/** A label for a taxonomy id in a language (the id itself when unknown). */
export function taxonomyLabel(taxonomy: Taxonomy, id: string, lang: Lang): string {
  const e = taxonomy.get('topics', id) ?? taxonomy.get('audiences', id)
  return e ? (lang === 'en' ? e.en : e.zh) : id
}

/** Wraps `deps.engine` with admin commands and subscriptions; returns a ChatEngine. */
export function createStaffEngine(deps: StaffDeps): ChatEngine {
  deps.prompts.declare('staff', STAFF_PROMPTS)
  const now = deps.now ?? (() => new Date())
  const t = (lang: Lang, key: string, vars?: Record<string, string | number>) => deps.prompts.t(lang, `staff.${key}`, vars)
  const who = (m: IncomingMessage) => `${m.channel}:${m.userId}`

  async function runAdmin(m: IncomingMessage, cmd: AdminCommand, lang: Lang): Promise<string> {
    switch (cmd.kind) {
      case 'kb': {
        const c = await deps.catalogue.count()
        // Single archives are writes too, but "last import" means a file (or its rollback).
        const last = (await deps.catalogue.history(50)).find((r) => r.kind !== 'archive')
        const behind =
          deps.catalogue.version && deps.search.indexedVersion && deps.search.indexedVersion() !== (await deps.catalogue.version())
        return t(lang, 'kb_status', {
          active: c.active,
          archived: c.archived,
          last: last ? `${last.at.slice(0, 16).replace('T', ' ')} ${last.files.join(', ')}` : t(lang, 'kb_never'),
          index: t(lang, behind ? 'kb_index_updating' : 'kb_index_ready'),
        })
      }
      case 'kb_show': {
        if (!cmd.id) return t(lang, 'kb_show_usage')
        const p = await deps.catalogue.get(cmd.id)
        if (!p) return t(lang, 'kb_not_found', { id: cmd.id })
        return Object.entries(p)
          .filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && !v.length) && !(typeof v === 'object' && !Array.isArray(v) && !Object.keys(v as object).length))
          .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join('、') : typeof v === 'object' ? JSON.stringify(v) : v}`)
          .join('\n')
      }
      case 'kb_archive': {
        if (!cmd.id) return t(lang, 'kb_archive_usage')
        if (!(await deps.catalogue.get(cmd.id))) return t(lang, 'kb_not_found', { id: cmd.id })
        const p = await deps.catalogue.archive(cmd.id, who(m))
        await deps.search.refresh()
        return t(lang, 'kb_archived', { id: p.id, title: p.title })
      }
      case 'kb_undo': {
        let record: { id: number; files: string[]; undoes?: number | null }
        try {
          record = await deps.catalogue.rollbackLast(who(m))
        } catch {
          return t(lang, 'kb_nothing_to_undo')
        }
        await deps.search.refresh()
        return t(lang, 'kb_undone', { n: record.undoes ?? record.id, files: record.files.join(', ') })
      }
      case 'report': {
        const since = parseSince(cmd.since, now()) ?? parseSince('7d', now())!
        const projects = new Map((await deps.catalogue.list({ status: 'active' })).map((p) => [p.id, p.title]))
        const report = buildReport(await deps.turns.since(since), {
          since,
          projects,
          label: (id) => taxonomyLabel(deps.taxonomy, id, lang),
          top: 8,
        })
        return renderReportText(report, deps.prompts, lang)
      }
    }
  }

  return {
    async handle(m) {
      const intent = detectStaffIntent(m.text)
      if (!intent) return deps.engine.handle(m)
      // "/kb CH-1" is no sign of English: a slash command without Chinese gets the default language.
      const lang: Lang =
        m.lang ??
        (m.text.trim().startsWith('/') && !hasChinese(m.text)
          ? (deps.defaultLang ?? 'zh')
          : detectLang(m.text, undefined, undefined, deps.defaultLang ?? 'zh'))
      if (intent.kind === 'admin') {
        // The one admin check decides, whatever the channel claimed (it refuses every HTTP caller).
        const allowed = await deps.isAdmin(m.channel, m.userId)
        await deps.admins.record({ channel: m.channel, userId: m.userId, action: intent.command.kind, detail: intent.raw, allowed })
        if (!allowed) return deps.engine.handle({ ...m, text: lang === 'en' ? 'help' : '帮助' })
        return textReply(lang, await runAdmin(m, intent.command, lang))
      }
      if (intent.kind === 'unsubscribe') {
        const had = await deps.subscriptions.unsubscribe(m.channel, m.userId)
        return textReply(lang, t(lang, had ? 'unsubscribe_ok' : 'unsubscribe_none'))
      }
      const slots = deps.search.understand(intent.what).slots
      if (!slots.topics.length && !slots.audiences.length && !slots.region) {
        return { ...textReply(lang, t(lang, 'subscribe_ask')), clarify: true }
      }
      // Take note of today's catalogue first, so only projects added after this moment count as new.
      // From the search service's memory when it has them (a large catalogue's read stalled every learner).
      const active = deps.search.activeProjects?.() ?? (await deps.catalogue.list({ status: 'active' }))
      await deps.subscriptions.syncKnown(active.map((p) => p.id))
      const sub = await deps.subscriptions.subscribe({
        channel: m.channel,
        userId: m.userId,
        chatId: m.chatId,
        topics: slots.topics.map((s) => s.id),
        audiences: slots.audiences.map((s) => s.id),
        region: slots.region,
        lang,
      })
      return textReply(lang, t(lang, 'subscribe_ok', { what: describeSubscription(sub, (id, l) => taxonomyLabel(deps.taxonomy, id, l)) }))
    },

    present: (chat, deliver) => deps.engine.present(chat, deliver),

    async forget(channel, userId) {
      await deps.engine.forget(channel, userId)
      await deps.turns.forget(channel, userId)
      await deps.subscriptions.unsubscribe(channel, userId)
      await deps.admins.forgetUser(channel, userId)
    },
  }
}
