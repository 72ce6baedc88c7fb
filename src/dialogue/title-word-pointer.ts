/**
 * @module dialogue/title-word-pointer
 * A shown project named by one short word of its title, said beside a pointer: "表格那个有咨询电话没", "能力那個在哪裡上",
 * "那个智能的电话多少", "水平嗰個幾錢", and, opening a question about a field, "考试的几号开班". People pick an item of a
 * list by the word that sets it apart, not by four characters of its title ({@link matchByName} needs those): the word
 * names a project when it stands in exactly one title of the list on screen (or of the last list shown, when a menu
 * or a "nothing" answer came after it). A word in several titles, or in none, names nothing.
 */
import type { Project } from '../catalogue/project.js'
import { controlForm } from './control-text.js'

/**
 * A pointer said as a demonstrative and a measure word (那个, 这门, 嗰个 — read 𠮶个 in the control form, 那条…); never a
 * time ("抚恤金这个月到账没有": 这个月 is this month, not the project of 抚恤金).
 */
const POINTER = '(?:那|这|𠮶)(?:个(?!月|星期|礼拜|周|季度|时候|点钟|钟头|小时|年头)|门|条|项|家|位|类)'
/** The run of Chinese right before a pointer ("表格那个…", "报空调那个…"). */
const BEFORE_POINTER = new RegExp(`([\\u4e00-\\u9fff]{2,})${POINTER}`, 'gu')
/** The word between a pointer and 的 ("那个智能的…", "那个电信的…"). */
const AFTER_POINTER = new RegExp(`${POINTER}([\\u4e00-\\u9fff]{2,8}?)的`, 'gu')
/** A Chinese word of a title inside an English pointer ("the 课程 one", "that 电信 one"). */
const ENGLISH_POINTER = /\b(?:the|that|this)\s*([\u4e00-\u9fff]{2,8})\s*one\b/gu
/** A word (two to four characters: a clause, "课程唔使钱的", is none) opening the message and closed by 的, before a question about a field ("考试的几号开班"). */
const OPENING_WORD = /^([\u4e00-\u9fff]{2,4}?)的/u
/** Demonstratives and pronouns that may open the run before a pointer ("就是那个…"); never a title word. */
const NOT_A_WORD = /^(?:就是|还是|就|那|这|是|要|我|俺|咱|问|请问|想问|那么)+/u

/**
 * The pieces of `word` a learner may have meant, longest first: its tails (the run may start with a verb, 报空调) and
 * then the rest; then those of the run as typed, for a word that starts like a pronoun (就业 is no 就 + 业).
 */
function pieces(word: string): string[] {
  const out: string[] = []
  for (const run of new Set([word.replace(NOT_A_WORD, ''), word])) {
    const chars = [...run]
    for (let len = Math.min(chars.length, 6); len >= 2; len--) {
      for (let start = chars.length - len; start >= 0; start--) out.push(chars.slice(start, start + len).join(''))
    }
  }
  return [...new Set(out)]
}

/** A project named by a word of its title, and that word: what points, so no slot or field is read from it. */
export interface TitleWordPointer {
  project: Project
  word: string
}

/** The one project of `list` whose title holds the longest piece of `word` that no other title holds, or null. */
function uniqueHolder(word: string, list: Project[]): TitleWordPointer | null {
  const titles = list.map((p) => controlForm(p.title))
  for (const piece of pieces(word)) {
    const holders = titles.flatMap((t, i) => (t.includes(piece) ? [i] : []))
    if (holders.length === 1) return { project: list[holders[0]], word: piece }
    if (holders.length > 1) return null
  }
  return null
}

/**
 * The project of `list` (the numbered list the learner sees, in order) that a word of its title names beside a
 * pointer, or null. `asksField`: the message asks a field, so a word opening it and closed by 的 also points.
 */
export function matchByTitleWord(text: string, list: Project[], asksField: boolean): TitleWordPointer | null {
  if (!list.length) return null
  const form = controlForm(text)
  const words = [...form.matchAll(BEFORE_POINTER), ...form.matchAll(AFTER_POINTER), ...form.matchAll(ENGLISH_POINTER)].map((m) => m[1])
  const opening = asksField ? OPENING_WORD.exec(form) : null
  if (opening) words.push(opening[1])
  for (const word of words) {
    const found = uniqueHolder(word, list)
    if (found) return found
  }
  return null
}
