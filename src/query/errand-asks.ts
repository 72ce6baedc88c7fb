/**
 * @module query/errand-asks
 * A message that asks for help with an errand of the asker's own life rather than to learn: a case to settle
 * ("快递件丢了 咋个赔", "包工头欠俺工钱 阿门要回来"), a sale ("新茶想卖个好价钱，谁来收"), a price
 * ("小巴牌照而家幾錢一個"), an application or a renewal ("退休簽證怎麼申請", "煩請協助申請敬老金", "外傭合約點樣續約"), money owed
 * arriving ("就養金什麼時候入帳"), a place to eat or to watch a game
 * ("今晚重庆哪里火锅安逸", "where to watch the game tonight"), a transfer of money ("怎么给老家汇钱", "which app best
 * rate"), a child's homework done ("help my kid with his algebra homework") or numbers boosted ("帮我直播间刷单").
 * The frame of asking decides, never the object: whatever is settled, sold, priced or applied for, the asker wants
 * the thing done, so the whole message is out of scope and nothing in it (a topic, a group, a place) is a fact
 * about a learner. The callers (query/service-asks) return nothing when the message also asks to learn (学, 课, 班,
 * 培训, learn, course…): "工资被拖欠了，想学点劳动法维权的知识" stays a request.
 */
import { globalMatches } from '../text/regex-tools.js'

/** How-words of every register as the understander normalises them (咋个 → 怎么; 阿门 is Wu, 点样 Cantonese). */
const HOW = '(?:怎么|怎样|如何|咋个|咋样|咋|阿门|哪能|点样|该怎么|要怎么)'
/** A clause's words, up to its end. */
const CLAUSE = '[^，,。!！?？\\s]'
/**
 * Settling a case: a how-word or whom to ask, then getting paid back or compensated ("怎么赔", "找谁索赔", "阿门要回来",
 * "咋讨回来", "怎么退款", "怎么维权"), or taken to court ("怎么打官司", "能不能告房东"). Not how an insurance pays ("出了事故保险怎么赔"): that is knowing one's policy,
 * taught by the catalogue's law and finance courses (a dev question).
 */
const CLAIM = new RegExp(`(?<!(?:保险|工伤|医保|社保|险)${CLAUSE}{0,2})(?:${HOW}|谁来?|找谁|能不能|可不可以)(?:才能|才可以|能|可以|去|把钱)?(?:索赔|理赔|赔偿|赔|要回来?|讨回来?|追回来?|拿回来?|找回来?|讨要|讨薪|退钱|退款|申诉|投诉|维权|告他|告他们|告她|打官司|起诉|告状|上诉|申请仲裁|仲裁|告(?:房东|老板|公司|雇主|单位|包工头|对方))`, 'g')
// (What to do about a wrong, "工资被拖欠了咋整", "老板拖欠工资咋办", is no errand: the dev questions and the older banks
// read it as asking about one's rights, 法律与金融素养; only asking to be paid back, CLAIM, is out of scope.)
/** Selling the asker's own goods: who buys ("谁来收", "哪里有人收"), or wanting to sell at a price ("想卖个好价钱"). */
const SELLING = new RegExp(`(?:谁|哪个|哪家|哪里|哪儿|有没有人|有人)(?:来|会|能|愿意|肯|可以)?(?:收购|收|要|买)(?![拾入费获益藏])` +
  `|(?:想|要|打算|准备)(?:把${CLAUSE}{1,8})?(?:卖|出手|出售|转让)(?:个|掉|出去|了)?(?:好价钱?|高价|好价格|出去|掉)`, 'g')
/** A price asked ("多少钱一个", "什么价", "行情怎么样"); a course's price says 费 or points at a project, never this. */
const PRICE = /(?:多少钱|好多钱|要好多(?=$|\s|[啊呀哦呢嘛])|几多钱|几钱|几块钱|啥价钱?|什么价(?:钱|格|位)?|价格多少|价钱多少|咩价|行情(?:如何|怎么样|咋样))(?:一[个台斤只张辆套间块条])?/g
/** A rate compared for one's own money ("退伍费怎么存利息最高"), the twin of "which app best rate". */
const RATE = /(?:利息|利率|收益|回报|汇率)(?:最高|最多|最好|高一点|高点|最划算)/g
/** A project pointed at ("这个多少钱", "第二个什么价"), or a fee named: a question about the list, answered there. */
const POINTER = /这|那|第|它|上面|刚才|前面|后面|最后|费|收钱|要钱/
/**
 * Applying for a thing: a how-word or a place, then the verb ("怎么申请", "去哪办理", "补办", Taiwan's "怎麼辦展延"), or help asked with it
 * ("协助申请", "帮我申请", "协助请"): the asker wants the thing granted.
 */
