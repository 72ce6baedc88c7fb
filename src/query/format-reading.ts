/**
 * @module query/format-reading
 * How a Chinese message says HOW the learner wants to learn, read by meaning rather than by
 * listed sentences. Each format has a table of what a learner names (a medium, a place, a
 * way of being taught) and the frames that carry it (在…上学, 通过…上课, 去…/到…上, 亲身去,
 * 不用出门); a mention right after a refusal (不要线上的, 不想去现场) counts against its
 * format; an online and an in-person mention both wanted make a mixed course (网上也有现场也有,
 * 一部分在线一部分到场), unless they are alternatives (线上或者线下都行), which is no filter.
 * The older cue list (cues.ts FORMAT_CUES) stays the source of the plain words, so nothing
 * it read is lost; this module only adds the frames and the composition.
 */
import type { Format } from '../catalogue/project.js'
import { FORMAT_CUES } from './cues.js'
import { candidateIndices, globalMatches } from '../text/regex-tools.js'
import { placeFrames } from './format-places.js'
import { formatIndifference, type FormatIndifference } from './format-indifference.js'

type Side = 'online' | 'offline'

/** Media a learner learns through (通过网络, 用手机, 在电脑上, 看直播). */
const MEDIA = '(?:互联网|网络|网路|网|手机|电脑|平板|视频|直播|微信群?|钉钉|腾讯会议|zoom|电视|广播|屏幕|app|电话|(?:qq|QQ)?群|抖音|快手|音频|录音)'
/** Learning verbs that follow a medium or a place ("在家里上的", "去教室听课"); bare 上/看 are too common ("用手机看新闻"). */
const LEARN = '(?:学|上课|上堂|上的|上到|上得到|上网课|听课|听讲|听的|看课|参加|授课|培训|进修)'
/** Venues that alone say the learner goes there (去教室, 到现场). */
const VENUE = '(?:教室|课室|课堂|班上|班里|培训班|辅导班|学习班|学校|现场|场地|培训点|教学点|培训中心|学堂|上课的地方|上课地点|夜校|实地|礼堂|会场)'
/** Places that say it only with a learning verb after them (去那儿上课, 到中心学). */
const NEAR = '(?:那|那儿|那里|那边|中心|活动中心|服务中心|基地|机构|老年大学|社区学校|文化站|村委会|跟前|附近)'
/** What is done on a device, as against a class held on it ("手机上的功能", "电脑上的操作"): the device is the subject. */
const DEVICE_THINGS = '(?:功能|操作|设置|软件|应用|app|小程序|程序|东西|玩意|事|字|键盘|照片|相片|相册|图片|支付|付款|转账|扫码|游戏|新闻|消息|信息|账号|账户|用法|使用|骗局|诈骗|广告|病毒|文件|资料|表格|购物|挂号|缴费|银行|钱包|密码)'
/** A class word later in the same clause ("手机上的人工智能的课", "手机上的玩电脑的本事个课"). */
const CLASS_AHEAD = '[^\\s，,。；;！!？?]{0,12}?(?:课|班|堂|培训|讲座|课程)'
/** On or in a medium, Cantonese too ("手机上", "电脑里头", "手机度", "手机入面"). */
const ON_MEDIUM = '(?:上面|上头|上|里面|里头|里边|里|入面|度)'
/** Home, where an online learner stays. */
const HOME = '(?:家里头|家里面|家里|家中|家|屋里头|屋里|屋头|屋企|宿舍|房间|床上|沙发上)'

