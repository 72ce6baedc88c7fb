/**
 * @module query/service-asks
 * A message that asks to hire someone rather than to learn: "想找人帮我搬家", "找人修冷气", "我要找保姆",
 * "帮我找会修电脑的师傅", "请个律师". A service is no lifelong-learning project, whatever topic its words touch
 * (保姆 is a vocational course's word, 电脑 a digital one), so the understander reads the phrase as out of scope
 * and drops the slots inside it, as it does for exam tutoring (query/colloquial-cues' examTutoring). Becoming one
 * ("想当保姆", "找保姆的工作") or learning from one ("找个师傅学手艺", "找人教我游泳") stays a request to learn.
 * Buying or booking a thing ("买两张机票", "帮我订高铁票", "租个房子", "book a hotel", "need cheap flights") and
 * asking where a job gets done ("找哪里维修", "去哪办护照", "where can I fix my phone") are services too: the asker
 * wants the thing or the job done, not to learn it ("怎么网上买菜", "学修电脑", "how to book tickets online" ask to learn).
 * So are hiring where someone is found ("哪里可以请保姆"), how to buy with no channel named ("怎么买火车票") and the place
 * of an errand ("去哪个医院", "火车站怎么走"). A job or
 * purchase whose verb ends the ask takes what was said before it as its object ("电动车坏了，哪里修", "高铁票怎么买").
 */
import { globalMatches } from '../text/regex-tools.js'
import { englishErrandAsks, errandAsks } from './errand-asks.js'

/** People one hires for a job at home or in life (never a teacher: 老师 and 教练 teach). */
const HIRED = '(?:师傅|保姆|保母|月嫂|育儿嫂|钟点工|小时工|家政阿姨|阿姨|外佣|菲佣|佣人|女佣|家佣|护工|看护|水电工|电工|木工|泥瓦工|装修队|装修公司|搬家公司|工人|律师|司机|代驾|跑腿|清洁工|保洁)'
/** Jobs done for the asker (搬家, 修冷气, 打扫, 接送孩子, 照顾老人). */
const JOB = '(?:搬家|搬东西|开锁|配钥匙|补胎|修|装|维修|安装|打扫|清洗|洗|疏通|通|换|接送|照顾|看护|带孩子|看孩子|陪|跑腿|代购|做饭|做家务|打官司|写|办|代(?:办|写|考|缴|交|领|驾|收|付|取|排|签|填|开|发|练|孕))'
/**
 * Whatever someone found is to do ("找人算命", "找人起名字", "找人代办"): 找人 + any verb is hiring, unless the person is
 * found to learn with or ask (一起, 结伴, 问, 教…) or 人 begins a word of its own (人工智能, 人才, 人员, 人家).
 */
const DEED = '(?!一起|结伴|作伴|搭伴|问|咨询|聊|说|谈|商量|教|学|练|带我|指导|辅导|讲|[工才员民生文家物口际力事群体类性格情脉气间世心数选士权次缘造参头])[\\u4e00-\\u9fff]'
/** What the job is done to, up to the clause's end ("修冷气", "接送孩子上学"). */
const WHAT = '[^，,。!！?？\\s]{0,6}'
/** Coming to do the job for the asker, between whom is hired and the job ("来帮我", "上门给家里"). */
const FOR_ME = '(?:来|上门)?(?:帮|给|替)?(?:我|我们|我家|家里|俺)?'
/**
 * Hiring: a verb of finding or paying someone, then a person (人, one of {@link HIRED}, or "会…的" + one), then
 * optionally "来/上门 帮我" and a job; with 人 a job or "帮我" must follow (找人 alone may be asking who teaches). Someone
 * found by a word of trust, then a job ("找个靠谱的保姆带孩子"), is hired whoever they are, even as a slip ("…的保带孩子").
 */
const HIRING = new RegExp(
  `(?:找|请|雇|叫|聘)(?:个|一个|位|一位|名|些)?(?:(?:会|能)[^，,。!！?？\\s的]{1,6}的|有经验的|靠谱的|专业的)?${HIRED}(?![的]?(?:工作|活|岗位|证|培训|课|班))(?:${FOR_ME}${JOB}${WHAT})?` +
  `|(?:找|请|雇)(?:个|一个|位|一位)(?:靠谱|可靠|信得过|放心|有经验|专业|好|便宜|实在)的\\p{Script=Han}{1,3}?${FOR_ME}${JOB}${WHAT}` +
  `|(?:找|请|雇|叫)(?:个|一个|些)?人(?:来|上门)?(?:家里|我家|家)?(?:帮|给|替)(?:我|我们|我家|家里|俺)?${JOB}${WHAT}|(?:找|请|雇|叫)(?:个|一个|些)?人(?:来|上门)?(?:家里|我家|家)?(?:${JOB}|${DEED})${WHAT}`, 'gu')
