/**
 * @module query/need-frames
 * Whether a word of a message is a subject the learner asks to learn, or only
 * talk around the request: one rule ({@link isAskedSubject}) for every layer.
 * need-filter decides whether a leftover word is a need at all (no talk about
 * the speaker, the conversation or place); this module adds the frame. "想学游泳",
 * "有没有滑雪培训", "violin lessons" name a subject (the word stands in a
 * learning frame: after 学/教/练/考/报 or learn/study/teach, or before
 * 课/班/培训 or lessons/courses/training), and a subject no project teaches
 * gets the honest "nothing". "给俺找个课", "补充一下", "我改主意了", "forget
 * that", "I'd love to" do not: such words are dropped, and a message left with
 * nothing to learn and no slot is a vague opener (ask back), never "nothing
 * found". The same reading spots the markers of a vague opener ("不知道学啥",
 * "啥都行", "dunno what", "where do I start").
 */
import { isDictionaryWord, isQualityWord } from '../text/segment.js'
import { isNeedWord } from './need-filter.js'

/** Verbs of learning a subject follows, at most one verb between ("学游泳", "报奥数班", "考驾照", "学开挖掘机"). */
const ZH_BEFORE = /(?<!大|中|小|同|开|放|留|上|科|数|文|化|医|哲|力|美|史|农|工|法)(学|学学|学习|学会|学点|学个|学门|教|练|练习|考|考个|补|补习|报|报个|培训|进修|读|修|搞懂|弄懂|弄明白|搞明白|学明白)[\u4e00-\u9fff]?(?<![的了过着得])$|(咋|怎么|怎样|如何)(学|弄|搞|整)$/
/**
 * Nouns of a course a subject comes right before ("滑雪培训", "奥数班", "dse补习"); after 的 only
 * when the word is itself learning something ("学琴的课"), since "免费的课" or "上堂的课" say how, not what.
 */
const ZH_AFTER = /^(类|这类)?(课|班|培训|讲座|教程|辅导|补习|证|考试|技术|技能|手艺|知识|专业|方面|这块|相关|教练|入门|速成)|^(要|该|得)?(咋|怎么|怎样|如何)(学|入门|上手)/
/**
 * "手风琴零基础能学吗", "古筝好学吗": whether the thing can be learnt, said right after it with no pause (after a
 * pause, "种了十几亩麦子 能学不", it asks whether the speaker may join, and the word is their life).
 */
const ZH_AFTER_GLUED = /^(零基础|零起点|从零开始|新手|小白)|^(能|能不能|可以|可不可以|好)(学|上手|入门)/
/**
 * Driving or working a machine ("开收割机", "学开塔吊", "驾驶拖拉机", "操作挖掘机"): the machine is the subject,
 * whatever verb of wanting comes before, so a machine nobody teaches to drive gets the honest "nothing".
 */
const ZH_DRIVE_BEFORE = /(开|驾驶|驾|操作|操纵|揸)$/
const MACHINE = /[机车船艇吊]$/
/**
 * Driving as one's work, not a wish: the driver named by 的 at a clause's end ("开公交车的，"), or the driving said of
 * one's days with no wish before it ("现在开公交车", "平时在工地开塔吊", "我是退役军人，一直开出租车").
 */
const DRIVER_AFTER = /^的(?:[，,。；;！!？?\s]|$)/
const DRIVES_FOR_WORK = /(?:现在|如今|平时|平常|一直|天天|每天|整天|目前|眼下|以前|原来|之前|早先|靠|专门|在[^，,。；;！!？?\s想要学]{1,6})(?:开|驾驶|驾|操作|操纵|揸)$/
const WISH_IN_CLAUSE = /想|要|学|会|打算|准备|希望/
const drivesForWork = (before: string, after: string) => {
  const clause = before.split(/[，,。；;！!？?\s]/).pop() ?? ''
  return !WISH_IN_CLAUSE.test(clause.slice(0, -1)) && (DRIVER_AFTER.test(after) || DRIVES_FOR_WORK.test(clause))
}
const ZH_AFTER_OF = /^(的|这类的)(课|班|培训|讲座|教程|辅导|补习)/
/**
 * A learning verb right after a word of two characters ("职工学游泳", "员工学跳舞", "初中学画画"): the word ends on the
 * character {@link ZH_BEFORE} would take for the first half of 工学 or 中学, but it is whole, so 学 is the verb.
 */
