/**
 * @module dialogue/person-clause-topics
 * A topic read from inside the learner's description of themselves is a fact
 * about the person, not a subject asked for. People describe themselves with
 * words that also name topics: "我刚毕业还在找工作" (找工作 names vocational
 * skills), "i'm a delivery rider from the countryside" (rural development),
 * "我是二胎妈妈" (family education), "我家养猪种地" (farming). Said after a list
 * ("忘了说，我刚大学毕业还没找到工作" while looking at AI courses) such a clause
 * narrows who the learner is; it must not replace the topic they asked for,
 * and beside a topic they do ask for it must not become a second filter.
 *
 * The rule is structural, not a word list: a clause (between commas or stops)
 * that holds the words naming the learner's group and no asking or learning
 * frame (吗, 呢, 有没有, 想学, 课, any, courses, what about, …) is a
 * self-description; a topic whose words lie only inside such clauses is
 * demoted to a cue (it ranks, it does not filter: dialogue-state's sources),
 * and need-words inside them are dropped. docs/dialogue-state.md, "Facts about
 * the person".
 */
import { hasAnySlot, type SlotValue, type Slots } from '../query/slots.js'
import type { Understanding } from '../query/types.js'
import { heldLearnerStays } from './self-facts.js'
import { normalizeText } from '../text/normalize.js'
import { plainReading } from '../text/speech-noise.js'

/**
 * Words of asking or learning (an A-not-A question, 能不能, 有补不, where, 哪/边度, and looking for, 找, ask too; not a job hunt): a
 * clause holding one asks for something, it does not only describe the speaker. 学, 班 and 换 only as learning, a class and a switch, not inside words of a life
 * (大学, 上班, 倒班, 班组长, 班主任, 换班).
 */
const ZH_ASKING = /[吗呢嘛么吧?？]|[不没](?:有)?$|哪|边度|能不能|可不可以|能否|可否|找(?!到?(?:工作|活|事)|不到|不着)|有没|有冇|有无|有木有|有啥|有什么|有哪|(?<![大中小同开放留上科数文化医哲力美史农工法])学|想|要|课|(?<![上下加值倒轮换跟夜早晚白中接完])班(?![组长主级子])|培训|讲座|项目|推荐|介绍|看看|换(?!完?[班岗]|季|届)|问/
/**
 * Asking on someone else's behalf ("替组里的职工问", "帮村里的老人咨询一下"): the proxy verb and the group it reaches
 * say for whom the learner asks (query/asker-audience), the verb of asking asks for nothing, so it is no asking frame.
 * Not "帮我问", which addresses the bot.
 */
const ASKING_FOR = /(?:给|帮|替|为|代)(?![我俺](?:问|咨询|打听))[^，,。!！?？;；\s给帮替为]{1,16}?(?:问问|问一下|问下|问一问|问|咨询一下|咨询|打听一下|打听)(?:的)?$/
/**
 * A clause opened by "then" or "instead" turns to a subject ("那老人的健康管理", "还是看看…"): it asks. So does one
 * opened by a verb of looking for it, bare or switched ("找老人保健", "改找银发保健", "换看老人保健", "不然长者护理好了");
 * not a job hunt or a failure to find one ("找工作", "找不到活": the learner's life).
 */
const SWITCH_LEAD = /^(那|那么|那就|还是|改成|改为|不然|(?:改|换|再)?(?:找(?!不到|不着|工作|活|事)|看|学|报|选))/
/** (English asking words include the politeness and wish words of other Englishes, "kindly guide me", "please i beg",
 * "keen as for", "finna learn", and a course or class word typed with a slip, "clsses", "coarses".) */
const EN_ASKING = /[?]|\b(any|anything|something|want|wanna|need|learn|learning|study|course|courses|class|classes|lessons?|programmes?|programs?|training|workshops?|what|how|show|suggest|recommend|looking|find|interested|instead|change|switch|about|only|please|keen|eager|fancy|kindly|guide|beg|abeg|finna|gonna|tryna|hoping|like to|love to|sign up|enrol|enroll|join|attend|take up|do you have|have you got|you got|got any|is there|are there|do you offer|you offer|you guys have|y all got)\b|\bcl\w{0,2}s{1,2}e?s\b|\bc\w{0,2}rs\w?s?\b/
/**
 * Clause boundaries in the message as typed: punctuation, and a space between two Chinese characters (how voice
 * input and quick chat mark a pause), and an emoji face ("在家做手工活 😊有…", a pause as in text/speech-noise).
 * Not "and" or 还: a self-description often joins two facts with them.
 */
const CLAUSE_END = /[，,。.!！?？；;、\n]+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})|\s*(?:\p{Extended_Pictographic}\uFE0F?)+\s*/u

