/**
 * @module text/regional-words
 * Taiwan, Hong Kong and Macau wording, and the content words of written
 * Cantonese, brought to the mainland words the taxonomy, the cues and the
 * catalogue are written in. Character-level conversion turns 資訊 into 资讯
 * and 樂齡 into 乐龄, which a mainland reader (and the bot) does not say;
 * OpenCC's Taiwan phrases (used by toSimplified) cover some words, this
 * table the rest: audiences (榮民, 身障者, 耆英, 師奶), topics (長照, 親職,
 * 數碼), formats (遙距, 視像), fees (全免, 唔收錢) and everyday Cantonese
 * (屋企, 後生, 搵工, 阿嫲). Keys are simplified: the table runs on text that
 * is already simplified. Only the first set depends on where the text came
 * from: words that mean something else on the mainland are rewritten only
 * in a message that had traditional characters. See docs/chinese-registers.md.
 */
import { REGIONAL_FRAME_REWRITES, REGIONAL_FRAMES_BEFORE_TABLE } from './regional-frames.js'
import { candidatesOf, replaceEach } from './regex-tools.js'

/**
 * A literal regional word and the mainland word for it. A word mapped to
 * itself (家庭主妇, 防诈骗) keeps a longer mainland word from being rewritten
 * through a shorter key inside it, so a second pass changes nothing.
 */
type Entry = readonly [from: string, to: string]

/**
 * Words rewritten only in text that had traditional characters: on the
 * mainland the same characters are ordinary words of their own (数码相机,
 * 研习, 影片) or a catalogue may use them as written.
 */
const TRADITIONAL_ONLY: readonly Entry[] = [
  // Hong Kong 打工仔 / 打工妹 is any employee; on the mainland it is a migrant worker (conv-people).
  ['打工仔', '上班族'], ['打工妹', '上班族'],
  // Digital: OpenCC's Taiwan phrases give 信息 for 資訊 and 智能型 for 智慧型.
  ['信息科技', '资讯科技'], ['资讯科技', '资讯科技'], ['智能型手机', '智能手机'], ['智能型', '智能'], ['数码', '数字'],
  ['数位', '数字'], ['资讯', '信息'],
  ['程式设计', '编程'], ['写程式', '编程'], ['程式', '程序'], ['影音', '视频'], ['影片', '视频'],
  // OpenCC's Taiwan phrases turn 線上 into 在线; the cues read 线上 (线上线下, 无所谓线上).
  // Taiwan's 口說 is speaking a language (英文口說, 日語口說); the cutter would read 说课 (a teaching demonstration) in 口说课程.
  ['口说', '口语'], ['口说无凭', '口说无凭'],
  ['在线', '线上'], ['研习', '研修'], ['进修部', '继续教育学院'], ['光电', '光伏'],
  // Plumbing and wiring (水電 in Taiwan and Hong Kong; hydropower on the mainland), air conditioning (冷氣: cold air on
  // the mainland), building sites (地盤).
  ['水电工', '水电工'], ['水电', '水电工'], ['冷气机', '空调'], ['冷气', '空调'], ['地盘工', '建筑工人'], ['做地盘', '在工地干活'], ['地盘', '工地'],
  // Hong Kong districts and Macau parishes: the catalogue knows the SAR, not its districts. Only in
  // traditional text, since 沙田 and 大埔 are also places in Guangdong.
  ...['屯门', '元朗', '天水围', '荃湾', '葵涌', '沙田', '马鞍山', '大埔', '上水', '粉岭', '西贡', '将军澳', '观塘',
    '黄大仙', '九龙城', '深水埗', '油麻地', '尖沙咀', '旺角', '油尖旺', '湾仔', '铜锣湾', '中环', '北角', '柴湾', '香港仔',
    '东涌', '大屿山', '九龙', '新界', '港岛'].map((d): Entry => [d, '香港']),
  ['氹仔', '澳门'], ['凼仔', '澳门'], ['路环', '澳门'],
  // IT class (資訊課) and its skills.
  ['信息课', '电脑课'], ['信息能力', '数字素养'],
  // Taiwan's 轉職 (changing jobs) and 資訊素養 (digital literacy); 技術士, 手作, 農村再生 are read everywhere (below).
  ['转职', '转岗'],
  ['信息素养', '数字素养'], ['网路应用', '上网'], ['网络应用', '上网'],
  // School levels in Taiwan: 國小, 國中.
  ['国小', '小学'], ['国中', '初中'],
  // Taiwan words OpenCC leaves or turns oddly: 烏克麗麗 (ukulele), 青農 (young farmers), 文書處理 (OpenCC: 文字處理),
  // 父母效能訓練 (OpenCC: 性能).
  ['乌克丽丽', '尤克里里'], ['青农', '农民'], ['文字处理', '办公软件'],
  ['父母性能', '家庭教育'], ['亲子性能', '家庭教育'], ['课室', '教室'],
  // Taiwan's 藝文 (arts and culture: 藝文活動, 藝文課程) is the mainland's 文艺.
  ['艺文', '文艺'],
  // Hong Kong 打工仔 / 打工妹 is anyone on a payroll (an employee); on the mainland it is a migrant worker.
  ['打工仔', '上班族'], ['打工妹', '上班族'],
]

