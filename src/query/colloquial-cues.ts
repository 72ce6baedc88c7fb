/**
 * @module query/colloquial-cues
 * How people who never read a course catalogue say who they are and what
 * they want: "我有工作 上着班呢", "我是社区的工作人员", "给我家上初中的小子",
 * "懂点法", "文艺这块", "照看瘫在床上的老人", "电的安全". The taxonomy holds the
 * words; these are the sentence shapes around them, for every register (the
 * text arrives simplified and in plain Mandarin, see text/dialect). Kept
 * apart from query/cues so each file stays one screenful of one idea.
 */
import type { Cue } from './cues.js'
import { globalMatches } from '../text/regex-tools.js'
import { CHILDREN, FARM_WORK, STAGES } from './person-cues.js'

const alt = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`
/** A teenager's age in words or figures: 十三 … 十九, 13 … 19 (十岁, 二十 are not teens). */
const TEEN_AGE = '(?:十[一二三四五六七八九]|1[1-9])(?:岁|周岁|了|(?=[\\s，,。!！?？]|$))'
/** The learner frame after a child: the child wants to learn, so the child is the learner. */
const CHILD_WANTS = '(?:也|还|都)?(?:想|要|打算|准备)(?:去|来)?(?:学|报|上)'

const implied = (kind: Cue['kind'], id: string, pattern: RegExp): Cue => ({ kind, id, pattern, explicit: false })
/**
 * Compositional self-descriptions ("我家有上学的娃", "老头子我今年七十五"), read like query/person-cues: a
 * taxonomy word inside one keeps its own weight (query/term-matches reads {@link COLLOQUIAL_PERSON_PATTERNS}).
 */
const personal: RegExp[] = []
const person = (id: string, pattern: RegExp): Cue => { personal.push(pattern); return implied('audiences', id, pattern) }
const explicit = (kind: Cue['kind'], id: string, pattern: RegExp): Cue => ({ kind, id, pattern, explicit: true })

/** The people a learner may look after; who is cared for, in care topics. */
const CARED = '(老人|老年人|老人家|长者|长辈|老年|病人|病患|患者|病号|失能|失智|瘫痪|瘫子|瘫了的|卧床|瘫在床上|躺在床上|行动不便|老的|老爷子|老太太|爹妈|爹娘)'
const CARE = '(照顾|照看|照料|照护|伺候|侍候|服侍|护理|看护|陪护|护养)'

/** Colloquial cues for audiences and topics, matched like the built-in ones (query/cues). */
export const COLLOQUIAL_CUES: readonly Cue[] = [
  // Employees: "我有工作", "上着班呢", "全职工作", "朝九晚五".
  implied('audiences', 'employees', /(我)?(有|找到了)(份|个|一份)?(正式|稳定|固定)?(的)?(工作|班上)(?!经验|机会|的地方|坊|室|站|者)|上着班|正在上班|在上班|全职(的)?工作|朝九晚五|(我是)?(个)?上班的/),
  // Community workers: "我是社区的工作人员", "在社区干", "从事社区工作", "居委会的".
  implied('audiences', 'community-workers', /社区(里|的)?(工作人员|工作者|干部|干事)|(在|从事|做|搞)(社区|居委会?|街道|村委会?|网格)+(里|的)?(工作|上班|干活|干事|服务|做事|干)|社区(的)?工作|居委会(的|里)/),
  // A teenager the parent is looking for a course for: "给我家上初中的小子", "帮孙子找".
  implied('audiences', 'youth', /(给|帮|替)(我|我们)?(家)?(的)?(上|读|念)[^，,。]{0,4}的(孩子|娃|小子|儿子|女儿|闺女|丫头|小孩|孙子|孙女|外孙)|半大(的)?(孩子|小子|娃)/),
  // Parents: "娃他妈", "孩子他爸", "当爹妈的", "为人父母".
  // (Any spoken name of the child: "孩儿他爹", "孩他娘", "娃儿她妈", "小孩儿的爸爸".)
  implied('audiences', 'parents', /(娃儿|娃子|娃|孩子|孩儿|小孩儿|小孩|孩(?=[他她]))(他|她|的)(亲)?(妈妈|爸爸|妈|爸|爹|娘)|当(爹妈|爸妈|父母|妈|爹)的|为人父母/),
  // Farmers: "耕田的", "做农活的", "农夫" (farming in a village, "在村里养鸡", is query/person-settings' grammar).
  implied('audiences', 'farmers', /耕田|(做|干)农活|下地干活|(我是|我们是)(个)?(农夫|农家|乡下人|村里人)|种植(蔬菜|水果|果树|粮食|茶叶|药材)/),
  // Migrant workers: "在外头打工", "出来打工", "外地打工的".
  implied('audiences', 'migrant-workers', /(在外头|在外面|在外地|在城里|出来|出去|外出|外地)(打工|干活|务工|做工)/),
  // Older learners in Taiwan, Hong Kong and Singapore words: 乐龄, 长青, 老人家.
  implied('audiences', 'elderly', /乐龄|长青(族|学苑)?|(我是|我们是)(个)?老人家|上了岁数|七老八十/),

  // Caring for the old or the sick: "照看老人", "照顾瘫在床上的老人", "老年人护理", "长者照顾".
  explicit('topics', 'health-elderly-care', new RegExp(`${CARE}[^，,。]{0,8}${CARED}|${CARED}(的)?${CARE}|养老院|敬老院|护理院|陪护`)),
  // Law: "懂点法", "学法", "懂法律", "法律上的事".
  explicit('topics', 'law-finance', /防骗|(懂|学|知道|了解|讲讲)(点|些|一点|一些|点儿)?(法|法律)(?![语国式子师人则规定])|法律(上的)?(事|常识|问题)|(存钱|攒钱|管钱|理财|钱怎么管|投资)/),
  // Culture and arts: "文艺这块", "唱唱跳跳", "吹拉弹唱", "写写画画".
  explicit('topics', 'culture-arts', /文艺|才艺|文娱|曲艺|民乐|器乐|唱唱跳跳|吹拉弹唱|写写画画|琴棋书画|书画|画国画|剪纸|唱歌跳舞|扭秧歌|秧歌/),
  // Digital skills: "耍手机", "摆弄电脑", "手机上的事", "电脑操作".
  explicit('topics', 'digital-skills', /(耍|摆弄|弄|捣鼓|鼓捣|整|会|学|用|操作)(智能)?(手机|电脑|计算机)|(手机|电脑)(上|里)的(事|东西|功能|操作)|(手机|电脑)(咋|怎么)(用|弄|整)|办公(技能|软件|自动化)|信息化办公|(计算机|电脑)(应用|操作|基础)|(资讯|信息)科技|(资讯|信息)技术(基础|入门|应用|知识)/),
  // Energy: "电的安全", "用电的知识", "装光伏板".
  explicit('topics', 'energy-power', /(?<![子充手])电(的|方面的)?(安全|知识|常识)|光伏板|太阳能板|装光伏/),
  // Languages: "外国话", "洋文", "说英文".
  explicit('topics', 'language', /外国话|外国语|洋文|英文|外文|(学|说|讲)(点)?(日文|韩文)/),
  // Rural revitalisation: "给村里搞产业", "农村电子商务", "带村里致富".
  explicit('topics', 'rural-revitalization', /(村里|村上|农村|乡村|乡下|家乡|老家)[^，,。]{0,4}(产业|致富|发展|经济)|(农村|乡村)电子商务|土特产/),
  // Teaching: "上课怎么上得好", "课讲得好", "教学方法", "这节课怎么上". How a course of a subject is held ("养老护理的课
  // 是怎么上的", "课程一般怎么上的": 的 before the class word, 是 before the how-word, or the 是…的 frame after it) asks
  // about the course, not how to teach one (round 16).
  explicit('topics', 'teacher-development', /(上课|讲课|教课|课)[^，,。]{0,3}(上得好|讲得好|上好|讲好)|(上课|讲课|教课|(?<!的)课(?!程))[^，,。是]{0,3}(怎么上|怎么讲)(?!的)|教学(方法|技巧|水平)|(教师|老师)(的)?(继续教育|进修|培训|成长)/),
  // Bringing up children: "孩子怎么教", "管孩子", "教育孩子".
  explicit('topics', 'family-education', /(孩子|娃|小孩|儿子|女儿|闺女|孙子|孙女)[^，,。]{0,3}(怎么|如何)?(教|管|带|教育)(?!师|练)|(教育|管教|管|带)(好)?(自家|自己家|自个儿|自己|我家|家里)?(的)?(孩子|娃|小孩|儿女|子女|孙子|孙女|外孙|孙辈)|子女教育|亲子教育/),
  // Vocational: "考个职业技能证", "学门手艺活", "找个技术活".
  explicit('topics', 'vocational-skills', /职业技能证|(技能|技术)证(?!明)|手艺活|技术活|(学|门|个)手艺|谋生|养家糊口|就业技能/),

  // Teenagers by age, as grandparents and parents say it: "俺家小子十七了", "我闺女今年十五", "孙子16岁".
  person('youth', new RegExp(`${alt(CHILDREN)}(?:儿)?(?:今年|都|已经|刚|才)?${TEEN_AGE}`)),
  // A child named for the search, then their school in the next clause: "给我孙女找 她上高中".
  person('youth', new RegExp(`(?:给|帮|替)(?:我|我们)?(?:家)?(?:的)?${alt(CHILDREN)}(?:找|问|看看|报|挑)?[\\s，,]*(?:他|她)?(?:在|正在|今年|现在)?(?:上|读|念)${alt(STAGES)}`)),
  // A household with children in it: "我家有上学的娃", "家里有俩上小学的孩子", "我有两个娃" (not "…孩子想学", the child learning).
  person('parents', new RegExp(`(?:我|我们|我家|家里|家中)(?:有|养了|养着)(?:个|俩|仨|两个|三个|一个|一儿一女|二胎)?(?:[^，,。!！?？\\s]{0,5}的)?${alt(CHILDREN)}(?!(?:也|还|都)?(?:想|要|打算)(?:学|报|上))`)),
  // Factory and city work said the long way round: "在外头厂子里做工", "城里厂子上班", "在工地上干活".
  person('migrant-workers', /(在外头|在外面|在外地|到外地|在城里|进城|厂子|工厂)[^，,。!！?？\s]{0,5}(打工|干活|务工|做工|上工|做事|出力)|做工的|打工仔|打工妹/),
  // The same work said by what the hands do there: "在物流园分拣快递", "现在城里搞装修", "在外头饭馆洗碗" (the place and
  // the task are a working life, not a subject: 物流 and 装修 in them name no course).
  person('migrant-workers', /(?:我|我们|俺)[^，,。!！?？\s想要学]{0,8}?(?:在外头|在外面|在外地|城里|物流园|快递站|仓库|饭馆|餐馆|饭店|后厨|工地)(?:里|上)?(?:分拣|搬运|装卸|扛包|搬货|洗碗|刷碗|端盘子|搞装修|做装修|刷墙|贴砖|扎钢筋|搬砖|送快递|送外卖)/),
  // A farmer saying what they grow, without "的": "我在家种大棚", "我们在村里养鸡" (not "我想学种大棚").
  // Any place said before it is where they farm ("我在屯子里种苞米", "俺在山坳坳里种茶"), not a wish (想, 学).
  person('farmers', new RegExp(`(?:我|我们|我家)(?:在[^，,。!！?？\\s想要学有能去]{1,5}?|家里)?(?:是|主要|一直|常年|平时)?${alt(FARM_WORK)}`)),
  // A livelihood said as what one lives by: "我家以种地为生", "全家靠养鱼过活", "靠种果树吃饭" (a living, not a wish).
  person('farmers', new RegExp(`(?:以|靠|就靠|全靠)(?:着)?${alt([...FARM_WORK, '农业', '耕种', '种植', '养殖', '捕鱼', '打渔'])}(?:业)?(?:为生|为业|过活|过日子|吃饭|养家|谋生|糊口)`)),
  // A life on the land said the old way: "种了一辈子地", "在地里刨食", "面朝黄土背朝天", "侍弄庄稼的", "修地球的";
  // and the work said by where it is done ("一家都在田里干活", "天天地头劳动") or as digging ("刨地的").
  person('farmers', /(?:地里|田里|田间|地头|大田里?)(?:干活|做活|劳动|忙活|干农活)|刨地(?=的|为生|过日子)|种了(?:一辈子|大半辈子|半辈子|几十年|[一二三四五六七八九十几两]+年)(?:的)?(?:地|田|庄稼)|(?:地里|土里|土坷垃里)刨食|面朝黄土背朝天|(?:侍弄|伺候|拾掇)庄稼|修地球的/),
  // …and where they farm, said inside "我是…的": "我是农村种庄稼的", "我们是山里种茶的".
  person('farmers', new RegExp(`(?:我|我们)(?:是|就是|都是)(?:个)?(?:农村|乡下|村里|山里|屯里|乡里|老家|山区|农家|村上)(?:的|里)?${alt(FARM_WORK)}的?`)),
  // Farming and grandparenting asked as a skill: "种地养殖的新技术", "种大棚种果树的技术", "隔代带孙子怎么教"
  // (query/term-matches: the situation words inside them then say nothing about who learns).
  explicit('topics', 'rural-revitalization', /(种地|种田|种庄稼|种菜|种粮|种果树|种大棚|大棚|果树|果园|养殖|种植|种养|养鸡|养鸭|养猪|养牛|养羊|养鱼|养蜂)[^，,。!！?？\s想要学有没]{0,4}?(的)?(新)?(技术|技能|本事|门道|窍门|知识|方法|本领|法子|办法|手艺|经验|学问)/),
  explicit('topics', 'family-education', /(隔代)?(带|教|管)(孙子|孙女|外孙|外孙女|孙辈|娃|孩子)[^，,。!！?？\s]{0,3}(怎么|如何)(教|带|管|教育)/),
  // Parenting as a skill: "当父母怎么管孩子", "当家长的学问", "带孙子孙女的学问" (the parent and grandparent cues inside say nothing of who learns).
  explicit('topics', 'family-education', /(当|做)(父母|爹妈|爸妈|家长|爹娘|妈妈|爸爸)(的)?[^，,。!！?？\s]{0,3}((怎么|如何)(管|教|带|教育)(孩子|娃|小孩|子女)?|学问|本事|门道|功课|必修课)|(带|教|管|教育)(孙子|孙女|外孙|孙辈|孩子|娃|小孩)(孙女|外孙女)?(的)?(学问|本事|门道|方法|窍门|经验)/),
  // Older people as they call themselves: "老婆子想学", a label opening the message ("老婆婆一个"), "我这岁数了", "上年纪的人", "奔七的人了".
  person('elderly', /(我|我这个?|我们这些|我们)(个)?(老婆子|老头子|老太婆|老头儿|老家伙|老骨头)|(^|[\s，,])(老婆子|老头子|老太婆|老婆婆|老太太|老大爷|老大娘|老爷子|老汉)(?=(也|还|都)?(想|要|能|可以)|一个|一枚|一名)|(我|我们)?(这|这个|这把)(岁数|年纪|年龄)(了|的人)|上年纪|上了年纪|奔[六七八九](?!十)(的人|了|岁)/),
  // An age said bare at the end of a clause: "老头子我今年七十五", "我今年六十九", "俺都八十一", "我七十三 想学" (not 七十五块, 六十亩).
  person('elderly', /(今年|都|已经|快|眼看|我|本人)[五六七八九]十[一二三四五六七八九]?(?=[\s，,。!！?？]|$|了|啦|啊)|(老头子|老婆子|老太婆)(我|俺)/),
  // A regular job with a contract: "在工厂上班有合同的", "签了劳动合同的" (the contract is their situation, not a subject).
  person('employees', /(在)?(工厂|厂里|公司|单位|企业)(上班|干活|工作)[^，,。!！?？\s]{0,2}(有|签了?|签过)(劳动)?合同(的)?|(有|签了?)(正式的?)?劳动合同的/),
  // Women as village women say it of themselves: "我们村里的婆娘们", "俺们老娘们", "女人家".
  person('women', /(我们|俺们|咱们|村里|我们村|屯里)(这些|这帮|几个)?(的)?(农村|村里|乡下|山里)?(的)?(婆娘们?|妇女们|女人们?|姐妹们|小姐妹(?:们|几个|俩)?|老娘们儿?|娘们儿?)|老娘们儿?|女人家|妇道人家|(妇女|女)同志(们)?/),
  // A job somewhere named with any verb: "我在公司干活", "在单位做事" (factories are migrant work, in query/cues).
  person('employees', /(在|去)(公司|单位|企业|机关|医院|学校|银行|超市|商场|饭店|酒店)(里)?(干活|做事|当差|上着班)/),
  // Employees as northern villagers say it: "有单位的", "俺是有单位的人", "单位上班的" (conv-coll).
  person('employees', /(?:我|我们)?(?:是|也是)?有(?:个|正式)?单位的(?:人)?(?!课|项目|培训|班)|(?:在)?单位(?:上|里)?上班的/),
  // Electrical work said as a trade: "修电的手艺", "接电线", "水电工", "电路维修" (not 修电脑, 修电视, 修电动车).
  explicit('topics', 'energy-power', /修电(?![脑视动瓶话器梯扇])|接电线|拉电线|电路(维修|安装)?|水电(工|安装)|电工活|装电表/),
  // A trade to live on: "学个吃饭的手艺", "能找到活路的技术", "找个营生", "混口饭吃的本事" (conv-coll).
  explicit('topics', 'vocational-skills', /(吃饭|糊口|养家|挣钱|赚钱|谋生|混饭|营生|活路|找工作|找活|饭碗)的?(手艺|技术|本事|本领|技能|活)|(找|学|谋)(个|条|份)?(营生|活路|饭碗)|混口饭吃/),
  // Grandchildren looked after, said in pairs: "带孙子孙女", "看孙子外孙女" (one subject; the grandparent inside it only ranks).
  explicit('topics', 'family-education', /(带|看|照看|教|管)(好)?(孙子|孙女|外孙女?|孙辈|孙儿)(和|跟|、|还有)?(孙子|孙女|外孙女?)/),
  // Not being cheated, any way round: "防着被人骗", "小心被骗", "上当受骗", "被人忽悠" (conv-coll).
  explicit('topics', 'law-finance', /(防|防着|防止|提防|小心|当心|留神|谨防|别|不要|莫)[^，,。!！?？\s]{0,2}?(被|让|叫|遭)(人|别人|坏人|骗子|人家)?(骗|坑|忽悠)|上当受骗|(老|总|总是|经常|常)?(被|让|叫|遭)(人|别人|坏人|骗子|人家)?(骗|坑|忽悠)(了|过|买)/),
  // Selling the farm's goods online is rural e-commerce: "网上卖农货的本事", "直播卖自家的山货" (conv-coll).
  explicit('topics', 'rural-revitalization', /(网上|网店|直播|线上|手机上|抖音|快手|淘宝|微信|电商)[^，,。!！?？\s]{0,3}卖[^，,。!！?？\s]{0,5}(农货|山货|土货|农产品|农副产品|土特产|特产|自家|家里|村里|地里|果子|粮食|茶叶|蜂蜜)/),
  // Looking after one's own body: "身体咋保养", "调理身子", "身子骨硬朗".
  explicit('topics', 'health-elderly-care', /身(体|子|子骨)(怎么|如何)?(保养|调理|调养|养护|锻炼)|(保养|调理|调养)(身体|身子)|身子骨/),
  // Not being cheated: "别被人骗了", "怕让人骗", "不上当".
  explicit('topics', 'law-finance', /(别|不|怕|防止|不想|免得)[^，,。!！?？\s]{0,3}?(被|让|叫)(人|别人|坏人|骗子)?(骗|坑|忽悠)|不上当|(防|识破)(忽悠|套路)/),
  // Learning to read: "认几个字", "认点字".
  explicit('topics', 'language', /认(几个|点|些|得|一些)字|(学|教)(认|识)字/),
  // A village's tourism: "村里搞旅游", "乡下开民宿".
  explicit('topics', 'rural-revitalization', /(村里|村上|乡村|农村|乡下|老家)[^，,。!！?？\s]{0,4}(旅游|民宿|农家乐)/),
  // Teaching said as people say it: "当老师怎么教得更好", "把课上得更好", "给老师充电", "教书的门道".
  explicit('topics', 'teacher-development', /(老师|教师|教书)[^，,。]{0,6}(教|讲|上课|讲课)得(更|再)?好|(课)(上|讲|教)得(更|再)?好|(给|帮)(老师|教师)(们)?(充电|培训|进修|提升|长本事)|教书的(本事|本领|门道|技巧|方法)|(怎么|如何)(把)?(书|课)(教|上|讲)好|(老师|教师|当老师的?)[^，,。]{0,3}(怎么|如何)(讲课|上课|教学|教书|备课|管学生|带班|(上|讲|教)好)|(上|讲|教)好(课|书)|讲课(的)?(本事|技巧|门道|本领)|(想|要|去)学(着)?当老师|(学|会)(讲课|备课)|(老师|教师)(的)?(本事|本领|能耐|功夫)/),
  // Selling what the farm makes: "网上卖山货", "卖土鸡蛋", "把家里的苹果卖出去" (implied: it ranks rural e-commerce first, the selling may be any).
  implied('topics', 'rural-revitalization', /卖[^，,。!！?？\s]{0,5}(山货|土货|鸡蛋|果子|特产|粮食|大米|茶叶|蜂蜜|苹果|橘子|猕猴桃)|(山货|土货|农产品|农货|果子|特产|土特产|自家种的|家里种的)[^，,。!！?？\s]{0,5}(卖|销)/),
]

/**
 * School and civil-service exam preparation and tutoring ("高考数学补习班", "考公务员的补习",
 * "孙女考大学 补英语"; an exam alone, "儿子马上高考了", is family life, not tutoring): a subject of its own, out of scope for lifelong learning unless the
 * catalogue says otherwise. Words inside it name the exam, not the learner or a topic
 * (公务员 in 公务员考试 is no employee; 英语 in 补英语 is school English).
 */
const EXAMS = '高考|中考|小升初|考大学|考高中|考重点|考研|考博|考公务员|考公|公务员考试|国考|省考|考编|事业编|教师编|学测|指考|会考|\\bdse\\b' +
  // Qualification and language exams: "会计初级职称考试班", "二建冲刺", "雅思培训", "全民英检補習".
  '|职称考试|职称考|教师资格证考试|教师资格证面试|教资|会计职称|初级会计|中级会计|注会|注册会计师|一建|二建|建造师|司法考试|法考|专升本|成人高考|自考|英语四级|英语六级|四六级|托福|雅思|托业|多益|英检|\\bgre\\b|\\bgmat\\b|\\bielts\\b|\\btoefl\\b'
// A private tutor hired for a school subject ("找数学家教", "请个家教"; 家教 alone is also 家庭教育, so only so framed).
// (A tutor said by how they teach, one to one or at home, is hired: "找个一对一家教", "上门辅导".)
const TUTORING = '补习(班)?|补课|补(语文|数学|英语|物理|化学|生物|作文)|辅导班|培优|提分|奥数|(请|找)(个|一个|位|一位)?(一对一的?|上门的?|好的?|靠谱的?|私人的?)?家教|(语文|数学|英语|英文|物理|化学|生物|作文|理化)家教|家教老师|(一对一|一对一的|上门|私人)(家教|辅导|补课|补习)'
/** Getting ready for an exam said on its own, in a later clause of the same sentence ("娃要考公务员，有辅导不", "高考没考好，有没有复读的"). */
const PREP_LATER = '辅导|补课|补习|复读|补一补|补补|冲刺|备考|押题|刷题'
/**
 * A school exam with prep words near it ("高考数学补习班", "考公务员的补习"), or with preparing for it said later in the
 * sentence, past a pause ("孙子要中考 有没有数学补课的", "想考公务员，有辅导吗"), or tutoring words on their own.
 */
const EXAM_TUTORING = new RegExp(`(${EXAMS})[^\\s，,。]{0,6}(${TUTORING}|辅导|培训|冲刺|备考|班)|(${EXAMS})[^。!！?？；;]{0,12}?(${PREP_LATER})|${TUTORING}`, 'g')

/** The exam-tutoring phrases of a normalised message with where they sit; see {@link EXAM_TUTORING}. */
export function examTutoring(text: string): { word: string; start: number; end: number }[] {
  // (Prep said past a pause is named by the exam and the prep, "考公务员辅导", not the talk between them.)
  return globalMatches(EXAM_TUTORING, text).map((m) => ({ word: m[3] ? m[3] + m[4] : m[0], start: m.index!, end: m.index! + m[0].length }))
}

/** The patterns of the compositional self-descriptions in {@link COLLOQUIAL_CUES}: person cues, like query/person-cues. */
export const COLLOQUIAL_PERSON_PATTERNS: readonly RegExp[] = personal