/** What someone coming to the home does: a job, or looking at what broke ("上门看一下"). */
const VISIT_JOB = `(?:${JOB}(?!法)|服务|整|弄|看看?|看一下|看下|瞧瞧|检查|回收)`
/**
 * A house call: someone coming to the home to do a job ("哪个师傅能上门修", "谁能来家里修一下", "有没有师傅可以来修",
 * "附近有没有师傅上门"), asked for whoever it is: the asker wants the job done where they live. So is one asked for by
 * price or trust, or priced ("有没有便宜的搬家公司", "搬家公司怎么收费").
 */
const HOUSE_CALL = new RegExp(`(?:上门|来家里|到家里|来我家|到我家|来屋里|到家)来?(?:帮我|帮忙)?${VISIT_JOB}${WHAT}` +
  `|(?:谁|哪个|哪位|有没有|附近有没有|附近的?)?${HIRED}(?:能|可以|会|肯|愿意|能够)?上门${VISIT_JOB}?${WHAT}` +
  `|(?:谁|哪个|哪位|有没有)(?:人|${HIRED})?(?:能|可以|会|肯|愿意|能够)(?:来|过来|上门|到家)?(?:帮我|帮忙)?${VISIT_JOB}${WHAT}` +
  `|(?:有没有|附近有没有|附近的?)${HIRED}(?:来|过来)?(?:帮我|帮忙)?${JOB}(?!法)${WHAT}` +
  // (One asked for nearby by the job done, "附近有开锁的吗"; by a word of price or trust, "有没有便宜的搬家公司"; recommended,
  // "有冇師傅推介"; or priced, "搬家公司怎么收费": hired, not taught.)
  `|附近(?:有没有|有)${JOB}${WHAT}的` +
  `|(?:有没有|附近有没有|推荐个?|哪里有)(?:便宜|实惠|靠谱|可靠|正规|专业|好)(?:一?点)?的${HIRED}|${HIRED}(?:怎么|咋|如何)?(?:收费|收钱|要价|价格|多少钱|贵不贵)` +
  `|(?:推荐|介绍)(?:个|一个|几个|位|一位)?(?:便宜|靠谱|可靠|好|专业)?的?${HIRED}|${HIRED}(?:推荐|介绍)`, 'g')
/**
 * Buying, booking or renting a thing for the asker: the verb (after 怎么/如何/咋 it asks how: {@link HOW_BUYING}), an
 * optional count and measure word ("两张", "一间"), then the thing, up to the clause's end ("买两张去广州的机票"); rent paid or
 * raised (房租, 交租, 月租) is no renting.
 */
const BUYING = new RegExp(`(?<!怎么|怎样|如何|咋|咋样|网上|线上|手机|出)(?:买(?!卖)|购买|订购|订(?![单阅])|预订|预定|(?<![房交收押月年])租(?![赁金]))(?:[一两二三四五六七八九十几]{0,2}[张个间套台辆件本份])?[^，,。!！?？\\s]{0,10}`, 'g')
/** A place asked for: where a job gets done, a person hired or a thing bought. */
const WHERE = '(?:找|去|到|在)?(?:哪里|哪儿|哪家|哪个地方|什么地方|阿达|哪块|边度|哪)(?:可以|能|能够|才能|有人|有)?'
/**
 * Where or by whom a job gets done ("找哪里维修", "去哪儿办护照", "哪家能修手机", "找谁疏通"): a place or a person asked
 * for, then a job; or where someone is hired ("哪里可以请保姆", "去哪雇个司机"; never a teacher, who teaches).
 */
const WHERE_DONE = new RegExp(`${WHERE}${JOB}${WHAT}|(?:找|请|叫)(?:谁|哪个|什么人)(?:来|帮忙|帮我)?${JOB}${WHAT}` +
  `|${WHERE}(?:请|雇|聘|雇佣|聘请)(?!假|客|教|问|老师|导师|教练)[^，,。!！?？\\s]{1,10}`, 'g')