const ZH_BEFORE_AFTER_WORD = /(\p{Script=Han}{2})(学|学学|学习|学会|学点|学个|学门)\p{Script=Han}?(?<![的了过着得])$/u
/**
 * Doing something, said by its verb and object ("下象棋", "打太极", "跳广场舞", "钓鱼"): before 的课 / 的班 it is the
 * activity the class is of ("下象棋的班"), as a learning word is ("学琴的课"), never a how ("免费的课").
 */
const ZH_ACTIVITY_VERB = '(下|打|跳|玩|唱|弹|吹|画|织|钓|滑|骑|烤|煮|炒|剪|拍|踢|游)'
const ZH_ACTIVITY = new RegExp(`^${ZH_ACTIVITY_VERB}\\p{Script=Han}{1,3}$`, 'u')
/** The verb of an activity cut off the word that follows it ("打|台球的课", "玩|魔方的班"). */
const ZH_ACTIVITY_BEFORE = new RegExp(`${ZH_ACTIVITY_VERB}$`)
const ZH_LEARNING = /^(学|教|练|考|补)/
/** A learning verb and nothing but a word for a class or course (学习班, 补习课, 培训课程): no subject. */
const GENERIC_CLASS = /^(学|学习|教|练|练习|考|补|补习|培训|进修)(班|课|课程|课堂|东西|一下|点)$/
/** A word holding the asker or the asking ("俺找", "给我", "咱家") is talk around a request, never a subject. */
const ZH_TALK = /[俺我咱您你找给]/
const EN_BEFORE = /\b(learn|learning|study|studying|teach|teaching|take|taking|practi[cs]e|practi[cs]ing|master|play|playing|(?:learn|learning) to play|train|training in|lessons? in|courses? (?:in|on)|class(?:es)? (?:in|on)|how to)\s+((?:some|a|an|the|basic|more|to)\s+)?$/
const EN_AFTER = /^\s*(?:[a-z]+ing\s+)?(lessons?|courses?|class(?:es)?|training|coaching|tutoring|tuition|workshops?|programmes?|programs?|exams?|tests?|certificates?|certification|skills?|prep|preparation|club|school|sessions?|camps?|teachers?|tutors?|instructors?|coach(?:es)?|trainers?|masters?|academy|academies|studios?|dojos?)\b|^\s*for (?:adults?|grown ?ups|beginners|seniors|the elderly|older (?:people|adults)|kids|children|teens|teenagers|women|ladies|men|girls|boys|my (?:son|daughter|kids?|children|mum|mom|dad|wife|husband))\b/
/** Words around a bare subject that do not make it less bare ("游泳有没有", "any tennis?"). */
const ZH_BARE_FILLER = /(有没有|有没|有吗|吗|呢|的|啊|呀|吧|请问|想要|想|要|我|俺|有|没)/g
const EN_BARE_FILLER = /\b(any|anything|some|is|are|there|do|you|have|got|for|me|on|about|please|pls|i|want|to|a|an|the)\b/g

