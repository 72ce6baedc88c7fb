/**
 * @module query/person-bodies
 * Who the learner is, said through a body they belong to, a stage of life or a
 * service done, none of which names an audience outright:
 * - a member of a body takes the body's people: "我是工会会员", "我们工会想给会员报"
 *   (employees), "老年协会的会员", "残联的成员", "农会会员", "家委会的"; the body says
 *   who its members are, so "会员" is no subject;
 * - just out of school, however it is put ("刚出校门", "刚走出校园", "毕业没多久",
 *   "刚从技校出来", "应届生"): a young learner;
 * - military service done ("服完兵役", "服过役", "服役期满"): a veteran.
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
/** "我是…", "我们是…", "作为…", "我在…": the speaker's own place in the body. */
const SELF = '(?:(?:我|我们|本人)(?:也|都|现在|一直)?(?:是|算|属于|在|参加了|加入了|入了)|作为|身为)(?:一名|一个|个|名)?'

function bodyCue(id: string, bodies: readonly string[]): Cue {
  const body = `(?:[^，,。!！?？;；\\s想要学给帮替为]{0,4}?)${alt(bodies)}`
  return implied(id, new RegExp(
    // "我是工会会员", "作为农会的社员", "我在老年协会": the speaker belongs.
    `${SELF}${body}(?:的)?${MEMBERS}?`
    // "工会会员", "残联的成员们" said of whoever learns.
    + `|${body}(?:的)?${MEMBERS}`
    // "我们工会想给会员报", "我们老年协会准备帮大家找": the body asks for its people.
    + `|(?:我们|咱们|本)${body}(?:想|要|打算|准备|计划|希望)?(?:组织|统一)?(?:给|帮|替|为)(?:我们的|咱们的|我们|咱们)?${MEMBERS}`,
  ))
}

/** The cues of this module (see the module doc). */
export const PERSON_BODY_CUES: readonly Cue[] = [
  ...Object.entries(BODIES).map(([id, bodies]) => bodyCue(id, bodies)),
  // Just out of school: "刚出校门", "才走出校园", "刚从学校出来", "毕业没多久", "刚从技校毕业", "应届生".
  implied('youth', /(?:刚|才|刚刚|今年)(?:从)?(?:走出|踏出|迈出|离开|出了|出)(?:了)?(?:学校|校门|校园|学校门|学校大门|大学|大学校门|学堂)|(?:刚|才|刚刚|今年)(?:从)?(?:学校|大学|大专|技校|职校|职高|中专|高中|卫校|师范)(?:里)?(?:出来|毕业|毕的业)|毕业(?:没多久|不久|没几个月|没两年|才[一两半]年)|应届(?:毕业)?生|(?:高考|中考)(?:没考上|落榜|完)/),
  // Military service done: "服完兵役", "服过两年役", "服役期满", "兵役结束".
  implied('veterans', /服(?:完|过|了)(?:[一二两三四五六七八九十几\d]+年)?(?:的)?(?:兵役|役)|服役(?:期满|结束|完了)|兵役(?:结束|期满|服完)/),
]