/** How to buy, book or rent ("怎么买", "咋订", "如何租到"): with no channel named, the asker wants the thing itself. */
const HOW_BUYING = new RegExp(`(?:怎么|怎样|如何|咋|咋样)(?:才能|可以|能)?(?:买|购买|订(?![单阅])|预订|预定|租(?![赁金]))(?:到)?(?:[一两二三四五六七八九十几]{0,2}[张个间套台辆件本份])?[^，,。!！?？\\s]{0,10}`, 'g')
/** A channel named for buying ("网上", "用手机", "app"): how to buy there is a digital skill to learn ("怎么网上买菜"). */
const CHANNEL = /网上|线上|网购|在线|手机|电脑|app|微信|支付宝|小程序|网站|平台|自助/
/** Words that only ask or beg ("能不能帮我", "麻烦你"): no object of a job said first. */
const ASKING_ONLY = /^(?:能不能|可不可以|可以|能|请问|请|麻烦|劳驾|帮我|帮忙|帮|你|您|我|俺|想|要)+$/
/** A job or a purchase that ends its clause with its verb ("哪里修", "怎么买", "去哪办"): what it is done to was said before it. */
const VERB_LAST = new RegExp(`(?:${JOB}|请|雇|聘|买|购买|买到|订|订到|预订|预定|租|租到|卖)$`)
/**
 * A shop or stall that does a job or sells a thing ("附近有没有修手机屏幕的店", "哪有卖二手拖拉机的"): the asker wants
 * the job done or the thing bought there.
 */
const SHOP = new RegExp(`${JOB}${WHAT}的(?:店|铺子?|门店|门面|摊子?|维修点)|(?:${WHERE}|附近(?:有|能|可以)?)(?:卖|买到?)(?!卖)${WHAT}`, 'g')
/** Places of everyday errands: where one is asked for, the asker wants to get there, not to learn. */
const FACILITY = '(?:窗口|柜台|医院|诊所|卫生院|药店|药房|银行|派出所|营业厅|车站|火车站|汽车站|高铁站|地铁站|机场|超市|菜市场|加油站|充电站|邮局|快递点|厕所|公厕|餐厅|饭店|饭馆|酒店|宾馆|旅馆|停车场|政务中心|办事大厅)'
/** A place of an errand asked for ("去哪个医院", "附近有没有好的医院", "最近的派出所在哪", "火车站怎么走", "去哪里看病"). */
const PLACE_ASKED = new RegExp(`(?:${WHERE}(?:个|家|间|所)?|附近(?:有没有|有)?|最近的)[^，,。!！?？\\s]{0,4}?${FACILITY}|${FACILITY}(?:在哪|怎么走|怎么去)` +
  `|${WHERE}(?:看病|看医生|就诊|就医|看牙|看急诊|打针|拿药|开药|体检)`, 'g')
/**
 * Opening an account, an errand done once on a platform ("网约车平台咋注册", "淘宝店怎么开户", "外卖骑手账号如何认证",
 * "注册个抖音账号"): what is registered names it (the words before the how-word, or between the verb and 账号). Not a
 * registered profession (注册会计师), and not learning to use the platform ("学用打车软件": the learning guard).
 */
const ACCOUNT = new RegExp('([^，,。!！?？\\s]{0,8}?)(?:怎么|怎样|如何|咋)(?:才能|可以|能|去)?(?:注册|开户|入驻|登录|登陆|实名认证|认证|开通)(?:账号|账户|帐号)?(?!会计|建造|安全|测绘|营养|规划|税务|监理|造价|咨询|电气)' +
  '|(?:注册|开通|申请)(?:一个|个)?([^，,。!！?？\\s]{1,6}?)(?:的)?(?:账号|账户|帐号)', 'g')
/** Learning, becoming or teaching anywhere in the message: then the person is a teacher or a trade to learn. */
const LEARNING = /学|教|练|课|班|培训|报名|进修|讲座|考证|考个|当|做个|成为|入行|工作|上岗|技术|技能|知识|常识|技巧|窍门/

/** The hiring, buying and where-to-get-it-done phrases of a normalised Chinese message with where they sit; none when the message also asks to learn. */
export function serviceAsks(text: string): { word: string; start: number; end: number }[] {
  if (LEARNING.test(text)) return []
  // A character typed twice ("哪哪里修", "邊度可可以請") is one IME slip: the frames read it once, the spans sit in `text`.
  const kept: number[] = []
  for (let i = 0; i < text.length; i++) if (!(text[i] === text[i - 1] && /\p{Script=Han}/u.test(text[i]))) kept.push(i)
  if (kept.length === text.length) return askSpans(text)
  return askSpans(kept.map((i) => text[i]).join('')).map((m) => ({ word: m.word, start: kept[m.start], end: kept[m.end - 1] + 1 }))
}

