/**
 * @module text/speech-noise
 * The parts of a message that carry how it was said, not what it asks:
 * hesitations and fillers (嗯, 那个那个, 就是说, um, like), politeness
 * wrappers (请问一下, 麻烦问一下, 打扰一下, 不好意思, 谢谢您, hi there, sorry, thanks), chat
 * particles at the end (吧 呢 呀 啦 哈 嘛 喔 咧 耶, lah, hor), doubled
 * punctuation and spaces, full-width letters and curly apostrophes. A person
 * reads "嗯 请问一下，还有别的吗呀，谢谢您" exactly as "还有别的吗", so the
 * bot must too: every message is read through {@link withoutSpeechNoise}
 * before its turn kind and its slots are decided (the metamorphic invariants
 * in test/query-metamorphic.test.ts hold the bot to it). Only noise at the
 * edges of a clause is removed, never inside a word (不要钱 keeps its 要), and
 * a message that is nothing but noise ("您好", "谢谢", "嗯") is left as it
 * is, so greetings and thanks are still read as such.
 */
import { toHalfWidth } from './fold.js'
import { toMandarin } from './dialect.js'
import { normalizeText, toSimplified } from './normalize.js'
import { withoutSelfCorrection } from './self-correction.js'
import { fromDictation } from './dictation.js'
import { spellOutTextSpeak } from './text-speak.js'
import { candidateIndices } from './literal-walk.js'

/** Clause edges: punctuation or a space. */
const EDGE = '[\\s,，。.!！?？~～、;；:：]'
/** Hesitations and fillers that start a clause; 这个/那个 only when a pause or the speaker follows (else "那个多少钱" points at a project). */
const ZH_FILLER = `(?:嗯+|呃+|额+(?=${EDGE}|[我俺咱想要])|啊+|哦+|噢+|(?:那个|这个)(?:那个|这个)+|(?:那个|这个)(?=${EDGE}|[我俺咱想就请])|就是说|就是(?=${EDGE}|[我俺咱想要])|然后(?=${EDGE}))`
/** Politeness that opens a message, an apology for asking among it (不好意思打扰了, 抱歉, as English "sorry"). */
const ZH_POLITE_LEAD = '(?:请问一下|请问下|请问|請問一下|請問|麻烦问一下|麻烦问下|麻煩問一下|麻烦一下|麻煩一下|麻烦您|麻烦你|麻烦|麻煩|打扰一下|打扰了|打擾一下|打擾了|打扰|打擾|不好意思|抱歉|对不起|對不起|冒昧问一下|冒昧問一下|劳驾|勞駕|您好|你好|哈喽|哈囉|嗨(?!皮)|喂+(?=[\\s,，。.!！?？~～、]|[我你您请請有在]|$))'
const ZH_LEAD = new RegExp(`^(?:${ZH_FILLER}|${ZH_POLITE_LEAD})${EDGE}*`)
/** A filler after a clause edge ("你好，就是说我想学"). */
const ZH_INNER = new RegExp(`(${EDGE}+)(?:${ZH_FILLER}|就是)${EDGE}*`, 'g')
/** Politeness that closes a message. */
const ZH_POLITE_TAIL = new RegExp(`(?:${EDGE}*(?:谢谢(?:你|您|妳)?(?:啦|了|哈|呀|啊|喔|哦)?|謝謝(?:你|您|妳)?(?:啦|了|喔)?|多谢(?:你|您)?|多謝(?:你|您)?|感谢(?:你|您)?|感謝(?:你|您)?|麻烦(?:你|您)?了|麻煩(?:你|您)?了|辛苦(?:你|您)?了|拜托(?:你|您)?了?|拜託(?:你|您)?了?))+${EDGE}*$`)
/**
 * An apology for one's own language ("我中文不好", "我的中文唔係好好", "本人普通話講得唔好", "sorry my Chinese is poor"): it
 * excuses how the message is written and asks for nothing, so it is politeness at a clause edge like 谢谢, not a wish to
 * learn that language. A wish said with a verb ("想學中文", "學普通話") has no such clause and is read as asked.
 */
