/**
 * @module query/person-subjects
 * When words that usually describe a person are the subject asked for: "想学养牛",
 * "换种大棚的", "想学咋管孩子" name what to learn, not who the learner is, so the
 * audience their situation cue implies (farmers, parents) must not replace the
 * person the learner already said they are ("我在单位上班"). And a migrant
 * worker who says where they come from ("在城里送外卖的农村人", "老家农村的") is
 * a migrant worker, not also a farmer.
 */
import type { Match } from './term-matches.js'
import { CHILDREN } from './person-cues.js'
import { candidateIndices, globalMatches } from '../text/regex-tools.js'
import { ownGroups } from './own-groups.js'

/** A request verb right before a situation: what follows is asked for ("想学", "换成", "来个", "学怎么"). */
const ASKS_FOR = /(?:学|想|要|换|改|整|搞|弄|懂|会|来个|来点)(?:成|个|点|些|下|一下|怎么|咋|如何|着)?$/
/** A cue that frames the speaker themself ("我是…", "俺在…", "本人…") is a self-description whatever precedes it. */
const SELF_FRAMED = /^(?:我|我们|本人|俺|咱)/
/** A way of doing right after a situation ("种地的新法子", "养猪的技术"): the situation is what is asked about. */
const METHOD_AFTER = /^的?新?(?:法子|方法|办法|技术|本事|知识|学问|门道|窍门|手艺|技能|经验)/
/** A child named by a plain word. */
const CHILD = /^(?:孩子|小孩|儿童|小朋友|孩子们|娃|娃娃)$/
/** The speaker right before a situation ("我养了…", "家里种着…"): it is theirs. */
const SELF_BEFORE = /(?:我|俺|咱|我们|我家|家里|在家|本人)(?:是|在|也|都|就|还)?$/
/** Children named in English with no age or school ("kids", "my two children"). */
const BARE_KIDS = /^(?:(?:my|our) )?(?:\d+ |two |three |four )?(?:kids?|children|child|sons?|daughters?|boys?|girls?)$/
/** A child named and nothing more ("我儿子", "我家闺女"). */
const BARE_CHILD = /^(?:我|我们)?(?:家|的)?(?:孩子|娃|娃娃|儿子|女儿|闺女|小孩|孙子|孙女)$/
/** A how-question right after a condition ("…咋保养", "…了怎么办"). */
const HOW_AFTER = /^(?:了|以后|之后|后)?(?:该|要|得)?(?:咋|怎么|怎样|如何|咋个|点样|怎麼)/
/** A teaching verb right before a young person ("教好学生", "辅导学生"). */
const TAUGHT_BEFORE = /(?:教|教好|教会|辅导|带好|管好|培养|指导)$/
/** A course named right after a situation, in the same clause and with no wish or question between ("…搞合作社的课", "…的培训"). */
const COURSE_AFTER = /^(?:[^，,。!！?？\s有想要能吗我报找上给参选去]{0,6}?)的?(?:课程|课|培训班|培训|班|讲座|技术课)/
/** What joins two things to learn into one list ("种果树搞合作社", "养鸡和种菜"): nothing, a conjunction or 搞. */
const JOINED = /^(?:搞|和|跟|、|加|还有|或者|以及|与|及)?$/
/** A wish to learn something after it ("…，想学学防病"): the farm is then the subject's setting, not only who they are. */
// (Not learning in general, "有什么学习项目", "有啥能学的": the farm is still who they are, not a subject asked for.)
const WISH_AFTER = /学(?!习?(?:项目|活动|机会|资源|平台|班|课|的(?:[吗呢吧啊呀？?\s，,。]|$)))(?!的(?:[吗呢吧啊呀？?\s，,。]|$))(?:学|习|点|些|一下|会)?(?![不吗嘛呀啊么呢吧？?\s]|$)/
/** Where a migrant worker comes from, not what they do now. */
const ORIGIN = /农村|乡下|老家|村里|农民(?!工)|山里|乡里/

/** A clause from a learning verb on ("想学养猪", "想整种果树养鸡鸭的"): what is asked for, to its end. */
const WANTS_CLAUSE = /(想学|要学|想整|要整|想弄|想搞|学学|学点|学个|学门|打算学|准备学)[^\s，,。!！?？;；]*/g