/** What each format is named by, beyond the plain words of FORMAT_CUES: the frames. */
const FRAMES: Record<Side, readonly RegExp[]> = {
  online: [
    // One medium or two ("对着手机视频学", "在电脑直播上听课", "电话里听课").
    new RegExp(`(?:通过|借助|利用|透过|经过|用|靠|拿|在|从|就在|上|坐在|对着|跟着|看着|听着?|看|打)${MEDIA}{1,2}(?:${ON_MEDIUM}|前|跟前|面前|边)?(?:面)?(?:就|也)?(?:能|可以|可)?(?:来)?${LEARN}`),
    new RegExp(`(?:宅家|居家|宅在家|猫在家|闷在家|不出家门)(?:里)?(?:就|也)?(?:能|可以|可)?(?:${LEARN}|听|看)`),
    // At home, maybe following a medium ("在家跟着手机学", "坐屋里对着电脑听课").
    new RegExp(`(?:在|坐|待|呆|窝|留|蹲|从|就在|躺)(?:在)?${HOME}(?:里)?(?:就|也)?(?:能|可以|可)?(?:(?:跟着|对着|看着|用|拿)${MEDIA}{1,2}(?:上|里)?)?(?:来)?(?:${LEARN}|听|看)(?:${MEDIA}(?=的|那种))?`),
    // A medium then learning, as the kind of class ("微信上学的", "手机里听的"; not after 学/用/教: 学手机上网 is a subject).
    // Watching a medium on a device as the kind of class ("平板上看直播的", "电视里看视频那种").
    new RegExp(`(?<![学会用教])${MEDIA}${ON_MEDIUM}(?:就|也)?(?:能|可以)?(?:学|听课|上课|听|看课|看${MEDIA}?)(?:的|那种)`),
    // A medium as where the class is held, closed by 的 ("手机上的课", "手机上的人工智能的课", "要手机上的", "电视上的讲座"):
    // the device is where the learning happens. What is learned on it ("学手机上的功能", "手机上的支付怎么弄") is no format.
    new RegExp(`(?<![学会用教玩懂弄搞整])${MEDIA}${ON_MEDIUM}的(?!${DEVICE_THINGS})(?=${CLASS_AHEAD}|$|[\\s，,。；;！!？?]|(?:可|还)?有|吗|呢|不)`),
    // A medium one can learn on, with no locative ("手机能上的课", "手机就能学的", "电脑能听的", "手机看得了的课"): with a
    // modal it says how; without one only as the kind of class ("手机学的那种"), never a story ("我手机看的新闻").
    new RegExp(`(?<![学会用教玩懂弄搞整])${MEDIA}(?:(?:就|也)?(?:能|可以)(?:学|上|听|看)(?:得了|得到)?的|(?:就|也)?(?:学|听|看)(?:得了|得到)?的(?=${CLASS_AHEAD}|那种|$|[\\s，,。；;！!？?]))(?!${DEVICE_THINGS})`),
    // Watching or listening through a medium, as the kind of class ("用手机看的课", "拿电脑听的那种").
    new RegExp(`(?:用|拿|通过|靠)${MEDIA}{1,2}${ON_MEDIUM}?(?:就|也)?(?:能|可以)?(?:看|听)(?:的|那种)`),
    // A recording ("录好的视频", "录播课"); no need to go ("不用去的").
    /录好的(?:视频|课)|不用去(?=的|上|就|[\s，,。]|$)/,
    // Watching the replay or the recording ("看回放的", "能看录播"), staying in ("不出门的"): online.
    /(?:看|有|能看|可以看)(?:回放|录播|重播)|不出(?:家)?门(?=的|就|也|[\s，,。]|$)/,
    /(?:不用|不必|无需|无须|不需要|用不着|免得|省得|不想|不能|没法|出不了|不方便|不愿意)(?:出门|出家门|出去(?!玩|旅游|打工)|外出|跑|跑路|跑腿|到场|去现场|去学校|去教室|去上课|过去|往外跑|奔波|跑来跑去)/,
    /云课堂|空中课堂|云上课|云端(?:课|上课|学习)|隔空|直播(?:学|上课|教)|网上(?:学|上课|听)|线上(?:学|上课|听)/,
    // A live stream named as the kind of class ("网络直播的培训", "要网络直播", "只看网络直播的"); not 学网络直播 (a subject).
    /(?:网络|网上|线上|在线)直播(?:的)?(?=课|培训|班|讲座|学习班|形式|方式)|(?<=要|只看|只要|最好是|希望是|想要|改成|换成|改为|换为)(?:网络|网上|线上|在线)直播(?:的)?(?=$|[\s，,。!！?？])/,
    // A medium that carries lessons, then teaching ("网络直播授课", "视频教学的", "远程直播上课"); not 短视频 (a subject).
    /(?<!短)(?:网络|互联网|直播|视频|录播|远程|云端|在线)(?:直播|视频|录播|连线)?(?:授课|教学|讲课|上课|讲座|培训|学习)(?!能力|技能|技巧|方法|设计|制作|资源)/,
    // A medium, opening it, then being able to learn ("在手机上点开就能学", "用电脑打开也可以听").
    new RegExp(`(?:在|用|拿|通过)${MEDIA}(?:上|里)?(?:点开|打开|点一下|点一点|点|登录|登陆|连上|进去|扫码)(?:就|也)(?:能|可以)?(?:${LEARN}|听|看)`),
    // A medium named as the form of the course ("视频直播形式的", "以视频方式上", "网络直播的模式").
    new RegExp(`${MEDIA}{1,2}(?:课|课程|教学|授课|上课|学习)?(?:的)?(?:形式|方式|模式|形态)`),
  ],
  offline: [
    // (头 is the south-western "in": 到教室头去 = 到教室里去.)
    new RegExp(`(?:去|到|来|进|赴|跑去|跑到|走到|坐到)${VENUE}(?:头去|里去|去|里|头|来)?(?:${LEARN})?`),
    new RegExp(`(?:去|到|来|进|跑去|跑到|走到)${NEAR}(?:去|里|来)?(?:上|${LEARN})`),
    // 上 as going to a venue, then learning there ("上学校上课的", Cantonese 返學校上堂 as read in Mandarin).
    new RegExp(`(?<![网线])上${VENUE}(?:去|里)?${LEARN}`),
    // Any place word after a going verb, with a learning verb after it (去上课点学, 到地方去上, 到活动室听).
    new RegExp(`(?:去|到|跑去|跑到|走到)[\u4e00-\u9fff]{0,4}(?:点|站|室|馆|堂|中心|学校|大学|学院|机构|场|地方|那儿|那里|那边)(?:去|里)?(?:上|${LEARN})`),
    // Going to the county town, the township, the city or the village office to learn ("去县城上课的", "到镇上去学的").
    new RegExp(`(?:去|到|跑去|跑到|进|上)(?:县城|县里|县上|镇上|镇里|乡里|乡上|城里|市里|市区|街上|村部|村委会?|公社)(?:去|来)?(?:上|${LEARN})`),
    // Classes held in the village, the township or the neighbourhood ("在村里上的", "在社区上课的", "本地上课的").
    new RegExp(`(?:在|去|到|就在)?(?:村里|村上|村部|镇上|镇里|乡里|县城|县里|社区|小区|街道|本地|当地)(?:就)?(?:能|可以)?(?:上的|上课|听课|学的|培训的)`),
    // Having to go out, seeing the teacher, being taught together ("要出门的", "能见着老师的", "集中上课的").
    /(?<![不别用])(?:要|得|需要|必须)出门(?=的|上|去)|(?:见得?着|见得到|能见到)老师|集中(?:上课|授课|培训|学习|面授)/,
    // Having to go to class ("要去上堂嘅", "得过去听课的", "要跑去上的", "要出门去上的"): the kind that takes going.
    new RegExp(`(?<![不别])(?:要|得|需要|必须|需)(?:亲自|自己)?(?:去|到|过去|跑去|跑过去|出门去|走过去|赶过去)(?:${LEARN}|上|听)的`),
    // A class one goes to ("搵啲去上堂嘅班", "有没有去上课的", "想找过去听课的"): going to class is in person.
    // (Hearing the teacher where one has gone, "跑过去听老师讲的", "过去跟老师学的", is the same kind.)
    /(?:去|过去|跑去|跑过去|走过去|赶过去)(?:上课|上堂|听课|听(?:老师|师傅)讲(?:课)?|跟(?:着)?(?:老师|师傅)学)的(?!时候|时|路上|日子|那天|钱|车费)/,
    /(?:亲身|亲自)(?:去|到|来|上门|参加|到场|出席|上课|听课)/,
    // The teacher comes to where the learner lives ("老师到村里来教的", "下到村上讲课", "上门教", "送教下乡"): in person.
    /(?:到|来|下到|下|进)(?:村|村里|村子|村上|屯里|寨子|寨里|乡里|乡下|镇上|社区|小区|家门口|门口|家里|家|我们这儿?|我们那儿?|咱这儿?|这边|我们村)(?:里)?(?:来|去)?(?:教|讲课|讲|授课|办班|指导|辅导)|上门(?:来|去)?(?:教|讲|授课|上课|培训|指导|辅导)|送(?:教|课|培训)(?:下乡|上门|到村|进村|到家)/,
    // A class at one's doorstep ("家门口的课", "家跟前就能上的"), or near home and gone to ("离家近，走着就能去的"): in person.
    // (Near home alone, "离家近点最好", says where: an online course is near home too, so it names no way of learning.)
    /离(?:家|我家|屋)(?:近|不远)[^，,。；;！!？?]{0,4}?(?:走着|走路|步行|骑车|能去|去上|过去)|(?:家|屋)(?:门口|跟前|附近|边上|旁边)(?:的|就能|就可以|能|就)?(?:上|学|去|课|班|听)/,
    /(?:手把手|当面|面对面)(?:地)?(?:带着?|教|指导|示范)|真人(?:教|带|授课|上课|教学)/,
    /面(?:授|教|对面)|实体(?:上课|的|班|课|教学)|坐(?:在)?(?:教室|课堂)/,
  ],
}

