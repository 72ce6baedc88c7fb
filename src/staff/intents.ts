/**
 * @module staff/intents
 * Recognises the messages the staff layer answers itself: admin commands
 * (/kb, /kb_show, /kb_archive, /kb_undo, /report) and subscription requests
 * ("订阅 乡村振兴", "有新的人工智能课程告诉我", /subscribe, "取消订阅").
 * Everything else goes on to the dialogue engine.
 */

/** An admin command and its argument. */
export type AdminCommand =
  | { kind: 'kb' }
  | { kind: 'kb_show'; id: string }
  | { kind: 'kb_archive'; id: string }
  | { kind: 'kb_undo' }
  | { kind: 'report'; since?: string }

/** What the staff layer makes of a message, or null to pass it on. */
export type StaffIntent =
  | { kind: 'admin'; command: AdminCommand; raw: string }
  | { kind: 'subscribe'; what: string }
  | { kind: 'unsubscribe' }

const ADMIN = /^\/(kb|kb_show|kb_archive|kb_undo|report)(?:@\w+)?(?:\s+(.*))?$/i
const UNSUBSCRIBE = /^(\/unsubscribe(@\w+)?|取消订阅|退订|不要再?提醒了?|unsubscribe|stop notices)\s*[。.!！]?$/i
const SUBSCRIBE_CMD = /^(?:\/subscribe(?:@\w+)?|订阅|subscribe(?: to)?)\s*(.*)$/i
/** A question about subscribing ("订阅号怎么关注") is not a request to subscribe. */
const QUESTION = /怎么|如何|什么|吗|呢|[?？]|号/
const NOTIFY_ME = /^(?:以后)?(?:有|出了?)(?:新的?)?(.*?)(?:的)?(?:课程|项目|班|培训)?(?:了)?(?:请|记得|就)?(?:告诉|通知|提醒)(?:我|一下)/
const NOTIFY_ME_EN = /^(?:tell|notify|let) me(?: know)?(?: when| about| of)? (?:there are )?(?:new )?(.*?)(?: courses| projects)?(?: (?:appear|come out|are added))?[.!]?$/i

/** Classifies a message for the staff layer; null means "not ours". */
export function detectStaffIntent(text: string): StaffIntent | null {
  const t = text.trim()
  const admin = ADMIN.exec(t)
  if (admin) {
    const name = admin[1].toLowerCase()
    const arg = (admin[2] ?? '').trim()
    const command: AdminCommand =
      name === 'kb' ? { kind: 'kb' }
      : name === 'kb_show' ? { kind: 'kb_show', id: arg }
      : name === 'kb_archive' ? { kind: 'kb_archive', id: arg }
      : name === 'kb_undo' ? { kind: 'kb_undo' }
      : { kind: 'report', since: arg || undefined }
    return { kind: 'admin', command, raw: t }
  }
  if (UNSUBSCRIBE.test(t)) return { kind: 'unsubscribe' }
  const sub = SUBSCRIBE_CMD.exec(t)
  if (sub && !QUESTION.test(sub[1])) return { kind: 'subscribe', what: sub[1].replace(/^[:：]/, '').trim() }
  const notify = NOTIFY_ME.exec(t) ?? NOTIFY_ME_EN.exec(t)
  if (notify) return { kind: 'subscribe', what: notify[1].trim() }
  return null
}
