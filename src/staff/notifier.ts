/**
 * @module staff/notifier
 * After an import, tells each subscriber about the new projects that match
 * what they subscribed to: one short message per user (batched), at most one
 * a day, through the channel they subscribed on, paced to respect Telegram's
 * limits. `plan` is what `learnfinder notify --dry-run` prints; `send` does it.
 */
import type { Project } from '../catalogue/project.js'
import type { Lang, Reply } from '../dialogue/types.js'
import type { Prompts } from '../prompts.js'
import type { Subscription, SubscriptionStore } from './subscription-store.js'

/** One message that would be sent. */
export interface PlannedNotice {
  subscription: Subscription
  projects: Project[]
}

/** Sends a reply to a user on one channel (a channel adapter's `send`). */
export type Sender = (userId: string, reply: Reply) => Promise<void>

/** What the notifier needs; all explicit so tests and the CLI wire their own. */
export interface NotifierDeps {
  subscriptions: SubscriptionStore
  /** The active catalogue. */
  activeProjects: () => Project[] | Promise<Project[]>
  prompts: Prompts
  /** A taxonomy id or region → the words a learner knows. */
  label: (id: string, lang: Lang) => string
  /** One short line for a project, as the engine shows it. */
  projectLine: (project: Project, lang: Lang) => string
  now?: () => Date
  /** Most projects listed in one notice. */
  maxPerNotice?: number
  /** Pause between two sends, in ms (Telegram allows about 30 messages a second). */
  pauseMs?: number
  /**
   * Delivers a notice: calls `send` and lets the conversation know the projects it
   * numbered ("回复数字看详情" must work on the reply to a notice). Default: just `send`.
   */
  present?: (subscription: Subscription, reply: Reply, send: () => Promise<void>) => Promise<void>
  /**
   * Sends to one user that fail this many times in a row are given up until the
   * process restarts (a learner who blocked the bot must not cost a failed send,
   * and a log line, every minute). Default 3.
   */
  maxFailures?: number
  /** Told once when a user's notices are given up. */
  onGiveUp?: (subscription: Subscription, err: unknown) => void
}

const DAY_MS = 86_400_000
const NATIONWIDE = /全国|nationwide/i

/** True when a new project is one this subscriber asked to hear about. */
export function matches(sub: Subscription, p: Project): boolean {
  if (p.status !== 'active') return false
  if (sub.topics.length && !sub.topics.some((t) => p.topics.includes(t))) return false
  if (sub.audiences.length && !sub.audiences.some((a) => p.audiences.includes(a))) return false
  if (sub.region && p.format !== 'online' && !(p.region && (p.region.includes(sub.region) || NATIONWIDE.test(p.region)))) {
    return false
  }
  return sub.topics.length + sub.audiences.length > 0 || !!sub.region
}

/** Words for what a subscription covers, e.g. "人工智能、老年人". */
export function describeSubscription(sub: Subscription, label: NotifierDeps['label']): string {
  const parts = [...sub.topics, ...sub.audiences].map((id) => label(id, sub.lang))
  if (sub.region) parts.push(sub.region)
  return parts.join(sub.lang === 'en' ? ', ' : '、')
}

/** Plans and sends subscription notices. */
export function createNotifier(deps: NotifierDeps) {
  const now = deps.now ?? (() => new Date())
  const max = deps.maxPerNotice ?? 3
  const maxFailures = deps.maxFailures ?? 3
  /** Failed sends in a row, by channel and user. */
  const failures = new Map<string, number>()

  /** Who would get what now (changes nothing but the record of known project ids). */
  async function plan(): Promise<PlannedNotice[]> {
    const projects = await deps.activeProjects()
    const firstSeen = await deps.subscriptions.syncKnown(projects.map((p) => p.id))
    const out: PlannedNotice[] = []
    for (const sub of await deps.subscriptions.all()) {
      if (sub.lastNotifiedAt && now().getTime() - Date.parse(sub.lastNotifiedAt) < DAY_MS) continue
      const fresh: Project[] = []
      for (const p of projects) {
        if ((firstSeen.get(p.id) ?? '') > sub.createdAt && matches(sub, p) && !(await deps.subscriptions.wasSent(sub.channel, sub.userId, p.id))) {
          fresh.push(p)
        }
      }
      if (fresh.length) out.push({ subscription: sub, projects: fresh })
    }
    return out
  }

  /** The message one notice becomes. */
  function render(notice: PlannedNotice): Reply {
    const { subscription: sub } = notice
    const lang = sub.lang
    const shown = notice.projects.slice(0, max)
    return {
      lang,
      clarify: false,
      projects: shown.map((p) => ({ id: p.id, title: p.title })),
      parts: [
        { type: 'text', text: deps.prompts.t(lang, 'staff.notify_intro', { what: describeSubscription(sub, deps.label) }) },
        {
          type: 'projects',
          items: shown.map((p, i) => ({ n: i + 1, id: p.id, title: p.title, line: deps.projectLine(p, lang) })),
        },
        { type: 'text', text: deps.prompts.t(lang, 'staff.notify_more') },
      ],
    }
  }

  /**
   * Sends every planned notice through its channel's sender. A user whose
   * channel is not running, or whose send fails, keeps the notice for next time
   * (after `maxFailures` failures in a row, until the process restarts).
   */
  async function send(senders: Record<string, Sender | undefined>): Promise<{ sent: number; failed: number; skipped: number }> {
    let sent = 0
    let failed = 0
    let skipped = 0
    for (const notice of await plan()) {
      const { channel, userId, chatId } = notice.subscription
      const sender = senders[channel]
      const key = `${channel}\u0000${userId}`
      if (!sender || (failures.get(key) ?? 0) >= maxFailures) {
        skipped++
        continue
      }
      const reply = render(notice)
      try {
        const send = () => sender(chatId, reply)
        await (deps.present ? deps.present(notice.subscription, reply, send) : send())
        // Everything planned counts as told, including projects beyond the few listed: one message a day.
        await deps.subscriptions.markSent(channel, userId, notice.projects.map((p) => p.id))
        failures.delete(key)
        sent++
      } catch (err) {
        const count = (failures.get(key) ?? 0) + 1
        failures.set(key, count)
        if (count === maxFailures) deps.onGiveUp?.(notice.subscription, err)
        failed++
      }
      if (deps.pauseMs) await new Promise((r) => setTimeout(r, deps.pauseMs))
    }
    return { sent, failed, skipped }
  }

  return { plan, render, send }
}

/** The notifier {@link createNotifier} builds. */
export type Notifier = ReturnType<typeof createNotifier>