const LANGUAGE = '(?:中文|汉语|漢語|普通话|普通話|国语|國語|华语|華語|广东话|廣東話|粤语|粵語|英文|英语|英語)'
const POORLY = '(?:(?:说|講|讲|說|写|寫|打)?得?(?:不好|唔好|麻麻|一般|不太好|唔太好|不太行|不大好|不是很好|不是太好|唔係好好|唔係幾好|唔算好|不太流利|不流利|唔流利|有限|差|很差|好差|較差|较差|不太靈光|不灵光|不太灵光))'
/** Not knowing a language well ("唔太識講普通話", "不太会说中文", "看不太懂中文"). */
const UNABLE = `(?:(?:不太|唔太|不大|唔係好|不是很|不|唔)(?:识|識|会|會)(?:讲|講|说|說|写|寫|看|听|聽)?${LANGUAGE}|(?:看|听|聽)(?:不|唔)(?:太|大)?(?:懂|明)${LANGUAGE})`
const ZH_LANGUAGE_APOLOGY = `(?:(?:不好意思|抱歉|唔好意思)${EDGE}*)?(?:我|本人|小弟|小妹|在下)?(?:(?:的|嘅)?${LANGUAGE}(?:水平|程度|能力)?(?:真係|真是|真的|比较|比較|有啲|有点|有點|实在|實在)?${POORLY}|${UNABLE})${EDGE}*(?:请见谅|請見諒|见谅|見諒|唔好意思|不好意思)?`
/** A bare wish to learn after the apology ("我唔識講普通話，想學") is a wish to learn that language: not noise. */
const NOT_A_BARE_WISH = `(?!(?:所以|因此)?(?:想|要|希望|打算)?(?:学|學|学习|學習)(?:好|一下|下)?(?:它|佢)?${EDGE}*$)`
const ZH_APOLOGY_TAIL = new RegExp(`${EDGE}+${ZH_LANGUAGE_APOLOGY}${EDGE}*$`, 'i')
const ZH_APOLOGY_LEAD = new RegExp(`^${ZH_LANGUAGE_APOLOGY}${EDGE}+${NOT_A_BARE_WISH}`, 'i')
/** The apology as a clause between two others ("本人係退休人士，中文唔好，想搵電腦班"). */
const ZH_APOLOGY_INNER = new RegExp(`(${EDGE}+)${ZH_LANGUAGE_APOLOGY}${EDGE}+${NOT_A_BARE_WISH}`, 'gi')
/** The same apology in English ("sorry, my Chinese is poor", "my Mandarin is not very good"), at either edge. */
const EN_LANGUAGE_APOLOGY = "(?:(?:sorry|apologies)[,\\s]*)?(?:for )?my (?:chinese|mandarin|cantonese|english)(?: is|'s| isn't| is not)? (?:(?:not|n't) (?:very |so |too |that )?(?:good|great|fluent)|poor|bad|limited|weak|broken|not great|terrible)"
const EN_APOLOGY_TAIL = new RegExp(`[\\s,.!?;]+${EN_LANGUAGE_APOLOGY}[\\s,.!]*$`, 'i')
const EN_APOLOGY_LEAD = new RegExp(`^${EN_LANGUAGE_APOLOGY}[\\s,.!;]+`, 'i')
/**
 * Asking what the bot is ("你是不是机器人", "您是真人吗", "are you a robot?", "is this a bot", "am i talking to a real
 * person"): said of the one answering, it asks nothing of a course, so at either edge of a message it goes like a
 * greeting; "想学点东西 你是机器人吗" is the vague opener it wraps (round 16). The family is what a chat may be asked to be.
 */