/**
 * The one rule for "is this situation a wish to learn, or who the learner is?": a situation cue (a way of life
 * that implies an audience, not a person frame such as "我是…") is asked for, and so dropped as an audience, when
 * a request verb stands right before it ("想学养牛", "换成种大棚的", "来点带孩子的"), or when it lies inside a
 * clause that opens with a learning verb and a topic says the same words ("想整种果树养鸡鸭的"). The subject
 * rules (query/subject-rules) apply it; {@link personOrSubject} then sorts what is left.
 */
export function withoutWishedSituations(matches: Match[], text: string): Match[] {
  const wants = mayClause(text).includes(WANTS) ? globalMatches(WANTS_CLAUSE, text).map((w) => [w.index!, w.index! + w[0].length]) : []
  return matches.filter((m) => !(isSituation(m) && (afterVerb(m, text) || inWish(m, matches, wants))))
}

// The predicates of the rules below are module functions, not closures made per message: a named closure costs
// a property definition each time under the tsx transform the bench and the tests run through.
const isSituation = (m: Match) => m.kind === 'audiences' && m.cue && !m.explicit && m.id !== null
const afterVerb = (m: Match, text: string) => !SELF_FRAMED.test(m.matched)
  && ASKS_FOR.test(text.slice(Math.max(0, m.start - 4), m.start).replace(/.*[，,。!！?？\s]/, ''))
const inWish = (m: Match, matches: Match[], wants: number[][]) => !m.person && wants.some(([a, b]) => a < m.start && m.end <= b)
  && matches.some((t) => t.kind === 'topics' && t.explicit && t.start < m.end && m.start < t.end)
const HAN_FIRST = /^\p{Script=Han}/u

/**
 * Drops audience mentions said in the very words of the subject, or a
 * migrant worker's origin, from `matches` (the understander's mentions after
 * the subject rules, {@link withoutWishedSituations} included); returns the
 * kept ones in order.
 */
export function personOrSubject(matches: Match[], text: string): Match[] {
  let out = matches.filter((m) => !sameAsTopic(m, matches, text) && !howAfter(m, text) && !taught(m, text) && !namesCourse(m, text) && !joinedToTopic(m, matches, text) && !ownedSituation(m, matches, text))
  // "我儿子刚高中毕业，想学门手艺": a child at a youth's stage is the learner; the bare "我儿子" is no parent learning.
  if (out.some((m) => m.kind === 'audiences' && m.id === 'youth' && m.cue)) {
    out = out.filter((m) => !(m.kind === 'audiences' && m.id === 'parents' && m.cue && BARE_CHILD.test(m.matched)))
  }
  // "i am father of 2 kids", "我是两个娃的爹": a parent said outright; the bare children beside are whom they raise.
  if (out.some((m) => m.kind === 'audiences' && m.id === 'parents' && !BARE_CHILD.test(m.matched) && !BARE_KIDS.test(m.matched))) {
    out = out.filter((m) => !(m.kind === 'audiences' && m.id === 'youth' && m.cue && (BARE_CHILD.test(m.matched) || BARE_KIDS.test(m.matched))))
  }
  // "我儿子是聋哑人，帮他找", "我女儿有肢体障碍": the child's condition says who learns, not the child's age nor a parent.
  if (out.some((m) => m.kind === 'audiences' && m.id !== null && m.id !== 'youth' && m.id !== 'parents' && !BARE_CHILD.test(m.matched))) {
    out = out.filter((m) => !(m.kind === 'audiences' && (m.id === 'youth' || m.id === 'parents') && m.cue && BARE_CHILD.test(m.matched)))
  }
  // (The origin's words still say who the learner is, so they stay claimed, as the migrant worker's.)
  if (out.some((m) => m.kind === 'audiences' && m.id === 'migrant-workers')) {
    out = out.map((m) => (m.kind === 'audiences' && m.id === 'farmers' && !m.explicit && ORIGIN.test(m.matched) ? { ...m, id: 'migrant-workers' } : m))
  }
  // Of several groups, the learner's own: not the company lived with, a past job, a school asked about (query/own-groups).
  return ownGroups(out, text)
}