const APPLY = new RegExp(`(?:${HOW}|去哪里?|在哪里?|哪里可以|到哪)(?:才能|可以|能|去)?办?(?:申请|申领|办理|续签|续约|续期|续牌|续租|续保|补办|续办|领取|报销|开具|补交|补缴|展延|延期|展期)` +
  `|(?:协助|帮忙|帮我|替我|代为|代我)(?:申请|申领|办理|续签|续约|续期|补办|领取|报销|请(?!问|教|假|客|老师))`, 'g')
/**
 * When money owed to the asker arrives ("就养金什么时候入帐", "退休金几时到账", "补贴哪天发放"): a payment of their own life,
 * as a transfer is; a course's dates are asked with 开课, 开始, 报名, never with money arriving.
 */
const PAID_WHEN = /(?:什么时候|啥时候|几时|哪天|几号|何时|多久)(?:才|能|会|可以)?(?:入帐|入账|到账|到帐|到位|入袋|发放|发下来|打过来|打到卡|汇过来|出粮|发钱)/g
/** Where to eat, by a word of taste ("哪里火锅安逸", "哪家点心最好食", "火锅哪家好吃"). */
const TASTY = '(?:好吃|好食|安逸|巴适|正宗|地道|好喝|好耍|好玩)'
const WHERE = '(?:哪里|哪儿|哪家|哪间|哪个地方|什么地方|哪块|阿达|边度)'
const EATING = new RegExp(`${WHERE}${CLAUSE}{0,8}?最?${TASTY}|${WHERE}(?:(?!机构|学校|学院|大学|单位|项目|老师|课|班)${CLAUSE}){1,8}?最?好(?=$|[，,。!！?？\\s的吃])`, 'g')
/** Where to watch a game, a show or a film ("哪里能看世界杯直播", "春晚在哪看"). */
const EVENT = '(?:比赛|球赛|直播|春晚|晚会|电影|演出|演唱会|世界杯|奥运|足球|篮球|NBA|nba|烟花|戏)'
const WATCHING = new RegExp(`(?:${WHERE}|在哪)(?:可以|能|能够)?(?:看|睇|观看|收看)${CLAUSE}{0,8}?${EVENT}|${EVENT}${CLAUSE}{0,6}?(?:${WHERE}|在哪)(?:可以|能)?(?:看|睇)`, 'g')
/** Sending money, asked how or where ("怎么给老家汇钱", "哪里换汇划算"); with a channel named it is a skill to learn. */
const MONEY = '(?:汇钱|汇款|转账|转钱|打钱|寄钱|换汇|换外币|换钱)'
const SENDING = new RegExp(`(?:${HOW}|${WHERE}|在哪)${CLAUSE}{0,8}?${MONEY}|${MONEY}${CLAUSE}{0,6}?(?:${HOW}|${WHERE}|在哪|划算|便宜|汇率)`, 'g')
const CHANNEL = /网上|线上|在线|手机|电脑|app|微信|支付宝|小程序|网站|自助/
/** A child's homework done for them ("帮我孩子写作业", "这道题怎么做"), never how to help ("怎么辅导孩子写作业", parenting). */
const HOMEWORK = new RegExp(`(?<!${HOW})(?:帮|替|给)(?:我|俺)?(?:家)?(?:孩子|娃|儿子|女儿|孙子|孙女|小孩|闺女)?(?:写|做|检查|批改|辅导|看看|讲讲)?(?:一下)?${CLAUSE}{0,6}?作业` +
  `|作业(?:答案|帮我做|帮忙做)|(?:这道|这个)题(?:怎么做|咋做|答案)`, 'g')
/**
 * A fee of daily life asked ("运费多少", "寄过去邮费要多少", "停车费怎么算"): what a thing costs to send, park, ride or
 * keep or take over ("转让费一般要好多"), never a course's fee (学费, 培训费, 报名费, 考试费, 材料费, 收费, 费用: those ask about the
 * list, {@link POINTER}).
 */