const BOT_WORDS = '(?:机器人|機器人|机械人|機械人|机器|機器|真人|活人|人工|人类|人類|真的人|ai|人工智能|智能客服|客服|程序|程式|自动回复|自動回覆|小助手|助手|bot|robot)'
const ZH_BOT_QUESTION = `(?:你|您|妳)(?:们|們)?(?:到底|究竟|该不会|是不是)?(?:是不是|是唔是|係唔係|係咪|是|係|系)(?:一个|一個|个|個|真的|真)?${BOT_WORDS}(?:还是|還是|定係|或者)?${BOT_WORDS}?(?:来的|嚟㗎|吗|嗎|嘛|么|麼|吧|呀|啊|呢|咩|嘅|的|啦)*[?？!！]*`
const EN_BOT = '(?:(?:a |an |the )?(?:real |actual |live )?(?:robot|bot|chat ?bot|human|person|machine|ai|computer|program|agent|being))'
const EN_BOT_QUESTION = `(?:(?:are|r) (?:you|u)|is (?:this|it|that)|am i (?:talking|chatting|speaking) (?:to|with))(?: just)? ${EN_BOT}(?: or ${EN_BOT})?[?!]*`
const ZH_BOT_TAIL = new RegExp(`${EDGE}+${ZH_BOT_QUESTION}${EDGE}*$`, 'i')
const ZH_BOT_LEAD = new RegExp(`^${ZH_BOT_QUESTION}${EDGE}+`, 'i')
const EN_BOT_TAIL = new RegExp(`[\\s,.!?;]+${EN_BOT_QUESTION}[\\s,.!?]*$`, 'i')
const EN_BOT_LEAD = new RegExp(`^${EN_BOT_QUESTION}[\\s,.!?;]+`, 'i')
/** Chat particles closing a message (not 吧 of 酒吧 or 网吧, not 吗: a question). */
const ZH_PARTICLES = new RegExp(`(?<=[^\\s吧呢呀啦哈嘛喔咧哦噢耶啊呐嘞咯呗酒网網贴貼])[吧呢呀啦哈嘛喔咧哦噢耶啊呐嘞咯呗]+(?=${EDGE}*$)`)

/** A voice assistant addressed before the words it takes down ("hey google find …", "ok siri"): no part of the request. */
const WAKE_WORDS = '(?:hey|hi|ok|okay|o k) (?:google|siri|alexa|cortana|bixby)|alexa|siri'
const EN_LEAD = new RegExp(`^(?:${WAKE_WORDS}|u+m+|u+h+|erm|hmm+|like|so|well|ok so|okay so|hi there|hello there|hi|hello|hey|excuse me|please|pls|plz|sorry)(?=[\\s,.!]|$)[\\s,.!]*`, 'i')
/**
 * A word and "as" standing alone as a clause ("sweet as", "easy as", "keen as": New Zealand and Australian for "very"
 * with nothing compared): a reaction, like "cheers", at either edge of the message, never its subject.
 */
const AS_REACTION = '(?!(?:such|same|just|so|well|also|twice|known|used|work|works|working|serve|serves)\\b)[a-z]+ as'
const EN_REACTION_LEAD = new RegExp(`^${AS_REACTION}[\\s]*[,.!;]+\\s*`, 'i')
const EN_REACTION_TAIL = new RegExp(`[,.!;]+\\s*${AS_REACTION}[\\s,.!]*$`, 'i')
const EN_INNER = /(?<=^|[\s,])(?:u+m+|u+h+|erm)(?=[\s,.!?]|$)[,]?/gi
const EN_TAIL = /(?:[\s,.!]*\b(?:thanks(?: so much| a lot)?|thank you(?: so much| very much)?|thx|ty|cheers|please|pls|plz))+[\s,.!]*$/i
const EN_PARTICLES = /(?<=\w)\s+(?:lah|la|leh|lor|ah|hor|meh)(?=[\s?!.]*$)/i
/** Runs of one punctuation mark ("？？", "!!!", "，，"), kept once. */
const DOUBLED = /([,，?？!！。~～、])\1+/g