/** A refusal right before a mention ("不要线上的", "不想去现场", "别是网课"): the mention is what is refused. */
const REFUSED_BEFORE = /(?:不要|不想|不想要|不用|不是|不能是|别|非|不必|不需要|不喜欢|不考虑|不去|不愿|不愿意|不打算|排除|除了|没法|不方便)(?:是|要|去|到|上|参加|那种|那些|搞|弄|整|听)?(?:那种|的)?$/
/** A "how to" right before a frame: the frame is the subject (怎么用电脑上课, 如何在线上课). */
const LEARNED_HOW = /(?:怎么|怎样|如何|咋|咋样|学会|学着|教我|教人)$/
/** A refusal that belongs to a fee said before it ("一分钱不要的线下课"): the format is wanted. */
const FEE_REFUSED = /(?:钱|费|费用|学费|分文|一分)(?:都|也)?(?:不要|不用|不收|不花|不交)(?:那种|的)?$/
/** Alternatives between two mentions ("线上或者线下", "网上还是现场"): either will do. */
const EITHER_BETWEEN = /或|或者|还是|要么|either|\bor\b/
/** A topic word that holds a place word of a format ("现场急救", "课堂管理"): no format ("线下急救" still is one). */
const TOPIC_USE = /^(?:急救|救护|施工|管理|安全|教学技能|教学能力|互动|纪律)/

