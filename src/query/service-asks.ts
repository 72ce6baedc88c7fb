/**
 * @module query/service-asks
 * A message that asks to hire someone rather than to learn: "想找人帮我搬家", "找人修冷气", "我要找保姆",
 * "帮我找会修电脑的师傅", "请个律师". A service is no lifelong-learning project, whatever topic its words touch
 * (保姆 is a vocational course's word, 电脑 a digital one), so the understander reads the phrase as out of scope
 * and drops the slots inside it, as it does for exam tutoring (query/colloquial-cues' examTutoring). Becoming one
 * ("想当保姆", "找保姆的工作") or learning from one ("找个师傅学手艺", "找人教我游泳") stays a request to learn.
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
/** Learning, becoming or teaching anywhere in the message: then the person is a teacher or a trade to learn. */
const LEARNING = /学|教|练|课|班|培训|进修|讲座|考证|考个|当|做个|成为|入行|工作|上岗/

/** The hiring phrases of a normalised Chinese message with where they sit; none when the message also asks to learn. */
export function serviceAsks(text: string): { word: string; start: number; end: number }[] {
  if (!/[找请雇叫聘]/.test(text) || LEARNING.test(text)) return []
  return globalMatches(HIRING, text).map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }))
}