/** {@link serviceAsks} of a text without doubled characters. */
function askSpans(text: string): { word: string; start: number; end: number }[] {
  const hiring = /[找请雇叫聘]/.test(text) ? globalMatches(HIRING, text) : []
  const span = (m: RegExpMatchArray, word = m[0]) => ({ word, start: m.index!, end: m.index! + m[0].length })
  // (What is bought names the ask: "买两张去广州的机票" → 机票, the thing after the last 的, or after the count.)
  const thing = (m: RegExpMatchArray) => m[0].split('的').pop()!.replace(/^.*?(?:买到|订到|租到|购买|订购|预订|预定|买|订|租)/, '').replace(/^[一两二三四五六七八九十几]{0,2}[张个间套台辆件本份]/, '') || m[0]
  const bought = globalMatches(BUYING, text).map((m) => span(m, thing(m)))
  // (How to buy names what is bought too: "怎么买去上海的火车票" → 火车票.)
  const how = CHANNEL.test(text) ? [] : globalMatches(HOW_BUYING, text).map((m) => span(m, thing(m)))
  // The object said first, as what the question is about ("电动车坏了，哪里修", "去北京的高铁票怎么买"): the words
  // before a job or purchase with nothing after its verb are its object, named by them, and no fact about the learner.
  const fronted = (m: { word: string; start: number; end: number }) => {
    if (!VERB_LAST.test(text.slice(m.start, m.end)) || !/\p{Script=Han}/u.test(text.slice(0, m.start))) return m
    const before = text.slice(0, m.start).replace(/[，,。!！?？\s]+$/, '')
    // (Named by its last words, without what befell it: "电动车坏了" → 电动车.)
    const thing = before.split(/[，,。!！?？\s的]/).pop()!.replace(/(?<=\p{Script=Han}{2})(?:[不没]\p{Script=Han}|\p{Script=Han}掉?)了$/u, '')
    // (Only asking before it, "能不能帮我找个…带孩子", names nothing: the job's own words do.)
    return { word: thing && !ASKING_ONLY.test(thing) ? thing : m.word, start: 0, end: m.end }
  }
  // (Where someone is hired names whom: "哪里可以请保姆" → 请保姆.)
  const done = globalMatches(WHERE_DONE, text).map((m) => span(m, m[0].replace(new RegExp(`^${WHERE}(?=请|雇|聘)`), '')))
  // (Named by the place, "医院", or by what is done there, "看病".)
  const places = globalMatches(PLACE_ASKED, text).map((m) => span(m, new RegExp(FACILITY).exec(m[0])?.[0] ?? m[0].replace(new RegExp(`^${WHERE}`), '')))
  const accounts = globalMatches(ACCOUNT, text).map((m) => span(m, (m[1] ?? m[2] ?? '').replace(/^(?:想|要|我|请问|问下|问一下)+/, '') || m[0]))
  const calls = globalMatches(HOUSE_CALL, text).map((m) => span(m))
  return [...hiring.map((m) => span(m)), ...calls, ...done, ...bought, ...how, ...places, ...accounts, ...globalMatches(SHOP, text).map((m) => span(m))]
    .filter((m) => m.end - m.start >= 2)
    .map(fronted)
    // (An errand of the asker's life, a case, a sale, a price, an application: query/errand-asks.)
    .concat(errandAsks(text))
    .sort((a, b) => a.start - b.start)
}

