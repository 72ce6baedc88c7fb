/**
 * @module query/cues
 * What people say instead of naming a taxonomy label: "我65了" and "退休了"
 * mean an older learner, "在城里打工" a migrant worker, "我在村小教书" a rural
 * teacher. Life-situation cues are implied (they boost); plain paraphrases of
 * a topic ("写毛笔字") are explicit (they filter), like a taxonomy synonym.
 * Patterns run on normalised, repaired text (simplified, lower case).
 */
import type { Format } from '../catalogue/project.js'

/** One colloquial cue for a topic or an audience. */
export interface Cue {
  kind: 'topics' | 'audiences'
  /** Null: the words name someone who is not the learner (a relative being cared for); no slot. */
  id: string | null
  pattern: RegExp
  explicit: boolean
  /** (topics) The words name the topic as a whole, never one skill in it (query/topic-talk): they speak for the topic over a skill said beside them. */
  general?: boolean
}

/** Relatives a learner may be caring for (家里老人, 我妈, 长辈); see {@link CARED_FOR_WORDS}. */
const RELATIVE_LIST = [
  '老年人', '老人家', '老人', '长辈', '父母', '老伴', '爸妈', '我妈', '我爸', '老妈', '老爸', '爸爸', '妈妈', '父亲', '母亲',
  '奶奶', '爷爷', '外婆', '外公', '姥姥', '姥爷', '婆婆', '公公', '岳父', '岳母', '老爷子', '老太太', '老头子', '老太婆', '家人', '亲人', '病人',
  '儿子', '女儿', '闺女', '孙子', '孙女', '外孙', '老公', '老婆', '丈夫', '妻子', '媳妇',
]
const RELATIVES = RELATIVE_LIST.join('|')
/** School subjects: "教英语" is a teacher's subject, not a language to learn. */
const SUBJECTS = '(语文|数学|英语|音乐|美术|体育|科学|物理|化学|历史|地理|道德与法治|政治|生物|信息技术|信息课)'
/**
 * A person who is the subject of learning ("老太太 想学护理", "老伴也打算去报", "爹妈想整点养生的"): the learner,
 * never the one cared for, however the care topic follows. A space (a comma the learner typed) may come first,
 * except after a relative marked as the family's ("家里老人，想学怎么照顾": as for the old one at home, I learn).
 */
const LEARNER_AFTER = `(?:(?<!(?:家里|家中|我家)的?(?:${RELATIVES}))\\s)?(也|还|都|就|一直)?(想|要|打算|准备|希望|愿意)(去|来)?(学|报|整|弄|搞|上|参加|了解)`
const CARE_VERBS = '照顾|照护|护理|伺候|陪护|看护|护理|陪(?=.{0,4}(看病|就医|医院|复诊))'
const ILLNESS = '失智|痴呆|认知症|中风|脑梗|偏瘫|瘫痪|卧床|失能|住院|出院|生病|病了|骨折|摔(了|倒|伤)'

/**
 * Words naming the relative in a "caring for someone" cue, and the home they
 * live in: they say who is cared for, not what the carer wants to learn, so
 * they leave the search terms (unless they are taxonomy words).
 */
/**
 * Words naming a child. A message with them is nearly always a parent's
 * ("孩子一写作业就磨蹭"), so the young-people audience they name is implied, not a filter.
 */
export const CHILD_WORDS: ReadonlySet<string> = new Set(['孩子', '小孩', '儿童', '小朋友', '孩子们', 'kid', 'kids', 'child', 'children'])

export const CARED_FOR_WORDS: ReadonlySet<string> = new Set([...RELATIVE_LIST, '家里', '家中', '我家', '在家'])

const implied = (kind: Cue['kind'], id: string | null, pattern: RegExp): Cue => ({ kind, id, pattern, explicit: false })
const explicit = (kind: Cue['kind'], id: string, pattern: RegExp): Cue => ({ kind, id, pattern, explicit: true })

