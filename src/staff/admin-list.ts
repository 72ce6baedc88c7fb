/**
 * @module staff/admin-list
 * The one admin list: the environment's (TELEGRAM_ADMIN_IDS, WECHAT_ADMIN_IDS)
 * merged with the database's (`learnfinder admin add`). The app's admin
 * check (channels/admin-check.ts) reads it, and the `admin` command edits it;
 * adds and removals are validated and audited here, once for every store.
 */
import { staffError } from './staff-error-prompts.js'
import type { AdminEntry, AdminStore } from './admin-store.js'

/** Channels an admin can be added on. */
const CHANNELS = ['telegram', 'wechat', 'http', 'terminal', 'cli'] as const

/** Admin ids from the environment, by channel. */
export type EnvAdmins = Record<string, readonly string[]>

/** An admin as `learnfinder admin list` shows it. */
export type ListedAdmin = AdminEntry & { source: 'database' | 'environment' }

/** The merged admin list; see the module comment. */
export interface AdminList {
  /** True when the user is on either list for this channel. */
  isListed(channel: string, userId: string): Promise<boolean>
  /** Adds an admin to the database; `by` names who did it (audited). */
  add(channel: string, userId: string, by: string): Promise<void>
  /** Removes a database admin; an environment admin stays until the variable changes (a clear error says so). */
  remove(channel: string, userId: string, by: string): Promise<void>
  /** Admins from the database, then from the environment. */
  list(): Promise<ListedAdmin[]>
}

/** Builds the merged list over a store and the environment's ids. */
export function createAdminList(store: AdminStore, fromEnv: EnvAdmins = {}): AdminList {
  return {
    async isListed(channel, userId) {
      return !!fromEnv[channel]?.includes(userId) || (await store.isListed(channel, userId))
    },
    async add(channel, userId, by) {
      checkChannel(channel)
      if (channel === 'http' || channel === 'terminal') {
        throw staffError(
          channel === 'http' ? 'admin_never_http' : 'admin_never_terminal',
          `${channel} callers are never admins: over ${channel === 'http' ? 'HTTP anyone can send any session id' : 'the terminal chat there is no user id'}, ` +
            'so nothing was added; add a telegram or wechat id instead',
        )
      }
      if (!userId.trim()) throw staffError('admin_need_id', 'give the user id to add, e.g. `learnfinder admin add telegram 123456`')
      await store.add(channel, userId, by)
      await store.record({ channel: 'cli', userId: by, action: 'admin add', detail: `${channel}:${userId}`, allowed: true })
    },
    async remove(channel, userId, by) {
      checkChannel(channel)
      if (!(await store.remove(channel, userId))) {
        const who = `${channel}:${userId}`
        const variable = `${channel.toUpperCase()}_ADMIN_IDS`
        if (fromEnv[channel]?.includes(userId)) {
          throw staffError('admin_not_listed_env', `${who} is not in the admin list (it comes from ${variable}; change that variable instead)`, { who, variable })
        }
        throw staffError('admin_not_listed', `${who} is not in the admin list`, { who })
      }
      await store.record({ channel: 'cli', userId: by, action: 'admin remove', detail: `${channel}:${userId}`, allowed: true })
    },
    async list() {
      const out: ListedAdmin[] = (await store.list()).map((r) => ({ ...r, source: 'database' }))
      for (const [channel, ids] of Object.entries(fromEnv)) {
        for (const userId of ids) out.push({ channel, userId, addedBy: 'environment', addedAt: '', source: 'environment' })
      }
      return out
    },
  }
}

function checkChannel(channel: string): void {
  if (!(CHANNELS as readonly string[]).includes(channel)) {
    throw staffError('admin_unknown_channel', `unknown channel "${channel}": use one of ${CHANNELS.join(', ')}`, { channel, channels: CHANNELS.join(', ') })
  }
}
