/**
 * @module dialogue/reset-inside
 * A start-over said after a few words of its own that no list holds: "不问了
 * 重新问", "唔問喇，重新嚟", "撤回，重新问", "let's try again from scratch". The
 * classifier reads a reset only from the message's start (after known lead
 * words); people put anything before it. So this finds a reset that begins
 * later in the message, and returns what came before it, for the engine to
 * check that it said nothing of a request (no topic, group, place…): then the
 * message is a reset, and what follows the start-over is the new request.
 */
import type { Understanding } from '../query/types.js'
import { hasAnySlot } from '../query/slots.js'
import { controlText } from './control-text.js'
import { classifyControl, RESET_WORDS } from './turn-classifier.js'
import { namesNothing } from './contentless-turn.js'
import { detectControl } from './intents.js'
import type { TurnContext } from './turn-context.js'

/** The words a start-over can begin with (its core, weak and clearing words), longest first. */
const STARTS = [...RESET_WORDS].filter(([, role]) => role === 'core' || role === 'weak' || role === 'clear').map(([w]) => w)
  .sort((a, b) => b.length - a.length)

/** At most this much may come before the start-over (a Chinese character counts 1, an English word 2): a short preamble, never a request. */
export const MAX_PREAMBLE = 12

/** The size of a preamble in {@link MAX_PREAMBLE}'s units. */
function preambleSize(form: string): number {
  return (form.match(/\p{Script=Han}/gu)?.length ?? 0) + 2 * (form.match(/[a-z0-9']+/g)?.length ?? 0)
}

/**
 * The first reset that starts after the beginning of `text`, with the words
 * before it (`before`, as typed, simplified) and the new request after it
 * (`rest`), or null when there is none (or it starts at the beginning: the
 * classifier's case).
 */
export function resetInside(text: string): { before: string; rest: string } | null {
  const ct = controlText(text)
  const chars = [...ct.form]
  for (let i = 1; i < chars.length; i++) {
    if (preambleSize(chars.slice(0, i).join('')) > MAX_PREAMBLE) break
    const latin = /[a-z]/.test(chars[i])
    if (latin && chars[i - 1] !== ' ') continue
    if (chars[i] === ' ') continue
    const tail = chars.slice(i).join('')
    if (!STARTS.some((w) => tail.startsWith(w) && (!latin || !/[a-z]/.test(tail[w.length] ?? '')))) continue
    const turn = classifyControl(ct.source.slice(ct.at[i]))
    if (turn?.kind === 'reset') return { before: ct.source.slice(0, ct.at[i]).trim(), rest: turn.rest }
  }
  return null
}

/**
 * A reset after a preamble that says nothing of a request ("不问了", "撤回", "let's try again"): no topic, group,
 * place, format or fee, nothing out of scope and no wish to learn; `understand` reads the preamble. Null otherwise.
 */
export function preambledReset(
  text: string,
  understand: (text: string) => Understanding,
): { kind: 'reset'; rest?: string } | null {
  const found = resetInside(text)
  if (!found) return null
  const u = understand(found.before)
  if (hasAnySlot(u.slots) || u.outOfScope || /学|learn|study/.test(found.before)) return null
  return found.rest ? { kind: 'reset', rest: found.rest } : { kind: 'reset' }
}

/**
 * True when what follows a start-over names nothing to ask for: thanks, a greeting, an address or a filler ("重来一次，感恩",
 * "重来吧亲", "start over mate", "全部重新来過，唔該"): no slot, no word asked for or taught, no vague wish. Then the
 * turn is a bare reset, never a request for "感恩".
 */
export async function emptyRest(ctx: TurnContext, rest: string): Promise<boolean> {
  const said = detectControl(rest)?.kind
  if (said === 'thanks' || said === 'greeting') return true
  const u = ctx.deps.search.understand(rest)
  return !u.vague && await namesNothing(ctx, u)
}
