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
  ['数位', '数字'], ['资讯', '信息'], ['网路', '网络'], ['软体', '软件'], ['硬体', '硬件'],
  ['程式设计', '编程'], ['写程式', '编程'], ['程式', '程序'], ['视讯', '视频'], ['影音', '视频'], ['影片', '视频'],
  // OpenCC's Taiwan phrases turn 線上 into 在线; the cues read 线上 (线上线下, 无所谓线上).
  ['在线', '线上'], ['研习', '研修'], ['进修部', '继续教育学院'], ['太阳能光电', '光伏发电'], ['光电', '光伏'], ['证照', '证书'],
  // Plumbing and wiring (水電 in Taiwan and Hong Kong; hydropower on the mainland), building sites (地盤).
  ['水电工', '水电工'], ['水电', '水电工'], ['地盘工', '建筑工人'], ['做地盘', '在工地干活'], ['地盘', '工地'],
  // Hong Kong districts and Macau parishes: the catalogue knows the SAR, not its districts. Only in
  // traditional text, since 沙田 and 大埔 are also places in Guangdong.
  ...['屯门', '元朗', '天水围', '荃湾', '葵涌', '沙田', '马鞍山', '大埔', '上水', '粉岭', '西贡', '将军澳', '观塘',
    '黄大仙', '九龙城', '深水埗', '油麻地', '尖沙咀', '旺角', '油尖旺', '湾仔', '铜锣湾', '中环', '北角', '柴湾', '香港仔',
    '东涌', '大屿山', '九龙', '新界', '港岛'].map((d): Entry => [d, '香港']),
  ['氹仔', '澳门'], ['凼仔', '澳门'], ['路环', '澳门'],
  // IT class (資訊課) and its skills.
  ['资讯课', '电脑课'], ['信息课', '电脑课'], ['资讯能力', '数字素养'], ['信息能力', '数字素养'],
  // Taiwan's names for skills and crafts: 技術士 (the national skills certificate), 轉職 (changing jobs),
  // 手作 (handmade crafts), 農村再生 / 地方創生 (rural revitalisation), 資訊素養 (digital literacy).
  ['技术士', '职业技能'], ['转职', '转岗'], ['手作', '手工'], ['农村再生', '乡村振兴'], ['地方创生', '乡村振兴'],
  ['信息素养', '数字素养'], ['网路应用', '上网'], ['网络应用', '上网'],
  // School levels in Taiwan: 國小, 國中.
  ['国小', '小学'], ['国中', '初中'],
]

/**
 * Regional words rewritten wherever they appear: they have one meaning, and
 * a learner in Guangdong or abroad types them in simplified characters too.
 * Words a mainland catalogue uses as well (失智老人, 烘焙, 花艺, 电子支付) are
 * left alone, so a learner's word still meets the catalogue's.
 */
