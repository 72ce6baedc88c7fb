/**
 * @module text/formal-frames
 * The frames of formal written Chinese (Hong Kong and Macau letters, Taiwan
 * forms) and of Taiwanese and Cantonese chat, brought to the plain Mandarin
 * frame with the same slots, so every Mandarin rule reads them with no twin:
 * "請問貴機構有否長者電腦班" is "请问有没有长者电脑班", "以長者為主的" is "长者的",
 * "課程以網上形式進行" is online, "敬請介紹" is "请介绍", "我還在念大學" is a
 * student, "我嫲嫲成日話悶" is "我奶奶整天说无聊". Like text/regional-frames
 * (which lists these after its own), the rewrites run on simplified text and
 * are keyed by meaning; each is guarded so ordinary Mandarin is unchanged.
 */

/** One meaning and the phrasings that say it, rewritten in order. */
interface Frame {
  readonly meaning: string
  readonly rewrites: readonly (readonly [RegExp, string])[]
}

/** A format word as typed after simplification. */
const FORMAT = '(线上|网上|在线|网络|网路|遥距|远程|实体|线下|面授|现场)'

/** The frames, keyed by meaning. conv-trad: add a family here, not one sentence. */
export const FORMAL_FRAMES: readonly Frame[] = [
  {
    // Polite request verbs of letters: 敬請 / 煩請 / 懇請 / 謹請 / 務請 介紹 are "please"; 告知 / 提供 details are
    // "tell me". What is asked for stays (敬請介紹免費課程 → 请介绍免费课程).
    meaning: 'please (formal letters)',
    rewrites: [
      [/(敬|烦|恳|谨|务|祈|并|亦)请/g, '请'],
      // 敬希 / 懇祈 / 敬祈 / 盼 ("I hope you will…") before a request verb are "please" too.
      [/(敬|恳|谨|并|亦)(希|祈|盼)(?=告知|赐告|提供|介绍|推荐|回复|回覆|查询|安排|通知|指教|联系|联络)/g, '请'],
      [/请?(告知|提供|查询|索取)(一下)?(有关|相关)?(课程)?(的)?(详情|资料|详细资料|内容)/g, '请介绍课程'],
      // The subject between the verb and the details (請提供長者電腦班資料; OpenCC's Taiwan phrases make 資料 数据).
      [/请(告知|提供|索取|寄上|发送)([^，,。!！?？\s]{1,14}?)(的)?(详情|资料|数据|详细资料|简介|资讯|信息)/g, '请介绍$2'],
      [/(?<=请)(告知|赐告)/g, '问'],
    ],
  },
  {
    // "Your organisation" (貴機構, 貴校, 貴中心, 貴會): who is asked, never what is taught.
    meaning: 'your organisation',
    rewrites: [[/贵(机构|单位|校|中心|会|院|处|署|局|协会|社|公司|部门|学院|大学)/g, '你们']],
  },
  {
    // Whether (有否, 是否有, 可否, 能否): the yes-no question of formal writing, and 開辦 / 舉辦 / 開設 a class
    // ("有否開辦長者電腦班") is having one.
    meaning: 'is there (formal)',
    rewrites: [
      [/(有否|是否有)(开办|举办|开设|提供|设有|开)?/g, '有没有'],
      [/(有没有|有冇|有)(开办|举办|开设|设有)(?=\p{Script=Han})/gu, '有没有'],
      [/可否/g, '可不可以'],
      [/能否/g, '能不能'],
    ],
  },
  {
    // Who a class is mainly for (以長者為主, 以婦女為對象, 歡迎退休人士報讀): the same as "适合X的".
    meaning: 'a class mainly for someone',
    rewrites: [
      [/以([^，,。!！?？\s以]{1,10}?)(为主要?对象|为对象|为主)/g, '适合$1'],
      [/欢迎([^，,。!！?？\s]{1,10}?)(报名|报读|参加|参与|加入)/g, '适合$1'],
    ],
  },
  {
    // How a class is held (課程以網上形式進行, 以面授方式上課, 採用遙距模式): the format.
    meaning: 'a class held in a format',
    rewrites: [
      [new RegExp(`(以|用|采用|透过|通过)${FORMAT}(形式|方式|模式)(进行|授课|上课|教学|举行|举办)?`, 'g'), '$2上课'],
      // A format with 教学 after it (现场教学的课程, 线上教学的) is how a class is held, like 现场授课, not a teaching subject.
      [new RegExp(`${FORMAT}教学(?!设计|能力|方法|技能|技巧|法|资源|工具|平台|模式|经验)`, 'g'), '$1授课'],
    ],
  },
  {
    // Both formats in one class (線上線下都可以上的課, 網上同實體都有嘅, 混成課程 as Taiwan calls blended
    // learning): hybrid. A bare "线上线下都可以" answering a question is "either", so only a class "that can be
    // taken both ways" or one with 混成 is rewritten.
    meaning: 'a class taken both online and in person: hybrid',
    rewrites: [
      [new RegExp(`${FORMAT}(和|跟|与|及|加|同)?${FORMAT}(都可以|都能|皆可|均可)(上|参加|报名|学|听)的`, 'g'), '线上线下混合的'],
      [/混成(式|课程|教学|学习|课)?/g, '线上线下混合'],
    ],
  },
  {
    // A student named by the school stage (還在念大學, 我讀高中, 正在就讀國中): a young learner, as 大学生 is.
    // Runs after the table (國中 → 初中).
    meaning: 'a student at some school stage',
    rewrites: [
      [/(?<=^|[\s，,。!！?？我他她还也都正]|孩子|儿子|女儿)(还在|正在|在|目前在|现在在|现在)?(念|读|就读|在读|上)(大学|大专|专科|五专|二专|研究所|研究生|高中|高职|中学|初中|中专|技校)(?!的课|课|老师|教师|教|的时候|时|那|期间)/g, '是$3学生'],
      // The speaker just started (我今年刚上大学, 我才读高中): only after 我, since 女儿刚上大学 is a parent speaking.
      [/(?<=^|[\s，,。!！?？])我(今年刚|今年|刚刚|刚|才)(上|读|念|考上)(大学|大专|高中|高职|中专|技校)(?!的课|课|那|时|的时候|那会)/g, '我是$3学生'],
      [/是(大学|大专|专科|五专|二专|高中|高职|中学|初中|中专|技校)学生/g, '是$1生'],
      [/是(研究所|研究生)学生/g, '是研究生'],
    ],
  },
  {
    // A grandparent's name in Cantonese (嫲嫲, 婆婆 and 公公 in Hong Kong are grandmothers and grandfathers), and
    // asking on a grandparent's behalf (給阿嬤問的, 幫婆婆搵): the grandparent is the learner.
    meaning: 'asking for a grandparent',
    rewrites: [
      [/嫲嫲/g, '奶奶'],
      [/(给|帮|替|为)(我)?(家)?(爷爷奶奶|爷爷|奶奶|外公|外婆|姥姥|姥爷|老人家|长辈)(问|找|报名|报|看)/g, '我家$4想学，帮$4$5'],
    ],
  },
  {
    // Saying one is bored (成日話悶, 好悶, 悶到發慌): Cantonese 成日 is "all day", 話 "say", 悶 "bored".
    meaning: 'all day, saying they are bored',
    rewrites: [
      [/成日/g, '整天'],
      [/(?<=整天|总是|老是|成天|佢|他|她|奶奶|爷爷|外婆|外公)话(?=闷|无聊|想|要)/g, '说'],
    ],
  },
  {
    // Working away from home and called an 打工仔 (在外地工作的打工仔, 外來打工仔, 外地來的打工族): a migrant worker.
    meaning: 'a wage earner from elsewhere: a migrant worker',
    rewrites: [
      [/(在|从|来自|喺)?(外地|外省|外县市|外乡|乡下|内地|大陆)(工作|做工|做嘢|打工|来|嚟)?的?(打工仔|打工妹|外来工)/g, '外来务工人员'],
      [/外来(打工仔|打工妹|打工族|上班族)/g, '外来务工人员'],
      [/做外地工/g, '外出打工'],
    ],
  },
  {
    // More of letters and forms: 謹此 / 特此 查詢 ("I hereby enquire") is asking; 課程對象為婦女 ("the class is for
    // women") names who it is for; 有開課嗎 / 有冇開班 asks whether there is a class, not for one that "opens".
    meaning: 'hereby asking; who a class is for; is there a class',
    rewrites: [
      [/(谨此|特此|兹)(查询|询问|咨询|致函|来函)?/g, '请问'],
      [/(本?课程|本班|该课程|课程的)?(招生|服务|参加)?对象(为|是|系)([^，,。!！?？\s]{1,10})/g, '适合$4'],
      // (Taiwan's progressive 有在 asks the same: 有在開課嗎, 有沒有在招生, 還有在開班的嗎; and a class being recruited for
      // is one on offer.)
      [/有(没有)?(正在|在)?(开课程|开课|开班|办班|招生|招学员|收学员)(的)?(?=吗|么|嘛|没|不|呢|[\s，,。!！?？]|$)/g, '有课$4'],
      [/(曾|曾经)?服役(于|在)?(军中|部队|军队)/g, '当过兵'],
    ],
  },
  {
    // A hotline clerk's record relaying a caller (来电人系退役军人, 来电人咨询…课程，请予推荐, 补充说明：本人是企业职工):
    // the caller is the learner, as 本人 is, and 系 is "is"; a labelled supplement adds a fact like 补充一下; 请予推荐
    // is "please recommend". So every self-description and request rule reads the record with no twin.
    meaning: 'a clerk relaying a caller',
    rewrites: [
      [/(来电|致电|来访|咨询|求助)(人|者|群众|市民)(系|为|乃)(?!统|列|数|主|了)/g, '本人是'],
      [/(来电|致电|来访)(人|者|群众|市民)(?!员|数|量|次)/g, '本人'],
      [/(补充说明|另行补充|另外补充|附加说明|补充|备注|另注)\s*[:：]\s*/g, '补充一下，'],
      [/请予(以)?(?=推荐|介绍|答复|回复|查询|安排|告知|解答)/g, '请'],
    ],
  },
  {
    // Taiwan's chat where the speaker names herself (阿姨想問, 阿姨我六十八了): "I", not an aunt the class is for.
    meaning: 'the speaker naming herself',
    rewrites: [[/(^|[\s，,。!！?？])(阿姨|阿伯|阿叔)(我)?(?=想问|想请问|请问|问一下|想知道|想找|想报|我|[五六七八九]十)/g, '$1我']],
  },
  {
    // A school year (大學一年級學生, 高三, 國三): a student of that stage.
    meaning: 'a school year',
    rewrites: [
      [/(大学|大专|高中|初中|中学|小学)([一二三四五六])年级(的)?(学生|生)/g, '$1生'],
      [/(?<=我|我是|读|在读|我读)(高|初)[一二三](?![年月日号])/g, '$1中生'],
    ],
  },
  {
    // Cantonese 堂 is a class: 有冇免費嘅堂, 理財規劃堂可以報 (not 課堂, 學堂, 食堂, 教堂, 禮堂).
    meaning: 'a class (Cantonese 堂)',
    rewrites: [[/(?<=\p{Script=Han})(?<![课学讲食教礼天殿祠佛纪念满大中高厅弄明草公会书])堂(?=可以|可|能|报|[\s，,。!！?？]|$)/gu, '课']],
  },
  {
    // Taiwan's parents' growth classes (父母成長班, 爸媽成長課程, 親職效能): family education, not a class only for parents.
    meaning: 'a parents\' growth class: family education',
    rewrites: [[/(父母|爸妈|家长|亲子|亲职)(成长|效能)(课程|课|班|营|讲座|团体|工作坊)?/g, '家庭教育']],
  },
  {
    // Married in from abroad (從越南嫁過來, 由內地嫁來香港): a new resident, as 新住民 is.
    meaning: 'a marriage migrant: a new resident',
    rewrites: [[/(从|由)?(越南|印尼|印度尼西亚|泰国|菲律宾|缅甸|柬埔寨|老挝|大陆|内地|外国|国外)嫁(过来|来|到这里|来台湾|到台湾|来香港|到香港)(的)?/g, '是新市民，']],
  },
  {
    // Dropping what was said (唔要啱啱啲條件, 不要剛才那些條件, 之前的要求都不用管): clearing the conditions, a start over.
    meaning: 'drop the conditions said before',
    rewrites: [[/(不要|别管|不用管|不理|忘掉|取消|删掉)(晒|哂)?(刚才|刚刚|啱啱|头先|之前|前面|上面|以前)(说)?(的|那些|些|嘅|讲的)?(所有)?(条件|要求|设定|设置|筛选)(了|都不要了|啦)?/g, '清除所有条件']],
  },
  {
    // Taiwanese chat: 蠻 before a wish is "quite" (蠻想學 → 很想学); "let me ask it another way" (換個問法) leads a new
    // request and says nothing about it.
    meaning: 'chat: quite, asking another way',
    rewrites: [
      [/蛮(?=想|喜欢|有兴趣|好奇|需要|适合|爱)/g, '很'],
      [/(换|改)(个|一个|种)(问法|说法|讲法|方式问|角度问)(问|来问|再问)?(?!律|规|院|官|庭|令)[，,、\s]*/g, ''],
    ],
  },
]

/** The frames' rewrites in order, for text/regional-frames. */
export const FORMAL_FRAME_REWRITES: readonly (readonly [RegExp, string])[] = FORMAL_FRAMES.flatMap((f) => f.rewrites)
