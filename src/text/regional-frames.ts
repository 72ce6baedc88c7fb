/**
 * @module text/regional-frames
 * Ways of saying a thing that a word table cannot list, keyed by what they
 * mean: a Taiwanese "想說來學…有推的嗎", a class "可以在家用電腦上的" (online,
 * not a computer class), work "出外打拚" (a migrant worker), "3C產品" (phones
 * and computers), a class "實體" glued to its subject (in person), "農村創業"
 * (rural enterprise). Each frame rewrites a family of phrasings to the plain
 * mainland words the cues, the taxonomy and the catalogue already read, so a
 * Taiwanese, Hong Kong, Macau or overseas learner is understood by the same
 * rules as everyone else, with no twin rule per region. The frames run on
 * simplified text (text/regional-words applies them after OpenCC, and on
 * simplified input too), and each is guarded so standard Mandarin is unchanged.
 */
import { FORMAL_FRAME_REWRITES } from './formal-frames.js'

/** One meaning and the phrasings that say it, rewritten in order. */
interface Frame {
  /** What the phrasings mean (for the docs and a reader of this table). */
  readonly meaning: string
  readonly rewrites: readonly (readonly [RegExp, string])[]
}

/** A verb of taking a class: 上 (a class), 学, 听, 看. */
const TAKE = '(上|学|听|看)'
/** What may follow "can take it": 的 (a class that…), 课, a question or the end of the clause. */
const AFTER_TAKE = '(?=的|课|吗|呢|[\\s?？。，,!！~～]|$)'
/** A device to take a class on. */
const DEVICE = '(电脑|手机|平板|平板电脑|ipad|网络|网路|电视)'
/** Staying at home. */
const AT_HOME = '(在家里|在家|待在家里?|宅在家里?|窝在家里?|足不出户)'

