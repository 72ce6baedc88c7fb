/**
 * @module query/service-asks
 * A message that asks to hire someone rather than to learn: "想找人帮我搬家", "找人修冷气", "我要找保姆",
 * "帮我找会修电脑的师傅", "请个律师". A service is no lifelong-learning project, whatever topic its words touch
 * (保姆 is a vocational course's word, 电脑 a digital one), so the understander reads the phrase as out of scope
 * and drops the slots inside it, as it does for exam tutoring (query/colloquial-cues' examTutoring). Becoming one
 * ("想当保姆", "找保姆的工作") or learning from one ("找个师傅学手艺", "找人教我游泳") stays a request to learn.
 * Buying or booking a thing ("买两张机票", "帮我订高铁票", "租个房子", "book a hotel", "need cheap flights") and
 * asking where a job gets done ("找哪里维修", "去哪办护照", "where can I fix my phone") are services too: the asker
 * wants the thing or the job done, not to learn it ("怎么网上买菜", "学修电脑", "how to book tickets online" ask to learn).
 */
import { globalMatches } from '../text/regex-tools.js'

/** People one hires for a job at home or in life (never a teacher: 老师 and 教练 teach). */
const HIRED = '(?:师傅|保姆|保母|月嫂|育儿嫂|钟点工|家政阿姨|阿姨|护工|看护|水电工|电工|木工|泥瓦工|装修队|装修公司|搬家公司|工人|律师|司机|代驾|跑腿|清洁工|保洁)'
/** Jobs done for the asker (搬家, 修冷气, 打扫, 接送孩子, 照顾老人). */
const JOB = '(?:搬家|搬东西|修|装|维修|安装|打扫|清洗|洗|疏通|通|换|接送|照顾|看护|带孩子|看孩子|陪|跑腿|代购|做饭|做家务|打官司|写|办)'
/** What the job is done to, up to the clause's end ("修冷气", "接送孩子上学"). */
const WHAT = '[^，,。!！?？\\s]{0,6}'
/**
 * Hiring: a verb of finding or paying someone, then a person (人, one of {@link HIRED}, or "会…的" + one), then
 * optionally "来/上门 帮我" and a job; with 人 a job or "帮我" must follow (找人 alone may be asking who teaches).
 */
const HIRING = new RegExp(
  `(?:找|请|雇|叫|聘)(?:个|一个|位|一位|名|些)?(?:(?:会|能)[^，,。!！?？\\s的]{1,6}的|有经验的|靠谱的|专业的)?${HIRED}(?![的]?(?:工作|活|岗位|证|培训|课|班))` +
  `|(?:找|请|雇|叫)(?:个|一个|些)?人(?:来|上门)?(?:家里|我家|家)?(?:帮|给|替)(?:我|我们|我家|家里|俺)?${JOB}${WHAT}|(?:找|请|雇|叫)(?:个|一个|些)?人(?:来|上门)?(?:家里|我家|家)?${JOB}${WHAT}`, 'g')
/**
 * Buying, booking or renting a thing for the asker: the verb (not after 怎么/如何/咋, which ask how it is done), an
 * optional count and measure word ("两张", "一间"), then the thing, up to the clause's end ("买两张去广州的机票").
 */
const BUYING = new RegExp(`(?<!怎么|怎样|如何|咋|咋样|网上|线上|手机|出)(?:买(?!卖)|购买|订购|订(?![单阅])|预订|预定|租(?![赁金]))(?:[一两二三四五六七八九十几]{0,2}[张个间套台辆件本份])?[^，,。!！?？\\s]{0,10}`, 'g')
/** Where or by whom a job gets done ("找哪里维修", "去哪儿办护照", "哪家能修手机", "找谁疏通"): a place or a person asked for, then a job. */
const WHERE_DONE = new RegExp(`(?:找|去|到|在)?(?:哪里|哪儿|哪家|哪个地方|什么地方|哪)(?:可以|能|能够|有人)?${JOB}${WHAT}|(?:找|请|叫)(?:谁|哪个|什么人)(?:来|帮忙|帮我)?${JOB}${WHAT}`, 'g')
/**
 * A shop or stall that does a job or sells a thing ("附近有没有修手机屏幕的店", "哪有卖二手拖拉机的"): the asker wants
 * the job done or the thing bought there.
 */
