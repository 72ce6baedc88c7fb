/**
 * @module query/fee-reading
 * How a Chinese message says "at no cost", read by composition rather than by listed phrases:
 * a refusal or a zero joined to a paying verb and a fee noun (不收一分钱, 免报名费, 分文不取,
 * 费用全免, 费用为零, 不使钱), on top of the plain words of cues.ts FEE_CUES. An A-not-A question
 * (收不收费, 花不花钱) asks about the fee and is no filter.
 */
import { FEE_CUES } from './cues.js'
import { candidateIndices, globalMatches } from '../text/regex-tools.js'

/** What is paid: the fee nouns. */
const FEE = '(?:学费|费用|培训费|报名费|课时费|资料费|材料费|听课费|上课费|费(?!劲|力|事|时|神|脑|心|工夫|功夫)|一分钱|一分|半分钱|钱|银子)'
/** The smallest sums, "not a penny" when refused ("一毛钱", "一块钱", "一个子儿", "半分钱"), and "any money" (啥钱, 什么费). */
const NO_SUM = '(?:(?:一|半)(?:分|毛|角|块|元|文|个子儿|个子|个钢镚儿?|个铜板|个大子儿?)(?:钱)?|(?:什么|任何|哪样)(?:钱|费))'
/** The paying verbs (花, 掏, 交…), the closed class a refusal of cost is built on. */
const PAY = '(?:花|掏|收|交|付|出|给|缴|拿|要)'
/** Saying it costs nothing, composed: refusal/zero + paying verb + fee, or fee + waived. */
const FREE_FRAMES = new RegExp([
  // Not a penny, any penny, refused ("一毛钱不花", "一块钱都不用掏", "啥钱都不收", "什么费都不交").
  `${NO_SUM}(?:都|也)?(?:不|没|甭|别)(?:用|要|需|会)?${PAY}`,
  // Not paying out of one's own pocket ("不用自己掏腰包", "不用俺出钱"); a fee waived ("免了学费", "免掉报名费").
  `(?:不|没|甭|别)(?:用|要|需)?(?:自己|自个儿?|我|俺|咱|个人)${PAY}(?:腰包|钱包|钱|费用|学费)|(?:不|没|甭|别)(?:用|要|需)?掏腰包|免(?:了|掉|除了?)${FEE}`,
  // A refusal said as a plea or in dialect ("最好别收费", "甭交钱", "莫收钱", "冇收费"): 别 not after a word it ends (特别, 类别).
  `(?:不|免|无|零|没有|没|(?<![特区类个性告分级识鉴差派辨离])别|甭|莫|冇)(?:要|用|需)?(?:收|交|付|花|掏|缴|要)?(?:任何|一分|半分|一点)?${FEE}`,
  // Learning without money ("没有钱也能学的", "不掏钱也可以上", "莫得钱照样能学"): money is no condition.
  `(?:没有|没|不用|不花|不掏|不交|不给)(?:一分)?钱(?:也|都|照样|照)(?:能|可以|可|行|中)?(?:学|上|听|报|参加)?`,
  `(?:不用|无需|无须|不需|不需要|用不着|不必|毋免|唔使|不使|毋使|免除)(?:收|交|付|花|掏|出|给|缴|要)?(?:任何|一分|半分|一点)?${FEE}`,
  `分文不(?:收|取|要)|一分(?:钱)?(?:都|也)?不(?:收|要|花|用)|${FEE}(?:全免|全部免|都免|免了|免收|为零|是零|为0|是0|全包)`,
].join('|'), 'g')
/** An A-not-A question: a paying verb, 不, the same verb (收不收费, 花不花钱). Not 要不要钱: the Cantonese 要唔使钱 ("want
 * the no-cost ones") reads the same once in Mandarin, so it stays a wish. */
const A_NOT_A = /([收交花付掏缴免])不\1/