const EVERYWHERE: readonly Entry[] = [
  // Older people: 耆英 / 老友记 (Hong Kong), 长青 / 松年 (Taiwan senior colleges), grandparents.
  ['耆英', '长者'], ['老友记', '老年人'], ['长青族', '老年人'], ['长青学苑', '老年大学'], ['松年大学', '老年大学'],
  ['乐龄族', '乐龄人士'], ['高龄者', '老年人'], ['高龄人士', '老年人'], ['阿公阿嬷', '爷爷奶奶'], ['阿公阿妈', '爷爷奶奶'], ['阿爷阿嫲', '爷爷奶奶'], ['阿嬷', '奶奶'],
  ['阿嫲', '奶奶'], ['阿爷', '爷爷'], ['阿公', '爷爷'], ['阿婆', '奶奶'], ['公公婆婆', '爷爷奶奶'],
  ['安老', '养老'], ['护老', '老人护理'], ['退休人士', '退休人员'],
  // Young people: 后生 (Cantonese), 年青人 (Hong Kong spelling), 细路 (children).
  ['后生仔', '年轻人'], ['后生女', '年轻人'], ['后生', '年轻人'], ['年青人', '年轻人'], ['学生哥', '学生'],
  ['细路仔', '小朋友'], ['细路女', '小朋友'], ['细路', '小朋友'], ['细蚊仔', '小朋友'], ['小朋友仔', '小朋友'],
  // Migrants and new arrivals.
  ['外籍配偶', '新市民'], ['外配', '新市民'], ['陆配', '新市民'], ['新来港人士', '新市民'], ['新来港', '新市民'], ['新移民', '新市民'], ['新住民', '新市民'], ['移工', '外来务工人员'],
  ['外籍劳工', '外来务工人员'], ['外籍移工', '外来务工人员'], ['外籍家务助理', '外来务工人员'], ['外佣', '外来务工人员'],
  ['菲佣', '外来务工人员'], ['外籍看护工', '外来务工人员'], ['外籍看护', '外来务工人员'], ['外籍帮佣', '外来务工人员'], ['印佣', '外来务工人员'], ['劳工朋友', '工友'],
  // Disability: 身障 / 身心障碍 (Taiwan), 伤残 / 弱能 / 智障 (Hong Kong).
  ['身心障碍者', '残障人士'], ['身心障碍', '残障'], ['身障者', '残障人士'], ['身障', '残障'], ['伤残人士', '残疾人'],
  ['伤残', '残疾'], ['弱能人士', '残疾人'], ['弱能', '残疾'], ['智障', '心智障碍'], ['心智障碍', '心智障碍'], ['视觉障碍', '视力障碍'], ['听觉障碍', '听力障碍'],
  // Veterans: 荣民 (Taiwan).
  ['荣民', '退役军人'], ['荣眷', '军属'], ['退役官兵', '退役军人'],
  // Women and home-makers: 师奶 (Hong Kong), 主妇.
  ['师奶', '家庭主妇'], ['全职主妇', '家庭主妇'], ['家庭煮妇', '家庭主妇'], ['主妇', '家庭主妇'], ['家庭主妇', '家庭主妇'],
  // Employees: 返工 / 放工 (Cantonese), 受薪, 公务人员 (Taiwan).
  ['返工', '上班'], ['放工', '下班'], ['受薪人士', '在职人士'], ['公务人员', '公务员'], ['打工族', '上班族'],
  // Parents and children: 亲职 (Taiwan parenting), 凑仔 / 湊仔 (Cantonese: bringing up children), 仔女.
  ['亲职教育', '亲子教育'], ['亲职', '亲子'], ['凑仔', '带孩子'], ['湊仔', '带孩子'], ['凑b', '带孩子'], ['凑小朋友', '带孩子'],
  ['教仔', '教孩子'], ['教女', '教孩子'], ['个仔', '儿子'], ['個仔', '儿子'], ['仔女', '子女'], ['教养', '育儿'], ['家庭教养', '家庭教养'], ['隔代教养', '隔代教养'],
  // Community: 志工 (Taiwan) and 义工 (Hong Kong) are volunteers; 里长 the head of a Taiwan neighbourhood.
  ['志工', '志愿者'], ['义工', '志愿者'], ['里干事', '社区干事'], ['社福机构', '社区服务'],
  // Rural: 偏乡 (Taiwan: remote village).
  ['偏乡', '乡村'], ['小农', '农户'], ['休闲农业', '乡村旅游'], ['农会', '农民合作社'],
  // Topics.
  ['长期照顾', '照护'], ['长期照护', '照护'], ['长照', '照护'], ['照服员', '护理员'], ['照顾服务员', '护理员'],
  ['失智症', '认知症'], ['复健', '康复'], ['心肺复苏术', '心肺复苏'],
  ['行动支付', '手机支付'], ['网拍', '网店'], ['资安', '网络安全'], ['电邮', '电子邮件'], ['手机程序', '手机应用'], ['手机程式', '手机应用'], ['写程序', '编程'],
  ['数码科技', '数字技能'], ['视频通讯', '视频通话'], ['视像通话', '视频通话'], ['社群媒体', '社交媒体'], ['打字输入', '打字'], ['仓颉', '打字'],
  ['职训', '职业培训'], ['职业训练', '职业培训'], ['技职', '职业技能'], ['考牌', '考证'], ['搵工', '找工作'],
  ['揾工', '找工作'], ['转工', '找工作'], ['国乐', '乐器'], ['粤曲', '戏曲'], ['星期六日', '周末'], ['礼拜六日', '周末'],
  ['的士司机', '出租车司机'], ['做饮食', '做餐饮'],
  ['劳健保', '社保'], ['劳保', '社保'], ['强积金', '社保'], ['劳工权益', '劳动维权'], ['防诈', '防诈骗'], ['防诈骗', '防诈骗'],
  ['骗案', '诈骗'], ['华语', '普通话'], ['英文', '英语'], ['日文', '日语'],
  ['韩文', '韩语'], ['广府话', '广东话'], ['教甄', '教师资格证'], ['教学技能', '教学技巧'], ['代理教师', '代课老师'],
  ['信息融入教学', '信息化教学'], ['资讯融入教学', '信息化教学'], ['科技融入教学', '信息化教学'],
  ['智能电话', '智能手机'], ['手提电话', '手机'], ['煮餸', '做菜'], ['整蛋糕', '做蛋糕'], ['影相', '摄影'], ['剪片', '视频剪辑'],
  ['劳工法例', '劳动法'], ['劳基法', '劳动法'], ['劳工法', '劳动法'], ['防跌倒', '防跌倒'], ['防跌', '防跌倒'],
  // Enrolling and class: 报读 (Hong Kong: to enrol), 推介 (to recommend), 上堂 handled in dialect.ts.
  ['报读', '报名'], ['推介', '推荐'], ['屋企', '家里'],
  // Bettering oneself (Hong Kong 增值): says what kind of wish, not what to learn.
  ['增值自己', '提升自己'], ['自我增值', '提升自己'], ['进修增值', '进修'], ['充实自己', '提升自己'], ['充实下自己', '提升自己'],
  // Formats: 遥距 (Hong Kong distance learning), 实体 (in person), 面授 already known.
  ['遥距', '远程'], ['网上学习', '线上学习'], ['网上授课', '线上授课'],
]

