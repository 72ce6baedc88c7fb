/**
 * @module dialogue/reply-text
 * A reply flattened to the lines a learner reads, in order: sentences and
 * "1. 标题，主办，线上，免费" lines, without buttons. What `ask` prints and
 * what the eval searches for a field value; channels with their own
 * rendering (Telegram keyboards, WeChat hints) do not need it.
 */
import type { Reply, ReplyButton } from './types.js'

/** A reply taken apart for rendering: its lines in order, the project numbers shown, and its buttons. */
export interface ReplyLines {
  lines: string[]
  numbers: number[]
  buttons: ReplyButton[]
}

/** The reply's non-empty sentences and "n. line" project lines in order, plus its numbers and buttons; every channel renders from this. */
export function replyLines(reply: Reply): ReplyLines {
  const out: ReplyLines = { lines: [], numbers: [], buttons: [] }
  for (const part of reply.parts) {
    if (part.type === 'text') {
      if (part.text.trim()) out.lines.push(part.text.trim())
    } else if (part.type === 'projects') {
      for (const it of part.items) {
        out.lines.push(`${it.n}. ${it.line}`)
        out.numbers.push(it.n)
      }
    } else out.buttons.push(...part.buttons)
  }
  return out
}

/** The reply's text and numbered project lines, joined by newlines. */
export function replyText(reply: Reply): string {
  return replyLines(reply).lines.join('\n')
}
