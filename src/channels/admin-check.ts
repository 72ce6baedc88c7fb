/**
 * @module channels/admin-check
 * The one answer to "is this person an admin?". Every path that grants
 * staff powers (Telegram and WeChat messages, the staff commands, catalogue
 * uploads, the staff engine) asks an {@link AdminCheck}; the wiring builds it
 * once from the admin list (environment plus `learnfinder admin add`).
 * The HTTP API trusts whatever user id the caller sends, so an HTTP caller
 * is never an admin, whatever the list says.
 */

/** Answers whether `userId` on `channel` may run admin commands. */
export type AdminCheck = (channel: string, userId: string) => Promise<boolean>

/** Where the admin list lives: anything that can say whether one user is listed. */
export interface AdminSource {
  isListed(channel: string, userId: string): Promise<boolean>
}

/** Channels whose user ids the caller can choose freely: never admins. */
const UNTRUSTED_CHANNELS: ReadonlySet<string> = new Set(['http'])

/** Builds the admin check over a list; HTTP callers are refused before the list is read. */
export function createAdminCheck(source: AdminSource): AdminCheck {
  return async (channel, userId) => {
    if (UNTRUSTED_CHANNELS.has(channel) || !userId) return false
    return source.isListed(channel, userId)
  }
}

/** A check that says no to everyone (tests and channels built without an admin list). */
export const noAdmins: AdminCheck = async () => false
