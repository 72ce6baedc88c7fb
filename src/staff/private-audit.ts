/**
 * @module staff/private-audit
 * The audit log as the staff layer writes it: a refused attempt by someone
 * who is not an admin (a learner) is stored under the keyed hash of their id
 * (`hash:…`, see staff/log-key), never the raw id, and /forget removes a
 * person's rows under either form. Kept above the stores, so every
 * AdminStore implementation gets the same privacy rule from one place.
 */
import type { AdminCheck } from '../channels/admin-check.js'
import type { AdminStore } from './admin-store.js'
import type { IdHasher } from './log-key.js'

/** Wraps `store` so refused learners' ids are hashed with `hash`; `isAdmin` is the app's one admin check. */
export function withPrivateAudit(store: AdminStore, isAdmin: AdminCheck, hash: IdHasher): AdminStore {
  const hashed = (channel: string, userId: string) => `hash:${hash(channel, userId)}`
  return {
    isListed: (channel, userId) => store.isListed(channel, userId),
    add: (channel, userId, by) => store.add(channel, userId, by),
    remove: (channel, userId) => store.remove(channel, userId),
    list: () => store.list(),
    actions: (limit) => store.actions(limit),
    purge: (days) => store.purge(days),
    async record(action) {
      // cli and web rows name staff (an operator, a console account), never a learner.
      const learner =
        !action.allowed && action.channel !== 'cli' && action.channel !== 'web' && !(await isAdmin(action.channel, action.userId))
      await store.record(learner ? { ...action, userId: hashed(action.channel, action.userId) } : action)
    },
    async forgetUser(channel, userId) {
      return (await store.forgetUser(channel, userId)) + (await store.forgetUser(channel, hashed(channel, userId)))
    },
  }
}
