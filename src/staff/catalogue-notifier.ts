/**
 * @module staff/catalogue-notifier
 * The notifier as the bot and `learnfinder notify` both use it: new projects
 * from the catalogue store, labels from the taxonomy, the engine's own
 * project line, Telegram-safe pacing, and the learner's session told which
 * projects the notice numbered, so "1" in reply opens the first one
 * whichever process sent the notice.
 */
import type { Database } from 'better-sqlite3'
import type { CatalogueStore } from '../catalogue/store.js'
import type { Taxonomy } from '../catalogue/taxonomy.js'
import { projectLine } from '../dialogue/project-text.js'
import { newSession } from '../dialogue/session.js'
import { createSessionStore } from '../dialogue/session-store.js'
import type { Prompts } from '../prompts.js'
import { createNotifier, type Notifier, type NotifierDeps } from './notifier.js'
import { taxonomyLabel } from './staff-engine.js'
import type { SubscriptionStore } from './subscriptions.js'

/** What the catalogue notifier is built from; `onGiveUp` as in {@link NotifierDeps}. */
export interface CatalogueNotifierDeps {
  db: Database
  store: Pick<CatalogueStore, 'list'>
  taxonomy: Taxonomy
  /** Must have the chat and staff templates declared. */
  prompts: Prompts
  subscriptions: SubscriptionStore
  idleMinutes: number
  onGiveUp?: NotifierDeps['onGiveUp']
}

/** Builds the notifier over the live catalogue and the conversation sessions. */
export function createCatalogueNotifier(deps: CatalogueNotifierDeps): Notifier {
  const sessions = createSessionStore(deps.db, { idleMinutes: deps.idleMinutes, now: () => new Date() })
  return createNotifier({
    subscriptions: deps.subscriptions,
    activeProjects: () => deps.store.list({ status: 'active' }),
    prompts: deps.prompts,
    label: (id, lang) => taxonomyLabel(deps.taxonomy, id, lang),
    projectLine: (p, lang) => projectLine(deps.prompts, lang, p),
    pauseMs: 40, // about 25 messages a second, under Telegram's 30
    onGiveUp: deps.onGiveUp,
    // The notice numbers its projects: "1" in reply must open the first one.
    afterSend: (sub, reply) => {
      const state = sessions.load(sub.channel, sub.chatId) ?? newSession(sub.lang)
      const ids = reply.projects.map((p) => p.id)
      sessions.save(sub.channel, sub.chatId, sub.userId, {
        ...state,
        lang: sub.lang,
        shown: ids,
        seen: [...new Set([...state.seen, ...ids])],
        focus: null,
        menu: null,
        pendingField: null,
      })
    },
  })
}
