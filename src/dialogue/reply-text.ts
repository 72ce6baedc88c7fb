/**
 * @module dialogue/reply-text
 * A reply flattened to the lines a learner reads, in order: sentences and
 * "1. 标题，主办，线上，免费" lines, without buttons. What `ask` prints and
 * what the eval searches for a field value; channels with their own
 * rendering (Telegram keyboards, WeChat hints) do not need it.
 */
import type { Reply } from './types.js'

/** The reply's text and numbered project lines, joined by newlines. */
export function replyText(reply: Reply): string {
  const lines: string[] = []
  for (const part of reply.parts) {
    if (part.type === 'text') lines.push(part.text)
    else if (part.type === 'projects') for (const it of part.items) lines.push(`${it.n}. ${it.line}`)
  }
  return lines.join('\n')
}