/** WeChat's and QQ's emoji codes as typed or pasted ("[捂脸]", "[抱拳]", "[Smile]", "/::)") and emoji pictures: a face,
 * not a word; each is a pause (a space), so "打工[捂脸]想学" keeps its two clauses apart. */
const CHAT_EMOJI = /\[(?:\p{Script=Han}{1,4}|[A-Za-z]{2,10})\]|\/::?[^\s\p{Script=Han}]{1,3}|\p{Extended_Pictographic}\uFE0F?/gu

/** A clause or word said twice in a row ("有没有有没有", "我在南昌 我在南昌"): voice input and nervous typing; said once. */
const REPEATED = /(\p{Script=Han}{2,20})(?:[\s,，、]*\1)+/gu

/** A message that is nothing but noise ("嗯 谢谢", "请问一下，您好", "um hi"): it is read by its thanks or greeting. */
const NOISE_ONLY = new RegExp(`^(?:${ZH_FILLER}|${ZH_POLITE_LEAD}|谢谢|謝謝|多谢|多謝|感谢|感謝|麻烦了|[了吧呢呀啦哈嘛喔咧哦噢耶啊]|um+|uh+|erm|hmm+|so|well|hi|hello|hey|please|thanks|thank you|thx|${EDGE})+$`, 'i')
const THANKS_OR_GREETING = /谢谢|謝謝|多谢|多謝|感谢|感謝|thank you|thanks|thx|您好|你好|哈喽|哈囉|嗨|喂|hello|hi|hey/i

/** True when `text` still says something: a letter, a digit or a Han character. */
const saysSomething = (text: string) => /[\p{L}\p{N}]/u.test(text)

function strip(text: string, re: RegExp, by = ''): string {
  const out = text.replace(re, by)
  return out === text || saysSomething(out) ? out : text
}

/** Every English wrapper and particle is spelled in Latin letters: a message without one has none of them. */
const LATIN_LETTER = /[a-z]/i

/** The wrappers and particles taken off a clause's edges, in the order they are tried, and what each leaves. */
const ZH_STRIPS: readonly (readonly [RegExp, string])[] = [
  [ZH_POLITE_TAIL, ''], [ZH_APOLOGY_TAIL, ''], [ZH_APOLOGY_LEAD, ''], [ZH_APOLOGY_INNER, '$1'], [ZH_BOT_TAIL, ''], [ZH_BOT_LEAD, ''],
  [ZH_PARTICLES, ''], [ZH_LEAD, ''], [ZH_INNER, '$1'],
]
const EN_STRIPS: readonly (readonly [RegExp, string])[] = [
  [EN_TAIL, ''], [EN_APOLOGY_TAIL, ''], [EN_APOLOGY_LEAD, ''], [EN_BOT_TAIL, ''], [EN_BOT_LEAD, ''], [EN_REACTION_TAIL, ''], [EN_PARTICLES, ''],
  [EN_LEAD, ''], [EN_REACTION_LEAD, ''], [EN_INNER, ''],
]
const STRIPS = [...ZH_STRIPS, ...EN_STRIPS]
/**
 * Which wrappers a text can hold at all, from its one walk of every table's strings (text/literal-walk): most
 * messages hold none of them, and each was otherwise tried at every position (an apology for one's Chinese, the
 * tail particles) of every message. Read again after a strip changed the text (what it joined may start one).
 */
const mayStrip = candidateIndices(STRIPS.map(([re]) => re))

/** `text` with the wrappers of `STRIPS[from]` to `STRIPS[to - 1]` stripped in turn, each only when the text can hold it. */
function stripEach(text: string, from: number, to: number): string {
  let t = text
  let may = mayStrip(t)
  for (let k = from; k < to; k++) {
    if (!may.includes(k)) continue
    const next = strip(t, STRIPS[k][0], STRIPS[k][1])
    if (next !== t) may = mayStrip((t = next))
  }
  return t
}