/** Built-in cues; taxonomy synonyms cover the plain words, these the situations. */
export const CUES: readonly Cue[] = [
  // Older learners.
  implied('audiences', 'elderly', /(我|本人)(今年|都|已经)?(快|有)?([5-9]\d|一百)(多)?(岁|了|(?=[\s，,。!！?？]|$))|[五六七八九]十[一二三四五六七八九]?(多)?岁|(我|俺)(是|就是)?(个)?[^，,。]{0,4}(老头|老太太|老太婆|老大爷|老汉|老太|老大娘|长辈|银发族)|(?<![\d.])([6-9]\d)(多)?岁|[六七八九]十[一二三四五六七八九]?(多)?(岁|了)|上了年纪|年纪大|(这|一)把年纪|(我|俺)(都|已经|也)?老了|岁数大|年龄大|年纪(也)?不小/),
  implied('audiences', 'elderly', /(刚|已经|我)?退休(了|后|以后|在家|之后)|我(已经|刚)?退休|(?<!(部队|军队|军营|武警|军中|海军|空军|陆军)(上|里)?)退下来|退(的|了)休|老伴|孙子|孙女|外孙|带孙|抱孙|老两口|腿脚不(好|便)|眼睛花|老花眼|眼神不好|字看不清|看不清字/),
  implied('audiences', 'elderly', /我(的|家)?(奶奶|爷爷|姥姥|姥爷|外婆|外公)/),
  // A parent or grandparent who wants to learn is the learner: "我妈妈想学用手机", "俺爹也想学点东西".
  implied('audiences', 'elderly', /(我|俺|我们)(家)?(的)?(妈妈|妈|老妈|爸爸|爸|老爸|爹|娘|父母|爸妈|老伴|公公|婆婆|岳父|岳母)(也|还|都)?(想|要|打算|准备|希望|愿意)(学|报|上|参加)/),
  implied('audiences', 'elderly', /\bmy (mum|mom|mother|dad|father|parents|grandma|grandpa|grandmother|grandfather|granny) (wants?|would like|hopes?|is hoping|needs?) to (learn|study|take|join|try)\b/),
  implied('audiences', 'elderly', /\bmy (mum|mom|mother|dad|father|parents|grandma|grandpa|grandmother|grandfather|granny) (is|are|turned) (in (her|his|their) )?[6-9]\d\b/),
  implied('audiences', 'elderly', /\bi a?m (6|7|8|9)\d\b|\b(6|7|8|9)\d (years|yrs) old\b|\bretired\b|\bgrandchild|\bgrandkid|\bgrandson|\bgranddaughter|\bin my (60|70|80)s\b|\bin my (sixties|seventies|eighties|nineties)\b/),
  // A relative being looked after, or fallen ill, is not the learner: the carer is. (A grandchild of fifteen named
  // before a care subject, "我孙女十五岁 想学护理", is the learner: a teenager's age says so.)
  // "我们老年人…想学照护" is the learner speaking of themselves, not of a relative they care for.
  implied('audiences', null, new RegExp(`(?<!(我|俺|咱)(们)?(都|也)?(是|就是|属于|作为)(一名|一个|个|一位|位)?|(我|俺|咱)(们)?(都|也)?(是|就是|作为)[^，,。\\s]{1,8}|我们|咱们|俺们)(家里|家中|我家)?(的)?(${RELATIVES})(?!${LEARNER_AFTER}|(也|还)?(咨询|打听|问问)|(今年|都|已经|刚|才|刚满|满)?(十[一二三四五六七八九]|1[1-9])(岁|周岁))(?:(?!(读|念|上)(初|高|中|大|小|国|职|技))[^。]){0,16}(${CARE_VERBS})|(${CARE_VERBS})(家里|家中)?[^，,。]{0,4}的?(${RELATIVES})`)),
  implied('audiences', null, new RegExp(`(家里|家中|我家)?(的)?(${RELATIVES})[^，,。]{0,6}(${ILLNESS})`)),
  implied('audiences', null, new RegExp(`(帮助|帮|服务|陪着|陪)(家里|家中|社区里?|村里)?的?(${RELATIVES})(?!(问|咨询|打听|查|找|报|看看|挑|选))`)),
  // Working for older people or patients ("给老年人当护工", "给病人做陪护"): they are cared for, not the learner.
  implied('audiences', null, new RegExp(`给(${RELATIVES})(当|做|干)(护工|保姆|陪护|护理员|护理|看护)`)),
  implied('audiences', null, /\b(look(ing)? after|tak(e|ing) care of|car(e|ing) for|nurs(e|ing)|help(ing)?)\b[^.]{0,12}\b(my|our|an?|the)\b[^.]{0,10}?\b(elderly |old |aged |sick |disabled )?(mother|father|parents?|mum|mom|dad|grandma|grandpa|grandmother|grandfather|wife|husband|relatives?|elderly|old people|seniors?)\b/),
  // Migrant workers.
  implied('audiences', 'migrant-workers', /电子厂|流水线|进厂|(在|去)?(厂里|工厂里?)(打工|干活|干了)/),
  implied('audiences', 'migrant-workers', /(在|到|进)(城里|城市|外地|外面|广东|深圳|上海|北京)?(打工|务工|干活|上班)|出来打工|打工的|在工地|工地上|送外卖|跑外卖|跑快递|送快递|开网约车|开货车|干零活|搬砖/),
  implied('audiences', 'migrant-workers', /\bwork(ing)? (in|at) (a |the )?factor(y|ies)\b|\bwork(ing)? in the city\b|\bconstruction sites?\b|\bdeliver(y|ing) food\b|\bfactory worker\b/),
  implied('audiences', 'migrant-workers', /\bwork(ing)? (on|at) (a |the )?(building|construction) sites?\b|\bbuilding sites?\b|\bon (a |the )?construction\b|\b(in|to) the city (for|to) work\b|\bmigrant\b|\bdeliver(s|y|ing)? (food|parcels|packages|takeaways?)\b|\b(food )?delivery (rider|driver)s?\b/),
  // Rural teachers (a village place, then teaching: query/person-settings).
  implied('audiences', 'rural-teachers', /(村小|乡镇|农村|山区|乡村|乡下|镇上|村里)(的)?(小学|中学|初中|学校|幼儿园)(的)?(老师|教师)|(乡下|镇上|村里)的?(老师|教师)/),
  implied('audiences', 'rural-teachers', /\bteach(ing)? (at|in) (a )?(village|rural|countryside|mountain)/),
  implied('audiences', 'rural-teachers', /(偏乡|偏远|边远|山村)[^，,。]{0,4}(小学|中学|学校)?[^，,。]{0,2}(教书|当老师|任教|老师|教师)/),
  // Parents.
  implied('audiences', 'parents', /我(家|的)?(孩子|娃|儿子|女儿|闺女|小孩)|(给|帮|陪|带|管)(孩子|娃|小孩)|孩子(不听话|叛逆|沉迷|学习|成绩|上学|写作业|玩手机)|当妈|当爸|二胎/),
  implied('audiences', 'parents', /(孩子|娃|小孩|儿子|女儿|闺女)(跟|和|对|不理|不听)我|(孩子|娃|小孩|儿子|女儿|闺女)[^，,。]{0,4}(写作业|做作业|不想上学|厌学|逃学)/),
  implied('audiences', 'parents', /(孩子|娃|小孩|儿子|女儿|闺女)(马上|快|要|明年|今年|下学期)?(就)?(要)?(上|读|升)(幼儿园|小学|一年级|初中|初一|高中|中学)/),
  implied('audiences', 'parents', /(孩子|娃|宝宝|小孩|儿子|女儿|闺女)(刚|才|已经)?(满|快|不到)?(([一二两三]|[1-3])(岁|周岁)|([0-9]+|[一二两三四五六七八九十]+)个月)/),
  implied('audiences', 'parents', /\bmy (kid|kids|child|children|son|daughter|toddler|baby|teen|teens|teenager|teenagers|teenage (son|daughter|kids?))\b|\bas a (mum|mom|dad|parent)\b|\b(mum|mom|dad|mother|father) of (one|two|three|four|\d)\b/),
  // Farmers.
  implied('audiences', 'farmers', /(养|喂)了?[^，,。]{0,6}(猪|鸡|鸭|鹅|牛|羊|鱼|虾|蟹|蜜蜂|蜂|兔|蚕)|种地|种田|种庄稼|种粮|种菜|种果树|种茶|种了(一辈子|大半辈子|几十年|十几年|好多年|多年|半辈子)的?(地|田)|种了?[^，,。]{0,6}亩|家里有.{0,4}亩|[0-9一二三四五六七八九十几百]+亩|承包了?.{0,6}(地|田|鱼塘|果园)|养猪|养鸡|养鸭|养牛|养羊|养鱼|养蜂|在村里|(我|俺)是农村的(?!(小学|中学|学校|村小)?的?(老师|教师))|农村人/),
  implied('audiences', 'farmers', /\b(i|we) (grow|farm|raise)\b|\bon (my|our) farm\b|\b(farmer|farmers) growing\b/),
  implied('audiences', 'farmers', /(在家|我家|家里|回家|在村里)?务农|干农活|(我|俺)(家里?)?(是)?种(果树|庄稼|菜|粮|茶)/),
  // Women.
  implied('audiences', 'women', /我是(个)?(妈妈|女的|女生)|带娃在家|在家带娃|全职在家|(刚)?生(完|了)(孩子|宝宝|娃|二胎)|坐月子|怀孕了/),
  // Young people.
  implied('audiences', 'youth', /我是(个)?(学生|大学生|高中生|中学生)|我(今年)?1[0-9]岁|我在上(学|大学|高中|初中)|(刚|才|刚刚)?毕业(没|没有|不)(多久|几久|几年|两年|一年)|(刚|才|刚刚)毕业|快毕业/),
  implied('audiences', 'youth', /\bi a?m a student\b|\bi a?m 1\d\b|\bjust graduated\b|\bi a?m a (teenager|teen|high school student)\b/),
  // Veterans.
  implied('audiences', 'veterans', /\b(just )?(left|leaving|out of|quit) the (army|military|forces)\b|\bex-?army\b|\bdischarged from\b/),
  implied('audiences', 'veterans', /退伍(了|后|回来)|从部队(回来|退)|刚退役|部队(里)?出来|(当|当了|做了)[^，,。]{0,5}兵([^，,。]{0,2}[，,]?[^，,。]{0,3}(退|回来|转业|复员)[^，,。]{0,2})?/),
  // Employees.
  implied('audiences', 'employees', /(公司|单位)(里)?(让|要求|安排|组织)/),
  implied('audiences', 'employees', /(在|去)(公司|单位|工厂|厂里|企业|医院|银行)(上班|工作)|下班后|上班(之余|之外|时间)|我上班/),
  implied('audiences', 'employees', /\bafter work\b|\bwork full[- ]time\b|\bmy (job|employer|company)\b|\b(have|got) a (full[- ]time |steady |day |regular )?job\b|\bfull[- ]time job\b|\boffice worker\b/),
  implied('audiences', 'employees', /(公司|单位|企业|机关)(的)?职员|(我是)?(个)?(白领|上班族|打工人)|在职(员工|人员)/),
  // Community workers.
  implied('audiences', 'community-workers', /(在)(社区|居委会|街道|村委会?)[^，,。]{0,6}(上班|工作)|做社区工作|当网格员|当村干部/),
  // People with disabilities.
  implied('audiences', 'people-with-disabilities', /身心障碍|身障|腿(脚)?有残疾|有残疾|看不见|失明|双目|听不见|耳聋|聋哑|坐轮椅|行动不便|肢体不便/),

  // Topics said in everyday words.
  explicit('topics', 'digital-skills', /(用|玩|学)(智能)?手机|手机(上|里)?(挂号|付款|付钱|打车|买菜|买东西|拍照|视频|聊天)|发微信|视频聊天|扫码|网上(挂号|买菜|缴费|交费|购物|买东西)|不会(用|上)(手机|电脑|网)|打字|上网/),
  explicit('topics', 'digital-skills', /(做|弄|整)?表格|电子表格/),
  explicit('topics', 'digital-skills', /\b(use|using) (a |my )?(smart)?phone\b|\bsmartphone\b|\bvideo call/),
  explicit('topics', 'digital-skills', /\bcomputer (skills?|basics)\b|\b(use|using) (a |the )?computer\b|\b(go|get|getting) online\b|\bonline banking\b|\bmobile payments?\b/),
  explicit('topics', 'energy-power', /\belectrical (work|skills?|installation|repairs?|wiring)\b|\bwiring\b|\bbecom(e|ing) an electrician\b/),
  explicit('topics', 'culture-arts', /写毛笔字|毛笔字|练字|画画|唱戏|跳舞|弹琴|拉二胡|二胡|吹葫芦丝|拍照片|拍视频好看/),
  explicit('topics', 'health-elderly-care', /\bcar(e|ing) for (older|elderly|old|aged|sick) (people|adults|relatives|persons)\b|\belderly care\b/),
  explicit('topics', 'health-elderly-care', /照顾(老人|病人|失能|长辈|老年人)|伺候(老人|病人)|护理(老人|病人)|身体(不好|保健)|血压高|血糖高|保健|养身体|看护/),
  explicit('topics', 'family-education', /(跟|和|与)(娃|孩子|小孩|儿子|女儿)(沟通|相处|交流)|(教育|管|教)(孩子|娃|小孩)|孩子(不听话|叛逆|沉迷|学习不好)|带孙子|带孙女|隔代/),
  implied('topics', 'family-education', /(孩子|娃|小孩).{0,10}(怎么办|准备什么|要准备|怎么管|怎么教|不爱学习|不写作业)/),
  explicit('topics', 'family-education', /\b(kid|kids|child|children|son|daughter|teen|teenager)s?\b.{0,24}\b(addicted|screen time|homework|disobedient|misbehav\w*|tantrum\w*|gaming|video games?|games? all day|talks? back|rebellious|argu\w*|moody)/),
  explicit('topics', 'law-finance', /被骗|骗子|上当受骗|不给工资|拖欠工资|工资(要不到|拿不到)|打官司|签合同|存钱|养老金|退休金怎么|防骗/),
  explicit('topics', 'law-finance', /诈骗|骗局|防骗|反诈|权益|维权/),
  explicit('topics', 'law-finance', /\blegal (basics|knowledge|rights|matters|advice|help)\b|\bknow (my|your|their) rights\b/),
  // Look-behind keeps 农民 out of the match, so it still names the audience.
  explicit('topics', 'rural-revitalization', /(村里|乡下)[^，,。]{0,2}(直播|卖货|带货|做生意|创业)|\b(village|rural) (business|businesses|economy|enterprise|shop)\b/),
  explicit('topics', 'rural-revitalization', /(?<=(农民|农村|农户|乡村|村里|助农|农产品|果农|茶农|菜农).{0,4})电商|电商(?=.{0,2}(助农|农产品))/),
  explicit('topics', 'law-finance', /工资.{0,6}(不给|不发|拖着|拖欠|欠着)|欠.{0,3}工资|(讨|要)(工资|工钱)|工钱/),
  explicit('topics', 'vocational-skills', /找(个|份)?(工作|活|事做|活干)|学(门|个)?手艺|学(门|个)?技术|考(个)?证|挣(点)?钱|赚钱|开(个)?店/),
  explicit('topics', 'vocational-skills', /(学|考|拿|办)(个|一个|张)?[^，,。]{0,4}证(?!件|明)|换(个|份)?(工作|活|行)|学.{0,3}(技术|手艺|技能)|找.{0,6}(工作|活干|的活|事做)|(在家|居家)(能)?(做|干)的?(活|工作)|居家就业/),
  explicit('topics', 'energy-power', /\bpower (industry|sector|supply|grid work)\b/),
  explicit('topics', 'energy-power', /修电器|接电线|装电线|电路|用电(?!脑|话|子|视|梯)|太阳能板/),
  explicit('topics', 'rural-revitalization', /养了?[^，,。]{0,6}(猪|鸡|鸭|鹅|牛|羊|鱼|虾|蟹|蜜蜂|蜂|兔|蚕)|种地|种田|种庄稼|种菜|种果树|种了(一辈子|大半辈子|几十年|十几年|好多年|多年|半辈子)的?(地|田)|种了?[^，,。]{0,4}亩[^，,。]{0,2}(茶|果|菜|粮|稻|麦|玉米|药材|地|田)|养猪|养鸡|养鸭|养牛|养羊|养鱼|卖(农产品|水果|蔬菜|土特产)|网上卖(货|水果|菜|东西)/),
  explicit('topics', 'teacher-development', new RegExp(`(?<![人谁来])教(小学|初中|高中|中学)?${SUBJECTS}(课)?|教(学生|娃们|孩子们|学生们)`)),
  explicit('topics', 'teacher-development', /(提高|提升|改进)[^，,。]{0,2}教学(水平|能力|质量|方法)|教学(水平|能力)(提高|提升)/),
  explicit('topics', 'teacher-development', /(老师|教师)(们)?的?(专业成长|继续教育|研修|进修|培训|业务学习|能力提升)|教师研习|当老师的?(想|要)?(提高|提升|进修|学)/),
  explicit('topics', 'language', /说普通话|学(说)?(英语|英文)|学外语|认字|识字|学写字/),
  explicit('topics', 'ai', /问ai|用ai|ai(是什么|怎么用)|人工智能(是什么|怎么用)|deepseek|豆包|chatgpt/),
]

