/**
 * @module query/person-cues
 * Who the learner is, read compositionally instead of from whole sentences:
 * a person word (老伴, 婆娘, 俺爹, 家里老的), an age (七十了, 六十八, 十几岁)
 * or a role (在工地, 种地的, 村小教书, 在社区干, 当过兵) combined with how
 * people frame themselves or a relative as the learner ("…想学", "给…找",
 * "俺是…的"). Each audience has word lists written from how villagers,
 * workers, grandparents and parents talk; the patterns are built from them,
 * so "家里老的想学" and "俺爹七十了" read as an older learner without either
 * sentence being in a table. Text arrives in plain Mandarin (text/dialect:
 * 俺/咱 → 我), simplified and lower-cased.
 */
import type { Cue } from './cues.js'
import { PERSON_FRAME_CUES } from './person-frames.js'
import { PERSON_SITUATION_CUES } from './person-situations.js'
import { PERSON_GROUP_CUES } from './person-groups.js'
import { PERSON_BODY_CUES } from './person-bodies.js'
import { PERSON_SETTING_CUES } from './person-settings.js'

const implied = (id: string | null, pattern: RegExp): Cue => ({ kind: 'audiences', id, pattern, explicit: false })
const alt = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`

/** Whose: "我", "我家", "家里", "我们家", "我的" (required: a bare 父母 may be parents learning to parent). */
const OWNER = '(?:我们家|我家|家里|家中|我的|我们|我)(?:的)?'
/** The learner frame after a person: "(也|还)想学", "要报", "能上", "打算去学". */
const WANTS = '(?:也|还|都|就|一直|老|总)?(?:想|要|打算|准备|希望|愿意|爱|喜欢|能|可以|得|该)(?:去|来)?(?:学|报|上|参加|念|读|听)'

/** Older relatives and older people as family and villagers call them (query/english-people reads their pinyin too). */
export const ELDERS = [
  '老人', '老人家', '老头', '老头子', '老头儿', '老太', '老太太', '老太婆', '老婆子', '老汉', '老伴', '老伴儿', '老两口',
  '爷爷', '奶奶', '姥姥', '姥爷', '外公', '外婆', '公公', '婆婆', '爹', '娘', '爹娘', '爹妈', '爸妈', '父母', '老爹', '老娘',
  '老爸', '老妈', '爸', '妈', '爸爸', '妈妈', '父亲', '母亲', '老父亲', '老母亲', '老爷子', '老太爷', '长辈', '老的', '老一辈',
  '老辈', '大爷', '大娘', '大妈', '老大爷', '老大娘', '岳父', '岳母', '丈人', '丈母娘',
]
/** A wife or a woman of the house, as husbands and neighbours say it. */
const WIVES = ['婆娘', '媳妇', '媳妇儿', '老婆', '妻子', '爱人', '内人', '婆姨', '孩子他妈', '孩子妈', '娃他妈', '娃她妈', '屋里的']
/** A child or grandchild (query/colloquial-cues reads it too). */
export const CHILDREN = ['娃', '娃娃', '孩子', '小孩', '小孩子', '儿子', '闺女', '女儿', '小子', '丫头', '孙子', '孙女', '外孙', '外孙女', '侄子', '侄女', '学生娃',
  '弟弟', '妹妹', '表弟', '表妹', '外甥', '外甥女', '伢', '伢子', '伢儿', '姪子', '姪女']
/** School stages a child may be at (not the first year of school, which parents prepare for); query/colloquial-cues reads it too. */
export const STAGES = ['初中', '高中', '中学', '职高', '中专', '技校', '大学', '初一', '初二', '初三', '高一', '高二', '高三', '中职', '职校',
  // Taiwan and Hong Kong stages (国中, 国三, 中四).
  '国中', '国一', '国二', '国三', '高职', '中一', '中二', '中三', '中四', '中五', '中六', '大一', '大二', '大三', '大四', '大专', '高职']

/** Rural places and schools, and words for teaching there. */
const RURAL = ['乡下', '农村', '村里', '村上', '村小', '山区', '山里', '山村', '乡镇', '镇上', '乡里', '乡村', '偏远', '边远', '偏乡', '屯里', '寨子', '村校', '村办',
  '山上', '山旮旯', '山沟', '大山', '偏僻', '海岛', '岛上', '牧区', '草原上', '教学点']
/** Teaching for a while, said with its length in the middle: "教了十年书", "教过几年学". */
const TAUGHT_YEARS = '教(?:了|过)(?:[一二两三四五六七八九十几多\\d]+年|好多年|好些年|半辈子|一辈子)(?:的)?(?:书|学)'
const TEACHING = ['教书', '教学', '当老师', '老师', '教师', '任教', '代课', '支教', '教娃', '教娃娃', '教孩子', '教学生', '教小孩', '上课的']

/** Where women's roles are said: "我是个女的", "俺是家庭妇女", "当妈的". */
const WOMEN_SELF = ['女的', '女人', '妇女', '家庭妇女', '农村妇女', '女同志', '妇女同志', '女同胞', '姐妹', '大姐', '大嫂', '婶子', '宝妈', '全职妈妈', '家庭主妇',
  '女工', '下岗女工', '女职工', '女人家', '娘们', '婆娘', '媳妇', '小媳妇', '儿媳妇', '女士']
/** The words that say a woman outright wherever they stand: a clause of their own ("…月嫂的，女的，…"). */
const WOMAN_OUTRIGHT = ['女的', '女人', '女同志', '妇女同志', '女同胞', '妇女', '女士', '女性', '女工', '下岗女工', '女职工', '女人家', '女生', '女子']

/** Community jobs and the verbs people use for doing them. */
const COMMUNITY = ['社区', '居委会', '居委', '街道', '村委会', '村委', '村两委', '网格']
const DOING = ['在', '干', '做', '搞', '从事', '跑', '管']

/** Farming as farmers say it: what they grow or raise, and the work (query/colloquial-cues reads it too). */
export const FARM_WORK = ['种地', '种田', '种庄稼', '种粮', '种菜', '种大棚', '种果树', '种果园', '种苹果', '种水稻', '种小麦', '种玉米',
  '种茶', '种药材', '下地', '下田', '干农活', '做农活', '农活', '庄稼活', '务农', '放羊', '放牛', '喂猪', '养猪', '养鸡', '养鸭',
  '养牛', '养羊', '养鱼', '养蜂', '打鱼', '种养', '搞养殖', '搞种植',
  // What a village grows, by its everyday names (conv-coll: "俺家种苞米", "我屋头种洋芋").
  '种苞米', '种包谷', '种苞谷', '种棒子', '种高粱', '种谷子', '种土豆', '种洋芋', '种红薯', '种地瓜', '种红苕', '种花生', '种棉花',
  '种烟叶', '种辣椒', '种大蒜', '种白菜', '种西瓜', '种葡萄', '种橘子', '种柑橘', '种脐橙', '种甘蔗', '种香蕉', '种荔枝', '种芒果',
  '种油菜', '种大豆', '种黄豆', '种稻', '种稻子', '种麦子', '种蘑菇', '种香菇', '种木耳', '种核桃', '种板栗', '种花椒', '种猕猴桃',
  '养兔', '养鹅', '养虾', '养蚕', '喂牲口']

/**
 * Compositional audience cues (implied: a situation, not a label). Order does
 * not matter: overlaps are resolved longest-first by the understander.
 */
export const PERSON_CUES: readonly Cue[] = [
  // A relative named as the learner: "家里老的想学", "俺爹也想学", "给我妈找个课".
  implied('elderly', new RegExp(`${OWNER}${alt(ELDERS)}${WANTS}|(?:给|帮|替)${OWNER}${alt(ELDERS)}(?:找|报|挑|选|看看|问问|问|咨询|打听|查)`)),
  implied('women', new RegExp(`${OWNER}${alt(WIVES)}${WANTS}|(?:给|帮|替)${OWNER}${alt(WIVES)}(?:找|报|挑|选|看看|问问)`)),
  // "我父母都是老年人", "我爸妈": the learner's parents, not a parent learning (no 家长 audience).
  implied(null, /(?<![孩娃])(?:我|我们|我的|家里)(?:的)?(?:父母|爸妈|爹妈|爸爸妈妈|老爸老妈|二老)/),
  // An older age in words or figures: "七十了", "六十八", "七十多岁", "奔七十", "年过六旬", "花甲".
  implied('elderly', /(?<![一二三四五六七八九十百千万零两几\d])[六七八九]十[一二三四五六七八九]?(?:多|来|出头|好几)?(?:岁|了|的人|周岁)|(?:奔|快|年过|过了)[六七八]十|[六七八]旬|花甲|古稀|耄耋|退了休|上岁数|岁数(?:大|不小)|老胳膊老腿|一把老骨头/),
  // A child at a school stage, or a teenager: the course is for them (parenting topics turn it back to parents).
  implied('youth', new RegExp(`(?:${OWNER})?${alt(CHILDREN)}(?:[^，,。!！?？]{0,3}?\\s)?(?:在|正在|今年|现在|已经|刚|才|刚刚)?(?:上|读|念)(?:了)?${alt(STAGES)}(?:[一二三四]年级)?|${alt(CHILDREN)}(?:今年|现在)${alt(STAGES)}|十几岁的?${alt(CHILDREN)}|${alt(CHILDREN)}十几岁|(?<![\\d])1[0-9]岁的?${alt(CHILDREN)}|(?<![一二三四五六七八九])十[一二三四五六七八九]岁的?${alt(CHILDREN)}`)),
  // A retired worker or teacher is an older learner, not an employee or a teacher ("退休职工", "退休教师").
  implied('elderly', /退休(?:了的|的)?(?:职工|员工|工人|干部|教师|老师|人员|人士|老师傅|医生|护士)/),
  // A child's mother or father is a parent ("孩子的母亲", "娃他妈", "学生的家长"), not the child.
  implied('parents', new RegExp(`(?:我是|我就是|作为|身为)?(?:一名|一个|个)?(?:${alt(CHILDREN)}|小学生|中学生|学生)(?:儿)?(?:的|他|她)(?:亲)?(?:母亲|父亲|妈妈|爸爸|妈|爸|爹|娘|家长)`)),
  // A young teacher, worker or official is the role, not a young person ("青年教师教学基本功").
  implied(null, /青年(?:教师|老师|干部|职工|员工|医生|护士|农民工)/),
  // Young people in everyday words: "年轻娃儿", "年轻孩子", "小年轻".
  implied('youth', new RegExp(`年轻(?:的)?(?:${alt(CHILDREN)}儿?|小伙子?|姑娘|一代|朋友|人)|小年轻`)),
  // A rural teacher: a rural place and a word for teaching close together ("在乡下学校教娃娃的老师", "山里小学代课").
  implied('rural-teachers', new RegExp(`${alt(RURAL)}[^，,。!！?？\\s]{0,6}?(?:${alt(TEACHING)}|${TAUGHT_YEARS})`)),
  // A woman saying so: "我是个女的", "俺是农村妇女".
  implied('women', new RegExp(`(?:我|我们)(?:是|就是|都是)(?:个|一个|一名)?${alt(WOMEN_SELF)}`)),
  // Said after who she is or whose family she married into ("我是渔民家的媳妇"), or as a clause of its own ("…，女的，"):
  // the word says a woman outright, so it is stated, and a job said beside it ("做月嫂的" → 农民工) is only a guess;
  // so does the speaker saying it of themself in a clause of its own ("我係女人，喺酒店做清潔").
  ({ kind: 'audiences', id: 'women', explicit: true, pattern: new RegExp(`(?:我|我们)(?:是|就是|都是)[^，,。!！?？\\s]{1,8}?的${alt(WOMEN_SELF)}(?=[，,。!！?？\\s]|$)|(?<=^|[，,。!！?？\\s])(?:(?:我|本人|俺)(?:是|就是)?)?(?:是)?(?:个|一个)?${alt(WOMAN_OUTRIGHT)}(?=[，,。!！?？\\s]|$)`) }),
  // Community work with any verb: "干社区工作的", "在居委会干", "搞网格的".
  implied('community-workers', new RegExp(`${alt(DOING)}${alt(COMMUNITY)}(?:里|上|的)?(?:工作|上班|干活|干事|服务|的活|干|做事)|(?:当|做|干)(?:网格员|楼长|社工|村干部|居委会主任|社区干部)|(?:干|做|搞|跑|管)${alt(COMMUNITY)}的(?![课班培训])`)),
  // Farming as a way of life: "在家种田的", "俺们是种地的", "农业生产者", "种了十亩苹果".
  implied('farmers', new RegExp(`(?:在家|家里|在村里|在老家|我们|我|我屋里|屋里|屋头|我屋头)?(?:是)?${alt(FARM_WORK)}的|(?<![回去想要到在])(?:我家|我们家|家里|我老家|我屋里|屋里|屋头)(?:是|都|一直|世代|祖祖辈辈)?${alt(FARM_WORK)}|(?:农业|种植|养殖)(?:生产者|从业者|户|大户)|(?:我|我们)(?:是|就是)(?:个)?(?:农民(?!工)|庄稼人|(?:农村|村里|乡下)的(?!(?:小学|中学|学校|村小)?的?(?:老师|教师)))`)),
  // Migrant work: "出门打工", "干工地", "在外头干活", "跑滴滴", "进城干活".
  implied('migrant-workers', /(?:出门|进城|外出|在外|去外地|到外地)(?:打工|干活|务工|挣钱)|(?:干|做|跑|上)工地|打零工|干装修|跑滴滴|开滴滴|跑货拉拉|当保安|干保洁/),
  // Soldiers back home: "当过兵", "部队上待过", "扛过枪", "转业回来".
  implied('veterans', /当过(?:兵|几年兵)|(?:在)?部队(?:上|里)?(?:待过|呆过|干过|当过)|扛过枪|军人出身|转业回来|复员回来|退役了/),
  // A body that does not work as others' do: "腿脚有残疾", "眼睛看不见", "耳朵听不见", "拄拐".
  implied('people-with-disabilities', /(?:身子|身体|腿|腿脚|手|胳膊|眼睛|耳朵)(?:上)?(?:有)?(?:残疾|残了|不好使|不方便|有毛病)|拄(?:着)?拐|(?:是|我是)(?:个)?(?:哑巴|瞎子|瘸子)|(?:眼睛|眼)(?:看不见|瞎了)|(?:耳朵)(?:听不见|聋了)/),
  // Jobs, ages, children and schools in self-description frames (query/person-frames).
  ...PERSON_FRAME_CUES,
  ...PERSON_SITUATION_CUES,
  // Where one works and what one does there, read as a grammar (query/person-settings).
  ...PERSON_SETTING_CUES,
  // People asked for: a group reached through a proxy verb or a place (query/person-groups).
  ...PERSON_GROUP_CUES,
  // Bodies, stages of life and service (query/person-bodies).
  ...PERSON_BODY_CUES,
]

/** School-stage children in a message about bringing them up: the speaker is the parent, not the child. */
export const CHILD_STAGE = new RegExp(`${alt(CHILDREN)}(?:在|正在|今年|现在)?(?:上|读|念)${alt(STAGES)}|十几岁|${alt(CHILDREN)}(?:今年|现在|已经|刚|才|都)?(?:满)?(?:十[二三四五六七八九]|二十|1[2-9])(?:周)?(?:岁|了)`)