// The rules of personOrSubject, each a test of one mention `m` among the message's `matches` in `text`.
// A situation said in the very words of the subject ("那养羊养鸡呢": the farm cue and the farming topic are one
// phrase) is the subject, unless the speaker frames it as their own ("我养了几十头猪").
// (And a child inside a subject, "陪伴孩子", is whom the subject is about.)
const sameAsTopic = (m: Match, matches: Match[], text: string) => m.kind === 'audiences' && m.id !== null && ((m.cue && !m.explicit) || (!m.cue && CHILD.test(m.matched)))
  && !SELF_FRAMED.test(m.matched) && HAN_FIRST.test(m.matched) && (!/[的人户](?:\s|$)/.test(m.matched) || METHOD_AFTER.test(text.slice(m.end))) && (!/^[的人户]/.test(text.slice(m.end)) || METHOD_AFTER.test(text.slice(m.end)))
  && !SELF_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))
  && matches.some((t) => t.kind === 'topics' && t.explicit && t.start <= m.start && m.end <= t.end)
// A condition followed by how to live with it ("上了岁数咋保养", "退休了怎么养生") is the subject's, unless the speaker owns it.
const howAfter = (m: Match, text: string) => m.kind === 'audiences' && m.cue && !m.explicit && m.id !== null && !SELF_FRAMED.test(m.matched)
  && HOW_AFTER.test(text.slice(m.end, m.end + 6)) && !SELF_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))
// A situation that names a course ("种果树搞合作社的课", "养鸡的培训班"): the words up to 课/班/培训 are the subject.
// (Not a group reached through a proxy verb, "帮村里的乡亲们找|手机课": the course is for them.)
const PROXIED = /^(?:给|帮|替|为|代)/
const namesCourse = (m: Match, text: string) => m.kind === 'audiences' && m.cue && !m.explicit && m.id !== null && !SELF_FRAMED.test(m.matched) && !PROXIED.test(m.matched)
  && COURSE_AFTER.test(text.slice(m.end, m.end + 10)) && !SELF_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))
// A situation joined to a named subject ("种果树搞合作社", "种庄稼养鸡养猪的"): one list of things to learn.
// (A child or grandchild named beside it, "给孙子发红包", is whom it is for: the kin word says who asks, not a subject.)
const joinedToTopic = (m: Match, matches: Match[], text: string) => m.kind === 'audiences' && m.cue && !m.explicit && m.id !== null && !SELF_FRAMED.test(m.matched) && !PROXIED.test(m.matched)
  && !CHILDREN.includes(m.matched)
  && !SELF_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))
  && matches.some((t) => t.kind === 'topics' && t.explicit && ((t.start >= m.end && JOINED.test(text.slice(m.end, t.start)))
    || (t.end <= m.start && JOINED.test(text.slice(t.end, m.start)))))
// The other way round: the speaker's own farm ("俺家种了十几亩麦子", "我养了几百只鸡") says who they are, so a topic
// cue on the same words is no subject of its own: a subject said elsewhere, or the one already shown, stands.
const ownedSituation = (m: Match, matches: Match[], text: string) => m.kind === 'topics' && m.cue && SELF_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))
  && !(WISH_AFTER.test(text.slice(m.end)) && !matches.some((t) => t.kind === 'topics' && t !== m && t.explicit && !t.cue))
  && matches.some((a) => a.kind === 'audiences' && a.cue && a.id !== null && a.start < m.end && m.start < a.end)
// Whom a teacher teaches ("咋教好学生", "辅导学生") is not who learns.
const taught = (m: Match, text: string) => m.kind === 'audiences' && m.id === 'youth' && TAUGHT_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start))

/**
 * A clause in which the speaker says who they are ("我是/我在/我当/本人从事 …", or where they come from:
 * "老家在安徽") up
 * to the clause's end or the first wish or learning verb ("想", "学", "找",
 * "有没有"). A clause about liking something ("我是书法爱好者") says what they
 * want, and is none.
 */
const SELF_CLAUSE = /(?<=^|[，,。!！?？;；\s])(?:(?:我|我们|本人|俺|咱)(?:也|都|就|现在|目前|以前|原来|刚|今年|已经|一直|本身|平时)?(?:是|在|当|做|干|从事|属于)|(?:我的?|我们)?(?:老家|户口|家乡|祖籍|娘家)(?:在|是))(?:[^，,。!！?？;；\s](?<!想|要|找|报|考|爱|能|请|帮|给|对)(?<!学(?=[^校生院堂区]))(?<!有(?=没有|什么|啥|无|吗))(?<!喜欢)(?<!打算)(?<!准备)(?<!可以))*/g
const LIKES = /爱好|喜欢|感兴趣|兴趣|粉丝|发烧友/