/**
 * Whether `text` can hold a clause said twice ({@link REPEATED}): a repeat of two characters or more has its first
 * two code units at two places. Most messages repeat no pair, and the back-reference was tried from every position.
 * Exported for its test (a text the pattern matches is never passed over).
 */
export function mayRepeat(text: string): boolean {
  const seen = new Set<number>()
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1)
    if (seen.has(pair)) return true
    seen.add(pair)
  }
  return false
}

/**
 * `text` without the noise of speech and chat around what it asks (see the
 * module doc); the same text when nothing but noise is left.
 *
 * @example withoutSpeechNoise('嗯 请问一下，还有别的吗呀，谢谢您') // '还有别的吗'
 * @example withoutSpeechNoise('um hi, any free classes lah? thanks') // 'any free classes?'
 */
export function withoutSpeechNoise(text: string): string {
  // A trailing ellipsis ("有唱歌的班伐...") is a voice pause: dialect words read at the end of a message must still be at the end.
  // Text-speak ("dont", "u", "4 me", "face2face") and dictation ("question mark", "on line": text/dictation) are read
  // as the written English every English rule is written in.
  // A message that is nothing but a face ("👍", "[OK]") keeps it: it may answer a question.
  let t = spellOutTextSpeak(fromDictation(toHalfWidth(strip(text, CHAT_EMOJI, ' ')).replace(/[‘’`]/g, "'"))).replace(/\s+/g, ' ').replace(DOUBLED, '$1').replace(/(?:\.{2,}|…+|。{2,}|[~～]+)\s*$/, '').trim()
  if (NOISE_ONLY.test(t)) return THANKS_OR_GREETING.exec(t)?.[0] ?? text
  const han = /\p{Script=Han}/u.test(t)
  // (No step adds a letter, so a message without one never gets one.)
  const latin = LATIN_LETTER.test(t)
  // One wrapper at a time from the outside in ("嗯 请问一下，…", "so hello"): whatever is left must still say something.
  for (let i = 0; i < 5; i++) {
    const before = t
    if (han) t = stripEach(t, 0, ZH_STRIPS.length)
    if (latin) t = stripEach(t, ZH_STRIPS.length, STRIPS.length)
    t = (mayRepeat(t) ? strip(t, REPEATED, '$1') : t).replace(/\s+/g, ' ').trim()
    if (t === before) break
  }
  // A self-correction ("我想学唱歌 哦不对 我是说跳舞") takes back the clause before it: text/self-correction.
  return withoutSelfCorrection(t)
}

/**
 * The form a message's turn kind is read in (more, reset, a number, a field of a shown project): without
 * speech noise, simplified, dialect function words in Mandarin. One function, so the engine and the
 * metamorphic invariants read a message the same way.
 */
export function plainMessage(text: string): string {
  return readAsMandarin(withoutSpeechNoise(text))
}

/**
 * Dialect and Cantonese function words in Mandarin, in both scripts: once as typed (係, 嘅 are read before
 * OpenCC turns them into other characters), once after simplification (沒得, 屋頭, 儂 have rules only in
 * simplified form), so a message means the same in either script.
 */
export function readAsMandarin(text: string): string {
  const mandarin = toMandarin(text)
  const simplified = toSimplified(mandarin)
  // Most messages are in simplified characters already: one pass is enough (toMandarin is the costly part).
  return simplified === mandarin ? mandarin : toMandarin(simplified)
}

/**
 * `text` (a message, or a clause or label of one) read as the understander reads a message (query/understand): speech
 * noise out, in Mandarin, normalised; so a piece found in the message as typed is found again in its reading.
 */
export function plainReading(text: string): string {
  return normalizeText(readAsMandarin(withoutSpeechNoise(text)))
}