/** Where `word` stands in `normalized`: each occurrence's text before and after. */
function occurrences(normalized: string, word: string): { before: string; after: string }[] {
  const out: { before: string; after: string }[] = []
  const latin = /^[a-z0-9]/.test(word)
  const re = latin ? new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[a-z]*`, 'g') : null
  if (re) {
    for (const m of normalized.matchAll(re)) out.push({ before: normalized.slice(0, m.index), after: normalized.slice(m.index! + m[0].length) })
    return out
  }
  for (let at = normalized.indexOf(word); at >= 0; at = normalized.indexOf(word, at + 1)) {
    out.push({ before: normalized.slice(0, at), after: normalized.slice(at + word.length) })
  }
  return out
}

/**
 * True when `word` of the message `normalized` is a subject the learner asks to
 * learn: a need-word (need-filter) that stands in a learning frame, or is all
 * the message says. The dialogue asks only this, never the parts: a subject no
 * project teaches gets the honest "nothing", any other word the catalogue
 * lacks is talk around the request and is dropped.
 */
export function isAskedSubject(normalized: string, word: string): boolean {
  const t = normalized.trim()
  if (isFramedSubject(t, word)) return true
  if (!canBeSubject(word)) return false
  const bare = /[a-z]/.test(word)
    ? t.replace(EN_BARE_FILLER, ' ').replace(/[^a-z0-9]+/g, ' ').trim()
    : t.replace(ZH_BARE_FILLER, '').replace(/[\s?？!！.,，。]+/g, '')
  return bare.length > 0 && (bare === word || (bare.startsWith(word) && bare.length - word.length <= 2))
}

/** Words of the request itself, not its subject: made only of learning characters (教学, 学习, 授课, 讲课: "混合式教学的课"). */
const ZH_REQUEST_ITSELF = /^[学教课班训授讲习]{2,}$/

/**
 * Whether a word can be a subject at all: a need-word (need-filter), not talk about the conversation, not a word
 * for learning itself, and not one or two Latin letters ("ey", "ok": a slip or a
 * particle, never a subject to say "nothing" about).
 */
function canBeSubject(word: string): boolean {
  return !ZH_TALK.test(word) && isNeedWord(word) && !/^[a-z]{1,2}$/.test(word) && !ZH_REQUEST_ITSELF.test(word)
}

/**
 * True when `word` stands in a learning frame in `normalized` ("想学游泳", "搞懂理财", "电脑咋学",
 * "滑雪培训"), not merely as all the message says: the test for a word beside a slot ("只拣面授的"),
 * where the rest of the message is the slot, not more of a subject.
 */
export function isFramedSubject(normalized: string, word: string): boolean {
  if (!canBeSubject(word)) return false
  // A word that is itself a learning verb and its subject ("补英语", "练书法", "考驾照") is asked wherever it stands.
  // (Not when what follows the verb only names a class, "学习班", "补习课": that asks for nothing in particular.)
  if (ZH_LEARNING.test(word) && [...word].length >= 3 && !/^学(员|生|校|院|历|期|费|者|科)/.test(word) && !GENERIC_CLASS.test(word)) return true
  for (const { before, after } of occurrences(normalized.trim(), word)) {
    const b = before.replace(/\s+$/, '')
    const a = after.replace(/^\s+/, '')
    // A learning verb frames the word right after it, never one past a pause ("我外婆想学，麻烦列一下"), and a 学 of a
    // noun (大学, 同学, 数学) is no verb ("老年大学的学员").
    if ((b === before && ZH_BEFORE.test(b)) || EN_BEFORE.test(before)) return true
    const glued = b === before ? ZH_BEFORE_AFTER_WORD.exec(b) : null
    if (glued && isDictionaryWord(glued[1]) && !/[俺我咱您你]/u.test(glued[1])) return true
    if (b === before && ZH_DRIVE_BEFORE.test(b) && MACHINE.test(word) && !drivesForWork(b, after)) return true
    // (A course noun past a pause opens a clause of its own, "…想重返职场，课程有吗": it frames nothing before the pause.)
    if ((a === after && ZH_AFTER.test(a)) || (a === after && ZH_AFTER_GLUED.test(a)) || EN_AFTER.test(after) || ((ZH_LEARNING.test(word) || ZH_ACTIVITY.test(word) || (b === before && ZH_ACTIVITY_BEFORE.test(b))) && ZH_AFTER_OF.test(a))) return true
  }
  return false
}

/** Any word of learning or of what the catalogue offers: a course, a class, a skill, knowledge, learning itself. */
const ZH_LEARNING_ANYWHERE = /学|教|练|课|班|培训|讲座|进修|报名|报个|项目|知识|技能|技术|手艺|本事|本领|常识|技巧|窍门|入门|考证|证书|专业|辅导|补习/
const EN_LEARNING_ANYWHERE = /\b(?:learn\w*|stud(?:y|ying|ies)|teach\w*|courses?|class(?:es)?|lessons?|training|train|tutor\w*|school|workshops?|programm?e?s?|projects?|skills?|how to|lectures?|certificat\w*|exams?|practi[cs]\w*|knowledge)\b/

/** Asking for something: a question or a request ("咋找回来", "哪里可以…", "帮我查下", "…吗"); a remark asks nothing ("这个不错"). */
const ASKING = /吗|么|呢|哪|怎|咋|如何|什么|啥|多少|几[点号时天个]|谁|能不能|可不可以|有没有|帮|替|给我|请问|[?？]|\b(?:what|where|how|who|when|which|can|could|is|are|do|does)\b/

/**
 * True when `word` is asked about in a message that says nothing of learning at all ("哪里可以找人算命看风水",
 * "他家狗丢了 咋找回来"): an asking frame, no learning word anywhere, no marker of a vague opener, and the word could
 * be a subject (not a quality or a negation: "能便宜点吗", "不太懂" react to the list). Such a
 * message asks for something else, so a word of it the catalogue does not teach is out of scope (the honest
 * "nothing"), never talk to drop: a vague opener always asks to learn ("有啥能学的"), and talk beside a refinement
 * has its refinement (the callers decide that).
 */
export function isUnframedAsk(normalized: string, word: string): boolean {
  return canBeSubject(word) && !/^[不没别]/.test(word) && !isQualityWord(word) && ASKING.test(normalized) &&
    !ZH_LEARNING_ANYWHERE.test(normalized) && !EN_LEARNING_ANYWHERE.test(normalized) && !hasVagueMarker(normalized)
}

/** The words of `words` that are subjects the learner asks to learn in `normalized` (see {@link isAskedSubject}). */
export function askedSubjects(normalized: string, words: readonly string[]): string[] {
  return words.filter((w) => isAskedSubject(normalized, w))
}

/**
 * Markers of a vague opener: not knowing what to learn, anything will do,
 * asking what there is. They only decide when the message names no slot and
 * nothing it asks to learn was found.
 */
const VAGUE_MARKERS = [
  /不知道(要|该|能|可以)?(学|报|选|干|上)?(什么|啥|哪)/, /(还)?没想好/, /不确定/, /拿不准/, /(啥|什么)(课|都|也)?都?(行|可以|成)/,
  /都(行|可以|成)/, /随便/, /无所谓/, /有(啥|什么|哪些)(能|可以|好)?(学|报|上)的?/, /学(点|些)(啥|什么|东西)/,
  /点(啥|什么|东西)/, /推荐推荐/, /(帮|给)(我|俺|咱)?(选|挑|拣|定)(一?个|一?门|几个|一下|一些)?(课|班|项目|方向)/, /(给我|帮我)(推荐|看看|找找)/, /看看有(啥|什么)/, /有(啥|什么|哪些)(课|课程|项目|班)/,
  /\b(dunno|don'?t know|do not know|not sure|no idea|no clue|whatever|anything (is fine|will do|at all)|any ideas?)\b/,
  /\bwhere (do|should|can|would) i (start|begin)\b/, /\bwhere to (start|begin)\b/, /\bsomething (new|to learn|interesting)\b/,
  /\b(learn|study) something\b/, /\bwhat (courses|classes|programmes|programs|projects) (do you have|are there|have you got)\b/,
  /\bhelp me (find|choose|pick)\b/, /\b(suggest|recommend) (something|a course|anything)\b/,
]

/** True when `normalized` carries a marker of a vague opener. */
export function hasVagueMarker(normalized: string): boolean {
  return VAGUE_MARKERS.some((re) => re.test(normalized))
}

/** Global copies of {@link VAGUE_MARKERS}, compiled once (replace() starts and leaves each at lastIndex 0). */
const VAGUE_MARKERS_ALL = VAGUE_MARKERS.map((re) => new RegExp(re.source, 'g'))

/** `normalized` with the markers of a vague opener blanked out: words only inside them ("where do I start") ask for nothing. */
export function withoutVagueMarkers(normalized: string): string {
  let t = normalized
  for (const re of VAGUE_MARKERS_ALL) t = t.replace(re, ' ')
  return t
}