/** Words of learning in English: a message holding one asks to learn, whatever it buys ("book a yoga class"); a train one rides ("my train ticket") is none. */
const EN_LEARNING = /\b(?:learn\w*|stud(?:y|ying|ies)|teach\w*|course\w*|class\w*|lessons?|training|(?<!\b(?:the|a|night|sleeper|bullet|express|speed|next|last|first|by|on|slow|fast) )train(?! (?:tickets?|stations?|rides?|journeys?|trips?|seats?|times?|timetables?|schedules?|fares?|berths?|to|from|home))|tutor\w*|school|workshops?|programm?e?s?|skills?|how to|lectures?|certificat\w*|exams?|practi[cs]\w*)\b/
/** What is bought (not "ones", "options": those narrow the list on screen by its price). */
const EN_THING = '(?!(?:ones?|options?|stuff|things?|choices?|alternatives?|way|for|to|in|on)\\b)[a-z]+'
/** People one hires in English (never a teacher, tutor or coach: they teach). */
const EN_HIRED = 'mechanic|plumber|electrician|lawyer|attorney|solicitor|nanny|babysitter|maid|cleaner|housekeeper|driver|chauffeur|carpenter|handyman|locksmith|tow truck|repairman|repair man|technician|dentist|vet|tailor|barber|hairdresser|painter|builder|contractor|mover|removalist|caregiver|carer|helper|domestic helper|interpreter|translator|accountant|doctor'
/**
 * Buying, booking or renting, said as a verb or as what is done ("book a hotel", "buy two tickets", "rent a flat",
 * "advise on booking a conference room"), or a thing wanted by its price
 * ("need cheap flights"), or where a job gets done ("where can i fix my phone"); someone hired ("need mechanic", "looking for
 * a good plumber") or a shop asked for ("any bike shop in Dali that rents road bikes?").
 */
const EN_SERVICE = new RegExp(
  `\\b(?:buy|buying|book|booking|order|ordering|rent|renting|rents|reserve|reserving|hire|hiring)\\s+(?:(?:me|us|a|an|the|some|one|two|three|four|\\d+|cheap|cheapest|good|new|return|one-way)\\s+)*${EN_THING}` +
  `|\\b(?:need|want|get|book|call)\\s+(?:me\\s+|us\\s+)?(?:a\\s+)?(?:ride|lift|taxi|cab)\\b|\\b(?:place|places|somewhere|anywhere|someone|anyone|somebody|shop|garage) (?:to|that can|who can|that could|who could|i can) (?:fix|repair|service|tow|mend)\\b` +
  `|\\b(?:need|want|looking for|find|any|get)\\s+(?:(?:me|us)\\s+)?(?:(?:some|a|an)\\s+)?(?:cheap|cheapest|cheaper|affordable|discount|discounted|budget)\\s+${EN_THING}` +
  `|\\bwhere (?:can|do|should|could) (?:i|we) (?:fix|repair|get|buy|book|renew|apply for)\\s+(?:(?:my|a|an|the|our)\\s+)?${EN_THING}` +
  `|\\b(?:need|needs|needed|want|find|finding|looking for|look for|recommend|know|any|get|call|send)\\s+(?:(?:me|us|a|an|some|the|good|reliable|cheap|local|nearby|trustworthy|decent|honest|english speaking)\\s+)*(?:${EN_HIRED})s?\\b` +
  `|\\b(?:any|anywhere|where s|where is|where are|which|nearest|closest)\\s+(?:[a-z]+\\s+){0,2}?(?:shop|store|garage|dealer|dealership|pharmacy|chemist|supermarket|rental|hire place)s?\\b`, 'g')

/** A channel named ("on my phone", "online", "an app"): doing a thing there is a digital skill ("booking a taxi on my phone"). */
const EN_CHANNEL = /\b(?:online|on ?line|internet|apps?|websites?|on (?:my|the|a|your) (?:phone|mobile|smartphone|computer|laptop|tablet))\b/

/** The English service phrases of a normalised message (see {@link serviceAsks}); none when it also asks to learn. */
export function englishServiceAsks(text: string): { word: string; start: number; end: number }[] {
  // ("How to" asks to learn a thing, but not beside an errand's own frame: "how to send money home, which app best rate".)
  if (EN_LEARNING.test(text.replace(/\bhow to\b/g, ' '))) return []
  const doing = EN_CHANNEL.test(text)
  const errands = englishErrandAsks(text, doing)
  if (EN_LEARNING.test(text) && !errands.length) return []
  // (Named by the thing bought: "need cheap flights" → flights; a job by all its words.)
  // (What is done, "booking a taxi", is the activity a channel teaches when one is named, as 怎么网上买菜 is in Chinese.)
  return [...text.matchAll(EN_SERVICE)].filter((m) => !(doing && /^[a-z]+ing\b/.test(m[0])))
    .map((m) => ({ word: m[0].startsWith('where') ? m[0] : m[0].split(/\s+/).pop()!, start: m.index!, end: m.index! + m[0].length }))
    .concat(errands)
}
