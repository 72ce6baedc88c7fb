/**
 * @module channels/telegram/render
 * Renders an engine reply as one Telegram message: the text, the numbered
 * project lines, and an inline keyboard (details of 1/2/3, 更多, the engine's
 * suggested buttons, 👍/👎). Button presses come back as callback data, which
 * Telegram limits to 64 bytes, so long payloads are kept in a bounded table
 * and the button carries only its key.
 */
import { InlineKeyboard } from 'grammy'
import { randomBytes } from 'node:crypto'
import type { Prompts } from '../../prompts.js'
import type { Reply } from '../../dialogue/types.js'
import { say } from '../shared/channel-prompts.js'

/** Telegram refuses messages longer than this. */
export const TELEGRAM_MAX_TEXT = 4096
const MAX_DATA_BYTES = 64

/** What a pressed button means. */
export type ButtonAction =
  | { kind: 'say'; payload: string }
  | { kind: 'feedback'; value: 'up' | 'down'; projects: string[] }
  | { kind: 'expired' }

/** Keeps what buttons mean when the meaning does not fit in 64 bytes of callback data. */
export class ButtonTable {
  private readonly entries = new Map<string, { payload?: string; projects?: string[] }>()
  constructor(private readonly capacity = 20_000) {}

  /** The callback data for a button that sends `payload` as if typed. */
  sayData(payload: string): string {
    const inline = `t:${payload}`
    if (Buffer.byteLength(inline) <= MAX_DATA_BYTES) return inline
    return `b:${this.put({ payload })}`
  }

  /** The callback data for 👍/👎 on the projects of one reply. */
  feedbackData(value: 'up' | 'down', projects: string[]): string {
    const inline = `f:${value === 'up' ? 'u' : 'd'}:${projects.join(',')}`
    if (Buffer.byteLength(inline) <= MAX_DATA_BYTES) return inline
    return `f:${value === 'up' ? 'u' : 'd'}:#${this.put({ projects })}`
  }

  /** Decodes callback data; buttons older than the table's memory come back as 'expired'. */
  decode(data: string): ButtonAction {
    if (data.startsWith('t:')) return { kind: 'say', payload: data.slice(2) }
    if (data.startsWith('b:')) {
      const entry = this.entries.get(data.slice(2))
      return entry?.payload !== undefined ? { kind: 'say', payload: entry.payload } : { kind: 'expired' }
    }
    const fb = /^f:([ud]):(.*)$/s.exec(data)
    if (fb) {
      const value = fb[1] === 'u' ? 'up' : 'down'
      if (!fb[2].startsWith('#')) return { kind: 'feedback', value, projects: fb[2] ? fb[2].split(',') : [] }
      const entry = this.entries.get(fb[2].slice(1))
      return { kind: 'feedback', value, projects: entry?.projects ?? [] }
    }
    return { kind: 'expired' }
  }

  private put(entry: { payload?: string; projects?: string[] }): string {
    const key = randomBytes(6).toString('base64url')
    this.entries.set(key, entry)
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string)
    return key
  }
}

/** True when callback data is a 👍/👎 button (used to drop that row once pressed). */
export function isFeedbackData(data: string | undefined): boolean {
  return !!data && data.startsWith('f:')
}

/** One Telegram message ready to send. */
export interface TelegramMessage {
  text: string
  keyboard?: InlineKeyboard
}

/** Renders `reply` as text plus an inline keyboard. */
export function renderTelegram(reply: Reply, prompts: Prompts, table: ButtonTable): TelegramMessage {
  const lines: string[] = []
  const numbers: number[] = []
  const engineButtons: { label: string; payload: string }[] = []
  for (const part of reply.parts) {
    if (part.type === 'text') {
      if (part.text.trim()) lines.push(part.text.trim())
    } else if (part.type === 'projects') {
      for (const item of part.items) {
        lines.push(`${item.n}. ${item.line}`)
        numbers.push(item.n)
      }
    } else engineButtons.push(...part.buttons)
  }
  let text = lines.join('\n') || '…'
  if (text.length > TELEGRAM_MAX_TEXT) text = text.slice(0, TELEGRAM_MAX_TEXT - 1) + '…'

  const kb = new InlineKeyboard()
  const used = new Set<string>()
  let rows = 0
  if (numbers.length) {
    for (const n of numbers.slice(0, 5)) {
      kb.text(say(prompts, reply.lang, 'button_details', { n }), table.sayData(String(n)))
      used.add(String(n))
    }
    const more = say(prompts, reply.lang, 'more_payload')
    const engineHasMore = engineButtons.some((b) => b.payload === more)
    if (!engineHasMore) {
      kb.row().text(say(prompts, reply.lang, 'button_more'), table.sayData(more))
      used.add(more)
    }
    rows++
  }
  let inRow = 0
  for (const b of engineButtons) {
    if (used.has(b.payload)) continue
    used.add(b.payload)
    if (inRow === 0 && rows > 0) kb.row()
    kb.text(b.label, table.sayData(b.payload))
    inRow++
    rows++
    if (inRow === 3) inRow = 0
  }
  if (reply.projects.length) {
    const ids = reply.projects.map((p) => p.id)
    kb.row()
      .text(say(prompts, reply.lang, 'button_up'), table.feedbackData('up', ids))
      .text(say(prompts, reply.lang, 'button_down'), table.feedbackData('down', ids))
    rows++
  }
  return rows ? { text, keyboard: kb } : { text }
}
