/**
 * @module channels/wechat/contact-key
 * The id learnfinder keys a WeChat contact on. With the web-protocol puppet
 * (wechaty-puppet-wechat4u, the default) contact ids look like "@3f0a…" and
 * change at every login (wechaty issue 1276), which silently broke
 * WECHAT_ADMIN_IDS, subscriptions and /forget. Such ids are replaced by the
 * most stable attribute the puppet offers: the contact's WeChat id
 * ("weixin:…", when WeChat reveals it), else the remark name the bot's
 * account gave the contact ("alias:…", which survives logins), else the
 * display name ("name:…", a last resort: not unique, changes when the user
 * renames). Puppets with stable ids (padlocal, service, xp: "wxid_…") keep them.
 */
import type { Contact, Wechaty } from 'wechaty'

/**
 * True when `puppet` (a package name; none means Wechaty's default, wechat4u)
 * hands out new contact ids at each login: the web-protocol puppets.
 */
export function hasEphemeralIds(puppet: string | undefined): boolean {
  return !puppet || /wechat4u|^wechaty-puppet-wechat$/.test(puppet)
}

/** The stable key of `contact`: its id when the puppet's ids are stable, else weixin:, alias: or name: as above. */
export async function contactKey(contact: Contact, ephemeralIds: boolean): Promise<string> {
  if (!ephemeralIds) return contact.id
  const payload = (contact as unknown as { payload?: { weixin?: string; handle?: string } }).payload
  const weixin = payload?.handle || payload?.weixin
  if (weixin) return `weixin:${weixin}`
  const alias = await contact.alias().catch(() => undefined)
  if (alias) return `alias:${alias}`
  return `name:${contact.name()}`
}

/** Finds the contact a key names in the current login (for notices and replies sent later). */
export async function findContactByKey(wechaty: Wechaty, key: string): Promise<Contact | undefined> {
  const [kind, ...rest] = key.split(':')
  const value = rest.join(':')
  if (rest.length && kind === 'alias') return (await wechaty.Contact.find({ alias: value })) ?? undefined
  if (rest.length && kind === 'name') return (await wechaty.Contact.find({ name: value })) ?? undefined
  if (rest.length && kind === 'weixin') {
    const all = await wechaty.Contact.findAll()
    return all.find((c) => {
      const p = (c as unknown as { payload?: { weixin?: string; handle?: string } }).payload
      return (p?.handle || p?.weixin) === value
    })
  }
  return (await wechaty.Contact.find({ id: key })) ?? undefined
}

/** What each puppet means for ids: the one line logged at start. */
export function puppetNotice(puppet: string | undefined, ephemeralIds = hasEphemeralIds(puppet)): string {
  const name = puppet || 'wechaty-puppet-wechat4u'
  if (ephemeralIds) {
    return `wechat: puppet ${name}: contact ids change at each login, so staff, subscriptions and /forget are keyed on the contact's WeChat id, else the remark name you gave them, else their display name; list staff in WECHAT_ADMIN_IDS as alias:REMARK (see docs/channels.md)`
  }
  return `wechat: puppet ${name}: contact ids are stable across logins; WECHAT_ADMIN_IDS may list them as they are`
}
