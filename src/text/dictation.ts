/**
 * @module text/dictation
 * English said to a phone's voice input and written down as heard: punctuation spoken as words ("is there a course
 * on line question mark", "hello comma any free classes full stop"), compounds split into the words they sound like
 * ("on line", "off line") and "four" heard for "for" ("four my mum", "four working people"). A person reading the
 * transcript sees the punctuation and the words meant; the bot must too, so a "question mark" is never a subject or an
 * unmet need and "hello question mark" is a greeting. Runs once per message, before text-speak and every English
 * rule (text/speech-noise), on messages with no Chinese characters only. Written from how dictation software
 * transcribes, not from any bank.
 */
import { oneEditApart } from './english-repair.js'

/**
 * Punctuation names as dictated (the first word may carry a slip: "qustion mark"), and the mark each stands for;
 * never after an article or determiner ("a question mark", "the full stop"), where the mark itself is named.
 */
const MARKS: readonly (readonly [string, string, string])[] = [
  ['question', 'mark', '?'], ['exclamation', 'mark', '!'], ['exclamation', 'point', '!'], ['full', 'stop', '.'],
]
/** One-word punctuation names: never a subject of a course in any catalogue. */
const SINGLE_MARKS: Readonly<Record<string, string>> = { comma: ',', semicolon: ';' }
/**
 * Marks whose names are also everyday words ("a trial period", "colon cancer", "a new line of work"): a mark only where
 * dictation puts one, at the end of the message or before a word that opens a clause ("i m retired period i want…",
 * "courses colon free ones", "computer classes new line for my mum"), never after an article or determiner.
 */
const CLAUSE_OPENER = '(?:i|im|i m|we|you|he|she|they|it|there|my|our|his|her|their|any|anything|is|are|was|do|does|can|could|would|will|please|pls|also|and|but|so|or|thanks|thank|what|how|where|when|which|who|hello|hi|hey|ok|okay|maybe|only|just|the|a|an|this|that|free|online|for|in|no|yes|more|next|show)'
const WORD_MARKS = new RegExp(`\\s*(?<!\\b(?:a|an|the|this|that|each|every|any|some|my|your|our|his|her|their)\\s+)\\b(period|colon|dot|new line|new paragraph|next line|open bracket|close bracket|open parenthesis|close parenthesis|open paren|close paren|open quote|close quote|end quote|unquote)\\b(?=\\s*$|\\s+${CLAUSE_OPENER}\\b)`, 'gi')
/** Long names are recognised with one slip; short ones ("full") only as typed. */
const SLIP_MIN = 8

/** A two-word mark: its first word as heard or one slip away (for long words), its second word exactly. */
function markOf(first: string, second: string): string | null {
  for (const [a, b, mark] of MARKS) {
    if (second !== b) continue
    if (first === a || (a.length >= SLIP_MIN && oneEditApart(first, a))) return mark
  }
  return null
}

/** Compounds voice input writes as two words: "on line" is online, "off line" offline (never "on line 3"). */
const SPLIT_COMPOUND = /\b(on|off)[- ](line)\b(?!\s*\d)/gi

/**
 * Words after which "four" is a number, whatever follows ("have four", "number four", "page four", "about four").
 * A "four" elsewhere is "for" only before words a number never counts: a pronoun, possessive or article ("four my mum",
 * "four the elderly"), or a word in -ing ("four working people"), which a count would put after an adjective.
 */
const COUNTING_BEFORE = new Set(['have', 'has', 'had', 'got', 'of', 'about', 'around', 'number', 'no', 'option', 'page',
  'item', 'course', 'class', 'programme', 'program', 'the', 'these', 'those', 'my', 'our', 'than', 'all', 'under', 'over',
  'past', 'aged', 'age', 'is', 'are', 'was', 'were', 'only', 'just', 'maybe', 'or', 'and', 'to', 'at', 'until', 'till',
  'by', 'from', 'after', 'before', 'like', 'almost', 'nearly', 'some', 'another', 'every', 'each', 'first', 'last',
  'year', 'grade', 'level', 'step', 'day', 'week', 'hundred', 'thousand', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'take', 'want', 'need', 'see', 'show', 'pick', 'choose'])
const NEVER_COUNTED = new Set(['me', 'my', 'us', 'our', 'him', 'his', 'her', 'them', 'their', 'you', 'your', 'the', 'a',
  'an', 'this', 'that', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody'])
/**
 * "Four" right before a list item named by its number ("the contact number four number three", "rate four no. 3",
 * "details four option 2"): a count never stands before another item's number, so it is "for", whatever precedes it.
 */
const FOUR_BEFORE_ITEM = /\bfour(?=\s+(?:number|no\.?|nr\.?|num\.?|option|item|course|class|programme|program|project|#)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)/gi
const FOUR = /(?<=^|([a-z']+)[\s,]+)four(?=\s+([a-z']+))/gi

/**
 * `text` with dictated punctuation written as marks, split compounds joined and a heard "four" written "for" where
 * it cannot count (see the module doc); the same text when it has none of them or has Chinese characters.
 *
 * @example fromDictation('hello question mark') // 'hello?'
 * @example fromDictation('anything four my dad on line question mark') // 'anything for my dad online?'
 */
export function fromDictation(text: string): string {
  if (!/[a-z]/i.test(text) || /\p{Script=Han}/u.test(text)) return text
  let out = text
  if (/\b(?:mark|point|stop)\b/i.test(out)) {
    out = out.replace(/\s*(?<!\b(?:a|an|the|each|every)\s+)\b([a-z]+) (mark|point|stop)\b/gi, (whole, first: string, second: string) => markOf(first.toLowerCase(), second.toLowerCase()) ?? whole)
  }
  out = out.replace(/\s*(?<!\b(?:a|an|the|each|every)\s+)\b(comma|semicolon)\b/gi, (_w, name: string) => SINGLE_MARKS[name.toLowerCase()])
  out = out.replace(WORD_MARKS, (_w, name: string) => (/bracket|paren|quote/i.test(name) ? ',' : name.toLowerCase() === 'colon' ? ':' : '.'))
  out = out.replace(SPLIT_COMPOUND, '$1$2')
  if (/\bfour\b/i.test(out)) {
    out = out.replace(FOUR_BEFORE_ITEM, 'for')
    out = out.replace(FOUR, (four: string, before: string | undefined, after: string) => {
      if (before && COUNTING_BEFORE.has(before.toLowerCase())) return four
      const a = after.toLowerCase()
      return NEVER_COUNTED.has(a) || /^[a-z]{3,}ing$/.test(a) ? 'for' : four
    })
  }
  return out.replace(/^[\s?!.,;:]+/, '').replace(/([?!.,;:])(?=[a-z])/gi, '$1 ')
}