const FEE = /[\u4e00-\u9fff]{1,2}(?<![学课考试训名材料书证定导宿食餐杂收交缴付花免经总时期月年])费(?!用)(?:是|要|得|大概|一般|一共|大约|通常|差不多)*(?:多少|好多|几多|几钱|怎么算|咋算|怎么收|贵不贵|贵吗|高不高|什么价|(?:收|要|是)?几个点|收多少)/g
/** Goods sent from one place to another ("从杭州寄一箱苹果到内蒙古", "寄个包裹去上海"); with a channel named it is a skill. */
const PARCEL = new RegExp(`(?:寄|邮寄|托运|快递)(?!件人)${CLAUSE}{0,8}?(?:到|去|往)${CLAUSE}{1,8}`, 'g')
/**
 * Information of the day looked up ("杭州今天哪条路限行", "明天天气怎么样", "开奖号码", "航班几点到"): what changes daily,
 * asked or looked up, is news, never a subject. Said with no asking ("天气冷不想出门") it is talk; how to look it up on a
 * channel ("怎么用手机查天气") is a digital skill.
 */
const LIVE = '(?:天气|气温|下雨|下雪|路况|限行|尾号|堵车|封路|航班|车次|时刻表|班车|油价|金价|股价|汇率|彩票|开奖|中奖号码|双色球|比分|赛果|物流|单号|余额|违章|罚单|新闻|热搜|黄历|吉日|黄道吉日|星座运势|运势)'
/** One word of the day's information, and a how-word: made once, read per message. */
const LIVE_WORD = new RegExp(LIVE)
const HOW_WORD = new RegExp(HOW)
const LOOKUP = new RegExp(`(?:查|看看?|问问?|算算?)${CLAUSE}{0,8}?${LIVE}|${LIVE}${CLAUSE}{0,8}?(?:怎么样|咋样|如何|多少|几点|几号|哪|什么|啥|吗|没|查|好不好)`, 'g')
/**
 * Divination and the services of belief ("算命", "看风水", "合八字", "求签", "起名", "驱邪"): no catalogue offers them, so
 * asked anywhere but in a learning frame (the callers' guard: "想学风水" asks to learn) they are out of scope.
 */
const FORTUNE = /算命|算卦|算一卦|卜卦|占卜|看相|手相|面相|测字|解梦|风水|八字|起名|取名字|改名字|择日|看日子|求个?签|抽个?签|算运|转运|驱邪|辟邪|跳大神|做法事|招魂|塔罗|还愿|开光/g
/**
 * Someone found to deal with, named by what they are to the asker ("帮俺找个收购商", "找个批发商", "找个先生看看八字",
 * "介绍个对象"): a trader (…商, not 电商, 工商, 协商), a buyer, a go-between, a master of divination; never a teacher.
 * The whole message is the errand: the crop that will not sell ("苹果滞销了") is what the trader is wanted for.
 */
const DEALER = new RegExp('(?:找|请|联系|介绍)(?:个|一个|位|一位|家|几个|些)?(?:靠谱的?|好的?|可靠的?|大的?)?[\\u4e00-\\u9fff]{0,3}?' +
  '(?:(?<![电工协经外通])商(?![业务品场城标会量户贸学])|贩子|买家|买主|下家|中介|经纪人|大师|先生|媒人|红娘|对象)', 'g')
/**
 * A job done on the asker's behalf, asked of the bot ("帮我代缴一下电费", "替我代办"), or an appointment made for them
 * ("帮我预约一个下周三的体检", "帮我挂个专家号"): the asker wants it done.
 */
const DONE_FOR_ME = /(?:帮|替|给)(?:我|俺|我们|咱)?(?:代(?:办|写|考|缴|交|领|购|收|付|取|排|签|填|开|发|练)|预约|预订|约个|约一个|挂个|挂一个|挂号)/g
/** A hospital's registration asked with no channel named ("医院挂号事宜"); on one ("怎么用手机挂号") it is a digital skill. */
const REGISTRATION = /挂号|专家号/g
/** Numbers boosted for the asker ("帮我刷单", "拉点人气", "买粉"). */
const BOOSTING = /刷(?:点|些|一下|一波)?(?:单|好评|粉|赞|流量|播放|销量|票)|(?:拉|涨|冲|买)(?:点|些|一波)?(?:人气|粉丝?|好评|赞|流量|播放量|销量)/g