/** One place a message names a way of learning; `refused` when it is what the learner does not want. */
export interface Mention { side: Side; start: number; end: number; refused: boolean }

const global = (re: RegExp) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)
const PLAIN: { side: Side; re: RegExp }[] = FORMAT_CUES
  .filter((c): c is { format: Side; pattern: RegExp } => c.format === 'online' || c.format === 'offline')
  .map((c) => ({ side: c.format, re: global(c.pattern) }))
/** Where learning happens, by construction (format-places: any place noun before a locative or a place suffix). */
const PLACED = placeFrames({ media: MEDIA, learn: LEARN, home: HOME })
const FRAMED = (Object.keys(FRAMES) as Side[]).flatMap((side) => [...FRAMES[side], ...PLACED[side]].map((re) => ({ side, re: global(re) })))
/**
 * Mixed courses named as such, beyond FORMAT_CUES: the Taiwanese 混成 (混成課程, 混成式), 混合 (or its slip 混和) as the
 * way a class is held: before a class word, a verb of taking or giving a class, or 的 ("混合课程", "混合制", "混合上課的",
 * "有冇混合嘅", "混合授課"; never a thing mixed, 混合动力, 混合泳, nor what is learned, 学混合…), Taiwan's 虛實 (virtual
 * and real: 虛實混合, 虛實整合, which OpenCC's Taiwan phrases make 虚实集成) and 雙軌 teaching (both tracks at once).
 */