/** The frames, keyed by meaning. conv-trad: add a family here, not one sentence. */
export const REGIONAL_FRAMES: readonly Frame[] = [
  {
    // "可以在家用電腦上的", "在家就能學的", "用手機就可以聽的": where and how one takes the class (online), not
    // a wish to learn the computer. A device alone needs 就 / 也 ("用电脑上网" and "用手机上的功能" stay).
    meaning: 'a class taken at home or on a device: online',
    rewrites: [
      // (A device held before staying home, "拿手机在家学的", is the same class: the device goes into the rewrite.)
      [new RegExp(`((用|拿|靠|通过|对着)${DEVICE}(上)?)?(可以|能|就能|就可以|也能|也可以)?${AT_HOME}(用|开|对着|通过|拿|靠|上)?${DEVICE}?(上)?(就|也)?(可以|能)?${TAKE}${AFTER_TAKE}`, 'g'), '线上学'],
      [new RegExp(`(用|开|对着|通过|拿|靠)${DEVICE}(就|也)(可以|能)?${TAKE}${AFTER_TAKE}`, 'g'), '线上学'],
    ],
  },
  {
    // Working away from home: Taiwan's 出外打拚, Hong Kong's 出嚟揾食, 離鄉打拼, 在外闖蕩, 到大城市討生活.
    meaning: 'works away from home: a migrant worker',
    rewrites: [
      [/(出外|在外面?|外出|离乡|离家|背井离乡|出门在外|出门|异乡|他乡|外地|外县市|外县|外省|外市|来城里|到城里|进城|来大城市|到大城市|来城市|到城市|在城市|在城里|在大城市|出来)(打拼|打拚|拼搏|闯荡|讨生活|谋生|揾食|搵食|找吃|找食|赚钱|挣钱|赚食|做工|做粗工|做苦工|做苦力|做散工|打零工|干活|做东西|做嘢)/g, '外出打工'],
      [/出外人/g, '外地人'],
      [/出外(?=打工|工作|做工|上班|做事)/g, '外出'],
    ],
  },
  {
    // 3C (Taiwan: computers, communication devices, consumer electronics) is phones and computers.
    meaning: 'phones and computers',
    rewrites: [[/(?<![a-z0-9])3c(产品|用品|设备|家电)?(?![a-z0-9])/gi, '手机电脑']],
  },
  {
    // 實體 for a class in person, glued to its subject (實體光電課, 有冇實體老人保健課程); not 实体店, 实体经济.
    meaning: 'a class in person',
    rewrites: [
      [/实体(?!店|经济|书店|门店|企业|商家|商店|产业|零售|经营|卡|书(?!法|画)|公司)(?=[^，,。!！?？\s]{0,12}(课|班|培训|研修|研习|讲座|工作坊|可以上|能上|去上|course|class|lesson|workshop))/gi, '线下'],
      // 實體 right after asking or enrolling (想報實體手機上網, 有冇得實體…, 有推薦的實體…): the format said first.
      [/(?<=报|报名|报读|有没有|有没有得|有得|推荐的|推荐|找|要|想上|想学|去上|什么|些|是|系)实体(?!店|经济|书店|门店|企业|商家|商店|产业|零售|经营|卡|书(?!法|画)|公司)/g, '线下'],
      // A bare 實體 closing a clause ("有推的嗎，實體", "要實體"): the format said last.
      [/(?<=^|[\s，,。!！?？吗要只]|的)实体(?=[\s?？。，,!！~～]|$)/g, '线下'],
    ],
  },
  {
    // Starting a business in the countryside (農村創業, 回鄉創業, 偏鄉致富) is rural revitalisation, not a job skill.
    meaning: 'rural enterprise',
    rewrites: [[/(农村|乡村|乡下|村里|偏乡|回乡|返乡|回村|下乡|家乡|老家)(创业|致富|开店|做生意)/g, '返乡创业']],
  },
  {
    // Taiwan's 想說 ("I was thinking") before a verb, 有推的嗎 ("any you'd recommend?"), 哪邊 ("where").
    meaning: 'Taiwanese function words: I was thinking, any recommendation, where',
    rewrites: [
      [/想说(?=来|要|去|学|报|找|上|问|看|试|给|让|帮)/g, '想'],
      [/有(人|没有人)?推(的|荐的)?(吗|嘛|吧|么)|有(人|没有人)?推(的|荐的)?(?=[\s?？。，,!！~～]|$)/g, '有推荐的吗'],
      [/哪边(?=有|可以|能|上|学|报)/g, '哪里'],
      // Forum Chinese: 求推 ("asking for recommendations"), 有大大知道 ("does any expert know").
      [/求推(?=课|的|一下|哪|什么|有|[\s，,。!！?？]|$)/g, '求推荐'],
      [/有(没有)?(大大|高手|前辈|版友|乡民|网友|人)(知道|推荐|介绍|推)/g, '有没有'],
    ],
  },
  {
    // Kin in Taiwanese Hokkien and Cantonese: 阮阿母 (my mum), 阿爸, 老豆 / 老竇, 老母 (not 老母雞), 媽咪, 爹哋; 阮 as
    // "my / our" only before a kin word or home (阮兜, 阮厝). Then "我妈妈想学…" is read as for everyone else.
    meaning: 'my mother, my father',
    rewrites: [
      [/阮(?=阿母|阿爸|阿公|阿嬷|阿嫲|老爸|老母|老妈|爸|妈|兜|厝|家|爷爷|奶奶|外公|外婆|阿伯|阿姨|长辈|老人|某|尪|翁|囝|孙|儿子|女儿|孩子|小孩|先生|老公|老婆)/g, '我'],
      [/我兜|我厝/g, '我家'],
      [/阿母|老母(?!鸡|雞|猪|豬|牛|羊|鸭|鴨)|妈咪/g, '妈妈'],
      [/阿爸|老豆|老窦|爹哋|爹地/g, '爸爸'],
    ],
  },
  {
    // A grandparent named as who takes the class (阿嬤想學唱歌, 適合阿公的電腦課, 幫外婆搵課): the learner's own
    // grandparent, as "我奶奶想学" is. Runs after the table (阿嬤 → 奶奶).
    meaning: 'a grandparent is the learner',
    rewrites: [[/(^|[\s，,。!！?？]|适合|给|帮|替|为)(爷爷奶奶|爷爷|奶奶|外公|外婆|姥姥|姥爷)(?=想|要|也想|还想|都想|的|上|学|报|找)/g, '$1我家$2']],
  },
  {
    // A place of study, not a subject: Taiwan's 社區大學 (社大), a 社區學院. "社大的電腦課" is a computer class.
    meaning: 'a community college: where, not what',
    rewrites: [[/(社区大学|社大|社区学院)(的|开的|开设的)?(?=[\p{Script=Han}]|$|[\s?？。，,!！])/gu, '']],
  },
  {
    // A class by video call (可以視訊的, 能視像嘅, 用視頻上課) is online, not a video-editing class.
    meaning: 'a class by video call: online',
    rewrites: [[/(可以|能|用|要)(视讯|视像|视频通话|视频)(上课|上|听课|学)?(?=的|课|吗|[\s?？。，,!！]|$)/g, '$1线上']],
  },
  {
    // Just starting work (Taiwan's 剛出社會, 社會新鮮人; 職場新人) is a young learner; Hong Kong's 打工一族 (wage
    // earners) an employee.
    meaning: 'a young person starting work; a wage earner',
    rewrites: [
      [/(刚|才|刚刚)(出|踏入|踏出|进入|步入|出来)(社会|职场)(不久|没多久|几年)?|社会新鲜人|社会新人|职场新人|职场新鲜人/g, '刚毕业的年轻人'],
      [/打工一族|打工族/g, '上班族'],
    ],
  },
  {
    // Hong Kong's neighbourhood bodies (街坊會, 街坊福利會, 互助委員會) are community centres.
    meaning: 'a neighbourhood association',
    rewrites: [[/街坊福利会|街坊会|互助委员会|互委会|业主立案法团/g, '社区中心']],
  },
  {
    // "As a parent" said as 身為爸媽, 作為父母, 身為人母: who the learner is, as 作为家长 is.
    meaning: 'as a parent',
    rewrites: [
      [/身为|做为/g, '作为'],
      [/作为(一个|一名|一位)?(爸妈|爸爸妈妈|父母|人父|人母|新手爸妈|新手父母|孩子的爸妈|孩子的父母)/g, '作为家长'],
    ],
  },
  {
    // A parents' class (家長課程, 家長班, 家長講座) is what the taxonomy calls 家长课堂: family education, for parents.
    meaning: 'a class for parents: family education',
    rewrites: [[/家长(课程|课|班|讲座|培训|成长课)(?!堂)/g, '家长课堂']],
  },
  {
    // Taiwan's 第二專長 (a second skill to earn with) and 證照輔導 / 證照班 (coaching for a skills certificate).
    meaning: 'a job skill or certificate',
    rewrites: [
      [/第二(专长|技能|专业技能)/g, '职业技能'],
      [/(?<!考|职业|技能)证书(?=辅导|培训|班|课|研习|研修)/g, '考证'],
    ],
  },
  {
    // 學 before a word starting with 生 (生成式AI, 生態農業, 生產管理) is "learn", not 學生 (a student).
    meaning: 'learn + a word starting with 生',
    rewrites: [[/(想|要|来|去|能|可以|会|开始|再)学(?=生成|生态|生产|生物|生鲜|生命科学)/g, '$1学习']],
  },
]