const SHOP = new RegExp(`${JOB}${WHAT}的(?:店|铺子?|门店|门面|摊子?|维修点)|(?:哪|哪里|哪儿|哪家|哪个地方|附近)(?:有|能|可以)?(?:卖|买到?)(?!卖)${WHAT}`, 'g')
/** Learning, becoming or teaching anywhere in the message: then the person is a teacher or a trade to learn. */
const LEARNING = /学|教|练|课|班|培训|进修|讲座|考证|考个|当|做个|成为|入行|工作|上岗|技术|技能|知识/

/** The hiring, buying and where-to-get-it-done phrases of a normalised Chinese message with where they sit; none when the message also asks to learn. */
export function serviceAsks(text: string): { word: string; start: number; end: number }[] {
  if (LEARNING.test(text)) return []
  const hiring = /[找请雇叫聘]/.test(text) ? globalMatches(HIRING, text) : []
  const span = (m: RegExpMatchArray, word = m[0]) => ({ word, start: m.index!, end: m.index! + m[0].length })
  // (What is bought names the ask: "买两张去广州的机票" → 机票, the thing after the last 的, or after the count.)
  const bought = globalMatches(BUYING, text).map((m) => span(m, m[0].split('的').pop()!.replace(/^(?:买|购买|订购|订|预订|预定|租)(?:[一两二三四五六七八九十几]{0,2}[张个间套台辆件本份])?/, '') || m[0]))
  return [...hiring.map((m) => span(m)), ...globalMatches(WHERE_DONE, text).map((m) => span(m)), ...bought, ...globalMatches(SHOP, text).map((m) => span(m))]
    .filter((m) => m.end - m.start >= 2)
    .sort((a, b) => a.start - b.start)
}

/** Words of learning in English: a message holding one asks to learn, whatever it buys ("book a yoga class"). */
const EN_LEARNING = /\b(?:learn\w*|stud(?:y|ying|ies)|teach\w*|course\w*|class\w*|lessons?|training|train|tutor\w*|school|workshops?|programm?e?s?|skills?|how to|lectures?|certificat\w*|exams?|practi[cs]\w*)\b/
/** What is bought (not "ones", "options": those narrow the list on screen by its price). */
const EN_THING = '(?!(?:ones?|options?|stuff|things?|choices?|alternatives?|way|for|to|in|on)\\b)[a-z]+'
/**
 * Buying, booking or renting ("book a hotel", "buy two tickets", "rent a flat"), or a thing wanted by its price
 * ("need cheap flights"), or where a job gets done ("where can i fix my phone").
 */
const EN_SERVICE = new RegExp(
  `\\b(?:buy|book|order|rent|reserve|hire)\\s+(?:(?:me|us|a|an|the|some|two|three|\\d+|cheap|cheapest|good|new|return|one-way)\\s+)*${EN_THING}` +
  `|\\b(?:need|want|looking for|find|any|get)\\s+(?:some\\s+)?(?:cheap|cheapest|cheaper|affordable|discount|discounted|budget)\\s+${EN_THING}` +
  `|\\bwhere (?:can|do|should|could) (?:i|we) (?:fix|repair|get|buy|book|renew|apply for)\\s+(?:(?:my|a|an|the|our)\\s+)?${EN_THING}`, 'g')

/** The English service phrases of a normalised message (see {@link serviceAsks}); none when it also asks to learn. */
export function englishServiceAsks(text: string): { word: string; start: number; end: number }[] {
  if (EN_LEARNING.test(text)) return []
  // (Named by the thing bought: "need cheap flights" → flights; a job by all its words.)
  return [...text.matchAll(EN_SERVICE)].map((m) => ({ word: m[0].startsWith('where') ? m[0] : m[0].split(/\s+/).pop()!, start: m.index!, end: m.index! + m[0].length }))
}
