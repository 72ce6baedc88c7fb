/**
 * @module staff/web/console-deps
 * Everything the console reads and writes, behind one async interface. The
 * pages never touch the stores directly: this adapter is the one place that
 * knows today's store APIs (some still synchronous), so when the stores turn
 * async or move, only this file changes.
 */
import type { Database } from 'better-sqlite3'
import type { Project } from '../../catalogue/project.js'
import type { CatalogueStats, CatalogueStore, ImportPlan, ImportRecord } from '../../catalogue/catalogue-store.js'
import type { Taxonomy } from '../../catalogue/taxonomy.js'
import { createChatEngine } from '../../dialogue/create-chat-engine.js'
import type { Lang, Reply } from '../../dialogue/types.js'
import type { Prompts } from '../../prompts.js'
import { loadRelatedWords, parseRelatedWords, type RelatedWords } from '../../query/related-words.js'
import type { HybridSearchService } from '../../search/create-search-service.js'
import type { SearchResult } from '../../search/types.js'
import { renderReplyText } from '../../channels/shared/render-text.js'
import type { AdminAction, AdminStore } from '../admin-store.js'
import type { AdminList, ListedAdmin } from '../admin-list.js'
import type { Notifier, PlannedNotice } from '../notifier.js'
import type { StaffWord, StaffWordStore } from '../staff-word-store.js'
import type { Subscription, SubscriptionStore } from '../subscription-store.js'
import type { LoggedTurn, TurnLogStore } from '../turn-log-store.js'
import type { WebAccountStore } from '../web-account-store.js'
import { outcomeOf, type UploadSteps } from '../upload-worker.js'

/** What the console needs from the rest of learnfinder. */
export interface ConsoleDeps {
  prompts: Prompts
  taxonomy: Taxonomy
  accounts: WebAccountStore
  /** True when PUBLIC_URL is https: cookies are then Secure. */
  secureCookies: boolean
  catalogue: {
    /** Every project, archived too, in id order (shared between requests: do not modify). */
    all(): Promise<Project[]>
    get(id: string): Promise<Project | undefined>
    count(): Promise<{ active: number; archived: number }>
    stats(): Promise<CatalogueStats>
    version(): Promise<number>
    plan(projects: Project[]): Promise<ImportPlan>
    apply(projects: Project[], who: string, files: string[]): Promise<ImportRecord>
    archive(id: string, who: string): Promise<Project>
    history(limit: number): Promise<ImportRecord[]>
  }
  /**
   * A whole-file import, checked, then applied, and its undo: the same steps
   * as a Telegram upload, in a worker thread on a SQLite file, so a large
   * import never holds the bot's event loop.
   */
  imports: UploadSteps
  search: {
    indexedVersion(): number
    /** Brings search up to the catalogue; the old index answers meanwhile. */
    refresh(): Promise<void>
    run(text: string, k: number): Promise<SearchResult>
    /** What a learner would be answered, in one language, in a throwaway conversation. */
    reply(text: string, lang: Lang): Promise<{ reply: Reply; text: string }>
  }
  turns(since: Date): Promise<LoggedTurn[]>
  admins: {
    list(): Promise<ListedAdmin[]>
    add(channel: string, userId: string, by: string): Promise<void>
    remove(channel: string, userId: string, by: string): Promise<void>
    record(action: Omit<AdminAction, 'at'>): Promise<void>
    actions(limit: number): Promise<AdminAction[]>
  }
  words: {
    list(): Promise<StaffWord[]>
    /** Validates like the related-words file, stores, and applies to search at once. */
    add(say: string[], means: string[], by: string): Promise<StaffWord>
  }
  notices: {
    subscriptions(): Promise<Subscription[]>
    preview(): Promise<PlannedNotice[]>
    sendNow(): Promise<{ sent: number; failed: number; skipped: number }>
  }
}

