/**
 * @module query/regional-cues
 * Sentence shapes of Taiwan, Hong Kong, Macau and overseas Chinese learners
 * that survive the word rewrites of text/regional-words but no mainland cue
 * reads: "我白天要返工" (I work days), "做老豆嘅" (as a dad), "唱粵劇",
 * "歌仔戲". The text arrives simplified and in plain Mandarin (返工 → 上班,
 * 嘅 → 的), so the patterns are written in simplified characters. Kept apart
 * from query/cues and query/colloquial-cues so each file stays one idea.
 */
import type { Cue } from './cues.js'

const implied = (kind: Cue['kind'], id: string, pattern: RegExp): Cue => ({ kind, id, pattern, explicit: false })
const explicit = (kind: Cue['kind'], id: string, pattern: RegExp): Cue => ({ kind, id, pattern, explicit: true })

/** Taiwan, Hong Kong and overseas Chinese cues for audiences and topics, matched like the built-in ones. */
export const REGIONAL_CUES: readonly Cue[] = [
  // Employees: a working week said as a duty ("我白天要返工", "平日都要上班", "星期一至五返工").
  implied('audiences', 'employees', /(白天|日头|日间|平日|平时|每天|天天|周一(到|至)(周)?五|星期一(到|至)(星期)?五|朝九晚[五六])(都|也|还)?(要|得|在)?上班|我(都|也|还)?(要|得)上班|(全职|长工|正职)(的)?(上班|工作)/),
  // Parents: "我有兩個小朋友" (I have two children): the children are theirs, not the learners.
  implied('audiences', 'parents', /我(家)?(有|生了|养)(两|三|一|二|几|四)?(个)?(小朋友|细路|孩子|小孩|仔女|子女|儿女)/),
  // Parents: "做爸爸的", "当妈妈的", "做老豆嘅" (Cantonese dad), "做阿妈的".
  implied('audiences', 'parents', /(做|当)(人)?(爸爸|妈妈|爸|妈|老豆|老窦|阿爸|阿妈|爹地|妈咪|父亲|母亲|父母)(的|了)(?!功课|学问|责任|方法|技巧|本事|知识)/),
  // Parents of a primary schooler ("我有個細路讀小學", "孩子上幼稚園"): too young to be the learner, so the parent is.
  implied('audiences', 'parents', /(小朋友|细路|孩子|小孩|儿子|女儿|仔女|个仔|个女)(在)?(读|念|上)(紧)?(小学|幼儿园|幼稚园|小[一二三四五六]|[一二三四五六]年级)/),
  // Employees: Taiwan's 任職 / 服務 at a company, Hong Kong's 文員 and 寫字樓 (office) work.
  implied('audiences', 'employees', /(在|于)[^，,。\s]{1,8}(公司|企业|工厂|银行|医院|机关|单位|集团)(任职|服务|上班|做事|做东西)|文员|(做|返)(紧)?写字楼|写字楼(工作|上班)/),
  // Veterans: came out of the forces (從軍中退下來, 部隊退伍).
  implied('audiences', 'veterans', /(从|由)?(军中|军队|部队)(退下来|退下|退伍|退役|出来)/),
  // Youth: an age in the teens ("適合十幾歲的", "十五六岁的"), never 七十几岁.
  implied('audiences', 'youth', /(?<![一二三四五六七八九])十(几|多|五六|六七|七八)岁/),
  // Youth: Taiwan's dropouts and vocational high schoolers (中輟生, 高職生), Hong Kong's DSE leavers (not DSE tutoring, which is out of scope).
  implied('audiences', 'youth', /中辍(生)?|高职生|考完dse(?![\s，,。]{0,3}(补|温|辅导))|dse考生(?!补|温|辅导)/),
  // Older learners: Hong Kong 长者 / 老友记 phrases, Taiwan 银发族 / 熟龄, Singapore 乐龄 and 建国一代 / 立国一代.
  implied('audiences', 'elderly', /银发(族|长辈|朋友)|熟龄|建国一代|立国一代|(我是|我们是|我哋是)(个)?长者|长者(卡|咭|证)/),
  // Migrant workers: 外來工 / 外地來的工人, 做散工 (casual labour), 來港 / 來台工作 (moved for work), 在工廠做工.
  implied('audiences', 'migrant-workers', /外来(劳工|工人|工)|外劳|外地(来的)?(工人|劳工|工友)|(做|打)散工|(内地)?来(港|澳|台)(工作|打工|做工)|(在)?(工厂|厂里|厂)(做工|打工|做东西|开工)/),
  // Rural teachers in Taiwan: 部落 (indigenous village), 離島 (outlying island), 原鄉, 偏遠 schools.
  implied('audiences', 'rural-teachers', /(部落|离岛|原乡|偏远|偏远地区|山区|山上|山里|乡下|村)(的)?(学校|小学|中学|国小|初中|学堂|村校)?(的)?(当|做|任)?(老师|教师|教书|任教|代课)|村校(的)?(老师|教师)/),
  // Farmers: 稻農, 菜農, 茶農, 蕉農 (one crop + 農), and 務農 / 做農 as a living.
  implied('audiences', 'farmers', /(?<![务])[稻菜茶果花蔗蕉瓜梨菇]农(?![药业村场历])|(我|我们|屋企|家里)(是|都)?(做|在)?(务农|农|耕种)(?![业药村历场民])|(我家|我们家|家里|屋企)(是|在|都)?(种|耕)(稻|田|菜|地|果|茶|米|粮|玉米|甘蔗)/),
  // Community workers: Hong Kong community centres and NGOs, Taiwan village heads.
  implied('audiences', 'community-workers', /(社区中心|社福机构|社区服务处|社区会堂|邻舍中心|长者中心|青年中心|社会服务机构|社区服务)(的)?(职员|员工|同事|工作|上班|做东西|做事|打工)|村长|区议员|区议会|议员办事处|社区干部|在(村委会|居委会|社区|街道办)(里|度)?(帮忙|帮手|做义工|当志愿者)/),
  // Parents: minding the children is the speaker's day (我要湊仔 → 我要带孩子, 我每天带娃, 在家带小孩).
  implied('audiences', 'parents', /我(都|也|还)?(要|得|在|每天|天天|整天|成日|在家)(要|得)?(带|凑)(孩子|小孩|娃|细路|小朋友|仔)(?!的(方法|技巧|窍门|心得))/),

  // Digital skills: the apps and cards Taiwan and Hong Kong learners name (脸书, IG, YouTube, 八达通, PayMe, 悠游卡).
  explicit('topics', 'digital-skills', /(学|教|学会|学做)(用|玩|做)?(facebook|脸书|fb|ig|instagram|youtube|八达通|payme|悠游卡|街口支付|电子支付|电子邮件|电邮|ipad|平板|云端|简报|演示文稿|ppt)|数字(能力|素养|生活|技能|应用)|文书处理|办公软件/),
  // Rural revitalisation: going back to farm (返鄉務農), young farmers, farm management, Taiwan's 農會 and 地方創生.
  explicit('topics', 'rural-revitalization', /(返乡|回乡|归乡|回流)(务农|种田|创业|耕种)|青年农民|农场(管理|经营)|农业(课程|经营|技术)|务农/),
  // Care: home care and family caregivers (居家照顧, 家庭照顧者, 照顧者), Hong Kong care jobs (起居照顧員, 保健員).
  explicit('topics', 'health-elderly-care', /居家(照顾|照护|护理)|(家庭)?照顾者|起居照顾|保健员|护理员|照顾员|安老院/),
  // Vocational: Taiwan's skill tests (技能檢定, 丙級 / 乙級), pre-employment training (職前訓練), 一技之長.
  explicit('topics', 'vocational-skills', /技能检定|(技术|技能|专业)(证书|证照)(课程|班|培训)?|考照|考证照|[丙乙甲]级(证照|证书|技术士|检定)?|职前(训练|培训)|就业(训练|培训|课程)|一技之长|物业管理|平安卡/),
  // Teacher development: Taiwan's 增能, 研習 (read 研修), class management, lesson planning, teachers' workshops.
  explicit('topics', 'teacher-development', /增能|班级经营|课堂管理|教案设计|知能研修|教学研修|教学观摩|(教师|老师)(的)?(教学)?(专业发展|专业成长|专业|工作坊|研修营|研修|知能)/),
  // Family education: parents' talks and schools (家長講座, 家長學堂: 家長 stays the audience), teaching the little ones.
  explicit('topics', 'family-education', /(?<=家长|父母)(讲座|学堂|学校|工作坊|成长班|教育|课堂|讲堂|课程|培训)|亲子(讲座|课程|共学|关系|沟通)|(怎么|怎样|如何)(教|带|管)(小朋友|孩子|子女|小孩)|(教|带|管)(小朋友|孩子|小孩|子女)(的)?(方法|技巧|窍门|心得)|正向教养|隔代教养|(做|当)(家长|父母|爸妈|爸爸|妈妈|人父母)(的)?(功课|学问|本事|方法|技巧|责任|知识)/),
  // Money: shares and funds (股票, 基金) as a learner asks about them.
  explicit('topics', 'law-finance', /股票|基金投资|投资(入门|理财|课)|理财(课|班|规划)/),
  // Languages: Taiwanese, Hakka, Cantonese and the languages of new residents (印尼文, 越南語, 泰文, 馬來文).
  explicit('topics', 'language', /台语|闽南语|客家话|客语|粤语|广东话|(印尼|越南|泰|马来|菲律宾|他加禄|缅甸|柬埔寨)(文|语|话)/),
  // Local opera and performing arts: Cantonese opera, Taiwanese opera, glove puppetry, nanyin.
  // conv-trad7: formal Taiwan and Hong Kong topic words built from a morpheme: 有機 + a way of farming (有機耕作,
  // 有機栽培), 耕作 itself; 師資 (teaching staff) + developing them (師資進修, 師資培育, 師資增能).
  explicit('topics', 'rural-revitalization', /有机(耕作|种植|栽培|农法|蔬菜|农场|肥料|稻米)|耕作(技术|方法|课|班|知识)?/),
  explicit('topics', 'teacher-development', /师资(培训|进修|研修|提升|训练|培育|发展|增能|成长|研习)/),
  explicit('topics', 'culture-arts', /粤剧|粤曲|歌仔戏|布袋戏|南音|潮剧|琼剧|木偶戏|狮艺|舞狮|醒狮|二胡|古筝|扬琴|书法班|国画班|土风舞|尤克里里|陶艺|水彩|素描|油画|手工艺|编织/),
]