/** Format words: which of them a message says, in priority order (mixed first). */
export const FORMAT_CUES: readonly { format: Format | 'any'; pattern: RegExp }[] = [
  // "网上线下都行的(课)": a course both ways works for is a mixed one; "线上线下都可以" alone is "either".
  { format: 'hybrid', pattern: /(线上|网上|在线|网课|手机上)(和|跟|、|或|或者)?(线下|现场|当面|面授|实体|教室)(都行|都可以|都成|都中|都能|都能上|都能学)的/ },
  { format: 'any', pattern: /(线上|网上|在线|网课|手机上)(和|跟|、|或|或者)?(线下|现场|当面|面授|实体|教室)都(可以|行|成|中|能)|无所谓(线上|线下)|线上线下均可|either online or|online or (in person|offline)/ },
  { format: 'hybrid', pattern: /(线上|在线|网上|网课)(和|跟|与|加|及|、|\+|同|同埋)?(线下|实体|现场|面授|到场)(都有|都上|都要|都能上|都开|结合|相结合|混合|一起|兼有|并行)|(线下|实体|现场|面授)(和|跟|与|加|及|、|\+|同|同埋)(线上|在线|网上|网课)(都有|都上|都要|都能上|都开|结合|相结合|混合|一起|兼有|并行)|(线上|在线|网上|网课)(加|\+|结合|配合)(线下|实体|现场|面授)|(线下|实体|现场|面授)(加|\+|结合|配合)(线上|在线|网上|网课)|混合式|混合(教学|学习|模式|形式)|blended|hybrid/ },
  { format: 'offline', pattern: /不要(线上|网课|网上)|不想(上网课|线上)|\bnot online\b/ },
  { format: 'online', pattern: /不要(线下|面授)|(不想|不用|不必|无需|无须|用不着|不需要|不要|免得)(出门|出家门|跑|跑路|跑腿|到场|去现场|去学校|上门)|\bnot in person\b/ },
  { format: 'online', pattern: /线上(?!销售|卖)|网上(?!卖|开店|销售|购物|挂号|买|缴费|交费|支付|办)|在线|网课|网络课|(在|坐|待|呆|窝)(在)?家(里)?(就能|就可以|能|也能)?(学|上课|上的课|上的|听课|听的|看课|上网课)|不出门|足不出户|远程|远距|直播课|视频课|录播|(在)?手机上(就|也)?(能|可以)?(学|听|看|上课|上的)|看(视频|录像)(就|也)?(能|可以)?(学|上课)|网络上|网路上|(网络|远程|线上|网上)(授课|教学|上课|课堂|听课)|线上上课|\bonline\b|\bremote(ly)?\b|\bfrom home\b|\bat home\b|\bvirtual\b|\be-?learning\b/ },
  // (实体 alone is Taiwan's "in person", "改成實體", "實體家庭教育"; never a physical shop or the real economy, 实体店, 实体经济.)
  { format: 'offline', pattern: /线下|面授|实体(?!店|经济|企业|零售|商|书|卡|产业|门店|行业|化|物|制造|工厂|企)|现场|到校|上门|实地|面对面|教室|当面|去学校|到学校|实操|手把手|(到|去)跟前|跟前(去)?(上|学|听)|(到|去)(那|那儿|那里|课堂|班上|学校|场地|培训点)(去)?(上|学|听)|亲自(去|到场)|到场|跑(?![步腿道路])(去|到|过去)?[^，,。!！?？\s]{0,3}?(上课|学|听课)|\boffline\b|\bin[- ]person\b|\bface[- ]to[- ]face\b|\bon[- ]site\b|\bclassroom\b/ },
]