/** A message's clauses as {@link clausesOf} reads them: one per clause, read again for nothing. */
type Clause = { readonly plain: string; readonly asks: boolean }
/** The last message read: a turn reads its clauses when weighing its words and again when reading who it names. */
let last: { text: string; clauses: readonly Clause[] } | null = null

/** The message's clauses, each read as the understander reads a message (Mandarin, simplified, lower case). */
function clausesOf(text: string): readonly Clause[] {
  if (last?.text === text) return last.clauses
  const clauses = text.split(CLAUSE_END).map((raw) => {
    const plain = plainReading(raw)
    // Asked as typed too: the particles that ask (呢, 吗) are speech noise to the reading.
    const typed = normalizeText(raw)
    const asks = (t: string) => ZH_ASKING.test(t.replace(ASKING_FOR, '').replace(STUDIED, '')) || SWITCH_LEAD.test(t) || EN_ASKING.test(t)
    return { plain, asks: [plain, typed].some(asks) }
  }).filter((c) => c.plain.length > 0)
  last = { text, clauses }
  return clauses
}

/**
 * What the speaker studies or studied, said as what they are ("我是学电工的", "学护理的学生", "学电工的学徒"): 学 inside
 * a 是…的 description or before 的 and a word for a learner is their life, not a wish to learn (round 16).
 */
const STUDIED = /(?<=是)学[^，,。!！?？\s]{1,8}?的(?=$|学徒|学生|徒弟|学员|娃|人)|学[^，,。!！?？\s]{1,8}?的(?=学徒|学生|徒弟|学员)|学(?=徒|生|员)/g

/**
 * A clause that goes on describing the one just described: it opens with a verb of doing a job or being one (做, 当,
 * 干, 跑, 开, 搞, 是), "我係公司員工，做夜更保安": the night guard is the employee's job, not a subject asked for; or
 * by where they spend their days, doing what ("我是女的 在家做手工活", "在家带孩子", "在厂里当学徒"). Or it says how
 * the speaker's body or hands get on, a state that ends the clause ("七十八了 耳朵背 打字慢", "眼睛花", "腿脚不便"):
 * their life, not a subject (round 16).
 */
const GOES_ON = /^(?:也|还|现在|平时|主要|专门)?(?:在|(?:做|当|干|跑|开|搞|是)(?![课班]))|^[^，,。\s]{1,4}(?:慢|差|背|花|不好|不行|不灵|不灵光|不便|不方便|不利索|不灵活|吃力)$/

/**
 * A clause that says what the speaker is or where they work ("我是老年照料站的站长", "我在养老院上班", "本人从事电力行业"):
 * it describes the learner whether or not a group is read in it; its topics are their life, not a subject. So does one
 * who studies something, said as what they are ("我是学电工的学徒", "我是学厨师的"). Not what the speaker means or wants
 * ("我是说人工智能", "我是想问…", "我在学电脑"): that asks.
 */
const SELF_FRAME = /^(?:我们|我|本人|俺|咱)(?:也|都|就|现在|目前|以前|原来|刚|已经|一直|本身|平时)?(?:是|在|当|干|从事)(?!说|讲|问|指|想|要|来|觉得|认为|意思|不是|真的|随便|专门|特意|学(?!徒|生|员|[^，,。!！?？\s]{1,8}?的(?:$|学徒|学生|徒弟|学员|娃|人))|找|看)/
/** English verbs of a living or a household: what the speaker does with their days ("i farm", "grow vegetables"). */
const EN_LIVING = 'run|own|drive|do|farm|fish|teach|nurse|clean|cook|sell|deliver|grow|raise|keep|sew|build|fix|repair|look after|care for|take care of|mind|live|stay'
/**
 * The same in English: a clause opened by what the speaker is or does for a living ("I'm a cook at a restaurant", "i
 * work at a hotel", "i run a noodle stall", "I farm"), asking nothing (the asking words are tried first), describes
 * them; so does one going on with such a verb after it ("I farm, grow vegetables on my land").
 */
const EN_GOES_ON = new RegExp(`^(?:and |also |i )?(?:${EN_LIVING}|work)\\b`)
const EN_SELF_FRAME = new RegExp(`^(?:i m|i am|im|i work(?:ed)? (?:as|at|in|for|on)|i (?:${EN_LIVING}))\\b`)

/**
 * The clauses of `text` (the message as typed) that describe the learner: a group's words or a self-frame, and no
 * asking frame. `unread`: the self-clause of a person no reader knows (query/unread-person, "我是开小卖部的"), which
 * names them too.
 */