const NAMED_MIXED = /混成(?:课程|式|教学|学习|班|课)|(?<![学教做调配搅])混[合和](?:式|型|制)?(?:课程|课|班|制|式|上课|上堂|授课|教学|学习|学|上|听课|讲课|的)|虚实(?:混合|集成|整合|结合|并行|双轨|混成|合一)|双轨(?:教学|上课|授课|课程|课|班|并行|进行|制)/g
/** A course that both ways work for, or that has both, said as what it is ("网上去现场都行的课", "手机上跟到教室都能上的",
 * "online和实体都有的"): mixed; "都行" alone
 * as the answer ("网上还是现场都行") stays "either". */
const BOTH_WAYS = /(?:线上|网上|在线|网课|手机上|online)[^，,。；;]{0,6}?(?:线下|现场|当面|面授|实体|教室|课堂|offline)[^，,。；;的]{0,2}?(?:都行|都可以|都成|都中|都能上|都能学|都能听|都有)的|两(?:种|样)(?:上课|教学)?(?:形式|方式)都(?:有|行|能上|可以)的/
const HYBRID = [...FORMAT_CUES.filter((c) => c.format === 'hybrid').map((c) => c.pattern), NAMED_MIXED, BOTH_WAYS]

/** What may follow "either will do" and still end its clause: "whichever", a repeat of the verdict, a particle. */
const VERDICT_TAIL = /^(?:哪种|哪样|哪个|怎么样|咋样|怎么都)?(?:都|也)?(?:行|可以|成|中|好)?(?:的话)?[啊吧呀了哈呢哦嘛呗啦哇嘞咧噻]*$/
/** A wish right before it makes it the kind of course wanted ("要网上线下都中", "找线上线下都可以"). */
const WISHED_BEFORE = /(?:要|想要|只要|就要|找|想找|最好是|希望是|有没有|来个|来点)$/

/**
 * "Either will do" said of the course rather than as an answer: the kind of course that both ways suit, a mixed
 * course. It is attributive when the clause goes on after it ("网上线下都中能学点啥", "线上线下都行学外语的") or when
 * it is what is wished for ("要网上线下都中"); said alone ("线上线下都可以", "网上还是现场都行，想学英语") it stays no
 * filter. The 的 form ("都行的课") is read by BOTH_WAYS and the hybrid cue. `said`: the message's format indifference.
 */
function bothFineAsKind(text: string, said: FormatIndifference | null): boolean {
  if (!said?.bothNamed) return false
  let stop = text.slice(said.end).search(/[，,。；;！!？?\s]/)
  if (stop < 0) stop = text.length - said.end
  if (!VERDICT_TAIL.test(text.slice(said.end, said.end + stop))) return true
  return WISHED_BEFORE.test(text.slice(clauseStart(text, said.start), said.start).replace(/\s+$/, ''))
}

