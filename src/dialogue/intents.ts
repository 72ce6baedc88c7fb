/**
 * @module dialogue/intents
 * Recognises the small talk and control words of a conversation before any
 * search runs: greetings, thanks, help, reset, "更多", a bare number, a 👍/👎
 * feedback button, and the pieces of a follow-up (which project, which
 * field). Plain patterns, not a model: they must work offline, instantly,
 * and the same way every time for a learner who types "2" or "第二个".
 */
import { withoutLabels } from '../text/field-labels.js'
import { toHalfWidth } from '../text/fold.js'
import type { Field } from './session.js'
import { classifyControl, onlyMoreVocabulary } from './turn-classifier.js'
import { ENGLISH_REACTIONS } from './english-control-words.js'
import { containsBySlip, controlForm } from './control-text.js'

/** What a message asks for, before slots are considered. */
export type ControlIntent =
  | { kind: 'feedback'; value: 'up' | 'down'; projectId: string }
  /** `rest`: a new request said in the same breath ("从头来，我想学电工"). */
  | { kind: 'reset'; rest?: string }
  | { kind: 'greeting' }
  | { kind: 'thanks' }
  | { kind: 'help' }
  | { kind: 'more' }
  | { kind: 'number'; n: number }

const PUNCT = /[\s!！?？。.,，、~～…:：;；"“”'‘’()（）【】\[\]]+/g
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }

/** The receipt-style (大写) numerals, as the everyday ones. */
const CAPITAL_NUMERALS: Record<string, string> = { 壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 弎: '三', 肆: '四', 伍: '五', 陆: '六', 陸: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十' }
const CAPITAL_AFTER_DI = /第(\s*)([壹贰貳叁參弎肆伍陆陸柒捌玖拾])/g

/**
 * "第叁个", "第貳個", "第伍个": people who write numbers on receipts and forms use the receipt-style numerals for a
 * place in the list too. Read as the everyday ones only after 第, where nothing else can follow; elsewhere they are
 * words (收拾, 队伍, 大陆, 參加).
 */
export function withPlainOrdinals(text: string): string {
  return text.includes('第') ? text.replace(CAPITAL_AFTER_DI, (_, space: string, n: string) => `第${space}${CAPITAL_NUMERALS[n]}`) : text
}

/** The message folded for whole-message matching: half-width, lower case, no punctuation. */
export function bare(text: string): string {
  return withPlainOrdinals(toHalfWidth(text)).toLowerCase().replace(PUNCT, ' ').trim()
}

const GREETING_WORDS =
  /(你好|您好|你好呀|哈喽|哈啰|哈罗|哈咯|嗨|嘿|喂|哈啰你好|早安|午安|晚安|早上好|上午好|中午好|下午好|晚上好|在吗|在不在|有人吗|hello|hallo|hullo|hiya|hi|hey|heya|howdy|yo|good morning|good afternoon|good evening|morning|evening|howzit|howsit|heita|sawubona|sup|wassup|whatsup|what s up|g day|gday|kia ora|aloha|namaste|salaam|salam|assalamualaikum|hola|bonjour|ciao|greetings|hey there|hi there|hello there|hey mate|hi all|hey all|hiya mate)/g
/** A Latin word with each run of one letter pressed once ("hhi", "hiii", "heyyy" → "hi", "hi", "hey"). */
const squash = (s: string) => s.replace(/([a-z])\1+/g, '$1')
const SQUASHED_GREETINGS = new RegExp(squash(GREETING_WORDS.source), 'g')
/** A greeting typed with a key held or pressed twice ("hhi", "hiiii", "helloooo"): still a greeting, never a subject. */
function isStretchedGreeting(b: string): boolean {
  return /^[a-z ]+$/.test(b) && squash(b).replace(SQUASHED_GREETINGS, '').replace(/\s+/g, '') === ''
}
/** Thanks and a bare reaction to a reply ("好的", "great", "lovely"): longest first, so "nice one" goes whole. */
const THANKS_WORDS = new RegExp(`(${['谢谢你', '谢谢您', '谢谢', '多谢', '感谢', '好的', '好', '知道了', '明白了', '收到', '辛苦了', 'thank you',
  'thanks', 'thx', 'ok', 'okay', 'great', 'got it', ...ENGLISH_REACTIONS, '啦', '了', '呀', '啊', '哦', '噢']
  .sort((a, b) => b.length - a.length).join('|')})`, 'g')
const HELP = /^(help|菜单|帮助|怎么用|使用说明|目录|menu|\?|\/help|\/menu|功能|你能做什么|你会什么|what can you do)$/
/** Parses "2", "２", "二", "第二个", "2号", "No. 2" as a number; null otherwise. */
export function parseNumber(token: string): number | null {
  const t = token.trim()
  if (/^\d{1,2}$/.test(t)) return Number(t)
  if (t.length === 1 && CN_DIGITS[t] !== undefined) return CN_DIGITS[t]
  return null
}

/**
 * A 👍/👎 button's payload ("👍 LF-0001"), read from the message as sent: the plain form a message is read in drops
 * emoji as pauses, and this one is a button, not speech.
 */
export function feedbackPayload(text: string): ControlIntent | null {
  const fb = /^\s*(👍|👎)\s*([A-Za-z0-9_.-]{1,64})\s*$/u.exec(text)
  return fb ? { kind: 'feedback', value: fb[1] === '👍' ? 'up' : 'down', projectId: fb[2] } : null
}

/**
 * A control intent when the whole message is one, else null. `text` is the
 * raw message; feedback payloads look like "👍 LF-0001". `namesSlot` says
 * whether a message names a slot: a "more" read only through a slip is no
 * "more" when it does, since a slip may blur a filler but never a place
 * ("另外，宁波" is not 另外 + 能 + 波, "other ones, a batch").
 */
export function detectControl(text: string, namesSlot?: (text: string) => boolean): ControlIntent | null {
  const fb = feedbackPayload(text)
  if (fb) return fb
  const b = bare(text)
  if (!b && /[?？]/.test(text)) return { kind: 'help' }
  if (!b) return null
  if (HELP.test(b)) return { kind: 'help' }
  // More and reset are read by rules over a vocabulary that tolerates particles, Cantonese and slips.
  const turn = classifyControl(text)
  if (turn?.kind === 'more' && (onlyMoreVocabulary(text) || !namesSlot?.(text))) return { kind: 'more' }
  if (turn?.kind === 'reset') return turn.rest && bare(turn.rest) ? { kind: 'reset', rest: turn.rest } : { kind: 'reset' }
  const n = bareNumber(b)
  if (n !== null) return { kind: 'number', n }
  if (b.replace(GREETING_WORDS, '').replace(/\s+/g, '') === '' || isStretchedGreeting(b)) return { kind: 'greeting' }
  if (b.replace(THANKS_WORDS, '').replace(/\s+/g, '') === '') return { kind: 'thanks' }
  return null
}

/** "2", "第二个", "2号", "第2条", "no 2", "number 2": the whole message is a choice. */
function bareNumber(b: string): number | null {
  const m = /^(?:第\s*)?([0-9]{1,2}|[一二两三四五六七八九十])\s*(?:个|号|条|项|种|类)?$/.exec(b)
    ?? /^(?:no|number|#)\s*([0-9]{1,2})$/.exec(b)
  return m ? parseNumber(m[1]) : null
}

/** Words for the first of a list ("最前面那个", "排第一的", "排头那个", "头一个") and for its last ("最后那个"). */
const FIRST_WORDS = /(最前|最上|最头|最顶|最开(始|头)(那|的|一)|开头(那|的|一)(个|条|项|门)|顶上那|头上那|头前(那|这|的)|排(在)?(第一|最前|头)|打头|头(一)?(个|门)|头一(条|项|家)|第一名|\bthe top one\b|\btop one\b|\bfirst one\b|\bthe first\b(?! (?:aid|time|steps?|language))|\bthe top\b|\bthe very first\b|\bat the top\b)/
const LAST_WORDS = /(最后(面)?(那|一|的)?(个|条|项|门)|排(在)?最后|最下面|最末|\bthe last( one)?\b|\bthe bottom one\b)/

/** {@link FIRST_WORDS} and {@link LAST_WORDS}, every match: removed before a field is read. */
const POINTER_WORDS = new RegExp(`${FIRST_WORDS.source}|${LAST_WORDS.source}`, 'g')

const EN_CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
/** "number one", "no. two", "num 3", "option three", "item two": a list word before a spelled-out number. */
const EN_NUMBERED = new RegExp(`\\b(?:number|numbr|nummber|no\\.|num|nr|option|item|choice|(?<!\\b(?:in|of|year|grade) )(?:course|programme|program|project|listing|entry|result))\\s*(${EN_CARDINALS.join('|')})\\b`)

/**
 * How a question about a field opens right after a project's number (要钱, 在哪, 咋报, 学费, 电话, 找谁…); never a
 * measure word (个, 月) or a word the number is part of (二胡, 一起). The locatives are the closed class of "at" verbs
 * (在, and the northern 搁, the Cantonese 喺).
 */
const FIELD_OPENING = /^(?:要|在|搁|喺|咋|怎|啥|什么|多|去|哪|几|好久|学费|费用|收|电话|联系|找|地|报|是|有没|具体|详)/
/** Asking how a thing is, as a whole ("咋样", "怎么样", "如何", "好不好", "啥情况"): the card, when said of a pointed-at project. */
const APPRAISAL = /^(?:咋个?样|怎么?样|如何|好不好|好吗|行不行|靠谱|啥样|什么样|啥情况|什么情况|怎么回事|咋回事)/
/**
 * A number with its measure word opening the message ("1个", "二个", "3条", "第" left out): the place in the list,
 * when a question about that project follows it. A noun the number counts comes first otherwise ("一个月多少钱",
 * "两个人能报吗", "三个都要钱吗"), so the words right after the measure word must open the question.
 */
const COUNTED_LEAD = /^\s*([0-9]{1,2}|[一二两三四五六七八九十])\s*(?:个|條|条|项|項|门|門)\s*(\S.*)$/

/**
 * The project number a follow-up names ("第二个怎么报名", "1号要钱吗", "the second one",
 * "最前面那个", "最后一个"), or null. `count` is how many are on screen (what "last" means).
 */
export function detectOrdinal(text: string, count = 0): number | null {
  const t = withPlainOrdinals(toHalfWidth(text)).toLowerCase()
  if (FIRST_WORDS.test(t)) return 1
  if (count > 0 && LAST_WORDS.test(t)) return count
  const m =
    /第\s*([0-9]{1,2}|[一二两三四五六七八九十])(?![次天周期年节步批])\s*(?:个|号|条|项)?/.exec(t) ??
    /(?:^|[^0-9])([0-9]{1,2}|[一二两三四五六七八九十])\s*(?:号|个项目|个课|个班)/.exec(t) ??
    /^\s*([0-9]{1,2})\s*(?:[.、:：,，\s]|(?=[要怎在什多联电网报是的啥哪]))/.exec(t) ??
    /(?:number|no\.?|num|nr|option|item|choice|#)\s*([0-9]{1,2})\b/.exec(t) ??
    // The list's own noun with its number ("course 3", "class 2", "programme 1"), never a school class ("in class 2") or a count.
    /(?:(?<!\bof )\b(?:course|programme|program|project|listing|entry|result|pick)|(?<!\b(?:in|into|of|year|grade) )\bclass)\s*#?\s*([1-9])\b(?!\s*(?:people|persons|kids|children|years?|weeks?|months?|days?|hours?|times|sessions|lessons|classes|courses|yuan|rmb|dollars|pm|am|o ?clock|:))/.exec(t)
  if (m) return parseNumber(m[1])
  // A number opening a question about a field is its project ("三收钱不", "二在哪点", "3学费多少"): not a count or a
  // measure word ("一个月多少钱", "一起报名", "两年学费", "一对一多少钱").
  const lead = /^\s*([0-9]{1,2}|[一二两三四五六七八九十])(?![0-9一二两三四五六七八九十])\s*(\S.*)$/.exec(t)
  if (lead && FIELD_OPENING.test(lead[2]) && detectField(lead[2], true) !== null) return parseNumber(lead[1])
  // The same with the measure word said and 第 left out: "1个咋报", "二个搁哪儿", "1个咋样" (the whole card).
  const counted = COUNTED_LEAD.exec(t)
  if (counted && FIELD_OPENING.test(counted[2]) && (detectField(counted[2], true) !== null || APPRAISAL.test(counted[2]))) return parseNumber(counted[1])
  // Colloquial rank words with a pointer: "老大那个" (the first), "老二那个", "老三这门", or placed in the list: "排老大的",
  // "排在老二的" — never a bare "老二", nor a family's "俺家排老二的" (a second child).
  const rank = /老(大|[二三四五])(?:那|这)(?:个|门|条|项|家)|(?<![家])排(?:在|行)?老(大|[二三四五])/.exec(t)
  const nth = rank?.[1] ?? rank?.[2]
  if (nth) return nth === '大' ? 1 : parseNumber(nth)
  // The list's own numbering named: "编号1的", "序号为三的", "編號2".
  const numbered = /(?:编号|序号|編號|序號)(?:为|是|為)?\s*([0-9]{1,2}|[一二两三四五六七八九十])/.exec(t)
  if (numbered) return parseNumber(numbered[1])
  const word = EN_NUMBERED.exec(t)
  if (word) return EN_CARDINALS.indexOf(word[1]) + 1
  // "details on 2", "contact for 1", "price of #3": a bare number closing a question about a field.
  const tail = /\b(?:on|for|of|about|to|re)\s*#?\s*([1-9])\s*[?？.!]*\s*$/.exec(t)
  if (tail && detectField(text, true) !== null) return Number(tail[1])
  const th = /\b([1-9])\s*(?:st|nd|rd|th)\b/.exec(t)
  if (th) return Number(th[1])
  const en = /\b(first|second|third|fourth|fifth)\b(?! (?:aid|time|timers?|language|languages|steps?|responders?|hand|half|world|generation|class citizens?|thoughts?|opinion|chance|career|job|home|degree))/.exec(t)
  if (en) return ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(en[1]) + 1
  return null
}

/**
 * True when the message points at the project just discussed ("这个", "它", "this one"). "It" before a
 * requirement ("it needs to be free", "it has to be online", "it'd be better in person") is the course the
 * learner wants, a narrowing, not one shown. "That" before a subject ("needs to be that i can do on my phone",
 * "something that my mum can follow") opens a clause: a conjunction or relative, never a pointer.
 */
export function mentionsThis(text: string): boolean {
  return /(这个|那个|这门|那门|这一个|该项目|这项目|这课|它|this one|that one|(?<!\b(?:forget|forgot|scrap|scratch|drop|skip|ignore|leave|mind|stop|cancel|delete) )\bit\b(?! (?:skills?|basics|support|literacy|training|courses?|class(?:es)?|stuff|jobs?|work)\b)(?!(?:['’]?s| is)? (?:(?:needs?|has|have|got|ought|would need|would have|will have|would want) to be|(?:gotta|must|should|better|could|can|may|might) be|(?:(?:['’]?d|would|will) be (?:better|nicer|nice|good|great|best|ideal|easier))|(?:doesn['’]?t|does not|don['’]?t) (?:need|have) to be)\b)|(?<!\ball )\bthis\b(?! (?:whole|kind of|sort of|type of|stuff|business|thing)\b)|(?<!\b(?:forget|forgot|scrap|scratch|drop|skip|ignore|mind|not|of|than|about) )\bthat\b(?! (?:costs?|charges?|are|have|has|teach(?:es)?|runs?|offers?|do|don'?t|takes?|will|would|can|could|start|starts|cover|covers|i|i m|we|you|he|she|they|my|our)\b))/i.test(text)
}

/** Field patterns in checking order: duration before dates ("多长时间" is not "时间"). */
const FIELD_PATTERNS: [Field, RegExp][] = [
  // Everyday ways of asking how to get in: 去哪儿登记, 咋个报上, 找谁报, how do i get in (round 8).
  ['enroll', /(报名|登记|手续|报得?上(?![课班学])|(?:咋个?|找谁|上哪儿?|去哪儿?|哪个地方|啥地方|点样?)报(?![纸道告表销价])|^\s*(?:我?想|我?要)?报(?=\s*(?:第|排|嗰|𠮶|[0-9一二三四五]\s*号|这|那))|how (?:do|can|would) (?:i|we|you) get (?:in|on|into|onto)\b(?! touch\b)|怎么参加|如何参加|怎么加入|怎么申请|咋报|(?:怎么|哪里|哪儿|什么地方|哪)(?:去|能|可以)?报(?![纸道告表销价])|参加的话|sign ?up|sign me up|enrol|register|registration|how (?:do|can) i join|how to join|apply|application|\bbook(?:ing)? (?:a )?(?:place|seat|spot)\b)/i],
  // The price said in everyday words: 要几个钱, 几多钱, 使唔使钱 (does it cost); the rate.
  ['fee', /(要钱|多少钱|好多钱|交钱|几个钱|几多?钱|使(?:唔|不)?使钱|收费|收钱|费用|学费|免费吗|免不免费|是免费的吗|贵不贵|贵吗|价格|花钱|要不要钱|how much|cost|\bfees?\b|\bprice\b|\brates?\b|\btuition\b|\bcharges?\b|is it free|free\?|\bis (?:the |number |no\.? ?|#)?(?!there\b)\w+(?: one)? free\b)/i],
  ['duration', /(多久|多长时间|时长|几周|几个月|几次课|多少学时|学时|how long|duration)/i],
  // "beginners" and "start-up" are no question about dates: whole words only.
  ['dates', /(什么时候|啥时候|几时|开课|开始|(?<!电话)几号|哪天|日期|时间|截止|结束|when|\bstart(?:s|ing|ed)?\b(?![ -]?ups?\b)|\bdates?\b|\bbegin(?:s|ning)?\b)/i],
  // Where, said as the way there or in Cantonese: 上哪去上, 怎么走, 喺边度 (but 打去边度问 asks whom to call).
  ['place', /(在哪|上哪|啥地方|哪个地方|怎么走|咋走|喺边|(?<!打[去到给]\s?)边度|哪里上课|哪儿|地点|地址|什么地方|去哪|上课地方|where|location|address|venue)/i],
  // 咨询 is the contact only as what is reached (找谁咨询, 怎么咨询, 咨询方式): said as the act of asking (替妇女咨询,
  // 重新咨询, 咨询一下有没有…) it names no field.
  // (联络, written the same everywhere, is how Taiwan and overseas learners say it: 點聯絡, 聯絡方式, 怎么联络.)
  ['contact', /(联系|联络|电话|打[去到给]边度|问谁|找(?:哪个|哪位)问|手机号|号码|(?:找谁|问谁|向谁|跟谁|去哪儿?|在哪儿?|哪里|上哪儿?|怎么|咋|如何|怎样)咨询|咨询(?:谁|哪|方式|热线|途径|渠道)|打给谁|找谁|contact|in touch|reach (?:them|someone|somebody|anyone)|who (?:do|should|can|would) (?:i|we) (?:reach|ring|talk to|speak to|speak with)\b|(?<!\b(?:smart|my|a|your) ?)\bphone\b(?! ?(?:apps?|basics|skills|use|photography|payments?|scams?|banking|instead))|\bcall\b|telephone)/i],
  ['url', /(网址|链接|网站|网页|官网|\blink\b|\burl\b|website|web ?page)/i],
  ['details', /(详细|详情|介绍一下|介绍下|具体|讲什么|学些什么|内容|details?|more about|tell me about|what is it)/i],
]

/**
 * Field words to find again through a slip when no pattern matched: a Chinese
 * word typed with a same-sounding character (抱名, 连系), an English word one
 * letter off (aply, staart, whenn, contct).
 */
const FIELD_SLIP_WORDS: [Field, string[]][] = [
  ['enroll', ['报名', '参加', '申请', 'apply', 'enrol', 'enroll', 'register', 'registration', 'join', 'signup']],
  ['fee', ['收费', '费用', '学费', '价格', '多少钱', 'cost', 'costs', 'price', 'fees', 'free', 'pay', 'rate', 'tuition']],
  ['duration', ['时长', '多久', 'long', 'duration']],
  ['dates', ['开课', '开始', '时间', '日期', 'when', 'start', 'starts', 'begin', 'date', 'dates']],
  ['place', ['地点', '地址', '在哪', 'where', 'location', 'address', 'venue']],
  ['contact', ['联系', '联络', '电话', '号码', 'contact', 'phone', 'telephone', 'call']],
  ['url', ['网址', '链接', '网站', 'link', 'website']],
  ['details', ['详细', '详情', '介绍', 'details', 'detail', 'about']],
]

/** 在那 before a measure word or a side is "at that …" ("现在那个AI", "在那家"), never 在哪 typed with a slip (在那里 may be one). */
const AT_THAT = /在那(?=个|些|种|门|家|位|条)/g

/** The project field a message asks about, or null; `tolerant` also reads field words through one slip. */
export function detectField(text: string, tolerant = false): Field | null {
  // The words pointing at a project are not the question: 最开始那个 holds 开始 (dates), the top one holds nothing.
  // A field word labelling a value ("时间：周末", "地址：杭州") frames a fact the learner states: it asks nothing.
  const t = toHalfWidth(withoutLabels(text)).toLowerCase().replace(POINTER_WORDS, ' ')
  for (const [field, re] of FIELD_PATTERNS) if (re.test(t)) return field
  if (!tolerant) return null
  const form = controlForm(withoutLabels(text)).replace(AT_THAT, ' ')
  // The slips typing makes first, a letter changed for a far key last: "wher" is where short of its "e", not when.
  for (const keyboard of [true, false]) for (const [field, words] of FIELD_SLIP_WORDS) if (words.some((w) => containsBySlip(form, w, keyboard))) return field
  return null
}
