/**
 * @module query/person-situations
 * Life stages and situations people give instead of a group's name: the old
 * by how they live ("老姐妹几个", "当奶奶了", "六十出头"), the young by where they
 * are in school ("大二", "刚高考完", "技校生"), soldiers by where they served
 * ("在部队干了八年", "武警退下来的"), bodies by their condition ("小儿麻痹",
 * "下肢瘫痪", "失聪"), farmers by what they hold ("家里有个果园", "包了个鱼塘"),
 * migrant workers by the work ("在厂里打螺丝", "饭店端盘子"), employees by the
 * office ("体制内", "坐办公室"), parents by what they do for a child ("陪读",
 * "宝爸"). Each is an implied audience cue, matched like query/person-cues.
 */
import type { Cue } from './cues.js'

const implied = (id: string, pattern: RegExp): Cue => ({ kind: 'audiences', id, pattern, explicit: false })

/** Life situations, one or more cues per audience. */
export const PERSON_SITUATION_CUES: readonly Cue[] = [
  // Older people among themselves, and as grandparents; an age just past sixty.
  implied('elderly', /老(?:姐妹|姊妹|姐们|哥们|哥几个|伙计|家伙|骨头)(?:们|几个|儿)?|(?:我|我们)(?:都|也|已经)?当(?:了)?(?:奶奶|爷爷|姥姥|姥爷|外婆|外公)|[六七八]十(?:出头|来岁|挂零)|[七八九]旬|(?:年过|过了)(?:花甲|古稀|半百)|花甲之年|古稀之年/),
  // The young by school and its end: "大二", "研一", "刚高考完", "技校生", "二十来岁", "00后".
  implied('youth', /(?:我|本人)(?:是|在|读|上)?(?:大[一二三四]|研[一二三])(?:学生|的)?|(?:刚|才|今年)(?:参加完)?(?:高考|中考)(?:完|结束)|(?:高考|中考)完|(?:高中|大专|中专|技校|职高|中职|大学|本科|职校)(?:刚|才)?毕业|(?:技校|中专|职校|职高|高职|大专|中职|专科|本科|研究)生|二十(?:来|几|多)岁|(?<![\d])(?:00|05|01|02|03|04|06|07)后/),
  // Soldiers by where and how long they served: "在部队干了八年", "武警退下来的", "以前是军人".
  implied('veterans', /(?:在)?部队(?:里|上)?(?:干|待|呆|当)了|(?:武警|海军|空军|陆军|部队|军队|消防)(?:里)?(?:退伍|退役|转业|复员|退下来|出来)|(?:以前|原来|之前|曾经)(?:是|当过|做过)(?:军人|兵|武警)|服(?:过)?(?:兵)?役/),
  // Bodies: "小儿麻痹", "下肢瘫痪", "失聪", "有残疾证", "装了假肢".
  implied('people-with-disabilities', /小儿麻痹|(?:下肢|半身|高位)?截瘫|下肢瘫痪|(?:我|本人)(?:是)?(?:偏瘫|瘫痪)|失聪|弱视|脑瘫|残疾证|残疾军人|假肢|(?:一只|一条|两只|双)(?:手|腿|眼睛?)(?:没了|不行|残了|看不见|截了)/),
  // Farmers by what they hold: "家里有个果园", "包了个鱼塘", "我是合作社的", "我是养殖场的".
  implied('farmers', /(?:我|我们|我家|家里|在老家)(?:有|包了|承包了|开了|办了|经营|经营着|种着|养着)(?:个|一个|几个|一片|[0-9一二三四五六七八九十几百]+亩)?(?:的)?(?:果园|鱼塘|养殖场|大棚|茶园|农场|牧场|菜地|猪场|鸡场|养鸡场|养猪场|果树|地)|(?:我|我们)(?:是|在)(?:合作社|养殖场|农场|林场|茶场|果园|家庭农场)(?:的|里|上)?/),
  // Migrant work by the job: "在厂里打螺丝", "饭店端盘子", "跟着包工头干", "南下打工", "北漂".
  implied('migrant-workers', /打螺丝|拧螺丝|端盘子|洗盘子|刷盘子|扎钢筋|绑钢筋|搬砖|跟(?:着)?包工头|南下打工|北漂|在外(?:头|面)?漂|背井离乡|(?:我|我们)(?:在|去)(?:饭店|餐馆|饭馆|酒楼|工厂|厂子|车间|工地)(?:里|上)?(?:干活|打工|上班|做事|帮工|洗碗|当)/),
  // Employees by the office: "体制内的", "坐办公室的", "工作五年了", "上了十年班".
  implied('employees', /体制内|坐办公室|(?:我|本人)?(?:工作|上班)(?:了)?(?:[一二两三四五六七八九十几\d]+|好几|十几|二十几)年(?:了)?|上了(?:[一二两三四五六七八九十几\d]+|好几)年(?:的)?班/),
  // Community work by the office: "我是居委会的", "在社区服务中心上班".
  implied('community-workers', /(?:我|我们|本人)(?:是|在)(?:社区|居委会|村委会|村委|街道|村两委|社区服务中心|党群服务中心)(?:的|里|上)|(?:社区|居委会|村委会|村委|街道)(?:服务|党群服务)?(?:中心|站)?(?:里|里头|里面|上)?(?:上班|工作|干活|做事|干事)/),
  // Women among themselves: "娘们儿", "女人家", "妇道人家".
  implied('women', /(?:娘们|娘儿们|女人家|妇道人家|老娘们|婆娘家|妇女家|女流之辈)(?:儿)?/),
  // Parents by what they do for a child: "陪读", "宝爸", "俩娃的爹", "孩子他爹".
  implied('parents', /陪读|宝爸|奶爸|(?:孩子|娃|娃娃)(?:他|她)?(?:爹|爸|妈|娘)|(?:[一二两三俩仨]个?)(?:娃|孩子|小孩)的?(?:爹|爸|妈|娘)|当(?:爹|妈|爸|娘)的/),
  // A rural school by its kind: "镇中心校", "乡中心小学", "大山里教书", "山沟里的老师".
  implied('rural-teachers', /(?:镇|乡|村)(?:中心校|中心小学|中心学校|完小|小学|中学|初中|幼儿园)(?:的)?(?:当|做|任|教)?(?:老师|教师|班主任|校长|教书|任教|代课|教[^，,。\s]{1,4})|(?:大山|山沟|山沟沟|大山沟)(?:里|里头)?(?:的)?[^，,。\s]{0,4}?(?:教书|老师|教师|任教|代课|支教)/),
]