/** The live parts the staff extension hands to {@link buildConsoleDeps}. */
export interface ConsoleSources {
  db: Database
  prompts: Prompts
  taxonomy: Taxonomy
  store: CatalogueStore
  search: HybridSearchService
  /** The audit log. */
  admins: AdminStore
  /** Who is an admin (environment plus database), with audited adds and removals. */
  adminList: AdminList
  turns: TurnLogStore
  subscriptions: SubscriptionStore
  notifier: Notifier
  accounts: WebAccountStore
  words: StaffWordStore
  /** The import steps (staff/upload-worker): a worker thread on a SQLite file, else this thread. */
  imports: UploadSteps
  idleMinutes: number
  publicUrl?: string
  /** Sends due notices through the running channels (one run at a time). */
  sendNotices: () => Promise<{ sent: number; failed: number; skipped: number }>
  /** The related-words file (default knowledge/related-words.yaml). */
  relatedWordsPath?: string
}

/** The file's related words plus the staff's, as search reads them. */
export function mergeRelatedWords(file: RelatedWords, staff: StaffWord[]): RelatedWords {
  return { entries: [...file.entries, ...staff.map((w) => ({ say: w.say, means: w.means }))] }
}

/** Builds the console's view of the running app. */
export function buildConsoleDeps(s: ConsoleSources): ConsoleDeps {
  const fileWords = () => loadRelatedWords(s.relatedWordsPath)
  // The hit test's own engine: no turn log, so testing never shows up in the report.
  const hitEngine = createChatEngine({ db: s.db, search: s.search, store: s.store, taxonomy: s.taxonomy, prompts: s.prompts, idleMinutes: s.idleMinutes })
  let hitCount = 0
  // The whole catalogue, parsed once per catalogue version: the table, overview and report pages all read it.
  let cached: { version: number; projects: Project[] } | null = null
  return {
    prompts: s.prompts,
    taxonomy: s.taxonomy,
    accounts: s.accounts,
    secureCookies: !!s.publicUrl && s.publicUrl.startsWith('https:'),
    catalogue: {
      async all() {
        const version = await s.store.version()
        if (cached?.version !== version) cached = { version, projects: await s.store.list({ status: 'all' }) }
        return cached.projects
      },
      get: async (id) => s.store.get(id),
      count: async () => s.store.count(),
      stats: async () => s.store.stats(),
      version: async () => s.store.version(),
      plan: async (projects) => s.store.planImport(projects),
      // Single-project writes go to the import worker, as whole files do: never on the bot's thread.
      apply: async (projects, who, files) => outcomeOf(await s.imports.applyProjects(projects, who, files), 'imported').record,
      archive: async (id, who) => outcomeOf(await s.imports.archive(id, who), 'archived').project,
      history: async (limit) => s.store.history(limit),
    },
    imports: s.imports,
    search: {
      indexedVersion: () => s.search.indexedVersion(),
      refresh: () => s.search.refresh(),
      run: (text, k) => s.search.search({ text, k }),
      async reply(text, lang) {
        const session = `console-hit-${process.pid}-${++hitCount}-${lang}`
        const reply = await hitEngine.handle({ channel: 'console', userId: session, chatId: session, text, lang, replyLang: lang })
        return { reply, text: renderReplyText(reply, s.prompts) }
      },
    },
    turns: async (since) => s.turns.since(since),
    admins: {
      list: async () => s.adminList.list(),
      add: async (channel, userId, by) => s.adminList.add(channel, userId, by),
      remove: async (channel, userId, by) => s.adminList.remove(channel, userId, by),
      record: async (action) => s.admins.record(action),
      actions: async (limit) => s.admins.actions(limit),
    },
    words: {
      list: () => s.words.list(),
      async add(say, means, by) {
        // The same rules as the file: normalised, two characters or more, words on both sides.
        const checked = parseRelatedWords(JSON.stringify({ related: [{ say, means }] }), 'the new words').entries[0]
        const word = await s.words.add({ say: checked.say, means: checked.means, addedBy: by })
        s.search.setRelatedWords(mergeRelatedWords(fileWords(), await s.words.list()))
        return word
      },
    },
    notices: {
      subscriptions: async () => s.subscriptions.all(),
      // Planning reads the whole active catalogue: skip it when nobody subscribed.
      preview: async () => ((await s.subscriptions.all()).length ? s.notifier.plan() : []),
      sendNow: () => s.sendNotices(),
    },
  }
}
