/**
 * @module dialogue/detect-lang
 * Which language to answer in. Chinese characters mean Chinese; words in
 * Latin letters mean English; a message with neither ("2", "👍") keeps the
 * conversation's language, so an English learner tapping "1" is not
 * suddenly answered in Chinese. Pinyin typed instead of characters
 * ("laonianren diannao") is Chinese: the learner reads Chinese.
 */
import { splitPinyin } from '../text/pinyin.js'
import type { Lang } from './types.js'

/**
 * True when every Latin word of the message is a run of pinyin syllables and
 * there is enough of it to tell: two words or more, or one word of at least
 * three syllables. Short English words are often valid pinyin too ("more" =
 * mo+re, "menu" = me+nu), so one short word never counts.
 */
function isPinyin(words: string[]): boolean {
  const splits = words.map((w) => splitPinyin(w.toLowerCase(), 1)[0])
  if (splits.some((s) => !s)) return false
  return words.length >= 2 || splits[0].length >= 3
}

/** The reply language for `text`, given the conversation's and the channel's. */
export function detectLang(text: string, current: Lang | undefined, hint: Lang | undefined, fallback: Lang): Lang {
  if (/[\u3400-\u9fff]/.test(text)) return 'zh'
  const words = text.match(/[A-Za-z]{2,}/g) ?? []
  if (words.length && isPinyin(words)) return 'zh'
  if (words.length && (words.join('').length > 3 || !current)) return 'en'
  return current ?? hint ?? fallback
}