/**
 * One's own case with its particulars and what to do about it ("手工活的工钱拖了三个月不给 咋闹", "老板欠我五千块工资半年了
 * 怎么办"): a wrong done to the asker, how long or how much, and a what-to-do, as in English (EN_ERRANDS). Without the
 * particulars ("在工地上干活，老板拖欠工资咋办", a dev question) it asks about one's rights, a law course.
 */
const WRONG = '(?:拖|欠|不给|不发|不还|不退|没给|没发|没还|扣|克扣|骗|压着|押着|拿不到|讨不到|要不到|没拿到|没领到|没收到|不结|没结|赖)'
const PARTICULARS = '(?:[0-9一二两三四五六七八九十百千万几半]+(?:个)?多?(?:月|天|年|星期|礼拜|周|块钱?|元|万|千|百))'
const WHAT_TO_DO = '(?:怎么办|怎么整|怎么弄|怎么闹|怎么搞|怎么处理|该怎么|咋办|咋整|点算|如何是好|怎么是好)'
const CASE = new RegExp(`(?<=${WRONG}.*)(?<=${PARTICULARS}.*)${WHAT_TO_DO}|(?<=${PARTICULARS}.*)(?<=${WRONG}.*)${WHAT_TO_DO}`, 'g')
/**
 * The weather asked about ("台风走了没", "会不会落雨", "明天会下雨吗"): whether it comes, goes or how strong it is, news
 * of the day like {@link LIVE}. Said with no asking ("暴雨来了，大棚怎么加固") it is the scene of another question.
 */
const WEATHER = '(?:下雨|落雨|下雪|落雪|台风|风球|打风|暴雨|大雨|雷雨|阵雨|冰雹|寒潮|降温|大风|刮风|起风|风浪|雾霾|沙尘暴|回南天|梅雨|出太阳|放晴|天晴|涨潮|退潮|霜冻|下霜|高温)'
const WEATHER_ASK = new RegExp(`(?:会不会|会唔会|会否|要不要|几时|什么时候|啥时候|哪天)(?:有|再|开始|来|下|刮)?${CLAUSE}{0,2}?${WEATHER}` +
  `|${WEATHER}${CLAUSE}{0,4}?(?:(?:走|过|停|来|到|登陆|结束|过去|散|开始|小)了?(?:没有|没|吗|未|冇|不)|大不大|多大|几级|怎么样|咋样|厉害吗|严重吗|会不会|会唔会)` +
  `|${WEATHER}了?(?:吗|没有|没|未|冇|不)(?=$|\\s)` +
  // (Asked as A-not-A, "下不下雨", "刮不刮风", or how strong, "风大不大".)
  `|(下|落|刮|打|起)不\\1(?:雨|雪|风|冰雹)|(?:风|雨|浪|雪)(?:大不大|有多大|大吗|小了没|停了没|几级)`, 'g')
/**
 * Money of one's own arrived or not ("伤残抚恤金这个月到账没有", "养老金发了没"), the yes-no twin of {@link PAID_WHEN}; and
 * one's own record looked up for one ("帮我查一下我的社保"): the asker wants the fact of their case.
 */
const OWN_MONEY = '(?:金|工资|薪水|薪|补贴|补助|津贴|钱|款|粮|社保|医保|公积金|退税|分红|报销)'
const PAID_YET = new RegExp(`${OWN_MONEY}${CLAUSE}{0,8}?(?:入帐|入账|到账|到帐|到位|发放|发下来|发了|打过来|打到卡|出粮|到手)了?(?:没有|没|吗|未|冇)`, 'g')
const MINE_LOOKED_UP = /(?:帮|替|给)(?:我|俺)(?:查|看|问)(?:一下|下|查|看|问|一查)?(?:我|俺)(?:的|家|们的)/g
/** Documents of one's own held, lost or expiring ("雇主扣了我的护照", "身份证丢了", "居留證快到期了"): wanted back or renewed. */
const DOCUMENT = '(?:护照|身份证|签证|居留证|居住证|暂住证|驾照|驾驶证|行驶证|户口本|工作证|社保卡|银行卡|通行证|回乡证|毕业证|结婚证)'
/** Licences one gets done ("早餐摊的营业执照咋办"): a licence, then how it is done; a driving licence is learnt (驾校), never this. */
const LICENCE = '(?:营业执照|执照|许可证|健康证|居留证|居住证|暂住证|护照|签证|身份证|户口)'
const DOC_HELD = new RegExp(`${LICENCE}(?:要|得|该|应该)?(?:怎么|咋|咋个|如何|去哪)办理?|(?:扣|扣押|押|收走|拿走|没收|扣着|押着|拿着|不还|不给)了?(?:我|俺|我们)?的?${DOCUMENT}` +
  `|${DOCUMENT}${CLAUSE}{0,6}?(?:被扣|被押|被收|被没收|被拿|丢了|掉了|不见了|被偷|过期|到期|找不到)`, 'g')