/**
 * Regional words rewritten wherever they appear: they have one meaning, and
 * a learner in Guangdong or abroad types them in simplified characters too.
 * Words a mainland catalogue uses as well (失智老人, 烘焙, 花艺, 电子支付) are
 * left alone, so a learner's word still meets the catalogue's.
 */
const EVERYWHERE: readonly Entry[] = [
  // Older people: 耆英 / 老友记 (Hong Kong), 耆老 and 部落妈妈 (Taiwan: a tribe's elder, its women), 长青 / 松年 (Taiwan senior colleges), grandparents.
  ['耆英', '长者'], ['耆老', '老年人'], ['部落妈妈', '部落妇女'], ['原住民妈妈', '原住民妇女'], ['老友记', '老年人'], ['长青族', '老年人'], ['长青学苑', '老年大学'], ['松年大学', '老年大学'],
  ['乐龄族', '乐龄人士'], ['高龄者', '老年人'], ['高龄人士', '老年人'], ['阿公阿嬷', '爷爷奶奶'], ['阿公阿妈', '爷爷奶奶'], ['阿爷阿嫲', '爷爷奶奶'], ['阿嬷', '奶奶'],
  ['阿嫲', '奶奶'], ['阿爷', '爷爷'], ['阿公', '爷爷'], ['阿婆', '奶奶'], ['公公婆婆', '爷爷奶奶'],
  ['安老', '养老'], ['护老', '老人护理'], ['退休人士', '退休人员'],
  // Young people: 后生 (Cantonese), 年青人 (Hong Kong spelling), 细路 (children).
  ['后生仔', '年轻人'], ['后生女', '年轻人'], ['后生', '年轻人'], ['年青人', '年轻人'], ['学生哥', '学生'],
  ['细路仔', '小朋友'], ['细路女', '小朋友'], ['细路', '小朋友'], ['细蚊仔', '小朋友'], ['小朋友仔', '小朋友'],
  // Migrants and new arrivals.
  ['大陆配偶', '新市民'], ['大陆新娘', '新市民'], ['外籍新娘', '新市民'], ['外籍配偶', '新市民'], ['外配', '新市民'], ['陆配', '新市民'], ['新来港人士', '新市民'], ['新来港', '新市民'], ['新移民', '新市民'], ['新住民', '新市民'], ['移工', '外来务工人员'],
  ['外籍劳工', '外来务工人员'], ['外籍移工', '外来务工人员'], ['外籍家务助理', '外来务工人员'], ['外佣', '外来务工人员'],
  ['菲佣', '外来务工人员'], ['外籍看护工', '外来务工人员'], ['外籍看护', '外来务工人员'], ['外籍帮佣', '外来务工人员'], ['印佣', '外来务工人员'], ['劳工朋友', '工友'],
  // Disability: 身障 / 身心障碍 (Taiwan), 伤残 / 弱能 / 智障 (Hong Kong).
  ['身心障碍者', '残障人士'], ['身心障碍', '残障'], ['身障者', '残障人士'], ['身障', '残障'], ['伤残人士', '残疾人'],
  ['伤残', '残疾'], ['弱能人士', '残疾人'], ['弱能', '残疾'], ['智障', '心智障碍'], ['心智障碍', '心智障碍'], ['视觉障碍', '视力障碍'], ['听觉障碍', '听力障碍'],
  // Veterans: 荣民 (Taiwan).
  ['荣民', '退役军人'], ['阿兵哥', '军人'], ['荣眷', '军属'], ['退役官兵', '退役军人'],
  // Women and home-makers: 师奶 (Hong Kong), 主妇.
  ['师奶', '家庭主妇'], ['家管', '家庭主妇'], ['全职主妇', '家庭主妇'], ['家庭煮妇', '家庭主妇'], ['主妇', '家庭主妇'], ['家庭主妇', '家庭主妇'],
  // Employees: 返工 / 放工 (Cantonese), 受薪, 公务人员 (Taiwan).
  ['返工', '上班'], ['放工', '下班'], ['受薪人士', '在职人士'], ['公务人员', '公务员'], ['打工族', '上班族'],
  // Parents and children: 亲职 (Taiwan parenting), 凑仔 / 湊仔 (Cantonese: bringing up children), 仔女.
  ['亲职教育', '亲子教育'], ['亲职', '亲子'], ['凑仔', '带孩子'], ['湊仔', '带孩子'], ['凑b', '带孩子'], ['凑小朋友', '带孩子'],
  ['教仔', '教孩子'], ['教女', '教孩子'], ['个仔', '儿子'], ['個仔', '儿子'], ['仔女', '子女'],
  // Community: 志工 (Taiwan) and 义工 (Hong Kong) are volunteers; 里长 the head of a Taiwan neighbourhood.
  // Taiwan's community bodies: 社區發展協會 (a community development association), 里辦公處 (the neighbourhood office).
  ['社区发展协会', '社区'], ['社区关怀据点', '社区'], ['关怀据点', '社区'], ['社区协会', '社区'], ['里办公处', '居委会'], ['里办事处', '居委会'], ['区公所', '街道办'], ['村办公室', '村委会'], ['村办公处', '村委会'],
  ['里干事', '社区干事'], ['社福机构', '社区服务'],
  // Rural: 偏乡 (Taiwan: remote village).
  ['偏乡', '乡村'], ['小农产品', '农产品'], ['小农户', '小农户'], ['小农', '农户'], ['休闲农业', '乡村旅游'], ['农会', '农民合作社'],
  // Topics.
  ['长期照顾', '照护'], ['长期照护', '照护'], ['长照', '照护'], ['照服员', '护理员'], ['照顾服务员', '护理员'],
  ['失智症', '认知症'], ['复健', '康复'], ['心肺复苏术', '心肺复苏'],
  ['行动支付', '手机支付'], ['网拍', '网店'], ['资安', '网络安全'], ['电邮', '电子邮件'], ['手机程序', '手机应用'], ['手机程式', '手机应用'], ['写程序', '编程'],
  ['数码科技', '数字技能'], ['视频通讯', '视频通话'], ['视像通话', '视频通话'], ['社群媒体', '社交媒体'], ['打字输入', '打字'], ['仓颉', '打字'],
  ['职训', '职业培训'], ['一技傍身', '一技之长'], ['职业训练', '职业培训'], ['技职', '职业技能'], ['考牌', '考证'], ['搵工', '找工作'],
  ['揾工', '找工作'], ['转工', '找工作'], ['国乐', '乐器'], ['粤曲', '戏曲'], ['星期六日', '周末'], ['礼拜六日', '周末'],
  ['的士司机', '出租车司机'], ['做饮食', '做餐饮'],
  ['劳健保', '社保'], ['劳保', '社保'], ['强积金', '社保'], ['劳工权益', '劳动维权'], ['防诈', '防诈骗'], ['防诈骗', '防诈骗'],
  ['骗案', '诈骗'], ['华语', '普通话'], ['英文', '英语'], ['日文', '日语'],
  ['韩文', '韩语'], ['广府话', '广东话'], ['教甄', '教师资格证'], ['教学技能', '教学技巧'], ['代理教师', '代课老师'],
  ['信息融入教学', '信息化教学'], ['资讯融入教学', '信息化教学'], ['科技融入教学', '信息化教学'],
  ['智能电话', '智能手机'], ['手提电话', '手机'], ['煮餸', '做菜'], ['整蛋糕', '做蛋糕'], ['影相', '摄影'], ['剪片', '视频剪辑'],
  // Hong Kong's Employees Retraining Board (僱員再培訓局, ERB) courses are vocational training; Taiwan's 綠能 is new energy.
  ['雇员再培训局', '职业技能培训'], ['雇员再培训', '职业技能培训'], ['再培训局', '职业技能培训'], ['绿能', '新能源'], ['绿电', '新能源发电'],
  // Taiwan's parenting classes (家長成長班, 親子成長營) are family education.
  ['家长成长', '家庭教育'], ['亲子成长', '家庭教育'],
  ['劳工法例', '劳动法'], ['劳基法', '劳动法'], ['劳工法', '劳动法'], ['防跌倒', '防跌倒'], ['防跌', '防跌倒'],
  // Enrolling and class: 报读 (Hong Kong: to enrol), 推介 (to recommend), 上堂 handled in dialect.ts.
  ['报读', '报名'], ['推介', '推荐'], ['屋企', '家里'],
  // In person (親身上堂), no fee (零收費), special needs (有特殊需要人士: disabled learners in Hong Kong).
  ['亲身上课', '现场上课'], ['亲身出席', '现场上课'], ['零收费', '免费'], ['零学费', '免费'], ['零费用', '免费'],
  ['特殊需要人士', '残障人士'], ['肢障', '肢体残疾'], ['可再生能源', '可再生能源'], ['再生能源', '新能源'], ['特殊需要的人士', '残障人士'],
  // Hello as Taiwan and Hong Kong type it (哈囉, 哈羅): a greeting, not a subject.
  ['哈啰', '哈喽'], ['哈罗', '哈喽'],
  // Bettering oneself (Hong Kong 增值): says what kind of wish, not what to learn.
  ['增值自己', '提升自己'], ['自我增值', '提升自己'], ['进修增值', '进修'], ['充实自己', '提升自己'], ['充实下自己', '提升自己'],
  // Formats: 遥距 (Hong Kong distance learning), 实体 (in person), 面授 already known.
  ['遥距', '远程'], ['网上学习', '线上学习'], ['网上授课', '线上授课'],
  // Hong Kong's 鄉郊 (the countryside: 鄉郊小學) is the mainland's 乡村.
  ['乡郊', '乡村'],
  // conv-trad7: farming in Taiwanese Hokkien and Hakka/Cantonese (作穡, 做穡, 作田) is 种田.
  ['作穑', '种田'], ['做穑', '种田'], ['作田', '种田'],
  // Malaysian and Singaporean Chinese: 甘榜 (kampung, a village), 德士 (taxi), 文憑 (a diploma, a certificate).
  ['甘榜', '村里'], ['德士司机', '出租车司机'], ['德士', '出租车'], ['文凭', '证书'],
  // Taiwan and overseas words typed in simplified characters (Malaysia and Singapore write simplified with them): the
  // traditional form reaches these through OpenCC's Taiwan phrases or the table above, the simplified one must too.
  // Only words with no other mainland meaning, or whole compounds of ones that have one (数位技能, never 数位 alone).
  ['人工智慧', '人工智能'], ['智慧型手机', '智能手机'], ['智慧手机', '智能手机'], ['智慧型', '智能'],
  ['太阳能光电', '光伏发电'], ['网路', '网络'], ['软体', '软件'], ['硬体', '硬件'], ['视讯', '视频'], ['证照', '证书'],
  ['手作', '手工'], ['堆高机', '叉车'], ['技术士', '职业技能'], ['农村再生', '乡村振兴'], ['地方创生', '乡村振兴'],
  ['资讯素养', '数字素养'], ['资讯能力', '数字素养'], ['资讯课', '电脑课'],
  ...['技能', '能力', '素养', '学习', '生活', '应用', '工具', '时代', '化', '转型', '落差'].flatMap((w): Entry[] => [
    [`数位${w}`, `数字${w === '能力' ? '素养' : w}`], [`数码${w}`, `数字${w === '能力' ? '素养' : w}`]]),
]