/** Where a mixed course is named beyond FORMAT_CUES ("混成課程"): the words say how, they are no need. */
export function namedMixedSpans(text: string): [number, number][] {
  if (!mayVerdict(text).includes(NAMED_MIXED_AT)) return []
  return globalMatches(NAMED_MIXED, text).map((m) => [m.index!, m.index! + m[0].length])
}
const ANY = FORMAT_CUES.find((c) => c.format === 'any')!.pattern

/**
 * Which of the whole-message verdict patterns (the hybrid ones, then "any") a message can
 * match at all, from its one walk of every table's strings (text/literal-walk): most messages hold none, and each was
 * otherwise tried at every position of every message.
 */
const VERDICTS = [...HYBRID, ANY]
const mayVerdict = candidateIndices(VERDICTS)
const NAMED_MIXED_AT = HYBRID.indexOf(NAMED_MIXED), ANY_AT = HYBRID.length

/** Where a clause starts, looking back from `at`. */
function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (/[，,。；;！!？?\n]/.test(text[i])) return i + 1
  return 0
}

/** Every format pattern, and which of them a message's characters allow (pattern-prefixes: most are never tried). */
const ALL = [...PLAIN, ...FRAMED]
const mayMatch = candidateIndices(ALL.map((x) => x.re))

/** Every format mention in `text` (plain words and frames), a mention inside a longer one of the other side dropped. */
export function formatMentions(text: string): Mention[] {
  // (Read once per message by query/facet-reading, which passes the mentions to everyone who needs them.)
  const found: Mention[] = []
  for (const k of mayMatch(text)) {
    const { side, re } = ALL[k]
    for (const m of globalMatches(re, text)) {
      if (!m[0]) continue
      const start = m.index!, end = start + m[0].length
      if (/(?:现场|课堂|教室)$/.test(m[0]) && TOPIC_USE.test(text.slice(end))) continue
      const before = text.slice(clauseStart(text, start), start)
      // "想学怎么用电脑上课": how to teach with a computer is what is learned, not how.
      if (LEARNED_HOW.test(before)) continue
      const refused = REFUSED_BEFORE.test(before) && !FEE_REFUSED.test(before)
      found.push({ side, start, end, refused })
    }
  }
  // "不要线上" (in person) holds 线上; "不用去现场" (online) holds 现场: the inner word is what is refused.
  const kept = found.filter((m) => !found.some((o) => o.side !== m.side && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start))
  // A word inside a refused phrase of its own side ("教室" of "不想跑去教室") is refused with it.
  return kept.map((m) => (m.refused || !kept.some((o) => o.refused && o.side === m.side && o.start < m.end && m.start < o.end) ? m : { ...m, refused: true }))
}

/** The format a Chinese message asks for, or null when it names none or says either will do (`mentions`: its formatMentions). */
export function readFormat(text: string, mentions: readonly Mention[] = formatMentions(text)): Format | null {
  // An indifference is about what stands right before it (query/format-indifference): "啥都行" keeps the format.
  const indifferent = formatIndifference(text, mentions)
  const may = mayVerdict(text)
  if (may.some((k) => k < HYBRID.length && text.search(HYBRID[k]) >= 0) || bothFineAsKind(text, indifferent)) return 'hybrid'
  if (indifferent || (may.includes(ANY_AT) && ANY.test(text))) return null
  const wanted = mentions.filter((m) => !m.refused)
  const online = wanted.filter((m) => m.side === 'online'), offline = wanted.filter((m) => m.side === 'offline')
  if (online.length && offline.length) {
    const [a, b] = [online[0], offline[0]].sort((x, y) => x.start - y.start)
    return EITHER_BETWEEN.test(text.slice(a.end, b.start)) ? null : 'hybrid'
  }
  if (online.length) return 'online'
  if (offline.length) return 'offline'
  const refused = new Set(mentions.map((m) => m.side))
  if (refused.size === 1) return refused.has('online') ? 'offline' : 'online'
  return null
}