export function selfDescriptions(text: string, audiences: readonly SlotValue[], afterTopic = false, unread?: string): string[] {
  const named = [...audiences.filter((a) => !a.related && a.matched).map((a) => a.matched.toLowerCase()), ...(unread ? [unread.toLowerCase()] : [])]
  const all = clausesOf(text)
  const describes = all.map((c) => !c.asks && (named.some((w) => c.plain.includes(w)) || SELF_FRAME.test(c.plain) || EN_SELF_FRAME.test(c.plain)))
  // (A clause that asks nothing and goes on with a job, right after one that describes the learner, describes them too.)
  const goesOn = (t: string) => GOES_ON.test(t) || EN_GOES_ON.test(t)
  for (let i = 1; i < all.length; i++) if (!describes[i] && describes[i - 1] && !all[i].asks && goesOn(all[i].plain)) describes[i] = true
  const self = all.filter((_, i) => describes[i]).map((c) => c.plain)
  if (!self.length) return []
  // After a topic, a message that names the learner and asks nothing at all is about the learner throughout
  // ("我是退伍军人，现在在找工作"): its other clauses go on describing them.
  return afterTopic && self.length && !all.some((c) => c.asks) ? all.map((c) => c.plain) : self
}

/** True when `word` occurs in some self-description and in no other clause of the message. */
function onlyInside(word: string, self: string[], others: string[]): boolean {
  const w = word.toLowerCase()
  return self.some((c) => c.includes(w)) && !others.some((c) => c.includes(w))
}

/** What {@link readPersonClauses} found. */
export interface PersonClauseReading {
  /** The slots with topics read only from a self-description demoted to cues (rank, never filter). */
  slots: Slots
  /** The need groups, without those whose words occur only inside a self-description. */
  needs: string[][]
  /** True when every topic and need of the message came from a self-description: it only says who the learner is. */
  onlyPerson: boolean
  /** True when some topic was demoted. */
  demoted: boolean
}

/**
 * Reads the message's self-descriptions (see the module) out of its topics and need-words; `text` is the message
 * as typed, `afterTopic` true when the request already holds a topic (then a message asking nothing is read whole).
 */
export function readPersonClauses(text: string, slots: Slots, needs: string[][], afterTopic = false, unread?: string): PersonClauseReading {
  const none = { slots, needs, onlyPerson: false, demoted: false }
  const self = selfDescriptions(text, slots.audiences, afterTopic, unread)
  if (!self.length) return none
  const others = clausesOf(text).map((c) => c.plain).filter((c) => !self.includes(c))
  const personal = (t: SlotValue) => t.explicit && !t.related && onlyInside(t.matched, self, others)
  const inSelf = (g: string[]) => {
    const said = g.filter((w) => [...self, ...others].some((c) => c.includes(w.toLowerCase())))
    // (A group none of whose words was typed expanded some word of the message: when the message is all
    // self-description, that word was one of it, "种菜" → 蔬菜, 种植.)
    return said.length > 0 ? said.every((w) => onlyInside(w, self, others)) : others.length === 0
  }
  const keptNeeds = needs.filter((g) => !inSelf(g))
  const demoted = slots.topics.some(personal)
  if (!demoted && keptNeeds.length === needs.length) return none
  const topics = slots.topics.map((t) => (personal(t) ? { ...t, explicit: false } : t))
  return { slots: { ...slots, topics }, needs: keptNeeds, onlyPerson: topics.every((t) => !t.explicit || t.related) && keptNeeds.length === 0, demoted }
}

/**
 * The message `u` (typed as `text`) as the request reads it: `bound` its slots after the topic-bound groups were
 * unbound, `held` the groups the request holds, `afterTopic` true when it holds a topic. Groups only implied and not
 * said of oneself do not replace the held learner; topics of self-descriptions rank; a message all about the learner
 * after a topic narrows (its topics dropped, its groups as read: none is fused onto a course's name).
 */
export function readAboutPerson(text: string, u: Understanding, bound: Slots, held: readonly string[], afterTopic: boolean): Understanding {
  const audiences = heldLearnerStays(u.normalized, bound.audiences, held)
  const person = readPersonClauses(text, { ...bound, audiences: u.slots.audiences }, u.needs, afterTopic, u.unreadPerson)
  if (person.onlyPerson && afterTopic) {
    const groups = heldLearnerStays(u.normalized, u.slots.audiences, held)
    // (A person said only in words whose topics were all the reader found, "我是学电工的学徒", is one no reader knows:
    // the message narrows, it is no empty new request.)
    const unreadPerson = u.unreadPerson ?? (groups.length || hasAnySlot({ ...person.slots, topics: [] }) ? undefined : selfDescriptions(text, [], true).join('，'))
    return { ...u, slots: { ...person.slots, topics: [], audiences: groups }, needs: [], unreadPerson }
  }
  return { ...u, slots: { ...person.slots, audiences }, needs: person.needs }
}
