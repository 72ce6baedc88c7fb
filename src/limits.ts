/**
 * @module limits
 * The size limits every part applies, each defined once: the channel guards
 * and the dialogue engine must agree on how long a message may be (else a
 * message passes one and is cut silently by the other), and every piece of
 * Telegram code must split and trim at the same length.
 */

/**
 * Messages longer than this many characters (code points, not UTF-16 units)
 * are not searched: the learner is kindly asked to send it shorter. Channels
 * check it before the engine; the engine checks it too, for callers with no
 * channel (the CLI, tests), and answers the same way.
 */
export const MAX_MESSAGE_CHARS = 1000

/** Telegram's limit on the text of one message (characters). */
export const TELEGRAM_MAX_TEXT = 4096

/** True when `text` is over {@link MAX_MESSAGE_CHARS} (counted in characters, not UTF-16 units). */
export function isTooLong(text: string, max = MAX_MESSAGE_CHARS): boolean {
  if (text.length <= max) return false
  let n = 0
  for (const _ of text) if (++n > max) return true
  return false
}
