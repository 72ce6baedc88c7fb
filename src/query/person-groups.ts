/**
 * @module query/person-groups
 * People asked FOR: the asker is not the learner, a group is. "帮车间的工人师傅们问问",
 * "替村里的种植户问一下", "给社区的女同胞们找", "我们社区工作站的同事想学", "厂里的工人":
 * a head noun naming a group of people (工人, 农户, 姐妹, 战友, 残疾朋友…), reached
 * through a proxy verb (给/帮/替/为 … 问/找/报) or a place that owns them (厂里的,
 * 村里的, 社区的), or wanting to learn themselves ("…们想学"). The head says the
 * audience; where the head is a plain word for workers (工人, 师傅, 同事), the
 * place decides: a workshop or an office makes employees, a building site
 * migrant workers, a community office community workers. Every cue is implied
 * (a situation, like query/person-cues), so the words of the whole phrase
 * ("车间", "残联登记的", "山上分校的") describe the learner and never become
 * need-words. Text arrives simplified, in plain Mandarin (text/dialect).
 */
import type { Cue } from './cues.js'

const implied = (id: string, pattern: RegExp): Cue => ({ kind: 'audiences', id, pattern, explicit: false })
const alt = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`

/** Group heads that say the audience by themselves. */
const HEADS: Readonly<Record<string, readonly string[]>> = {
  elderly: ['老人', '老人家', '老年人', '老年朋友', '长辈', '长者', '老头老太', '老头老太太', '大爷大妈', '爷爷奶奶', '老同志', '老姐妹', '老伙计', '老街坊', '退休老人', '退休人员',
    // Old men and women as villages call them (老汉, 老倌, 老婆婆): counted or owned, a group of older learners.
    '老汉', '老汉们', '老倌', '老头', '老头儿', '老头子', '老太', '老太太', '老婆婆', '老奶奶', '老大爷', '老大娘', '大爷', '大妈', '大娘', '老爷子'],
  'migrant-workers': ['打工人员', '打工的', '(?<!(?:车间|厂里|厂子|工厂|单位|公司|企业|班组|部门|科室|办公室|店里|门店)(?:里|上)?的(?:那些|这些|几个|几位)?)工友', '民工', '农民工', '外地工人', '外来工', '外地工友', '打工仔', '打工妹', '务工人员', '外来务工人员', '进城务工人员'],
  farmers: ['种粮户', '种植大户', '种菜户', '种果户', '养殖大户', '种粮大户', '社员', '合作社社员', '种植户', '种地户', '种田户', '养殖户', '农户', '村民', '乡亲', '乡亲们', '庄稼人', '种地的', '种田的', '农民朋友', '农民兄弟', '果农', '菜农', '茶农', '农家'],
  women: ['妇女', '姐妹', '姊妹', '女同胞', '婆娘', '大姐', '大嫂', '嫂子', '女同志', '女士', '娘们', '妇女同志', '姐妹们', '师奶', '主妇', '妇女姐妹', '婆姨', '媳妇们', '老娘们',
    // Wives and women as villages call them (Shanxi/Shaanxi 婆姨, Hunan/Hubei 堂客 is read 妇女 by text/dialect): counted or owned, a group.
    '媳妇', '小媳妇', '女人', '女的', '妇女们', '大姐们', '嫂子们', '婶子', '婶子们', '大婶'],
  veterans: ['战友', '老战友', '老兵', '退伍兵', '退伍军人', '退役军人', '转业军人', '复员军人', '退伍老兵'],
  'people-with-disabilities': ['残疾朋友', '残障朋友', '残疾人', '残障人士', '残疾人士', '身障朋友', '盲人', '聋人', '聋哑人', '视障朋友', '听障朋友', '残疾兄弟', '残疾姐妹'],
  parents: ['家长', '爸爸妈妈', '爸妈们', '宝爸宝妈', '孩子家长', '学生家长'],
}
/** Plain words for people at work: the place decides who they are. */
const WORKERS = ['工人师傅', '工人', '员工', '职工', '同事', '同仁', '师傅', '伙计', '工作人员', '干部', '职员', '工友']
/** Places and what they make of a worker. */
const WORKPLACE = ['车间', '厂里', '厂子', '工厂', '厂', '单位', '公司', '企业', '班组', '部门', '科室', '办公室', '机关', '医院', '银行', '门店', '店里', '酒店']
const SITE = ['工地', '项目部', '工程队', '施工队', '装修队']
const COMMUNITY = ['社区', '居委会', '居委', '街道', '村委会', '村委', '网格', '社区工作站', '社区服务中心', '党群服务中心', '里办公处', '里办公室', '社区发展协会', '小区物业']

/** Places and bodies that own a group of people ("村里的", "我们班的", "残联登记的"). */
const OWNERS = ['村', '村里', '村上', '村子', '屯里', '寨子', '寨里', '乡里', '乡下', '镇上', '老家', '社区', '小区', '街道', '居委会', '楼里', '院里', '大院',
  '厂', '厂里', '车间', '单位', '公司', '企业', '工地', '学校', '班', '班上', '班级', '年级', '协会', '残联', '工会', '妇联', '合作社', '养老院', '敬老院',
  '老年大学', '活动中心', '服务中心', '工作站', '教会', '部队', '连队', '队里', '组里', '团里', '群里', '分校', '教学点', '中心']

/** Asking on another's behalf: "给", "帮", "替", "为", "代". */
const PROXY = '(?:给|帮|替|为|代)(?:我们|咱们|我|我家|本)?'
/** A short modifier inside one clause, without a learning or wishing word ("车间的", "残联登记的", "从外地来的"). */
const MOD = '(?:(?![想学要报课班培训])[^，,。!！?？;；\\s]){0,12}?'
/** A plural or a count before the head ("那些", "几位"), and after it ("们"). */
const FEW = '(?:那些|这些|那几个|这几个|几个|几位|一帮|一群|一些|好些|各位)?'
/** A count said outright ("几个", "好些", "十来个", "三个"): with one, a place needs no 的 to own the head ("我们村几个婆姨"). */
const COUNT = '(?:那些|这些|那几个|这几个|好几个|几个|几位|一帮|一群|一伙|一些|好些|好多|不少|各位|有些|有几个|[两三四五六七八九十俩仨][个位]?|十来个|十几个|二十来个)'
/** What the asker does for them: ask, look, sign up. */
const ASKS = '(?:们)?(?:问|找|报|打听|咨询|看|挑|选|查|了解|搜|寻)'
/** The group wanting to learn themselves: "…们想学", "都想报名". */
const WANT = '(?:们)?(?:也|都|还)?(?:想|要|打算|准备|希望)(?:去)?(?:学|报|参加|上)'

/**
 * "We, the <group>" opening a clause ("咱老头老太太 想学护理", "我们村民", "俺们残疾人"), or "I, one <group>" ("我一个女的", "我们一群婆娘",
 * "俺一个老头子"): a pronoun set beside the head says the speakers are the group, whatever follows; not a head that
 * runs on into a longer word ("我家长辈").
 */
const WE = '(?:^|(?<=[\\s，,。!！?？;；]))(?:我们|咱们|俺们|我)(?:这些|这帮|这群|这伙|几个|几位|一个|一群|一帮|一伙|一些|好几个)?'
const WE_END = '(?=们|都|也|想|要|能|有|学|还|[\\s，,。!！?？;；]|$)'

/** A head reached four ways: a proxy verb, a place that owns it, its own wish, or a pronoun beside it. */
function framed(head: string): string {
  const owner = `(?:我们|咱们|我)?(?:[^，,。!！?？;；\\s照护伺陪教学想要]{0,3}?)${alt(OWNERS)}(?:[^，,。!！?？;；\\s照护伺陪教学想要]{0,3}?)(?:里|上|里头|里面)?的`
  // (Counted, the place needs no 的, "村里好些婆姨", and a counted head wanting to learn is the group, "几个老汉想学".)
  const counted = `(?:我们|咱们|我)?${alt(OWNERS)}(?:里|上|里头|里面)?${COUNT}${head}(?:们)?|${COUNT}${head}${WANT}`
  return `${PROXY}${MOD}${head}${ASKS}|${owner}${FEW}${head}(?:们)?|(?:我们|咱们)${MOD}的${FEW}${head}${WANT}|${WE}${head}${WE_END}|${counted}`
}

/** The group cues: each audience's heads, and workers by their place. */
export const PERSON_GROUP_CUES: readonly Cue[] = [
  ...Object.entries(HEADS).map(([id, heads]) => implied(id, new RegExp(framed(alt(heads))))),
  // Workers at a building site are migrant workers; at a community office, community workers.
  implied('migrant-workers', new RegExp(`${PROXY}${MOD}${alt(SITE)}${MOD}${alt(WORKERS)}${ASKS}|${alt(SITE)}(?:上|里)?的${FEW}${alt(WORKERS)}`)),
  implied('community-workers', new RegExp(`${PROXY}${MOD}${alt(COMMUNITY)}${MOD}${alt(WORKERS)}${ASKS}|(?:我们)?${alt(COMMUNITY)}[^，,。!！?？;；\\s]{0,4}?的${FEW}${alt(WORKERS)}(?:们)?`)),
  // A worker said with a migrant's modifier is a migrant worker ("外来务工的职工", "进城打工的员工"): the modifier says who.
  implied('migrant-workers', new RegExp(`(?:外来|外地|进城|外出|农村|来城里)?(?:务工|打工|干活)(?:人员)?的${FEW}${alt(WORKERS)}(?:们)?|(?:外来|外地|进城)(?:的)?${alt(WORKERS)}(?:们)?`)),
  // Workers of a workshop or an office are employees ("帮车间的工人师傅们问问", "厂里的工人").
  implied('employees', new RegExp(`${PROXY}(?:(?!工地|社区|居委|街道|外地|打工)[^，,。!！?？;；\\s]){0,6}?${alt(WORKPLACE)}(?:(?!工地|社区|外地|打工)[^，,。!！?？;；\\s]){0,6}?${alt(WORKERS)}${ASKS}|(?:我们)?${alt(WORKPLACE)}(?:里|上|里头)?的${FEW}${alt(WORKERS)}(?:们)?`)),
]
