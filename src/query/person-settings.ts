/**
 * @module query/person-settings
 * A self-description by where one works and what one does there, read as a small grammar instead of as phrases:
 * "在" + SETTING + ACTIVITY, where SETTING is any place of a class (a village or the hills, a building site or a mine,
 * a community office) with its modifiers and locatives ("屯子里", "寨子上的小学", "岛上的学校", "矿上"), and ACTIVITY
 * is a verb phrase of a class (teaching, farming, labouring, working). The class pair says who the learner is
 * ({@link SETTING_READINGS}), so combinations nobody wrote down ("在屯子里教书", "在沟里的教学点代课", "在码头扛包")
 * are read the same way as the ones somebody did. The place words are closed classes of place morphemes, not
 * sentences; a wish before "在" ("想在村里教书") is a plan, not a life, and a child before it ("孩子在村里上课") is
 * at school, not teaching. Text arrives simplified, in plain Mandarin (text/dialect: 俺/咱 → 我).
 */
import type { Cue } from './cues.js'

const alt = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`

/**
 * Rural places by their head morpheme. A one-character head must stand at the start of the place or after a
 * modifier that ends in 的/个 (or a size word), and be followed by a locative, 子, a school or the activity, so a
 * city's name is never one ("青岛上班", "山东", "镇江" are not villages).
 */
const RURAL_HEADS = ['农村', '乡下', '乡村', '乡里', '山区', '山村', '山里', '山上', '山沟', '山沟沟', '大山', '山旮旯', '牧区', '林区', '垦区', '草原',
  '偏乡', '部落', '老家', '海岛', '离岛', '边疆', '边远地区', '偏远地区', '村', '屯', '寨', '乡', '镇', '沟', '岛', '山']
/** Building sites and the like: heavy work on a site nobody owns as an employer of record. */
const SITE_HEADS = ['工地', '矿上', '矿山', '矿井', '煤矿', '矿区', '矿', '码头', '港口', '货场', '采石场', '砖厂', '砖窑', '窑厂', '石场',
  '工程队', '施工队', '装修队', '建筑队', '搅拌站']
/** Community offices (query/person-situations reads the office said without a verb, "我是居委会的"). */
export const COMMUNITY_HEADS = ['社区', '居委会', '居委', '村委会', '村委', '村部', '村两委', '街道办', '街道', '网格', '里办公处', '党群服务中心', '社区服务中心']
/** Schools, which stand after a rural place ("村里的教学点", "寨子上的小学"). */
const SCHOOLS = ['学校', '小学', '中学', '初中', '学堂', '教学点', '村小', '完小', '中心校', '幼儿园', '分校', '学区', '国小', '国中', '校']

/** Teaching: "教书", "教数学", "教了八年", "代课", "当班主任". Not 教育, 教练, 教会 (a subject or a church). */
const TEACH = '(?:教(?![育练会堂室材程])|上课|讲课|代课|支教|任教|(?:当|做)(?:老师|教师|班主任|校长|孩子王))'
/** Farming: growing and raising ("种茶", "养鸡", "放羊", "下地"). Not 养老 or 养身体 (a life stage, health). */
const FARM = '(?:种|栽|养(?![老生身病伤家孩娃活])|喂(?:猪|鸡|鸭|牛|羊|鱼)|放(?:羊|牛|鸭|鹅|马)|干农活|下地|务农|包地)'
/** Labour on a site: any doing verb ("干活", "扛包", "开吊车", "扎钢筋"). */
const LABOUR = '(?:干活|做工|干|做|打工|上班|扛|搬|拉|开|扎|绑|砌|抹|挑|推|挖|当|打杂|帮工)'
/** Office work: "上班", "干活", "管事", "跑腿". */
const WORK = '(?:上班|工作|干活|干事|做事|管事|办事|跑腿|打杂|帮忙|值班|服务|当差)'

/** Not after a child, who is at school there ("孩子在山里上课"). */
const NOT_A_PUPIL = '(?<!(?:孩子|娃|娃娃|儿子|女儿|闺女|孙子|孙女|学生)(?:都|也|还)?(?:在|到)?)'
/** Not after a wish or plan ("想在村里教书", "打算到山区支教"): a plan, not a life. */
const NOT_A_WISH = '(?<![想要愿去准备打算希望计划](?:在|到)?)'
/** "在", not after a wish or plan nor after a child. */
const AT = `${NOT_A_WISH}${NOT_A_PUPIL}在`
/**
 * What a farmer raises, with its measure ("养了几头牛", "养殖", "种茶"): part of the life, so the topic word inside it is
 * too. One character of the crop or beast at most, so a clause run on without a comma keeps its own subject.
 */
const FARM_OBJECT = '(?:殖|植)?(?:了|着)?(?:[一二两三四五六七八九十几百千\\d]+(?:头|只|亩|箱|塘|群|棵|株|口))?(?:(?![想学要报找有能课班])[^，,。!！?？;；\\s])?'
/** What may stand between the place and the activity ("的小学", "上的教学点"): no wish, learning or comma. */
const BETWEEN = '(?:(?![想学要报找])[^，,。!！?？;；\\s]){0,6}?'
/** Modifiers a one-character rural head may follow ("偏远的村里", "一个小山村", "大山里"). */
const RURAL_LEAD = '(?:(?:(?![想学要报找])[^，,。!！?？;；\\s]){0,5}?(?:的|个))?(?:大|小|深|穷|老家)?'
/** A rural place: the head, then 子 or a locative, a school, or straight on to the activity. */
const RURAL = `${RURAL_LEAD}${alt(RURAL_HEADS)}(?![东西江安门州阳口])(?:子|头)?(?:里|上|下|里头|里面|那边|这边|那儿|这儿)?`
const SITE = `(?:[^，,。!！?？;；\\s]{0,4}?)${alt(SITE_HEADS)}(?:上|里|头|里头)?`
const COMMUNITY = `(?:[^，,。!！?？;；\\s]{0,4}?)${alt(COMMUNITY_HEADS)}(?:里|上)?`

/** Which audience a setting class and an activity class make together. */
export const SETTING_READINGS: readonly { setting: string; activity: string; audience: string }[] = [
  // "在屯子里教书", "在寨子上的小学教数学", "在岛上的学校上课": a rural teacher.
  { setting: RURAL, activity: `(?:(?:的)?${alt(SCHOOLS)}(?:里|上)?)?${BETWEEN}${TEACH}`, audience: 'rural-teachers' },
  // "在村里养鸡", "在山上种茶", "在沟里放羊": a farmer.
  { setting: RURAL, activity: `${BETWEEN}${FARM}${FARM_OBJECT}`, audience: 'farmers' },
  // "在矿上干活", "在码头扛包", "在城里的工地开吊车": a migrant worker.
  { setting: SITE, activity: `${BETWEEN}${LABOUR}`, audience: 'migrant-workers' },
  // "在村部上班", "在街道办跑腿": a community worker.
  { setting: COMMUNITY, activity: `${BETWEEN}${WORK}`, audience: 'community-workers' },
]

/** The grammar's cues, one per reading: implied audiences (a situation, like query/person-cues). */
export const PERSON_SETTING_CUES: readonly Cue[] = SETTING_READINGS.map((r): Cue => ({
  kind: 'audiences', id: r.audience, explicit: false, pattern: new RegExp(`${AT}${r.setting}${r.activity}`),
}))

/**
 * A village school said with or without "在" ("村小教书", "山区当老师", "乡村学校任教"), after no child and no wish.
 * A phrase cue, not a person cue (query/term-matches): the taxonomy's own word inside it ("村小") is part of it.
 */
export const VILLAGE_SCHOOL_CUES: readonly Cue[] = [
  { kind: 'audiences', id: 'rural-teachers', explicit: false, pattern: new RegExp(`${NOT_A_WISH}${NOT_A_PUPIL}(?:在|到)?(?:村小|村里|乡下|乡里|乡镇|镇上|农村|山区|山里|村小学|乡村学校)(?:的)?(?:小学|中学|初中|高中|学校)?${TEACH}|村小(?:当)?老师|山区(?:当)?老师`) },
]
