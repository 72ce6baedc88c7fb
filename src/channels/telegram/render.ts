/**
 * @module channels/telegram/render
 * Renders an engine reply as one Telegram message: the text, the numbered
 * project lines, and an inline keyboard of the engine's suggested buttons
 * (details of 1/2/3, 更多, 怎么报名, 👍/👎). Button presses come back as callback data, which
 * Telegram limits to 64 bytes, so long payloads are kept in a bounded table
 * and the button carries only its key.
 */
import { InlineKeyboard } from 'grammy'
import { randomBytes } from 'node:crypto'
import type { Prompts } from '../../prompts.js'
import type { Reply, ReplyButton } from '../../dialogue/types.js'
import { say } from '../shared/channel-prompts.js'
import { replyLines } from '../../dialogue/reply-text.js'
import { TELEGRAM_MAX_TEXT } from '../../limits.js'
import { STATE_NAMESPACES, type ExpiringStateStore } from '../shared/expiring-state-store.js'

/** How long a long button's payload is kept (old messages' buttons keep working across restarts). */
const BUTTON_TTL_MS = 30 * 86_400_000

/** Re-exported: Telegram's text limit lives in src/limits.ts with the other limits. */
export { TELEGRAM_MAX_TEXT }
const MAX_DATA_BYTES = 64

/** What a pressed button means. */
export type ButtonAction = { kind: 'say'; payload: string } | { kind: 'expired' }

/** Keeps what buttons mean when the meaning does not fit in 64 bytes of callback data. */
export class ButtonTable {
  private readonly entries = new Map<string, string>()
  /** `state`: where payloads are also kept, so a button still works after a restart. */
  constructor(
    private readonly capacity = 20_000,
    private readonly state?: ExpiringStateStore,
  ) {}

  /** The callback data for a button that sends `payload` as if typed. */
  sayData(payload: string): string {
    const inline = `t:${payload}`
    if (Buffer.byteLength(inline) <= MAX_DATA_BYTES) return inline
    const key = randomBytes(6).toString('base64url')
    this.entries.set(key, payload)
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string)
    void this.state?.put(STATE_NAMESPACES.button, key, payload, Date.now() + BUTTON_TTL_MS).catch(() => undefined)
    return `b:${key}`
  }

  /** Like {@link decode}, and asks the state store for payloads this process does not remember (made before a restart). */
  async resolve(data: string): Promise<ButtonAction> {
    const action = this.decode(data)
    if (action.kind !== 'expired' || !data.startsWith('b:') || !this.state) return action
    const stored = await this.state.get<string>(STATE_NAMESPACES.button, data.slice(2), Date.now()).catch(() => undefined)
    return typeof stored === 'string' ? { kind: 'say', payload: stored } : action
  }

  /** Decodes callback data; buttons older than the table's memory come back as 'expired'. */
  decode(data: string): ButtonAction {
    if (data.startsWith('t:')) return { kind: 'say', payload: data.slice(2) }
    const stored = data.startsWith('b:') ? this.entries.get(data.slice(2)) : undefined
    return stored !== undefined ? { kind: 'say', payload: stored } : { kind: 'expired' }
  }
}

/** True for the engine's 👍/👎 payloads ("👍 LF-0001"): answered with a toast, not a new message. */
export function isFeedbackPayload(payload: string): boolean {
  return /^\s*(👍|👎)/u.test(payload)
}

/** One Telegram message ready to send. */
export interface TelegramMessage {
  text: string
  keyboard?: InlineKeyboard
}

/**
 * Renders `reply` as text plus an inline keyboard of the engine's buttons:
 * numbers in one row ("1 详情" when they pick a listed project), other
 * suggestions three to a row, 👍/👎 last. A project list without buttons
 * still gets "n 详情" and "更多".
 */
export function renderTelegram(reply: Reply, prompts: Prompts, table: ButtonTable): TelegramMessage {
  const parts = replyLines(reply)
  const { lines } = parts
  const listed = new Set(parts.numbers.map(String))
  let buttons = parts.buttons
  let text = lines.join('\n') || '…'
  if (text.length > TELEGRAM_MAX_TEXT) text = text.slice(0, TELEGRAM_MAX_TEXT - 1) + '…'

  if (!buttons.length && listed.size) {
    const more = say(prompts, reply.lang, 'more_payload')
    buttons = [...[...listed].map((n) => ({ label: n, payload: n })), { label: say(prompts, reply.lang, 'button_more'), payload: more }]
  }
  const seen = new Set<string>()
  const unique = buttons.filter((b) => !seen.has(b.payload) && seen.add(b.payload))
  const numbers = unique.filter((b) => /^\d+$/.test(b.payload))
  const feedback = unique.filter((b) => isFeedbackPayload(b.payload))
  const others = unique.filter((b) => !numbers.includes(b) && !feedback.includes(b))
  const rows: ReplyButton[][] = []
  const chunk = (list: ReplyButton[], size: number) => {
    for (let i = 0; i < list.length; i += size) rows.push(list.slice(i, i + size))
  }
  const numberLabel = (b: ReplyButton) =>
    listed.has(b.payload) && b.label === b.payload ? say(prompts, reply.lang, 'button_details', { n: b.payload }) : b.label
  const shortNumbers = numbers.every((b) => [...numberLabel(b)].length <= 6)
  chunk(numbers.map((b) => ({ label: numberLabel(b), payload: b.payload })), shortNumbers ? 5 : 2)
  chunk(others, 3)
  if (feedback.length) rows.push(feedback)
  if (!rows.length) return { text }
  const kb = new InlineKeyboard()
  rows.forEach((row, i) => {
    if (i > 0) kb.row()
    for (const b of row) kb.text(b.label, table.sayData(b.payload))
  })
  return { text, keyboard: kb }
}