/**
 * A ticket or goods given back ("东莞回来的车票咋个退", "机票可以退吗", "帮我退张票"): a refund of one's purchase; a
 * course's refund is asked with 报名 or 学费, which are learning words (the callers' guard), or points at a project.
 */
const REFUND = new RegExp(`(?:${HOW}|能不能|可不可以|可以|能|好不好)(?:才能|去|给我|帮我)?(?:退(?:票|货|订|房|掉|了)?|改签)(?=$|[\\s，,。!！?？]|吗|不|呢|吧|啊|么)` +
  `|(?:帮|替|给)(?:我|俺)(?:退|改签)(?:一|两|几)?[张个件]?(?:票|货|订单)`, 'g')
/** A remedy asked for ("血压有点高，吃什么药好", "胃疼该吃啥药", "挂什么科", "要不要停药"): the asker wants to be treated, not taught. */
const REMEDY = /(?:吃|用|买|打|喝|涂|擦|抹|贴|开|挂|看)(?:点|些|个)?(?:什么|啥|哪种|哪个|哪样|哪些|咩|哪一种)(?:药|中药|西药|药膏|膏药|针|偏方|保健品|补品|科)|(?:要不要|该不该|能不能|可不可以|可以|能)(?:停|换|减|加|吃|打|断)(?:药|针)/g
/** Where a thing or a job costs least ("高雄哪裡比較便宜", "修个手机屏幕哪里最便宜"), the twin of where to eat well. */
const CHEAP = new RegExp(`(?:哪里|哪儿|什么地方|哪块|阿达|边度|哪个地方)${CLAUSE}{0,8}?(?:比较|最|更|较|会)?(?:便宜|实惠|划算|公道)`, 'g')

/** The errand phrases of a normalised Chinese message; each covers the whole message, which is all the errand's. */
export function errandAsks(text: string): { word: string; start: number; end: number }[] {
  // A claim, a price or an application names what it is about ("低保怎么申请"): bare, "怎么申请" or "多少钱" asks
  // about the project on screen.
  // (So does a refund: "车票咋个退"; "这个能退吗" asks the project on screen, and money paid, "交的钱能退吗", a course's refund.)
  const refunds = POINTER.test(text) ? [] : globalMatches(REFUND, text).filter((m) => !/钱|费/.test(errandName(text, m)))
  const named = [...globalMatches(CLAIM, text), ...refunds, ...(POINTER.test(text) ? [] : [...globalMatches(PRICE, text), ...globalMatches(APPLY, text), ...globalMatches(PAID_WHEN, text)])]
    .filter((m) => errandName(text, m) !== m[0])
  const found: RegExpExecArray[] = [...named, ...globalMatches(SELLING, text),
    ...globalMatches(EATING, text), ...globalMatches(WATCHING, text), ...(CHANNEL.test(text) ? [] : globalMatches(SENDING, text)),
    ...globalMatches(HOMEWORK, text), ...globalMatches(BOOSTING, text), ...globalMatches(FEE, text),
    ...globalMatches(CASE, text), ...globalMatches(REMEDY, text), ...globalMatches(MINE_LOOKED_UP, text), ...globalMatches(RATE, text),
  ]
  // (News and divination are named by their own word, "限行", "算命"; a dealer by whom, "收购商".)
  const own = [...(CHANNEL.test(text) && HOW_WORD.test(text) ? [] : globalMatches(LOOKUP, text)).map((m) => LIVE_WORD.exec(m[0])![0]), ...globalMatches(FORTUNE, text).map((m) => m[0]),
    ...globalMatches(DEALER, text).map((m) => m[0].replace(/^(?:找|请|联系|介绍)(?:个|一个|位|一位|家|几个|些)?/, '')),
    // (A parcel by what is sent where, "寄个包裹到上海"; a job done for the asker by its verb, "代缴".)
    ...(CHANNEL.test(text) ? [] : globalMatches(PARCEL, text)).map((m) => m[0].replace(/(?:要|得|需要)?(?:多少|几|怎么|咋|运费|邮费|快递费).*$/, '')),
    ...globalMatches(DONE_FOR_ME, text).map((m) => m[0].replace(/^(?:帮|替|给)(?:我|俺|我们|咱)?/, '').replace(/^(?:约|挂)一?个$/, '预约')),
    ...(CHANNEL.test(text) ? [] : globalMatches(REGISTRATION, text)).map((m) => m[0]),
    // (Money arrived by its name, "养老金"; the weather by its word, "台风"; a document by its name, "护照".)
    ...globalMatches(PAID_YET, text).map((m) => (text.slice(0, m.index).split(PAUSE).pop()! + new RegExp(`^${OWN_MONEY}`).exec(m[0])![0]).replace(/^.*(?:我|俺|我们|我家)的/, '').replace(LEAD, '') || errandName(text, m)),
    ...globalMatches(WEATHER_ASK, text).map((m) => new RegExp(WEATHER).exec(m[0])?.[0] ?? m[0]),
    ...globalMatches(DOC_HELD, text).map((m) => (new RegExp(DOCUMENT).exec(m[0]) ?? new RegExp(LICENCE).exec(m[0])!)[0]),
    // (Where it is cheapest names the thing or the job said before it, not a place: "船顶的引擎坏掉，高雄哪里比较便宜" → 引擎坏掉.)
    ...globalMatches(CHEAP, text).map((m) => text.slice(0, m.index).split(PAUSE).map((w) => w.replace(LEAD, '').replace(TAIL, '')).filter((w) => w.length > 2).pop() ?? m[0])]
  return [...own, ...found.map((m) => errandName(text, m))].map((word) => ({ word, start: 0, end: text.length }))
}