/**
 * Frames that must run before the regional word table: the table turns Hong Kong's 打工仔 (anyone on a payroll)
 * into 上班族, but one "from elsewhere" (外地來的打工仔, 鄉下出嚟嘅打工仔) is a migrant worker.
 */
export const REGIONAL_FRAMES_BEFORE_TABLE: readonly (readonly [RegExp, string])[] = [
  // In either script: dialect.ts runs the table on the text before it is simplified.
  [/(外地|外省|外乡|外鄉|乡下|鄉下|农村|農村|内地|內地|大陆|大陸|老家)(来|來|嚟|出来|出來|出嚟)(的|嘅)?(打工仔|打工妹|打工族)/g, '外来工'],
  // Taiwan's 視訊 (a live video class or call) naming how a class is held ("視訊水墨畫", "有什麼視訊的課", "改成視訊")
  // is online: 在线 (the table makes it 线上 without reading a district 上水 across "上視訊水墨畫"), written before the
  // table, which makes 視訊 视频 (video, a subject). Learning it (學視訊) or a tool (視訊通話, 視訊軟體) stays a subject.
  [/(?<!学|學|学习|學習|学会|學會|教|会|會|怎么|怎麼|如何|用|玩)(视讯|視訊)(?!通话|通話|会议|會議|聊天|电话|電話|软件|軟體|软体|设备|設備|镜头|鏡頭|剪辑|剪輯|功能|面试|面試|看诊|看診|app|器|机|機|怎|点|點)/gi, '在线'],
]

/** The frames' rewrites in order, then formal written Chinese and chat (text/formal-frames), for text/regional-words. */
export const REGIONAL_FRAME_REWRITES: readonly (readonly [RegExp, string])[] = [...REGIONAL_FRAMES.flatMap((f) => f.rewrites), ...FORMAL_FRAME_REWRITES]