/** Rewrites a literal table cannot say: guarded words and families of fee phrases. */
const PATTERNS: readonly [RegExp, string][] = [
  // 志工 (Taiwan) and 义工 (Hong Kong) are volunteers, but not across a word's edge: 遵义|工作, 同志|工作 (conv-people).
  [/(?<!同)志工(?![作厂业程人地资会])|义工(?![作厂业程人地资会])/g, '志愿者'],
  // 国语 is Mandarin in Taiwan; not inside 外国语 / 韩国语 / 英国语.
  [/(?<![外韩英法德泰俄美日中])国语/g, '普通话'],
  // Classes by video: 视像上堂, 视频教学, 视讯上课 are online.
  [/(视像|视讯)(上课|上堂|教学|授课|课堂|课程|课)|视频(上课|上堂|授课)/g, '视频课'],
  [/视像/g, '视频'],
  // The chat app people use: LINE (Taiwan), WhatsApp (Hong Kong) are what WeChat is on the mainland.
  [/(?<=\p{Script=Han}|^)(line|whatsapp)(?=\p{Script=Han}|$)/giu, '微信'],
  // Classes on a meeting app are online: Zoom上堂, Teams課.
  [/(zoom|teams|webex|腾讯会议)(上课|上堂|课堂|课|堂)/gi, '线上课'],
  // "Don't know where to start" (不知從何開始, 唔知由邊度開始) is "don't know what to learn": a vague opener.
  [/不知(道)?(该|應該|应该)?(从|由)?(何|哪里|哪儿|哪|那里|边度)(开始|入手|着手|学起|下手)/g, '不知道学什么'],
  // Cantonese 个女 (a daughter) and Taiwan 教养 (upbringing), guarded: "我是个女的" is a woman, "教养蜂" is teaching
  // bee-keeping, 家庭教养 and 隔代教养 are the catalogue's own words (conv-coll).
  [/(?<![是这那一两几])个女(?![的人生孩子士同性工儿婿老教学员])/g, '女儿'],
  // (Read by what follows, not by a list of animals: upbringing stands alone or before a child, a particle or a word
  // about it; before anything else raised, "有没有教养猫的", "教养蜂", 教 is teaching how to raise it: 教人养.)
  [/(?<!家庭|隔代)教养(?=$|[^\p{Script=Han}]|[的和与及、了吗呢嘛啊呀伐咧哦吧么不很太好差是有没这那上中]|孩|娃|小孩|儿|女|子|孙|宝|下一代|方|问|观|理|知|技|课|班|讲|培|指|咋|怎|如|咋|难)/gu, '育儿'],
  [/(?<!家庭|隔代)教养(?=\p{Script=Han})/gu, '教人养'],
  // Parents' upbringing of children (家長教養, 父母教養 in Taiwan) is the subject, not who learns.
  [/(家长|父母|爸妈|爸爸妈妈)(的)?(教养|育儿)/g, '育儿'],
  // 里長 heads a Taiwan neighbourhood; not inside 家里长辈, 这里长, 村里长大.
  [/(?<![家这那哪城村屋心手眼院园店夜公千万海头])里长(?![辈大得出期远久])/g, '社区干部'],
  // "Can be taken over the internet" (上網就可以上的): an online class, not a wish to learn the internet.
  [/上网(就|便)?(可以|能)(上|学|听|看)/g, '线上就能上'],
  // Selling online (放網路上賣) is the subject, not the format: the format cues skip 网上卖 but not 网络上卖.
  [/(网路|网络)上(?=卖|销售|开店|推销|营销)/g, '网上'],
  // A live class online (線上直播) is the format; live-stream selling (直播帶貨) stays a subject.
  [/(线上|网上|在线)直播(?!带货|卖|销售|电商|运营|间|主播)/g, '$1'],
  // So is a live stream over the network named before the subject taught ("網路直播地方創生", "网络直播3C入门"); learning
  // to stream (学网络直播, 网络直播带货, 网络直播技巧) stays a subject, and "网络直播的课" is read by query/format-reading.
  [/(?<!学|学习|学会|做|搞|玩|当|会|教|懂|了解)(网络|网路)直播(?=[\p{Script=Han}a-z0-9])(?!带货|卖|销售|电商|运营|间|主播|技巧|技能|平台|入门|的|和|与|及|怎|是|吗|呢|啊|吧)/gu, '线上'],
  // Hong Kong secondary years (讀中三, 升中五) and Taiwan's 國一 to 國三 as the mainland's 初一 … 高三.
  [/(?<=读|念|升|上|考|在读|读紧)(中|国)([一二三])(?![年月日号])/g, '初$2'],
  [/(?<=读|念|升|上|考|在读|读紧)中四/g, '高一'], [/(?<=读|念|升|上|考|在读|读紧)中五/g, '高二'], [/(?<=读|念|升|上|考|在读|读紧)中六/g, '高三'],
  // Hong Kong fee wording: 毋須 (formal "need not", then read by the fee cues), fully subsidised, 免收費.
  [/毋(须|需)/g, '无须'],
  [/(全额|全费|全数)资助|免收(学|报名)?费/g, '免费'],
  // A teacher's in-service training is teacher development, not a course for employees: 教師在職進修.
  [/(教师|老师|教员|幼师|校长)在职(进修|培训|研修|训练|学习)/g, '$1$2'],
  // Taiwanese Hokkien 欲 ("want", 想欲學, 阮欲報名): a wish, as 想 is; not 欲望, 食欲, 随心所欲.
  [/想欲|(?<=^|[\s，,。!！?？我你他她伊阮])欲(?=学|报|去|上|找|问|看|买|参加|了解)/g, '想'],
]