const PAUSE = /[，,。!！?？\s]+/
/** Politeness and the asker before what the errand is about, and what befell it after ("请", "帮我", "我家的"; "被", "现在"). */
const LEAD = /^(?:想问一下|想问下|问一下|问下|想问|请问|烦请|麻烦|劳驾|请|帮我|帮|替我|我家的|家里的|我们的|我的|俺的|我|俺|要|大概|大约|一共|总共|需要|得|一下)+/
const TAIL = /(?:被|现在|而家|目前|想卖|想|了|的|要|该|应该|一下|吗|呢|啊)+$/
/**
 * What the errand is about, as the "nothing" names it: the words of its clause before the asking frame ("快递件丢了
 * 怎么赔" → 快递件丢), or after it when none came before ("协助申请敬老金" → 敬老金).
 */
function errandName(text: string, m: RegExpExecArray): string {
  const before = text.slice(0, m.index).split(PAUSE).filter(Boolean).pop() ?? ''
  const after = text.slice(m.index + m[0].length).split(PAUSE)[0]
  const trim = (w: string) => w.replace(LEAD, '').replace(TAIL, '')
  return trim(before) || trim(after) || m[0]
}

/** A person's own papers (stemmed as the understander leaves them: "id car" of "id card"). */
const EN_DOCUMENT = 'passport|id card|id car|id|visa|papers|documents|residence permit|work permit|permit|driving licen[cs]e|driver s licen[cs]e|licen[cs]e|hukou'
/** Errands in English; beside "how to" they still ask for the thing done ("how to send money home, which app best rate"). */
const EN_ERRANDS = [
  // A price or a rate compared ("which app best rate", "cheapest way to wire money", "how much is a used car").
  /\b(?:which|what) (?:app|bank|service|company|shop|store|one|site)\b.{0,20}\b(?:best|cheapest|lowest|good|better) (?:exchange )?(?:rate|price|deal|fee)s?\b/,
  /\b(?:best|good|better) (?:exchange )?rates?\b|\bcheapest way to\b/,
  /\bhow much (?:is|are|does|do|would|for) (?:a|an|some|the (?!course|class|fee|lesson|program))?\s*(?:used|new|second-hand|old)?\s*(?!it\b|this\b|that\b|they\b|these\b|those\b)[a-z]+/,
  // Money sent (a channel named makes it a skill: query/service-asks' EN_CHANNEL, checked by the caller).
  /\b(?:send|sending|wire|wiring|transfer|transferring|remit|remitting) (?:some )?(?:money|cash|funds)\b/,
  // Where to watch a game or a show, where to eat.
  /\bwhere (?:to|can i|can we|do i|should i|could i|i can) (?:watch|stream|see)\b|\b(?:watch|stream)\b.{0,30}\b(?:game|match|fight|race|final|show|concert)\b/,
  // (Not where the speaker works, "i m a cook at a restaurant", "i work in a restaurant kitchen": who they are, query/unread-person.)
  /(?<!\b(?:i m|i am|im|i work|i worked|i m working|work|works|working|employed|job)\b(?: (?!(?:look|looking|find|finding|want|need|recommend|searching|seeking|go|going|eat|eating|book|booking)\b)[a-z]+){0,3} (?:at|in|for) (?:[a-z]+ ){0,2})\brestaurants?\b|\b(?:where|somewhere|place) to eat\b/,
  // A child's homework done for them (how to help with it is parenting).
  // (A school subject named, "his algebra homework": the work itself; "help my son with his homework" is parenting, a dev question.)
  /(?<!\bhow (?:to|do i|can i|should i) )\bhelp (?:my|our) (?:kid|kids|son|daughter|child|children|boy|girl|grandson|granddaughter) with (?:his|her|their|the|my) (?!home)[a-z]+ (?:homework|homwork)\b/,
  /\b(?:do|finish|solve|answer|check) (?:my |his |her |their |this |the )?(?:[a-z]+(?:'s| s) )?(?:[a-z]+ )?(?:homework|homwork)\b|\bhomework (?:help|answers?)\b/,
  // Applying for or renewing a document or an allowance, getting money back.
  /\b(?:get|getting|obtain|obtaining|process|processing) (?:a |an |my |the |our )?(?:(?:work|student|tourist|business|spouse|family|residence) )?(?:visa|passport|residence permit|work permit|id card)\b/,
  /\b(?:renew|renewing|apply for|applying for|extend|extending|claim|claiming)\s+(?:my |a |an |the |our )?(?:[a-z]+ )?(?:visa|passport|permit|licen[cs]e|pension|benefits?|id|residence|allowance|subsidy|compensation|refund|insurance)\b/,
  /\bwhere (?:i|we) (?:can|could|should) (?:renew|apply|get|fix|buy|book)\b/,
  // (What to do about a wrong, "my landlord won't return my deposit", asks about one's rights, as in Chinese.)
  /\bget (?:my|our) [a-z]+ back\b|\b(?:compensation|refund(?:s|ed|ing)?)\b/,
  // One person's case: a wrong with its particulars (how long, how much) and what to do about it ("my boss didnt pay
  // my salary 3 months, what to do", "landlord kept my 2000 yuan deposit, what should i do"). Without particulars
  // ("my boss has not paid me", "unpaid wages") it asks about one's rights, a topic, as 工资老板不给怎么办 does.
  new RegExp(`^(?=.*\\bwhat (?:to do|should i do|should we do|can i do|do i do|now)\\b|.*\\bhelp me\\b)` +
    `(?=.*\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few) (?:whole )?(?:months?|weeks?|days?|years?|yuan|rmb|kuai|dollars?|usd|pesos?|rupees?|naira)\\b)` +
    `.*\\b(?:(?:didn t|did not|doesn t|does not|hasn t|has not|haven t|have not|won t|will not|never|refuses? to|refused to|stopped) (?:pay|paying|paid|give|giving|return|returning|refund|refunding)|owes?|owed|owing|kept|keeps|withh[eo]ld(?:s|ing)?|cheated|scammed|stole|fired|sacked)\\b`),
  // One's own document held, lost or expired ("my employer keep my passport", "my id card was stolen"): wanted back.
  new RegExp(`\\b(?:kept|keep|keeps|keeping|took|take|takes|taken|taking|hold|holds|holding|held|confiscated|confiscates?|seized|lost|stole|stolen|won t (?:give|return)|will not (?:give|return)|refuses? to (?:give|return)) (?:back )?(?:my|our) (?:${EN_DOCUMENT})\\b` +
    `|\\b(?:my|our) (?:${EN_DOCUMENT}) (?:is |was |has been |got |been )?(?:kept|taken|held|confiscated|seized|lost|stolen|expired|missing|gone)\\b`),
  // Money or a parcel of one's own not arrived ("my pension hasn't arrived this month"), as 到账没有 in Chinese.
  /\b(?:my|our) (?:[a-z]+ )?(?:pension|salary|wages?|allowance|subsidy|benefits?|payment|refund|money|transfer|parcel|package) (?:still )?(?:has not|hasn t|have not|haven t|didn t|did not|never|not) (?:yet )?(?:arrived|come|came|been paid|been sent|paid|landed|shown up|arrive)\b|\bwhen (?:will|does|do|is) (?:my|our) (?:[a-z]+ )?(?:pension|salary|wages?|allowance|subsidy|benefits?|payment|refund) (?:arrive|come|be paid|land|coming)\b/,
  // The weather asked about ("will it rain in Guangzhou this weekend", "is the typhoon gone yet"), a remedy ("what
  // medicine should i take for a cold"): the asker wants the forecast or the treatment.
  /\b(?:will|would|is|does|gonna|going to) it (?:be )?(?:rain|snow|storm|hail|pour|sunny|windy|foggy|freez)\w*|\b(?:typhoon|storm|hurricane|cyclone|rain|snow|flood)s? (?:is |has |have )?(?:gone|over|passed|stopped|coming|come|arriving|hitting|landed)\b(?=.*\b(?:yet|when|still|already|now|today|tomorrow)\b|\s*$)/,
  /\b(?:what|which) (?:medicine|medication|meds|pills?|drugs?|tablets?|remedy|remedies|antibiotics?|painkillers?|ointment|cream)\b|\bwhat (?:should|can|do) i take for\b/,
  // A fact of the day asked for: a wh-question about a thing marked as now ("what are tonight's lottery numbers", "who
  // won the match last night", "what's the weather tomorrow"), or about the news of the day (scores, weather, lottery):
  // the asker wants the fact, not a course.
  /^(?:[a-z]+ ){0,3}?(?:what|who|whats|what s|when|which|where|is|are|will|did)\b(?=.*\b(?:tonight|today|tomorrow|tmrw|tmr|yesterday|last night|this (?:morning|evening|week)|latest|current)\b)(?=.*\b(?:numbers?|results?|scores?|weather|forecast|rain|snow|news|headlines?|price|prices|rate|rates|winners?|won|win|draw|jackpot|match|game)\b).*|^(?:[a-z]+ ){0,3}?(?:what|who|whats|what s|when|which|where|is|are|will|did)\b.*\b(?:lottery|lotto|jackpot|horoscope|weather|forecast|headlines|stock prices?|share prices?|who won|the score)\b.*/,
  // A place or a person recommended ("who is the best dentist in Shanghai", "where is the nearest bank"), a timetable
  // ("when is the next train to Beijing", "what time does the bank open"): the asker wants to go there.
  /^(?:[a-z]+ ){0,3}?(?:who|which|where)(?: s| is| are)? (?:the )?(?:best|cheapest|nearest|closest|top) (?!(?:one|ones|option|options|for|of|way|thing|things)\b)[a-z]+.*|\bwhat time (?:is|does|do|are|will) (?!(?:it|they|this|that)\b).*|\bwhen (?:is|does|do|are) the (?:next|last|first) (?!(?:one|ones|lot|page|batch)\b)[a-z]+.*/,
  // Goods sent or shipped ("where can I ship a container of phones", "send a parcel to Manila", "courier my documents"):
  // the asker wants them moved.
  /\b(?:ship|shipping|courier|couriering|freight|post|posting|mail|mailing|send|sending) (?:a |an |my |our |the |some |\d+ |two |three |few )?(?:[a-z]+ ){0,2}?(?:containers?|parcels?|packages?|boxes|box|goods|cargo|shipment|documents?|letters?|luggage|furniture|phones|items|stuff)\b|\b(?:an? |one |two |\d+ )(?:shipping )?containers? of\b|\b(?:cargo|freight) (?:to|from)\b/,
]
/** The money frame is a digital skill when a channel is named, unless a price is compared beside it ("which app best rate"). */
const EN_MONEY = 3
/** So is sending goods ("how to send documents by email"): the last frame. */
const EN_GOODS = EN_ERRANDS.length - 1
const EN_SENT_THROUGH = /\b(?:e ?mail|wechat|whatsapp|qq|phone|computer)\b/

/** The English errand phrases of a normalised message (see {@link errandAsks}); `channel`: a channel is named. */
export function englishErrandAsks(text: string, channel: boolean): { word: string; start: number; end: number }[] {
  const priced = EN_ERRANDS.slice(0, 3).some((re) => re.test(text))
  return EN_ERRANDS.flatMap((re, i) => {
    if (i === EN_MONEY && channel && !priced) return []
    if (i === EN_GOODS && (channel || EN_SENT_THROUGH.test(text))) return []
    const m = re.exec(text)
    return m ? [{ word: m[0], start: 0, end: text.length }] : []
  })
}
