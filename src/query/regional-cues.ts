/**
 * @module query/regional-cues
 * Sentence shapes of Taiwan, Hong Kong, Macau and overseas Chinese learners
 * that survive the word rewrites of text/regional-words but no mainland cue
 * reads: "我白天要返工" (I work days), "做老豆嘅" (as a dad), "唱粵劇",
 * "歌仔戲". The text arrives simplified and in plain Mandarin (返工 → 上班,
 * 嘅 → 的), so the patterns are written in simplified characters. Kept apart
 * from query/cues and query/colloquial-cues so each file stays one idea.
 */
import type { Cue } from './cues.js'

const implied = (kind: Cue['kind'], id: string, pattern: RegExp): Cue => ({ kind, id, pattern, explicit: false })
const explicit = (kind: Cue['kind'], id: string, pattern: RegExp): Cue => ({ kind, id, pattern, explicit: true })

/** Taiwan, Hong Kong and overseas Chinese cues for audiences and topics, matched like the built-in ones. */
export const REGIONAL_CUES: readonly Cue[] = [
  // Employees: a working week said as a duty ("我白天要返工", "平日都要上班", "星期一至五返工").
  implied('audiences', 'employees', /(白天|日头|日间|平日|平时|每天|天天|周一(到|至)(周)?五|星期一(到|至)(星期)?五|朝九晚[五六])(都|也|还)?(要|得|在)?上班|我(都|也|还)?(要|得)上班|(全职|长工|正职)(的)?(上班|工作)/),
  // Parents: "做爸爸的", "当妈妈的", "做老豆嘅" (Cantonese dad), "做阿妈的".
  implied('audiences', 'parents', /(做|当)(人)?(爸爸|妈妈|爸|妈|老豆|老窦|阿爸|阿妈|爹地|妈咪|父亲|母亲|父母)(的|了)/),
  // Older learners: Hong Kong 长者 / 老友记 phrases, Taiwan 银发族 / 熟龄, Singapore 乐龄 and 建国一代 / 立国一代.
  implied('audiences', 'elderly', /银发(族|长辈|朋友)|熟龄|建国一代|立国一代|(我是|我们是|我哋是)(个)?长者|长者(卡|咭|证)/),
  // Local opera and performing arts: Cantonese opera, Taiwanese opera, glove puppetry, nanyin.
  explicit('topics', 'culture-arts', /粤剧|粤曲|歌仔戏|布袋戏|南音|潮剧|琼剧|木偶戏|狮艺|舞狮|醒狮|二胡|古筝|扬琴|书法班|国画班/),
]