/** "Only free ones": fee words, with refusals ("收费的也行") checked first. */
export const FEE_CUES: { notFree: RegExp; free: RegExp } = {
  // A fee accepted ("要钱的也行", "贵点也没关系") or said of with indifference ("免费不免费无所谓", "费用不限", "收不收钱都行"):
  // the indifference is about the fee, so no filter (format14: the same scope as query/format-indifference).
  notFree: /(?<!不)(?:收费|付费|花钱|要钱|交钱|掏钱|收钱|有偿|贵(?:一)?点|贵些|贵的)(?:的)?(?:也|都)(?:可以|行|成|中|好|没关系|无所谓|不要紧|没事)|(?:免费不免费|免不免费|收不收费|收不收钱|要不要钱|花不花钱|贵不贵|钱多钱少|费用|学费|价钱|价格)(?:多少|高低)?(?:都|也)?(?:行|可以|成|中|无所谓|没关系|不限|随便|不要紧|不是问题)|(?:无所谓|不在乎|不在意|不计较)(?:费用|学费|价钱|价格|花钱|钱)|\bpaid (is|are) (fine|ok)\b/,
  // A negation and a paying word compose: 不用收费, 无需付费, 不需要交学费, 用不着花钱.
  free: /(不用|无需|无须|不需|不需要|用不着|不必)(交|付|花|收|掏|出)?(任何)?(学费|费用|费|钱)|不(交|付|花|收|掏)(任何)?(学费|费用|费|钱)|免费|不要钱|不花钱|白学|白上|免学费|不要学费|不收学费|没有学费|不交学费|不花一分钱|一分钱不(花|要|收)|分文不取|不用(花)?钱|不用交钱|不交钱|免钱|不收费|不收钱|零费用|0元|零元|公益|白送|\bfree\b|\bno[- ]cost\b|\bcost(s)? nothing\b|\bwithout (pay(ing)?|charge)\b|\bno fee|\bfree of charge\b/,
}