/**
 * "Is it free?" asked of what is found, in a clause of its own ("有法律课程吗？课程免费吗", "是免费的吗", "都唔使錢嘅嗎"):
 * the fee word is the predicate of a yes/no question whose subject is the course or nothing, so it asks, and filters
 * nothing. A wish keeps its verb or its noun ("有免费的吗", "要免费的", "免费的课有吗").
 */
const ASKED_AFTER = /^(?:的)?(?:吗|么|嘛|不|没有|没|呢)(?=$|[\s，,。！!？?])/
const SUBJECT_BEFORE = /^(?:请问|那|这|那些|这些|它们?|这个|那个|这门|课程|课|班|培训|项目|学费|费用|报名|都|全都|全部|是|也|还|会|应该|一般)*$/

/** The free cue as a global pattern, made once (matchAll copies it, so it keeps no state between messages). */
const FREE_CUE = new RegExp(FEE_CUES.free.source, 'g')

/** True when this match is the yes/no question "is it free?" in a clause of its own (see {@link ASKED_AFTER}). */
function askedOfIt(text: string, at: number, matched: string): boolean {
  if (!ASKED_AFTER.test(text.slice(at + matched.length))) return false
  const clause = text.slice(0, at).split(/[\s，,。！!？?]/).pop() ?? ''
  return SUBJECT_BEFORE.test(clause)
}

/** True when this match is the middle of an A-not-A question ("收不收费", "花不花钱"). */
function isQuestion(text: string, at: number, matched: string): boolean {
  if (!matched.startsWith('不')) return false
  return A_NOT_A.test(text.slice(Math.max(0, at - 1), at + 2))
}

/** Asking what it costs, with the paying verb and its money ("要交钱不", "学电脑得花钱吗", "收钱不"): a question about the
 * fee, no filter and no need word. Only with a "must" before it or a question after it: 手机收钱 alone is a subject. */
const COST_QUESTION = new RegExp(`(?:要|得|需要|用|还要|还得)?(?:${PAY})(?:不${PAY})?(?:钱|费|学费|费用)(?=不|吗|么|没|没有|啊|呀|$|[\\s，,。！!？?])(?:不|吗|么|没有|没)?|(?:要|得|需要)(?:${PAY})(?:钱|费|学费|费用)`, 'g')

/**
 * Which of the fee patterns (by index: not-free, the free cue, the free frames, the cost question) a message can
 * match at all, from the message's one walk of every table's strings (text/literal-walk). Most messages say nothing
 * of money, and the free frames' long alternation, tried at every position, was most of a fee reading.
 */
const mayFee = candidateIndices([FEE_CUES.notFree, FREE_CUE, FREE_FRAMES, COST_QUESTION])
const NOT_FREE = 0, CUE = 1, FRAMES = 2, COST = 3

/** True when a Chinese message asks for free projects, null otherwise (a fee it accepts is no filter). */
export function readFree(text: string): boolean | null {
  const may = mayFee(text)
  if (may.length === 0) return null
  if (may.includes(NOT_FREE) && FEE_CUES.notFree.test(text)) return null
  for (const k of [CUE, FRAMES]) {
    if (!may.includes(k)) continue
    for (const m of globalMatches(k === CUE ? FREE_CUE : FREE_FRAMES, text)) if (!isQuestion(text, m.index!, m[0]) && !askedOfIt(text, m.index!, m[0])) return true
  }
  return null
}

/** Where a message talks of its cost without asking for it free (a cost question): none of it is a need word. */
export function costQuestionSpans(text: string): [number, number][] {
  if (!mayFee(text).includes(COST)) return []
  return globalMatches(COST_QUESTION, text).filter((m) => /[要得需用不吗么没]/.test(m[0])).map((m) => [m.index!, m.index! + m[0].length])
}

/** The spans of every way of saying "free" in `text` (so none of it is read as a need). */
export function freeSpans(text: string): [number, number][] {
  if (!mayFee(text).includes(FRAMES)) return []
  return globalMatches(FREE_FRAMES, text).map((m) => [m.index!, m.index! + m[0].length])
}