/** Rewrites a literal table cannot say: guarded words and families of fee phrases. */
const PATTERNS: readonly [RegExp, string][] = [
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
  // Parents' upbringing of children (家長教養, 父母教養 in Taiwan) is the subject, not who learns.
  [/(家长|父母|爸妈|爸爸妈妈)(的)?(教养|育儿)/g, '育儿'],
  // Hong Kong fee wording: 毋須 (formal "need not", then read by the fee cues), fully subsidised, 免收費.
  [/毋(须|需)/g, '无须'],
  // 里长 heads a Taiwan neighbourhood, but not inside 家里长辈 / 这里长期 (conv-people).
  [/(?<![家这那城村屋心手眼夜])里长(?![辈大得期远久])/g, '社区干部'],
  // Cantonese 个女 is "my daughter", but Mandarin 个女的 / 个女老师 is "a woman" (conv-people).
  [/个女(?![的人生士性孩子同工老教学员儿])/g, '女儿'],
  [/(全额|全费|全数)资助|免收(学|报名)?费/g, '免费'],
  // A teacher's in-service training is teacher development, not a course for employees: 教師在職進修.
  [/(教师|老师|教员|幼师|校长)在职(进修|培训|研修|训练|学习)/g, '$1$2'],
]

let compiled: { traditional: RegExp; everywhere: RegExp; map: Map<string, string> } | undefined

/** One alternation per set, longest words first so 身心障碍者 wins over 身心障碍; built on first use. */
function compile(): NonNullable<typeof compiled> {
  const map = new Map<string, string>([...EVERYWHERE, ...TRADITIONAL_ONLY])
  const alternation = (entries: readonly Entry[]): RegExp => {
    const words = entries.map(([from]) => from).sort((a, b) => b.length - a.length)
    return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi')
  }
  return { traditional: alternation([...TRADITIONAL_ONLY, ...EVERYWHERE]), everywhere: alternation(EVERYWHERE), map }
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
  let out = text.replace(hadTraditional ? c.traditional : c.everywhere, (w) => c.map.get(w.toLowerCase()) ?? w)
  for (const [pattern, to] of PATTERNS) out = out.replace(pattern, to)
  return out
}

/** The table's words, for tests and docs: each regional word and its mainland word. */
export const REGIONAL_WORDS: readonly Entry[] = [...TRADITIONAL_ONLY, ...EVERYWHERE]
