/**
 * @module query/person-frames
 * How people say who they are, as frames around any job, age or family word:
 * "我是/本人是/作为一名/身为 + job", "在(一家)企业/银行 + 做/当 + job", "干/做 +
 * job + 的", "job + 出身"; an age in words or figures ("今年十九", "二十出头",
 * "六十几岁"); a child and their age ("儿子十七了": the child learns) or their
 * school ("小孩在念小学": the parent learns); a child's mother or father
 * ("两个小朋友的妈妈"). The job tables live in query/occupations; the frames
 * make every job there readable in every frame, so a learner who says "我是
 * 保洁员" or "在工地开塔吊的" is read as the person they are, not as a subject.
 * Text arrives simplified, in mainland wording (text/dialect, regional-words).
 */
import type { Cue } from './cues.js'
import { KIDS, OCCUPATIONS, WORKPLACES } from './occupations.js'

const implied = (id: string | null, pattern: RegExp): Cue => ({ kind: 'audiences', id, pattern, explicit: false })
const alt = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`

/** "我是", "我们都是", "本人是", "作为一名", "身为", "我现在是个". */
const SELF = '(?:(?:我|我们|本人)(?:现在|目前|原来|以前|一直|也|都|就|本身)?(?:是|算是|属于)|作为|身为|本人)(?:一名|一个|一位|个|名|位|一枚)?'
/** What may stand between the frame and the job ("我是[在城里]送快递的"): no wish or learning ("我是想学会计的"). */
const GAP = '(?:(?![想学要找报去]|社区|居委|村委|村里|村上|街道|退休|退了)[^，,。!！?？\\s]){0,8}?'
/** Doing a job: "在…做", "当了十年", "干了几年". Not after a wish ("想当月嫂" is a subject). */
const DOES = '(?<![想要愿打准学去])(?:当|做|干|任|跑)(?:了)?(?:[一二两三四五六七八九十几多\\d]+年)?(?:的)?'
/** Ages of a young learner, in figures or words. */
const YOUNG_AGE = '(?:十[四五六七八九]|二十[一二三四五]?|1[4-9]|2[0-5])(?:周)?(?:岁|了)|满(?:十[四五六七八九]|二十|1[4-9]|2[0-5])(?![0-9十百千万元块个])|今年(?:十[四五六七八九]|二十[一二三四五]?|1[4-9]|2[0-5])(?![0-9十百千万元块个号月日])|二十出头|十七八岁?|十八九岁?|刚成年'
/** A young age said bare (no 岁; "十七八", "二十三四" as a range): read only right after the speaker and before a clause's end. */
const BARE_YOUNG_AGE = '(?:十[四五六七八九]|二十[一二三四五]?|1[4-9]|2[0-5]|十[四五六七]八|十八九|二十[一二三四][二三四五六])'
/** School stages at which the parent, not the child, is who learns. */
const EARLY_SCHOOL = '(?:幼儿园|幼稚园|小学|国小|小一|小二|小三|一年级|二年级|三年级|四年级|五年级|六年级|学前班|k1|k2|k3)'

/** All job words of every audience, to tell "干部" from "村干部" (see {@link jobAlternation}). */
const ALL_JOBS = Object.entries(OCCUPATIONS).flatMap(([id, jobs]) => jobs.map((j) => ({ id, j })))

/**
 * One audience's jobs as an alternation, each guarded against being the tail
 * or the head of another audience's longer job ("干部" never inside "村干部", a community
 * worker; "农民" never the start of "农民工"), so the frames of two audiences never read one job two ways.
 */
function jobAlternation(id: string, jobs: readonly string[]): string {
  const guarded = jobs.map((j) => {
    const prefixes = ALL_JOBS.filter((o) => o.id !== id && o.j.length > j.length && o.j.endsWith(j)).map((o) => o.j.slice(0, -j.length))
    // Nor the head of one ("农民" never the start of "农民工", a migrant worker): "我是送快递的农民工" is no farmer.
    const suffixes = ALL_JOBS.filter((o) => o.id !== id && o.j.length > j.length && o.j.startsWith(j)).map((o) => o.j.slice(j.length))
    const re = `${prefixes.length ? `(?<!${prefixes.join('|')})` : ''}${j}${suffixes.length ? `(?!${suffixes.join('|')})` : ''}`
    return { j, re }
  })
  return `(?:${guarded.sort((a, b) => b.j.length - a.j.length).map((g) => g.re).join('|')})`
}

/** One cue per audience: a job word inside a self-description frame. */
const JOB_CUES: Cue[] = Object.entries(OCCUPATIONS).map(([id, jobs]) => {
  const job = jobAlternation(id, jobs)
  return implied(id, new RegExp(
    `(?<!退休|退了休|退休了的|退休的)${SELF}${GAP}${job}(?:的)?`
    + `|(?:我|我们|本人)(?:在|于)${GAP}${DOES}${job}(?:的)?`
    + `|(?:我|我们|本人)${DOES}${job}(?:的)?`
    // The job said in the clause right after the speaker names themself, its subject left out ("我係公司員工，做夜更保安").
    + `|(?<=(?:我|本人|俺)(?:是|在)[^，,。!！?？\\s]{1,12}[，,\\s]+)${DOES}${GAP}${job}(?!的?(?:课|班|培训|技能|技术|证|知识))`
    // "我在厂里是正式工", "本人在银行算是合同工": where, then what one is there.
    + `|(?:我|我们|本人)(?:在|于)${GAP}(?:是|算是|属于)(?:个|一名|一个)?${job}`
    + `|${DOES}${job}的(?!(?:课|班|培训|技能|技术|证|知识|活儿?))`
    + `|${job}出身`,
  ))
})

/**
 * Frames of the person, each an implied audience cue (a situation, not a
 * label: it ranks and filters like the other person cues).
 */
export const PERSON_FRAME_CUES: readonly Cue[] = [
  ...JOB_CUES,
  // Office and service work by its place: "在一家企业做会计", "在银行上班", "我在公司当文员".
  // A post inside the place may come between ("在银行柜台上班", "在医院药房工作"): not a wish or a course ("在公司想学").
  implied('employees', new RegExp(`(?:在|于)(?:一家|一个|家|个|本地|当地|一所)?[^，,。!！?？\\s]{0,6}?${alt(WORKPLACES)}(?:里|上)?(?:(?![想学要找报])[^，,。!！?？\\s]){0,3}?(?:上班|工作|做事|任职|做|干|当|打工)(?!的?(?:课|班|培训))`)),
  // Belonging to an office said plainly: "我是单位上的", "我是机关里的".
  implied('employees', /(?:我|本人)(?:是)?(?:在)?(?:单位|机关|公司|事业单位|国企|企业)(?:上|里)的/),
  // Working hours said of oneself: "平时要上班", "白天得上班", "朝九晚五".
  implied('employees', /(?:我|我们|本人)(?:平时|白天|平日|每天|天天|工作日)(?:都)?(?:要|得|需要)?(?:上班|返工)|朝九晚五/),
  // A young learner by age: "我今年十九岁", "我才十七", "俺二十出头", and a bare age ending the clause ("俺才十八，…",
  // "我18 没考上大学", "本人二十三，待业"): a number right after the speaker, with nothing after it, can only be an age.
  implied('youth', new RegExp(`(?:我|我们|本人)(?:今年|现在|才|刚|刚刚|已经){0,2}(?:满)?(?:${YOUNG_AGE}|${BARE_YOUNG_AGE}(?=[，,。!！?？\\s]|$))`)),
  // The same age as a clause of its own right after the speaker's self-description, its subject left out ("我是学电工的学徒，才十九").
  // A young age with 岁 as a clause of its own ("尕娃一个 十九岁"): said of nobody else, it is the speaker's.
  implied('youth', new RegExp(`(?<=^|[，,。!！?？\\s])(?:今年|现在|才|刚|刚刚|已经){0,2}(?:满)?(?:十[四五六七八九]|二十[一二三四五]?|1[4-9]|2[0-5])(?:周)?岁(?:了)?(?=[，,。!！?？\\s]|$)`)),
  implied('youth', new RegExp(`(?<=(?:^|[，,。!！?？\\s])(?:我|俺|本人)[^，,。!！?？\\s]{1,14}[，,\\s])(?:今年|现在|才|刚|刚刚|已经){0,2}(?:满)?(?:${YOUNG_AGE}|${BARE_YOUNG_AGE}(?=[，,。!！?？\\s]|$))`)),
  // A learner still at school or university: "我还在念大学", "本人正在读高二", "我们都在上职校".
  implied('youth', /(?:我|我们|本人)(?:还|都|也)?(?:在|正在)(?:念|读|上)(?:大学|大专|高中|高职|职高|中专|中职|技校|职校|国中|高[一二三]|初[一二三]|大[一二三四])/),
  // A woman said with the group she came as ("新住民妈妈", "外籍媳妇", "陆配姐妹"): the woman is who learns.
  // A mother at home with the children, said after she names herself ("我是…妈妈，在家照顾小孩"): the care is her life, no subject.
  implied('women', /(?:妈妈|妈|宝妈|主妇|媳妇|太太|女的|女人)[，,\s]*(?:平时|现在|每天|一直|目前)?(?:在家|居家|全职)(?:照顾|带|顾|看|陪)(?:着)?(?:小孩|孩子|娃|宝宝|小朋友)/),
  { kind: 'audiences', id: 'women', pattern: /(?:新市民|新移民|外籍|外配|陆配)(?:的)?(?:妈妈|妈|媳妇|新娘|姐妹|姊妹|女性|妇女|宝妈|主妇|太太)/, explicit: true },
  // A child with a youth's age is the learner: "我儿子十七了在找", "我家闺女十八了", "儿子刚满十八岁".
  implied('youth', new RegExp(`${alt(KIDS.filter((k) => k !== '学生'))}(?:今年|现在|已经|刚|才|都)?(?:满)?(?:${YOUNG_AGE})`)),
  // A young child at school: the parent speaks ("我有小孩在念小学", "孩子上幼儿园").
  // Also just started, or just of school age: "我家宝宝刚上幼儿园", "我家俩娃都上学了" ("还在上学" says no age; 上学习班 is a course).
  implied('parents', new RegExp(`(?:我|我们)?(?:有|家)?(?:[一二两三1-3]个|俩|仨)?${alt(KIDS)}(?:都|也)?(?:(?:在|正在|今年|现在|刚|刚刚|才|已经|马上|快)?(?:要)?(?:开始)?(?:上|读|念)${EARLY_SCHOOL}|(?:刚|刚刚|才|已经|马上|快|都)(?:要)?(?:开始)?上学(?=了|[，,。!！?？\\s]|$))`)),
  // "我有两个孩子", "家里有俩娃": a parent.
  implied('parents', new RegExp(`(?:我|我们|我家|我们家|家里|家中)(?:有|养了|养着|带着)(?:[一二两三四1-4]个|俩|仨|一对)${alt(KIDS.filter((k) => k !== '学生'))}`)),
  // A child's mother or father, however the child is named: "两个小朋友的妈妈", "初中生的家长".
  implied('parents', new RegExp(`(?:[一二两三四1-4]个|俩|仨)?(?:${alt(KIDS)}|(?:小学|中学|初中|高中|大学|中职|中专|职校|技校|高三|初三|国小|国中)(?:学)?生)(?:儿)?(?:的|他|她)(?:亲)?(?:母亲|父亲|妈妈|爸爸|妈|爸|爹|娘|家长|监护人)`)),
  // A young age said of the person asked for: "给我侄子找，他十六岁", "她才十七", "TA今年十九了".
  implied('youth', new RegExp(`(?:他|她|ta)(?:今年|现在|才|刚|刚刚|已经|都)?(?:满)?(?:${YOUNG_AGE}|(?:十[四五六七八九]|1[4-9])(?=[，,。!！?？\\s]|$))`)),
  // An older age as a direction ("快奔八了", "都奔七十的人", "年过六旬", "年近八十", "年逾古稀").
  implied('elderly', /(?:快|都|已经|眼看|马上|也)?(?:要)?(?:奔|奔着|往)[六七八九](?:十|张)?(?:了|的人|去了|岁)?|(?:年过|年逾|年近|年届|已过|快到)(?:[六七八九]十|[六七八九]旬|花甲|古稀|耄耋)/),
  // A mother at home full time is who learns as a woman ("我是全职在家带娃的妈妈"): her child-rearing is her life, not the subject.
  implied('women', /(?:我|我们)(?:是|就是|都是|现在是)?(?:个|一个|一名)?(?:全职|专职|在家|居家)[^，,。!！?？\s]{0,6}?(?:的)?(?:妈妈|妈|太太|主妇|宝妈|媳妇)/),
  // Driving for a living, however long: "在外头跑大车", "在城里开了五年出租车".
  implied('migrant-workers', /(?:我|我们)(?:在外头|在外面|在外地|在城里|在外)?(?:跑|开)(?:了)?(?:[一二两三四五六七八九十几\d]+年)?(?:的)?(?:大车|货车|长途|运输|出租车|出租|网约车|三轮车?|摩的|黑车)/),
  // Just into a school or university: "我侄子刚考上大学".
  implied('youth', /(?:刚|才|今年)(?:考上|考进|考入|升上|上了)(?:了)?(?:大学|高中|职高|技校|中专|大专|高职)/),
  // An older age said loosely: "六十几岁", "七十好几了", "快七十的人", "七十有二".
  implied('elderly', /[六七八九]十(?:几|好几|多)(?:岁|了|的人|(?=[，,。!！?？\s]|$))|(?:快|奔|都)[六七八]十(?:岁)?的人|[六七八九]十有[一二三四五六七八九]/),
  // Retired from any job is an older learner: "我是一名退休会计", "退了休的保安".
  implied('elderly', new RegExp(`(?:已经|早已|刚)?(?:退休|退了休)(?:了的|的|了)?(?:一名|一个|的)?${alt(ALL_JOBS.map((o) => o.j))}`)),
  // A rural school and a role in it: "农村学校的班主任", "村里的教学点代课", "山区小学当校长".
  implied('rural-teachers', /(?:乡下|农村|村里|村上|村小|山区|山里|山村|乡镇|镇上|乡里|乡村|偏远|边远|偏乡|屯里|寨子|牧区|部落|原住民|少数民族地区|民族地区)[^，,。!！?？\s]{0,8}?(?:学校|小学|中学|初中|教学点|幼儿园|国小|国中|完小|学区)(?:的|里|上)?(?:当|做|任|教)?(?:班主任|校长|老师|教师|代课老师|代课|教书|任教|上课|支教)/),
  // Back from the army: "刚复员", "转业三年了", "复员回来的".
  implied('veterans', /(?<![件池板机组站])(?:刚|已经|早就|前年|去年)?(?:复员|转业|退伍|退役)(?:了|回来|回家|回乡|后|[一二两三四五六七八九十几\d]+年)/),
  // Out of the army, said as coming down or back from it: "我刚从部队下来", "从部队回来好几年了".
  implied('veterans', /(?:刚|才|已经|早就|前年|去年)?从(?:部队|军队|军营)(?:上|里)?(?:下来|回来|出来|退下来|复员|转业|退伍)/),
  // Hearing or walking that does not work: "听力不好", "腿脚不灵便".
  implied('people-with-disabilities', /(?:我|本人)?(?:听力|耳朵)(?:不好|很差|有问题|受损)|(?:腿|腿脚)(?:不灵便|不利索|残了)|截肢/),
]
