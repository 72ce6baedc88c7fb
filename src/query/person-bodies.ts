/**
 * @module query/person-bodies
 * Who the learner is, said through a body they belong to, a stage of life or a
 * service done, none of which names an audience outright:
 * - a member of a body takes the body's people: "我是工会会员", "我们工会想给会员报"
 *   (employees), "老年协会的会员", "残联的成员", "农会会员", "家委会的"; the body says
 *   who its members are, so "会员" is no subject;
 * - just out of school, however it is put ("刚出校门", "刚走出校园", "毕业没多久",
 *   "刚从技校出来", "应届生"): a young learner;
 * - military service done ("服完兵役", "服过役", "服役期满"): a veteran;
 * - a life said without a group word: a mother at home with the children, a woman in dialect (婆姨), leaving home to
 *   work (从四川出来在建筑队干活), working at a rural school (任职于偏远地区学校, 乡镇中心小学当语文老师), a small child
 *   at a school stage said school first (读幼稚园的囡囡).
 * Text arrives simplified, in plain Mandarin (text/dialect: 俺 → 我). Each cue is
 * implied: it ranks and filters like the other situation cues (query/person-cues).
 */
import type { Cue } from './cues.js'

const implied = (id: string | null, pattern: RegExp): Cue => ({ kind: 'audiences', id, pattern, explicit: false })
const alt = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`

/** Bodies whose members are one audience. */
const BODIES: Readonly<Record<string, readonly string[]>> = {
  employees: ['工会', '总工会', '职工之家', '职代会'],
  elderly: ['老年协会', '老年人协会', '老人协会', '老年大学', '老人会', '老年活动中心', '老干部活动中心', '老年体协', '长者中心', '长青会', '老龄协会', '老年合唱团'],
  women: ['妇联', '妇女联合会', '妇女会', '妇女之家', '妇代会', '巾帼志愿队'],
  'people-with-disabilities': ['残联', '残疾人联合会', '残疾人协会', '盲人协会', '聋人协会', '肢残人协会', '残友会'],
  farmers: ['农会', '农民协会', '农协', '合作社', '专业合作社', '农民专业合作社', '种植协会', '养殖协会', '果业协会', '茶叶协会', '农民夜校'],
  veterans: ['退役军人服务站', '退役军人服务中心', '退役军人事务局', '退役军人协会', '退伍军人协会', '老兵协会', '荣民之家', '老战友协会'],
  parents: ['家委会', '家长委员会', '家长会', '家长学校'],
  youth: ['学生会', '团支部', '青年志愿者协会', '青协'],
}
/** What a body calls its people. */
const MEMBERS = '(?:会员|成员|社员|会友|学员|队员|老会员|新会员|同志|姐妹|兄弟|朋友|大家|大伙|大伙儿|会员们|成员们|社员们|学员们|朋友们|姐妹们|兄弟们)'
/** Working at a body rather than belonging to it ("…做事", "…里上班", "…的职员"). */
const AT_WORK = '(?:里|上|的)?(?:工作|上班|做事|干活|打工|做东西|做工|任职|当差|职员|员工|工作人员|同事|帮忙|做义工)'
/** "我是…", "我们是…", "作为…", "我在…": the speaker's own place in the body. */
const SELF = '(?:(?:我|我们|本人)(?:也|都|现在|一直)?(?:是|算|属于|在|参加了|加入了|入了)|作为|身为)(?:一名|一个|个|名)?'

function bodyCue(id: string, bodies: readonly string[]): Cue {
  const body = `(?:[^，,。!！?？;；\\s想要学给帮替为]{0,4}?)${alt(bodies)}`
  return implied(id, new RegExp(
    // "我是工会会员", "作为农会的社员", "我在老年协会": the speaker belongs. (Working there is staff, not a member:
    // "我在长者中心做事", "我在老年大学上班".)
    `${SELF}${body}(?!${AT_WORK})(?:的)?${MEMBERS}?`
    // "工会会员", "残联的成员们" said of whoever learns.
    + `|${body}(?:的)?${MEMBERS}`
    // "我们工会想给会员报", "我们老年协会准备帮大家找": the body asks for its people.
    + `|(?:我们|咱们|本)${body}(?:想|要|打算|准备|计划|希望)?(?:组织|统一)?(?:给|帮|替|为)(?:我们的|咱们的|我们|咱们)?${MEMBERS}`
    // A body opening the clause and asking for someone ("农会这边帮农民朋友问", "妇联这里替姐妹们找"): its name says who
    // asks, never a subject (农会 is also read as 农民合作社, a rural topic word).
    + `|(?<=^|[，,。!！?？;；\\s])${body}(?:这边|这里|那边|这儿)?(?:想|要|打算|准备|计划|希望)?(?:组织|统一)?(?:给|帮|替|为|代)`,
  ))
}

/** The cues of this module (see the module doc). */
export const PERSON_BODY_CUES: readonly Cue[] = [
  ...Object.entries(BODIES).map(([id, bodies]) => bodyCue(id, bodies)),
  // Just out of school: "刚出校门", "才走出校园", "刚从学校出来", "毕业没多久", "刚从技校毕业", "应届生".
  implied('youth', /(?:刚|才|刚刚|今年)(?:从)?(?:走出|踏出|迈出|离开|出了|出)(?:了)?(?:学校|校门|校园|学校门|学校大门|大学|大学校门|学堂)|(?:刚|才|刚刚|今年)(?:从)?(?:学校|大学|大专|技校|职校|职高|中专|高中|中学|初中|国中|职中|中职|高职|卫校|师范)(?:里)?(?:出来|毕业|毕的业)|毕业(?:没多久|不久|没几个月|没两年|才[一两半]年)|应届(?:毕业)?生|(?:高考|中考)(?:没考上|落榜|完)/),
  // School ended by an exam failed ("没考上大学", "高考落榜", "中考没考好"), a year repeated or school left ("辍学", "不念书了").
  implied('youth', /(?:高考|中考)?(?:没|没有|没能|未|考不)(?:考上|考取|考进|上)(?:大学|高中|本科|大专|专科|重点|一本|二本|研究生)|(?:高考|中考)(?:落榜|没考好|考砸了?|失利|失败)|(?<![不别])落榜|复读|辍学|休学|(?:不|没)(?:想|再)?(?:念|读|上)(?:书|学)了|刚(?:走)?出社会|在校生/),
  // A mother at home with the children, the home first ("在家带孩子的妈妈", "在家里带细伢子的宝妈"): a woman who learns.
  implied('women', /(?:在家|在家里|居家|全职)(?:照顾|带|看|陪|管)(?:着)?(?:[一二两三俩仨\d]个)?(?:孩子|小孩|娃|娃娃|宝宝|小朋友|细伢子|伢子|伢|囡囡)(?:的)?(?:妈妈|妈|宝妈|主妇|媳妇|女人)/),
  // A woman naming herself in dialect ("我是农村婆姨", "俺是个婆娘家"): the word is plain for "a woman, a wife".
  implied('women', /(?:我|本人)(?:是|就是|也是)(?:个|一个)?(?:农村|村里|乡下|山里)?(?:的)?(?:婆姨|婆娘|婆娘家|娘们|老娘们|妇道人家)/),
  // Leaving home to work, however the work is said ("从四川出来在建筑队干活", "打老家过来打工"): a migrant worker.
  implied('migrant-workers', /(?:从|打)[^，,。!！?？\s]{1,6}?(?:出来|过来|来到|来)(?:的)?[^，,。!！?？\s]{0,8}?(?:打工|干活|做工|务工|挣钱|搬砖|上班|做事)|(?:建筑队|施工队|工程队|装修队)(?:上|里)?(?:干活|做工|打工|做事|上班)/),
  // Working at a rural school, the role left unsaid or a school subject before it ("任职于偏远地区学校",
  // "在乡镇中心小学当语文老师", "在山区学校工作").
  implied('rural-teachers', /(?:任职于|任职在|工作于|服务于|就职于|(?:在|于))(?:乡下|农村|村里|山区|山村|乡镇|镇上|乡里|乡村|偏远|边远|偏乡|偏远地区|边远地区|牧区|民族地区|少数民族地区)[^，,。!！?？\s]{0,8}?(?:学校|小学|中学|初中|教学点|国小|国中|完小|中心校)(?:的|里|上)?(?:当|做|任|教)?(?:语文|数学|英语|音乐|美术|体育|科学|物理|化学|历史|地理|政治|生物)?(?:老师|教师|工作|任职|上班|任教)?/),
  // A small child at a school stage, the school first ("读幼稚园的囡囡", "上小学的两个孩子"): the parent speaks.
  implied('parents', /(?:有|家)?(?:个|一个|两个|俩|[一二两三]个)?(?:在)?(?:上|读|念)(?:幼儿园|幼稚园|小学|学前班|一年级|二年级|三年级)(?:的)(?:[一二两三俩仨]个)?(?:孩子|小孩|娃|娃娃|女儿|儿子|闺女|囡囡|宝宝|小朋友|伢子|细伢子)/),
  // Growing a crop, any crop, named by its head ("我家在屏东种凤梨", "我们种了几亩花生", "家里栽着柑橘"): a farmer.
  implied('farmers', /(?:我|我们|我家|我们家|家里)(?:在[^，,。!！?？\s]{1,6}?)?(?:是|都|一直)?(?:种|栽)(?:了|着)?(?:[一二两三四五六七八九十几百千\d]+(?:亩|棵|株|垄))?(?:的)?[^，,。!！?？\s想学要]{0,3}?(?:梨|果|菜|茶|稻|麦|米|豆|瓜|薯|椒|蒜|姜|葱|橘|柑|橙|桃|枣|杏|莓|蕉|烟|棉|药材|菇|菌|笋|葡萄|花生|芝麻|油菜|荔枝|龙眼|芒果|甘蔗|烟叶|玉米|高粱|苞米|谷子)(?:树|苗|叶|子)?(?:的)?(?![课班培])/),
  // Military service done: "服完兵役", "服过两年役", "服役期满", "兵役结束".
  implied('veterans', /服(?:完|过|了)(?:[一二两三四五六七八九十几\d]+年)?(?:的)?(?:兵役|役)|服役(?:期满|结束|完了)|兵役(?:结束|期满|服完)/),
]
