/**
 * @module channels/shared/render-text
 * Turns the engine's structured reply into plain text for channels without
 * buttons (WeChat, the terminal, the `text` field of the HTTP API): numbered
 * project lines, "回复 1、2、3 看详情", and the suggested buttons as words the
 * user can type back.
 */
import type { Prompts } from '../../prompts.js'
import type { Reply, ReplyButton } from '../../dialogue/types.js'
import { say } from './channel-prompts.js'
import { replyLines } from '../../dialogue/reply-text.js'

/** Joins numbers the way each language lists them ("1、2、3" / "1, 2, 3"). */
export function listNumbers(lang: Reply['lang'], numbers: number[]): string {
  return numbers.join(lang === 'zh' ? '、' : ', ')
}

function hintAlreadyGiven(reply: Reply): boolean {
  // The engine may already say how to continue ("回复数字看详情"); don't say it twice.
  return reply.parts.some((p) => p.type === 'text' && /回复数字|回复\s*\d|reply (with )?(a )?number|reply \d/i.test(p.text))
}

/** Words worth offering as typed choices: numbers are already in the text, 👍/👎 need no prompting. */
function buttonWords(buttons: ReplyButton[]): string[] {
  const out: string[] = []
  for (const b of buttons) {
    if (/^\d+$/.test(b.payload) || /^\s*(👍|👎)/u.test(b.payload)) continue
    if (!out.includes(b.payload)) out.push(b.payload)
  }
  return out
}

/**
 * Renders `reply` as plain text lines. Buttons become "也可以回复：更多 / 怎么报名"
 * using their payloads (the text the engine understands when typed).
 */
export function renderReplyText(reply: Reply, prompts: Prompts): string {
  const { lines, numbers, buttons } = replyLines(reply)
  const choices = buttonWords(buttons)
  if (numbers.length && !hintAlreadyGiven(reply)) {
    lines.push(say(prompts, reply.lang, 'text_hint', { numbers: listNumbers(reply.lang, numbers) }))
  }
  // A word the text already offers ("回复“更多”看更多") is not repeated.
  const said = reply.parts.map((p) => (p.type === 'text' ? p.text : '')).join('\n')
  const fresh = choices.filter((c) => !said.includes(`“${c}”`) && !said.includes(`"${c}"`))
  if (fresh.length) lines.push(say(prompts, reply.lang, 'text_choices', { choices: fresh.join(' / ') }))
  return lines.join('\n')
}
