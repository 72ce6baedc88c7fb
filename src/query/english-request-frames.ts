/**
 * @module query/english-request-frames
 * The frame an English request is asked in, read by its structure: the words that address the bot, ask it, excuse
 * the asking or ask whether something exists ("Excuse me, I am very sorry to trouble you, may I ask about …", "I
 * would like to know if exists courses", "Respected sir, I humbly request you to show me …", "do you happen to have
 * …", "is it possible to …", "is there a possibility of …"). Such a frame is never something to learn: its words are
 * neither need-words nor search terms, and what remains decides (a subject, a slot, or nothing: a vague opener).
 * Second-language grammar reads like the standard form ("if exists courses", "is it exist?", "is possible?").
 * Written from how polite and second-language English is built, not from any bank's sentences.
 */
import { globalMatches } from '../text/regex-tools.js'

/** The bot, as the object of a verb: "trouble you", "bother u", "request you to", "beg ya". */
const YOU = '(?:you|u|ya|yourself|sir|madam|mam|ma am)'
/** Asking, telling and knowing verbs in every form: the verb of a frame that asks the bot something. */
const ASKING = '(?:know|ask|asking|asked|enquire|enquiring|inquire|inquiring|request|requesting|query|querying|wonder|wondering'
  + '|check|checking|confirm|confirming|clarify|find out|learn whether|be informed|be told|seek|seeking)'
/** What opens the asked-about part: a conjunction or a preposition of topic. */
const OPENING = '(?:if|whether|about|regarding|concerning|as to|on|of|for|is there|are there|there is|there are|what|which)'

/**
 * Asking what the bot is ("are you a robot?", "r u a real person or a bot", "am i talking to a human?", "are you an
 * ai"): the bot is the one said to be something, so the noun is no subject, whatever it is (chatbot, AI, school).
 */
const BOT_IDENTITY = /\b(?:are|r) (?:you|u|ya) (?:just |really |even |actually |only )?(?:an?|the) (?:real |actual |live |human )?[a-z]+(?: or (?:an?|the )?(?:real |actual |live )?[a-z]+)?\b|\b(?:am i|are we) (?:talking|chatting|speaking|texting|writing) (?:to|with) (?:an?|the|some) (?:real |actual |live )?[a-z]+(?: or (?:an?|the )?(?:real |actual |live )?[a-z]+)?\b/g

/** Where an English message asks what the bot is ({@link BOT_IDENTITY}): no topic is said there either. */
export function englishBotSpans(text: string): [number, number][] {
  if (!/\b(?:are|r|am)\b/.test(text)) return []
  return globalMatches(BOT_IDENTITY, text).map((m) => [m.index!, m.index! + m[0].length])
}

/**
 * Frames by structure, over normalised text (lower case, no punctuation). Each is a run of words that asks, excuses
 * or addresses; the asked-about words after it are left to the other readers.
 */
const FRAMES: readonly RegExp[] = [
  // Addressing: a verb whose object is the bot, after what makes it a verb ("sorry to trouble you", "hope i m not
  // disturbing you", "i beg you", "sorry for bothering you"); a noun before "you" ends the clause before ("i want
  // learn mahjong you have class?") and stays.
  new RegExp(`(?<=\\b(?:to|not|i|we|m|am) )[a-z]+ ${YOU}\\b|(?<=\\bfor )[a-z]+ing ${YOU}\\b`, 'g'),
  // Excusing the asking and greeting a reader ("excuse me", "pardon me", "forgive me", "respected sir", "dear madam").
  /\b(?:excuse|excuuse|pardon|forgive) me\b|\b(?:my )?(?:apologies|apology|apologise|apologize|sorry)\b|\b(?:respected|respectful|honou?red|esteemed|dear|good day|good morning|good afternoon|good evening)(?: (?:sir|madam|mam|ma am|team|all|friend|teacher|officer))?\b/g,
  // Asking the bot: the asker, a modal or wish, at most four words, an asking verb and what opens the question
  // ("i would like to know if", "may i ask about", "i wish to humbly inquire whether", "let me know if").
  new RegExp(`\\b(?:i|we|may i|can i|could i|let me|let us|lemme)(?: [a-z]+){0,4}? ${ASKING}(?: ${YOU})?(?: ${OPENING})?\\b`, 'g'),
  // Asking the bot to act: the bot, at most four words, a verb of giving or saying ("do you happen to have",
  // "would you be so kind as to tell", "could you kindly suggest").
  /\b(?:do|did|would|could|can|will|might|may) (?:you|u)(?: [a-z]+){0,4}? (?:have|got|offer|tell|show|know|suggest|recommend|advise|share|provide|list|give|point|find|help)\b/g,
  // Manner of asking: an adverb in -ly before or after a word of asking ("humbly request", "kindly advise", "please
  // kindly", "respectfully ask"), or a kindness asked for ("be so kind as to", "kind enough to").
  /\b(?!(?:family|elderly|assembly|supply|italy|july|anomaly|monopoly|rally|belly|jelly|bully)\b)[a-z]+ly (?=(?:request|ask|enquire|inquire|beg|seek|suggest|advise|tell|show|recommend|share|help|let|please|submit|want|need|would|could|invite)\b)|\b(?:please|pls|kindly) [a-z]+ly\b|\bbe (?:so |very |kind )?kind(?: enough)?(?: as)? to\b|\bkind enough to\b/g,
  // Whether a thing exists, in the standard and second-language forms ("is there any", "if exists courses",
  // "is it exist", "courses existing", "is it possible to", "any possibility of", "by any chance").
  /\b(?:is it |is there |it )?(?:exist|exists|existing|existed|existence)\b|\b(?:is it |it is |is )?(?:possible|possibility|possibilities)(?: (?:of|to|that|for))?\b|\bby any chance\b|\b(?:any|a) chance (?:of|to|that)\b/g,
  BOT_IDENTITY,
  // Thanks and signing off ("thanks in advance", "i would be grateful if", "i d appreciate it if", "best regards").
  /\b(?:thanks?|thank you|many thanks)(?: in advance)?\b|\b(?:would|will|d) be (?:very |so |most )?(?:grateful|thankful|obliged|glad|happy) (?:if|for)\b|\bappreciate(?: it)?(?: if)?\b|\b(?:best |kind |warm )?regards\b|\byours (?:sincerely|faithfully|truly)\b|\bgod bless(?: you)?\b/g,
]

/** A learning word a frame must never swallow: what follows it is the request ("can you teach me cooking"). */
const LEARNING_WORD = /\b(?:teach|learn|learning|study|studying|train|training)\b/

/**
 * The spans (start, end) of normalised English text that frame the request, each word of them no need and no
 * search term (see the module doc).
 *
 * @example englishRequestFrameSpans('i m a farmer i would like to know if exists courses') // the spans of "i would like to know if" and "exists"
 */
export function englishRequestFrameSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  for (const frame of FRAMES) {
    for (const m of globalMatches(frame, text)) {
      if (LEARNING_WORD.test(m[0])) continue
      spans.push([m.index, m.index + m[0].length])
    }
  }
  return spans
}
