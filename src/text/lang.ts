/**
 * @module text/lang
 * The one language detector. Every place that needs to know which language
 * to answer in (the dialogue engine, each channel's guard messages, the
 * staff engine, the query understander) asks here, so a message is never
 * answered in Chinese by one part and in English by another.
 *
 * Chinese characters mean Chinese; words in Latin letters mean English; a
 * message with neither ("2", "👍") keeps the conversation's language, so an
 * English learner tapping "1" is not suddenly answered in Chinese. Pinyin
 * typed instead of characters ("laonianren diannao") is Chinese: the learner
 * reads Chinese.
 */
import { splitPinyin } from './pinyin.js'

/** The languages learnfinder answers in; below every layer that speaks to people. */
export type Lang = 'zh' | 'en'

/** Chinese characters (CJK unified ideographs and extension A). */
const HAN = /[\u3400-\u9fff]/
const LATIN_WORD = /[A-Za-z]{2,}/g

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

/**
 * English words a chat in English is full of that also spell pinyin ("more" = mo+re, "page" = pa+ge, "sure" =
 * su+re), with the particles of the Englishes that carry them ("po", "opo", "la", "ba", "sha"): in a conversation
 * already in English, a message holding one of them ("more po", "same la", "nice one ya") is English, not pinyin.
 */
const ENGLISH_LOOKALIKES = new Set(`more page same nice sure like see seen take change here one time make made came
mate haha hehe ya yo ye po opo la ba sha ta nana gonggong`.split(/\s+/))

/** True when the text has Chinese characters. */
export function hasChinese(text: string): boolean {
  return HAN.test(text)
}

/**
 * The reply language for `text`: what the text says, else the conversation's
 * language (`current`), else the channel's hint, else `fallback`. A very short
 * Latin word ("ok") does not switch a conversation that has a language.
 *
 * @example detectLang('我想学电脑') // 'zh'
 * @example detectLang('2', 'en') // 'en'
 */
export function detectLang(text: string, current?: Lang, hint?: Lang, fallback: Lang = 'zh'): Lang {
  if (HAN.test(text)) return 'zh'
  const words = text.match(LATIN_WORD) ?? []
  // In English, Chinese places and people are spelt in pinyin ("Heilongjiang", "Zhang Wei"): a lone word, or only
  // capitalised names, keeps a conversation in English; pinyin typed for Chinese is neither.
  const english = current === 'en' && (words.some((w) => ENGLISH_LOOKALIKES.has(w.toLowerCase())) || words.length === 1 || words.every((w) => /^[A-Z]/.test(w)))
  if (words.length && !english && isPinyin(words)) return 'zh'
  if (words.length && (words.join('').length > 3 || !current)) return 'en'
  return current ?? hint ?? fallback
}

/**
 * The language of a language tag or name ('zh-hans', 'en-US', '中文'), if it
 * is one we speak; Telegram's `language_code` and the /lang argument use it.
 */
export function langFromCode(code: string | undefined): Lang | undefined {
  if (!code) return undefined
  const c = code.trim().toLowerCase()
  if (c.startsWith('zh') || c === '中文' || c === '汉语') return 'zh'
  if (c.startsWith('en') || c === '英文' || c === '英语') return 'en'
  return undefined
}
