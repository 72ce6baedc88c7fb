/**
 * @module query/topic-talk
 * Each topic as villagers, workers and grandparents talk about it, written
 * per topic from how people say it ("教书的本事", "老师充电", "钱咋存",
 * "接个电线", "带娃的法子") rather than from any test bank, plus the shapes
 * that carry a topic word one step away from the taxonomy: a northern
 * dialect verb in front (整/弄/搞/学学/会 + word) or a "…的本事/法子/门道"
 * after it. These are explicit topic cues (they filter like a synonym);
 * the taxonomy keeps the labels staff see. Text arrives simplified, in plain
 * Mandarin (text/dialect), lower-cased.
 */
import type { Cue } from './cues.js'

const topic = (id: string, pattern: RegExp): Cue => ({ kind: 'topics', id, pattern, explicit: true, general: true })
const alt = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`

/** Words for "ability, know-how" that follow a subject: 教书的本事, 带娃的法子. */
const KNOW_HOW = ['本事', '本领', '基本功', '法子', '门道', '诀窍', '窍门', '技巧', '方法', '办法', '水平', '能力', '招', '经验']
/** Words for getting better at something: 提高, 充电, 长本事. */
const IMPROVE = ['提高', '提升', '充电', '进修', '长进', '长本事', '补补课', '学新的', '学点新的', '更新', '成长', '培训', '研修', '深造', '精进']

/** Teaching, as teachers say it among themselves. */
const TEACHING = ['教书', '教学', '讲课', '教课', '上课', '带班', '当老师', '当班主任', '备课', '教娃', '教学生']
/** A teacher as the subject of the improving. */
const TEACHER = ['老师', '教师', '当老师的', '我们老师', '教书的', '教书匠']

/**
 * The ways, for each topic: how people name the topic itself, never one specific skill in it
 * (二胡, 叉车, 光伏 are taxonomy synonyms, so search can still say nobody teaches them).
 */
const TALK: Record<string, readonly string[]> = {
  'digital-skills': ['手机付钱', '手机付款', '扫码付钱', '扫码付款', '微信付钱', '发红包', '抢红包', '打视频', '视频电话', '手机挂号',
    '网上挂号', '手机买菜', '网上买菜', '手机买东西', '发朋友圈', '发语音', '手写输入', '语音输入',
    '拼音打字', '电脑打字', '学电脑', '电脑入门', '弄电脑', '整电脑', '学打字', '手机导航', '手机打车', '叫网约车', '交电费', '用平板', '智能机', '手机操作', '做表格', '手机上办事', '网上办事', '手机交费', '上网查'],
  'ai': ['跟ai聊', '和ai聊', '问ai', '用ai', '学ai', 'ai那个', 'ai工具', 'ai写', 'ai画', '人工智能那个', '智能助手', '机器人聊天',
    '会说话的机器人', '智能聊天', 'ai是啥', 'ai是什么'],
  'rural-revitalization': ['种养殖', '种养', '搞种植', '搞养殖', '庄稼', '农活', '种大棚', '大棚', '施肥',
    '病虫害', '防虫', '卖农产品', '卖土特产', '卖山货', '卖果子', '卖自家', '村里致富', '带村里', '村里发展', '助农', '种粮', '科学种田', '养殖场', '搞振兴', '振兴'],
  'energy-power': ['电工活', '电工证', '接电线', '拉电线', '装电线', '修电路', '电路', '电线', '修电器', '家里用电', '用电安全',
    '触电', '漏电', '跳闸', '省电', '节电', '电费'],
  'health-elderly-care': ['养生', '保健', '养身子', '养身体', '身子骨', '身体好', '健康', '护工', '护理', '看护', '照顾老人', '伺候老人',
    '伺候病人', '陪护', '血压', '血糖', '慢性病', '老毛病', '吃得健康', '吃饭营养', '营养', '锻炼身体', '健身',
    '防摔', '失眠', '睡不好'],
  'vocational-skills': ['技术活', '学门手艺', '学个手艺', '学个技术', '学门技术', '考证', '考个证', '拿证', '技能证', '等级证',
    '技能等级', '职业等级', '职业资格', '找工作', '找活', '找活干', '找个活', '就业', '再就业', '创业', '谋生', '挣钱', '赚钱',
    '开店', '好就业', '能就业'],
  'culture-arts': ['唱歌', '唱唱歌', '跳舞', '跳跳舞', '写大字', '画画', '拍照', '拍照片', '乐器', '手工', '文学', '文艺', '传统文化', '手工艺', '传统手艺', '民间手艺',
    '老手艺', '传统工艺'],
  'teacher-development': ['教书的本事', '教学的本事', '教法', '教学法', '新教法', '教学方法', '上课的方法', '讲课的方法', '带班', '管班级', '管学生', '老师培训', '教师培训', '老师进修', '教师进修'],
  'family-education': ['管孩子', '管娃', '教孩子', '教娃', '带孩子', '带娃', '育儿', '养孩子', '养娃', '跟孩子沟通', '跟娃沟通',
    '和孩子沟通', '亲子', '孩子叛逆', '青春期', '孩子玩手机', '孩子沉迷', '辅导作业', '陪写作业', '孩子不听话', '娃不听话',
    '隔代', '带孙子', '带孙女', '家庭教育', '孩子心理'],
  'law-finance': ['法律', '懂法', '普法', '打官司', '维权', '讨薪', '要工资', '要工钱', '工钱', '合同', '防骗', '被骗', '骗子', '诈骗',
    '反诈', '理财', '管钱', '存钱', '攒钱', '钱怎么存', '钱怎么管', '记账', '借钱'],
  'language': ['外语', '英语', '英文', '普通话', '说普通话', '讲普通话', '认字', '识字', '口语',
    '外国话', '洋文'],
}

/**
 * Everyday topic cues: the ways above, and the compositional teaching ones
 * ("教书的本事提高", "老师自己充电", "老师学新的教法").
 */
export const TOPIC_TALK: readonly Cue[] = [
  ...Object.entries(TALK).map(([id, words]) => topic(id, new RegExp(alt(words)))),
  // Learning to be a parent ("想学怎么做家长", "学当好父母"); said as who one is ("我们做家长的") it is the parent.
  topic('family-education', /(?:学|学习|学学|学会)(?:一下)?(?:怎么|如何|怎样|咋)?(?:做|当)(?:个|一个)?(?:好)?(?:家长|父母|爸妈|爹妈)/),
  // A teacher learning how to teach ("老师学咋上课"), and teaching's own growth ("教学专业发展", "教学成长").
  topic('teacher-development', new RegExp(`${alt(TEACHER)}[^，,。\\s]{0,3}?(?:学|学习|学学)(?:怎么|如何|怎样|咋)?${alt(TEACHING)}|(?:教学|教书|讲课)(?:专业)?(?:发展|成长)`)),
  topic('teacher-development', new RegExp(`${alt(TEACHING)}的?${alt(KNOW_HOW)}|${alt(TEACHER)}(?:们)?(?:自己|自个|自个儿)?(?:的)?[^，,。\\s]{0,2}${alt(IMPROVE)}|${alt(IMPROVE)}[^，,。\\s]{0,2}${alt(TEACHING)}(?:的)?${alt(KNOW_HOW)}?`)),
]
