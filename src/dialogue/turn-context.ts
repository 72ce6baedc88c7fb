/**
 * @module dialogue/turn-context
 * What every turn handler receives and returns, so the engine's steps
 * (requests, follow-ups, menus) live in small files that share one shape and
 * none of them touch the session store or the turn hook directly.
 */
import type { Database } from 'better-sqlite3'
import type { CatalogueStore } from '../catalogue/catalogue-store.js'
import type { Project } from '../catalogue/project.js'
import type { Taxonomy } from '../catalogue/taxonomy.js'
import type { Regions } from '../catalogue/regions.js'
import type { Prompts } from '../prompts.js'
import type { Understanding } from '../query/types.js'
import type { SearchService } from '../search/types.js'
import type { GroundedChatModel } from '../llm/grounded-chat-model.js'
import type { SessionStore } from './session-store.js'
import type { IncomingMessage, Lang, Reply } from './types.js'
import type { SessionState } from './session.js'

/** One turn as the staff helper logs it (see {@link ChatEngineDeps.onTurn}). */
export interface TurnRecord {
  message: IncomingMessage
  understanding?: Understanding
  reply: Reply
  /** False when the learner asked for something and got nothing (or was not understood). */
  matched: boolean
  feedback?: { projectId: string; value: 'up' | 'down' }
}

/** The engine's dependencies; see createChatEngine. */
export interface ChatEngineDeps {
  db: Database
  search: SearchService
  /** Only `get` is used: any store with it fits (the real CatalogueStore does). */
  store: Pick<CatalogueStore, 'get'>
  taxonomy: Taxonomy
  prompts: Prompts
  /** Provinces and cities, to widen a city to its province when it has nothing; default: knowledge/regions.yaml. */
  regions?: Regions
  /** Optional model that rewords found projects; checked, with the template as fallback. */
  chatModel?: GroundedChatModel
  /** Where conversations are kept; default the SQLite store over `db`. */
  sessions?: SessionStore
  /** Minutes of silence after which a conversation starts over (default 30). */
  idleMinutes?: number
  now?: () => Date
  /** Language for a first message that shows none (digits, emoji); default 'zh'. */
  defaultLang?: Lang
  /** Called after every turn (for logs and reports); errors in it never reach the learner. */
  onTurn?: (turn: TurnRecord) => void
}

/** One turn in progress: the handlers read the message and edit `session`. */
export interface TurnContext {
  deps: ChatEngineDeps
  message: IncomingMessage
  /** The message as its turn kind is read (text/speech-noise `plainMessage`): worked out once per turn. */
  plain: string
  lang: Lang
  session: SessionState
  understanding?: Understanding
}

/** What a handler produced. */
export interface TurnOutcome {
  reply: Reply
  matched: boolean
  feedback?: { projectId: string; value: 'up' | 'down' }
}

/** The active projects with these ids, in order (archived or deleted ones skipped). */
export async function projectsByIds(ctx: TurnContext, ids: string[]): Promise<Project[]> {
  const out: Project[] = []
  for (const id of ids) {
    const p = await ctx.deps.store.get(id)
    if (p && p.status === 'active') out.push(p)
  }
  return out
}
