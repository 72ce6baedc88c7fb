/**
 * @module query/topic-frames
 * Topics said as a small sentence rather than a word: what people do with a
 * thing, written as verb + object shapes from how they talk ("在抖音上卖咱家的
 * 苹果", "跟娃说话", "照顾家里瘫了的老人", "当老师的咋上好课", "养几头牛").
 * Each shape is general (it names the topic as a whole, never one skill), so
 * it speaks for the topic over a skill said beside it, and the longest reading
 * wins: the selling of farm produce on 抖音 is rural revitalisation, not
 * 抖音 (digital skills). Text arrives simplified, in plain Mandarin
 * (text/dialect: 俺→我, 咋→怎么), lower-cased.
 */
import type { Cue } from './cues.js'

const topic = (id: string, pattern: RegExp): Cue => ({ kind: 'topics', id, pattern, explicit: true, general: true })
const alt = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`
/** A short stretch inside one clause. */
const gap = (n: number) => `[^，,。；;！!？?\\s]{0,${n}}?`

/** What a farm sells: fruit, grain, vegetables, meat, eggs, tea, mountain goods. */
const PRODUCE = ['苹果', '梨', '桃子', '桃', '橘子', '桔子', '橙子', '脐橙', '柑橘', '柚子', '猕猴桃', '葡萄', '西瓜', '草莓', '樱桃',
  '红枣', '枣子', '核桃', '板栗', '花生', '土豆', '马铃薯', '红薯', '地瓜', '玉米', '大米', '小米', '稻米', '杂粮', '粮食', '蔬菜', '菜',
  '辣椒', '大蒜', '生姜', '茶叶', '新茶', '蜂蜜', '香菇', '木耳', '蘑菇', '菌子', '鸡蛋', '土鸡蛋', '鸭蛋', '土鸡', '腊肉', '猪肉', '牛肉',
  '羊肉', '小龙虾', '山货', '土特产', '特产', '农产品', '水果', '果子', '药材', '中药材', '自家种的', '自己种的', '自家养的', '自己养的',
  '笋干', '竹笋', '干货', '山珍', '腊肠', '香肠', '咸鸭蛋', '粉丝', '米粉', '茶油', '山茶油', '菜籽油']
/** Where things are sold online or by word of mouth: the platform says how, the produce says what. */
const PLATFORM = ['抖音', '快手', '淘宝', '拼多多', '微信', '朋友圈', '视频号', '小红书', '网上', '网店', '直播间', '电商平台', '手机上']
/** Crops a farmer grows and animals a farmer raises (common ones: a rare animal nobody teaches stays unmet). */
const CROPS = ['果树', '苹果', '梨树', '桃树', '葡萄', '西瓜', '草莓', '茶叶', '茶树', '蔬菜', '大棚菜', '玉米', '小麦', '水稻', '稻子', '土豆',
  '红薯', '花生', '辣椒', '蘑菇', '香菇', '木耳', '药材', '中药材', '烟叶', '棉花', '庄稼', '粮食']
const LIVESTOCK = ['猪', '牛', '羊', '鸡', '鸭', '鹅', '鱼', '虾', '螃蟹', '兔子', '肉牛', '奶牛', '黄牛', '山羊', '生猪', '母猪', '家禽', '牛羊', '猪牛羊', '鸡鸭']
/** A child as parents and grandparents say it. */
const CHILD = ['孩子', '小孩', '小孩子', '孩儿', '娃', '娃娃', '娃儿', '儿子', '闺女', '女儿', '孙子', '孙女', '外孙', '子女', '仔女', '小朋友', '青春期的孩子',
  '细路', '细路仔', '细路女', '孙娃', '孙儿', '崽', '崽崽', '伢', '伢子', '细伢子']
/**
 * What worries a parent about a child, said right after the child: not wanting to study, defiance, screens.
 * Hong Kong 反叛 and 驳嘴 sit beside 叛逆 and 顶嘴; a play word needs a screen or game after it.
 */
const CHILD_TROUBLE = [
  '(?:不爱|不肯|不想|不愿意?|懒得|讨厌|怕)(?:学习|写作业|做作业|做功课|写功课|读书|念书|上学|去学校)',
  '(?:好|很|太|特别|有点|越来越)?(?:叛逆|反叛|顶嘴|驳嘴|不听话|不理人|不跟我说话|不和我说话|不说话|厌学|自卑|内向|胆小|害羞|不敢说话)',
  '(?:跟我|和我|跟大人|跟家里)?(?:不亲|不贴心|不交心)',
  '(?:的)?(?:学习|作业|功课|成绩)(?:一直|总是?|老是?|越来越|有点|很|太)?(?:不好|太差|很差|差|跟不上|拖拉|磨蹭|不认真|下滑|上不去|提不上去)',
  '(?:老是?|天天|整天|总是?|一直|成天|每天)(?:在)?(?:玩|打|刷|看|抱着)(?:手机|游戏|短视频|抖音|平板|电脑|电视)',
].join('|')
/** Talking and getting on with someone. */
const TALKING = ['说话', '沟通', '交流', '相处', '聊天', '谈心', '讲话', '倾偈', '交心', '打交道', '好好说', '说得上话', '说上话', '讲道理', '说道理', '好好谈']
/** Someone older or ill being looked after. */
const CARED = ['老人', '老年人', '老人家', '长辈', '长者', '病人', '老爹', '老娘', '爹娘', '父母', '公婆', '老伴', '失能老人', '失智老人',
  '爸爸', '妈妈', '爸妈', '老爸', '老妈', '老汉', '老母', '老父', '爷爷', '奶奶', '外公', '外婆', '姥姥', '姥爷', '公公', '婆婆', '阿公', '阿嬷', '阿婆']
const CARING = ['照顾', '照料', '伺候', '护理', '看护', '陪护', '服侍', '侍候']
/** A teacher and doing the teaching well. */
const TEACHER = ['老师', '教师', '当老师的', '教书的', '班主任']
const TEACH_WELL = ['上好课', '讲好课', '上好一堂课', '教好书', '教好学生', '带好班', '管好班', '管好学生', '备好课', '讲课讲得好', '课上得好']

/** The topic shapes, each general to its topic. */
export const TOPIC_FRAMES: readonly Cue[] = [
  // Selling farm produce: "在抖音上卖我家的苹果", "网上卖自家种的菜", "苹果卖不出去", "土特产咋卖".
  topic('rural-revitalization', new RegExp(`(?:(?:在|上|用|到|通过)?${alt(PLATFORM)}(?:上|里)?${gap(2)})?(?:直播)?(?:卖|销售|推销|带货)${gap(5)}${alt(PRODUCE)}|${alt(PRODUCE)}${gap(3)}(?:卖不出去|卖不掉|卖不动|滞销|怎么卖|卖出去|没销路|找销路|卖到|卖去|卖给|卖得脱|卖得出|卖个好价)`)),
  // Produce taken to a platform: "把山里的笋干拿到网上卖", "我家的苹果怎么往网上卖", "茶叶能不能在抖音上卖".
  topic('rural-revitalization', new RegExp(`${alt(PRODUCE)}${gap(6)}(?:拿到|放到|挂到|发到|弄到|搬到|往|在|上)${alt(PLATFORM)}(?:上|里)?去?(?:卖|销售|推销|营销|行销)`)),
  // Growing and raising: "种果树", "栽了几亩茶树", "种沙糖橘", "养几头牛", "养鸡养鸭".
  topic('rural-revitalization', new RegExp(`(?:种|栽|育)${gap(3)}${alt(CROPS)}|(?<![各一这那哪几某多品物兵人语工树剧车机有别])(?:种|栽)(?:植)?${gap(3)}(?:果|橘|桔|橙|柚|莓|桃|梨|枣|瓜|菜|茶|稻|麦|薯|姜|蒜|椒|菇|药材|棉|花生|树苗)|养${gap(2)}(?:几|一|两|些|点)?(?:头|只|箱|塘|池|群|圈)?${alt(LIVESTOCK)}(?!肉|蛋)`)),
  // Getting on with a child: "跟娃说话", "和青春期的孩子沟通", "跟上初中的孩子怎么沟通"; bringing one up well: "点样教好细路".
  topic('family-education', new RegExp(`(?:跟|和|同|与)${gap(6)}${alt(CHILD)}${gap(4)}${alt(TALKING)}|(?:教|管|带|养)好${alt(CHILD)}|(?:怎么|怎样|如何)(?:教|管|带)${alt(CHILD)}`)),
  // The craft of being a parent: "当家长的学问", "做父母的门道".
  topic('family-education', new RegExp(`(?:当|做)(?:好)?(?:家长|爹妈|父母|爸妈|爸爸妈妈|妈妈|爸爸|爹娘|爹|妈)的?(?:学问|门道|本事|经验|方法|功课|必修课|课程|课|培训|班|讲座|知识|技巧)`)),
  // Being a good parent as the subject itself: "当好爸爸妈妈", "做个好爸妈", "当个称职的家长" (round 8).
  topic('family-education', new RegExp(`(?:当|做)(?:一?个)?(?:好|合格的?|称职的?|更好的?)(?:家长|爹妈|父母|爸妈|爸爸妈妈|妈妈|爸爸|爹娘|老爸|老妈)`)),
  // A child's trouble said as the worry: "孩子不爱写作业", "小朋友好反叛", "娃天天打游戏", "儿子老刷短视频" (round 8).
  topic('family-education', new RegExp(`${alt(CHILD)}${gap(3)}(?:${CHILD_TROUBLE})`)),
  // A child then how to raise or sit with them: "孙子跟着我过我该怎么管", "家长怎么陪孩子读书" (round 8).
  topic('family-education', new RegExp(`${alt(CHILD)}${gap(8)}(?:怎么|怎样|如何|咋)(?:管|教|带|养)(?!理)|陪(?:着)?${alt(CHILD)}(?:一起)?(?:读书|看书|阅读|学习|念书|写字|玩|长大)`)),
  // A child's homework and schooling at home: "辅导孩子写作业", "陪娃做功课", "孩子学习跟不上".
  topic('family-education', new RegExp(`(?:辅导|陪|盯|督促|检查|管)(?:着)?(?:我家|家里)?(?:的)?${alt(CHILD)}?(?:写|做|完成)?(?:作业|功课)|${alt(CHILD)}的?(?:学习|作业|功课|成绩)${gap(1)}(?:不好|太差|跟不上|拖拉|磨蹭|不认真|下滑|上不去)`)),
  // Looking after someone older or ill: "照顾家里瘫了的老人", "伺候卧床的老娘".
  topic('health-elderly-care', new RegExp(`${alt(CARING)}${gap(6)}${alt(CARED)}`)),
  // A teacher teaching well or with new tools: "当老师的咋上好课", "老师怎么管好班", "老师用信息技术上课", "当个好老师".
  topic('teacher-development', new RegExp(`${alt(TEACHER)}${gap(4)}${alt(TEACH_WELL)}|${alt(TEACHER)}${gap(8)}(?:上课|讲课|教学|备课)|${alt(TEACHER)}的?专业(?:发展|成长)|(?:当|做)(?:一?个)?(?:好|合格的?|称职的?|更好的?)${alt(TEACHER)}`)),
  // The village moving forward: "村里搞振兴那块", "农村咋发展产业".
  topic('rural-revitalization', new RegExp(`(?:村里|村子|乡村|农村|乡下|家乡)${gap(3)}(?:振兴|致富|搞产业|发展产业)`)),
  // Life errands done on a phone: "查医保", "手机上交社保", "交水电费".
  topic('digital-skills', new RegExp(`(?:用手机|手机上|网上|在线)?(?:查|交|缴|办|续)(?:一下)?(?:医保|社保|养老金|公积金|话费|水电费|水费|燃气费|违章)(?:[和跟与及、](?:医保|社保|养老金|公积金|话费|水电费|水费|燃气费))?`)),
  // Getting a tool of AI to do a task: "用AI做PPT", "让人工智能写总结"; the AI in a phone: "手机里那个会聊天的AI".
  topic('ai', new RegExp(`(?:用|让|叫|请)(?:ai|人工智能|豆包|deepseek|chatgpt)${gap(2)}(?:做|写|画|生成|弄|出|整|帮)[a-z\\u4e00-\\u9fff]{0,6}|(?:手机|电脑)(?:里|上)${gap(6)}(?:ai|人工智能)`)),
  // AI as older people describe it without the word: a smart or talking program that writes, draws or answers
  // ("智能软件写东西", "会聊天的机器人", "能帮人写文章的软件"; 智能手机 and 办公软件 are no AI) (conv-dialect).
  topic('ai', new RegExp(`(?:(?<!手机)智能|会|能)(?:帮人|帮我|替人)?(?:写|画|聊天|回答|答题|说话)?(?:东西|文章|作文|字|画|问题)?的?(?:软件|程序|机器人|助手|app)(?:帮人|帮我|替人|来)?${gap(1)}(?:写|画|聊天|回答|答题|对话|生成)|(?:会|能)(?:帮人|帮我|替人)?(?:写东西|写文章|写作文|聊天|回答问题|画画)的?(?:软件|程序|机器人|助手|app)`)),
  // The farm's goods put online to sell, the goods said first: "把地里的货弄到网上卖", "把自家的果子放网上去卖".
  topic('rural-revitalization', /(?:地里|田里|自家|家里|我家|我们家|村里|山里|园里|棚里)(?:的|种的|产的|长的)?(?:货|东西|菜|果子?|粮食?|山货|土货|特产|土特产|农产品|庄稼)(?:弄|放|挂|拿|搬|发|搞)?(?:到|上)?(?:网上|网店|手机上|抖音|快手|淘宝|直播间)(?:去)?(?:卖|销售|售卖)/),
  // Unpaid wages said as what the boss does: "包工头不给钱咋整", "厂里拖欠我工资", "老板扣我的钱" (round 8).
  topic('law-finance', new RegExp(`(?:老板|包工头|工头|公司|厂里|厂子|单位|雇主|东家|老细)${gap(3)}(?:不给|不发|不结|拖欠|欠|扣|克扣|赖)(?:我|我们)?(?:的)?(?:钱|工钱|工资|薪水|薪资|人工)`)),
  // Opening a small shop of one's own: "想开个小吃店", "开家理发店" (a trade to live by; 网店 is selling online).
  topic('vocational-skills', /开(?:个|一个|家|一家|间|一间)(?:小)?(?:吃|饭|面|早餐|奶茶|理发|美发|美甲|花|水果|便利|服装|小卖|包子|烧烤|修车|蛋糕|面包)?(?:店|铺|馆)/),
  // An ache or a fall in later life: "年纪大了腰杆痛", "老寒腿", "长辈跌倒怎么预防" (round 8). A body said to be "不好"
  // of oneself ("俺腿不好，有残疾证") describes the learner, not a wish for health care.
  topic('health-elderly-care', /(?:腰|腿|膝盖|脖子|颈椎|肩膀|关节|腰杆|背|腰椎)(?:子)?(?:疼|痛|酸)|(?<!(?:我|俺|咱|本人)(?:的)?)(?:腰|腿|膝盖|脖子|颈椎|肩膀|关节|腰杆|背|腰椎)(?:子)?(?:不好|不舒服)|(?:防|预防|怕|防止)(?:老人|长辈)?(?:跌倒|摔倒|摔跤)|(?:跌倒|摔倒|摔跤)(?:怎么|怎样|如何)?(?:预防|防)/),
  // Money put by for old age is finance, not elder care: "存点养老钱", "攒些养老的钱" (round 8).
  topic('law-finance', /(?:存|攒|留|备|准备|规划)(?:点|些|一点|一些|好)?养老(?:的)?钱/),
  // Household electrics said as the thing to fix: "屋头电灯咋个接", "插座怎么换", "装个开关" (round 8).
  topic('energy-power', new RegExp(`(?:电灯|灯泡|灯管|开关|插座|插头|电表|电闸)${gap(3)}(?:怎么|咋)?(?:接|装|修|换)|(?:接|装|修|换)(?:个|一下|一个)?(?:电灯|灯泡|灯管|开关|插座|电表|电闸)`)),
  // A teacher managing the children in class is teaching craft, not parenting: "老师咋个管娃娃", "老师怎么带好学生" (round 8).
  topic('teacher-development', new RegExp(`${alt(TEACHER)}${gap(4)}(?:怎么|怎样|如何)(?:管|带|教)(?:好)?(?:学生|娃娃|孩子|娃|小孩|班|课堂|班级)`)),
  // Skills for changing one's line of work: "转业技能课程" (Taiwan 轉業), "转行培训", "转岗的课" (a veteran is who says he demobilised).
  topic('vocational-skills', /转(?:业|行|岗|职)(?:的)?(?:技能|技术|培训|课程|课|班|训练)/),
]