/**
 * Characters that say nothing about a course ("想学点", "几个", "学学"): a
 * term made only of these is filler, whatever way jieba happened to cut it.
 */
export const GENERIC_CHARS: ReadonlySet<string> = new Set([...'想学点些个几门要能会多少后总啥么刚再还找看吧呢吗的了有什么好给我你他们这那哪一下上去来做干弄搞样不课班报阵别其它'])

/**
 * Words that ask for something without saying what: a message of only these is vague. Not the
 * search side's STOP_WORDS (search/features), which only keeps noise out of the indexes.
 */
export const VAGUE_WORDS: ReadonlySet<string> = new Set([
  // Chinese
  '有', '什么', '啥', '好', '学', '学习', '学学', '学点', '点', '东西', '课', '课程', '培训', '项目', '班', '报名', '推荐',
  '一下', '看看', '随便', '想', '要', '我想', '想学', '哪些', '哪个', '可以', '能', '能学', '有没有', '没有', '没', '吗',
  '呢', '一点', '些', '适合', '合适', '介绍', '给', '参加', '上', '找', '知识', '技能', '本事', '新', '的话', '怎么',
  '怎么样', '如何', '多少', '好学', '好玩', '有意思', '值得', '哪里', '都', '行', '那', '嗯', '你好', '您好', '谢谢',
  '帮', '帮我', '帮忙', '用', '会', '学会', '咨询', '问问', '问', '一个', '个', '点儿', '东东', '比较', '最', '事', '做', '干', '来', '去',
  '打发', '时间', '无聊', '闲着', '闲得', '闲得慌', '闲得发慌', '闲不住', '在家', '没事', '干点', '新鲜', '老师', '请', '了', '现在', '哈', '啊', '呀', '么',
  '可学', '好的', '类', '方面', '内容', '活动', '机会', '资源', '平台', '信息', '上课', '读书', '进修', '充电', '提升',
  '知道', '不知道', '回来', '怎么办', '了解', '了解一下', '面向', '没事干', '是啥', '俺', '准备', '东西', '以后', '之后', '后',
  '自己', '提高', '报个', '报', '报班', '班级', '课吗', '课呢', '水平', '随便看看', '推荐一下', '课程推荐', '你们', '这里', '这边',
  // Words around a class that say nothing of its subject: "兴趣班", "这阵子", "只要…的", "别的".
  '兴趣', '兴趣班', '爱好', '最近', '近期', '这阵子', '阵子', '这段时间', '眼下', '目前', '只要', '只想', '就要', '光要',
  '从头', '从头来', '一批', '别的', '其他', '其它', '能上', '能报', '老年班', '老年课', '作为', '身为', '充实', '充实一下',
  '新课', '新班', '新项目', '新东西', '新的课',
  // English
  'what', 'can', 'learn', 'cours', 'class', 'recommend', 'something', 'anything', 'some', 'suggest', 'suggestion',
  'want', 'like', 'would', 'show', 'me', 'option', 'good', 'interest', 'interesting', 'program', 'programm',
  'project', 'study', 'train', 'hi', 'hello', 'thank', 'thanks', 'help', 'look', 'just', 'browse', 'around', 'there',
  'new', 'skill', 'know', 'tell', 'avail', 'available', 'offer', 'offered', 'get', 'find', 'need', 'list', 'all',
  'have', 'has', 'got', 'more', 'ani', 'pleas', 'may', 'might', 'do', 'to', 'take', 'lesson', 'cool', 'fun',
  'worth', 'myself', 'improv', 'better', 'time', 'spare', 'bore', 'bored', 'us', 'you', 'ok', 'okay',
  'stuff', 'thing', 'city', 'living', 'suitabl', 'suitable', 'suit', 'appropriate', 'fit', 'one', 'ones', 'class', 'classes', 'cours', 'course', 'courses', 'else', 'other', 'others', 'only', 'pleas', 'kind', 'sort',
])