/**
 * 同 as "and" (Cantonese and Hong Kong writing: 粵劇同音樂, 實體同網上都有): read as 和 in traditional text, between
 * two words, never inside a word of its own (同學, 同事, 不同, 共同, 一同, 同時…). Mainland text keeps 同.
 */
const AND_TONG = /(?<=[\p{Script=Han}a-z])(?<![不共相如连陪会协认赞伙等混雷胡大合一])同(?![学事意时城步样乡龄胞志类伴行一款期性等住居仁心框频济花声窗桌屋房岁年级班组台业质比上价])(?=[\p{Script=Han}a-z])/gu

let compiled: {
  traditional: RegExp; everywhere: RegExp; map: Map<string, string>
  /** Whether a text holds the first characters of any word of each alternation (most messages hold none). */
  mayHold: { traditional: (text: string) => boolean[]; everywhere: (text: string) => boolean[] }
  /** The frames that must run before the table, then the table's patterns followed by the other frames, in order. */
  framesBefore: (text: string) => string
  patterns: (text: string) => string
} | undefined

/** One alternation per set, longest words first so 身心障碍者 wins over 身心障碍; built on first use. */
function compile(): NonNullable<typeof compiled> {
  const map = new Map<string, string>([...EVERYWHERE, ...TRADITIONAL_ONLY])
  const alternation = (entries: readonly Entry[]): RegExp => {
    const words = entries.map(([from]) => from).sort((a, b) => b.length - a.length)
    return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi')
  }
  const traditional = alternation([...TRADITIONAL_ONLY, ...EVERYWHERE])
  const everywhere = alternation(EVERYWHERE)
  const mayHold = { traditional: candidatesOf([traditional]), everywhere: candidatesOf([everywhere]) }
  return { traditional, everywhere, map, mayHold, framesBefore: replaceEach(REGIONAL_FRAMES_BEFORE_TABLE), patterns: replaceEach([...PATTERNS, ...REGIONAL_FRAME_REWRITES]) }
}

/**
 * Mainland wording for a simplified text: regional words rewritten, and with
 * `hadTraditional` also the words whose meaning differs on the mainland.
 * Running it twice changes nothing more (no output is itself a key).
 *
 * @example toMainlandWords('我係身障者，想報讀遙距課程', false) // after simplification: '…残障人士，想报名远程课程'
 */
export function toMainlandWords(text: string, hadTraditional: boolean): string {
  const c = (compiled ??= compile())
  let out = c.framesBefore(text)
  const words = hadTraditional ? 'traditional' : 'everywhere'
  if (c.mayHold[words](out)[0]) out = out.replace(c[words], (w) => c.map.get(w.toLowerCase()) ?? w)
  out = c.patterns(out)
  return hadTraditional ? out.replace(AND_TONG, '和') : out
}

/** The table's words, for tests and docs: each regional word and its mainland word. */
export const REGIONAL_WORDS: readonly Entry[] = [...TRADITIONAL_ONLY, ...EVERYWHERE]
