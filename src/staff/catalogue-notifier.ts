/**
 * @module staff/catalogue-notifier
 * The notifier as the bot and `learnfinder notify` both use it: new projects
 * from the catalogue store, labels from the taxonomy, the engine's own
 * project line, Telegram-safe pacing, and each notice presented through the
 * dialogue engine, which records the projects it numbered in the learner's
 * session (so "1" in reply opens the first one, whichever process sent it).
 */
import type { CatalogueStore } from '../catalogue/catalogue-store.js'
import type { Taxonomy } from '../catalogue/taxonomy.js'
import { projectLine } from '../dialogue/project-text.js'
import type { ChatEngine } from '../dialogue/types.js'
import type { Prompts } from '../prompts.js'
import { createNotifier, type Notifier, type NotifierDeps } from './notifier.js'
import { taxonomyLabel } from './staff-engine.js'
import type { SubscriptionStore } from './subscription-store.js'

/** What the catalogue notifier is built from; `onGiveUp` as in {@link NotifierDeps}. */
export interface CatalogueNotifierDeps {
  /** The dialogue engine: notices are presented through it, so only the engine writes sessions. */
  engine: Pick<ChatEngine, 'present'>
  store: Pick<CatalogueStore, 'list'>
  taxonomy: Taxonomy
  /** Must have the chat and staff templates declared. */
  prompts: Prompts
  subscriptions: SubscriptionStore
  onGiveUp?: NotifierDeps['onGiveUp']
}

/** Builds the notifier over the live catalogue, presenting notices through the engine. */
export function createCatalogueNotifier(deps: CatalogueNotifierDeps): Notifier {
  return createNotifier({
    subscriptions: deps.subscriptions,
    activeProjects: () => deps.store.list({ status: 'active' }),
    prompts: deps.prompts,
    label: (id, lang) => taxonomyLabel(deps.taxonomy, id, lang),
    projectLine: (p, lang) => projectLine(deps.prompts, lang, p),
    pauseMs: 40, // about 25 messages a second, under Telegram's 30
    onGiveUp: deps.onGiveUp,
    // The notice numbers its projects: "1" in reply must open the first one.
    present: async (sub, reply, send) => {
      await deps.engine.present({ channel: sub.channel, chatId: sub.chatId, userId: sub.userId, lang: sub.lang }, async () => {
        await send()
        return reply
      })
    },
  })
}