/** A clause that only asks on someone's behalf ("替我们学校的老师们问问", "帮身障协会的朋友们问"): every word names whom for. */
const PROXY_CLAUSE = /(?<=^|[，,。!！?？;；\s])(?:给|帮|替|为|代)(?:(?!想|要学|学习|学点|学个|学门|课|班|培训)[^，,。!！?？;；\s]){1,14}?(?:们)?(?:问问|问一下|问下|问|打听一下|打听|咨询一下|咨询|找找|找一下|看看)(?=$|[，,。!！?？;；\s])/g

/**
 * A body speaking for its members ("我们工会想给职工报", "我们县妇联想给农村妇女找", "我们老年协会的会员想学",
 * "退役军人服务站想给老兵找"): the body's name says who asks, never what to learn.
 */
const ORG_CLAUSE = /(?<=^|[，,。!！?？;；\s])(?:我们|咱们|我|本)(?:(?!想|要学|学习|学点)[^，,。!！?？;；\s要给帮替为]){0,8}?(?:人事部门|人事部|人力资源部|人力部门|办公室|工会|妇联|残联|团委|协会|老人会|妇女会|农会|合作社|委员会|家委会|服务站|服务中心|工作站|活动中心|老年大学|俱乐部|联合会|志愿队|党支部|养老院|敬老院|居委会|村委会|街道办)(?:的(?:会员|成员|社员|队员|学员|朋友|同志)(?:们)?)?(?:想|要|打算|准备|计划|希望)?(?:组织|动员|集体|统一)?(?=给|帮|替|为|的|想|要|[^，,。!！?？;；\s]{0,8}?学|[，,。!！?？;；\s]|$)/g

/**
 * The clauses in which the speaker says who they are themself ("我是做月嫂的", "俺是下岗女工"), without the clauses
 * that ask for someone else or speak for a body: what query/unread-person weighs when no group was read from them.
 */
export function ownSelfClauses(text: string): [number, number][] {
  const spans: [number, number][] = []
  const may = mayClause(text)
  if (may.length === 0) return spans
  if (may.includes(SELF)) {
    for (const m of globalMatches(SELF_CLAUSE, text)) {
      if (m[0].length > 2 && !LIKES.test(text.slice(m.index!, m.index! + m[0].length + 4))) spans.push([m.index!, m.index! + m[0].length])
    }
  }
  return spans
}

/**
 * A clause about someone else of the household, set against the learner by a contrastive self right after it
 * ("屋企工人姐姐湊緊仔，我自己想學…", "老公开车跑长途，我自己想学电脑"): scene-setting, no subject asked for.
 */
const SET_AGAINST_SELF = /(?<=^|[，,。!！?？;；\s])(?!我|本人|俺|咱|自己)[^，,。!！?？;；\s]{2,16}(?=[，,。!！?？;；\s]+(?:我自己|我本人|我自个儿?|自己|我呢)(?:就|也|倒|是)?(?:想|要|打算|准备))/g

/**
 * The clauses about someone else set against the learner (see {@link SET_AGAINST_SELF}): no group, topic or need said
 * there is the learner's ("屋企工人姐姐湊緊仔，我自己想學…": the helper minds the child, no parent learns).
 */
export function setAgainstSelfSpans(text: string): [number, number][] {
  if (!text.includes('自')) return []
  return globalMatches(SET_AGAINST_SELF, text).filter((m) => !/想|要|学|课|班|培训/.test(m[0])).map((m) => [m.index!, m.index! + m[0].length])
}

/** Where the learner describes themself: words there are who they are, never a need ("我在镇中心校教语文": 中心校). */
export function selfDescriptionSpans(text: string): [number, number][] {
  const spans = [...ownSelfClauses(text), ...setAgainstSelfSpans(text)]
  const may = mayClause(text)
  if (may.includes(PROXY)) for (const m of globalMatches(PROXY_CLAUSE, text)) spans.push([m.index!, m.index! + m[0].length])
  if (may.includes(ORG)) for (const m of globalMatches(ORG_CLAUSE, text)) spans.push([m.index!, m.index! + m[0].length])
  return spans
}

/**
 * Which of the clause patterns (a wish, the learner's self, a proxy, a body) a message can match at all, from its one
 * walk of every table's strings (text/literal-walk): the lookbehinds made each pattern try every position otherwise.
 */
const mayClause = candidateIndices([WANTS_CLAUSE, SELF_CLAUSE, PROXY_CLAUSE, ORG_CLAUSE])
const WANTS = 0, SELF = 1, PROXY = 2, ORG = 3