/**
 * Everyday phrases and the catalogue's words for the same thing, added to a
 * query's search terms: learners say "怕被骗子骗钱", projects say "防范电信诈骗".
 * Only words that are about the course, never about the learner.
 */
export const EXPANSIONS: readonly { pattern: RegExp; words: readonly string[] }[] = [
  { pattern: /被骗|骗子|上当受骗|(?<!网)上当|防骗|骗钱/, words: ['诈骗', '防诈骗', '反诈'] },
  { pattern: /工资.{0,6}(不给|不发|拖着|拖欠|欠着)|欠.{0,3}工资|(讨|要)(工资|工钱)|工钱/, words: ['讨薪', '欠薪', '维权', '劳动合同'] },
  { pattern: /挂号|看病|看医生/, words: ['预约挂号', '就医'] },
  { pattern: /(用|玩|学)手机|手机不会(用|弄)/, words: ['智能手机'] },
  { pattern: /毛笔字|练字/, words: ['书法'] },
  { pattern: /画画/, words: ['绘画', '国画'] },
  { pattern: /唱歌/, words: ['声乐', '合唱'] },
  { pattern: /唱戏/, words: ['戏曲', '京剧'] },
  { pattern: /(保养|养)身体|身体保健/, words: ['养生', '保健', '健康'] },
  { pattern: /血压高/, words: ['高血压'] },
  { pattern: /血糖高/, words: ['糖尿病', '血糖'] },
  { pattern: /(孩子|娃|小孩).{0,6}(玩手机|沉迷|手机成瘾)/, words: ['防沉迷', '网络沉迷', '亲子'] },
  { pattern: /上一年级|上小学/, words: ['幼小衔接'] },
  { pattern: /网上卖|开网店|卖货/, words: ['电商', '直播带货'] },
  { pattern: /种地|种田|种庄稼/, words: ['种植'] },
  { pattern: /养(猪|鸡|鸭|鹅|牛|羊|鱼|虾)/, words: ['养殖'] },
  { pattern: /学.{0,3}(手艺|技术)|找.{0,4}(工作|活干)/, words: ['技能', '就业'] },
  { pattern: /认字|学写字/, words: ['识字'] },
  { pattern: /广东话|白话/, words: ['粤语'] },
  { pattern: /韩语/, words: ['韩国语'] },
  { pattern: /过年|过春节/, words: ['春节'] },
]
