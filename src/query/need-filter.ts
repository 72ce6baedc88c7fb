/**
 * @module query/need-filter
 * Which leftover words of a message are a need (something to learn, "游泳",
 * "花馍") and which are only how people talk around a request: about
 * themselves (本人, 老汉, 闺女), about the conversation (改主意, 补充, 换成,
 * 筛选), about where or how (跟前, 外头, 附近), or fragments a word cutter glued
 * from function characters ("我找", "教有"). The dialogue reads needs to tell
 * a new subject from a narrowing and to say "nothing teaches X": a word that
 * is no need must never do either, or "本人是在职人员" answers "目录里暂时没有本人".
 */
import { isDictionaryWord, isFunctionWord } from '../text/segment.js'
import { PERSON_WORDS } from './occupations.js'

/**
 * Words of conversation, of the person and of place or manner that jieba
 * does not tag as function words. Written from how people phrase requests in
 * every register (standard, elderly and colloquial, Taiwan and Hong Kong).
 */
export const NOT_NEED_WORDS: ReadonlySet<string> = new Set([
  // Who is speaking, and the family around them.
  '本人', '自己', '大家', '人家', '老汉', '老头', '老头子', '老婆子', '老太', '小子', '丫头', '闺女', '儿子', '女儿', '孙女',
  '孙子', '外孙', '老伴', '媳妇', '娃娃', '家里人', '家人', '全家', '一家', '工作人员', '人员', '人士', '一名', '一位', '家伙',
  '姑娘', '小伙', '小伙子', '大爷', '大妈', '大娘', '大姐', '大哥', '老乡', '朋友', '邻居', '同事', '领导', '老板',
  // Between jobs ("本人二十三 待业在家", "下岗了"): the person's situation, not a subject; a dialect wife ("几个婆姨").
  '待业', '失业', '下岗', '没工作', '婆姨',
  // A letter's salutation ("敬启者，请问有否…"): addresses the reader, asks nothing.
  '敬启者', '敬啟者',
  // Formal and classical letters ("敝人想学点东西，请问有何建议", "敬请推荐，不胜感激"): the writer named humbly, the
  // asking and the thanks. Politeness, never a subject.
  '敝人', '鄙人', '在下', '老朽', '晚辈', '小可', '愚', '本座', '敬请', '烦请', '恳请', '谨请', '劳烦', '有劳', '惠请', '赐教',
  '指教', '指点', '指点迷津', '高见', '建议', '意见', '推荐', '推介', '惠荐', '告知', '示知', '不胜感激', '感激不尽', '万分感谢',
  '不胜荣幸', '感激', '感谢', '感恩', '不胜', '拜托', '叨扰', '冒昧', '恳求', '盼复', '静候', '佳音',
  // A question relayed from someone unnamed ("群里有人问", "网友托我问"): nobody known learns, and the relay is no subject.
  // Addressing the readers as family in net slang ("家人们有无推"), and whether a class can be had ("哪里学得到").
  '家人们', '人们', '得到',
  '群里', '群友', '网友', '有人问', '托我', '托我问', '让我问', '叫我问', '朋友圈',
  // The conversation itself: changing, adding, filtering, asking.
  '主意', '改主意', '补充', '补充一下', '侧重', '重点', '最好', '重新', '换成', '改成', '改为', '改看', '换个', '想换', '换换', '换掉',
  '合适', '适合', '相关', '有关', '关于', '方面', '这方面', '那方面', '形式', '类型', '种类', '专项', '专门', '筛选', '过滤',
  '显示', '只看', '条件', '清空', '搜索', '重置', '设置', '之类', '这类', '那类', '那种', '这种', '这块', '那块', '这些',
  '那些', '玩意', '玩意儿', '事儿', '打听', '听说', '请问', '是否', '是不是', '有没有', '可不可以', '能不能', '行不行',
  '好不好', '靠谱', '真的', '其实', '还是', '或者', '然后', '就是', '感觉', '觉得', '认为', '打算', '计划', '考虑', '想法',
  '需要', '需求', '要求', '安排', '都行', '都可以', '随便', '无所谓', '没关系', '不拘', '无妨', '不要紧', '不介意', '希望', '坐标', '生活', '工作生活', '属于', '从事',
  '任教', '能参加', '参加', '报名', '报读', '报读课程', '学学', '学懂', '弄懂', '搞懂', '学明白', '弄明白', '问一下', '问下',
  '看一下', '瞧瞧', '瞅瞅', '看一看', '找找', '找一下', '挑挑', '选选', '帮忙', '麻烦', '谢谢', '多谢', '唠唠', '说说', '讲讲',
  '学员', '上着班', '上班', '有空', '没空', '闲着', '时候', '闲的时候', '空的时候', '有空的时候', '闲下来', '空闲', '业余', '业余时间', '平时', '周末', '晚上', '白天',
  '闲得', '闲得慌', '闲得发慌', '闲不住',
  // When one is free, said as a time clause ("闲的时候想学点东西", "农闲时", "抽空学学"): a time, never a subject.
  '时候', '闲时', '闲暇', '空余', '空余时间', '抽空', '农闲', '工余', '课余', '没事', '没事干', '闲来无事',
  // Time made or used for it ("想利用空闲时间学习一下", "打算抽时间学一学", "挤点时间", "趁着放假"): when, never what.
  '利用', '抽时间', '抽出时间', '抽点时间', '挤时间', '挤出时间', '挤点时间', '腾时间', '腾出时间', '有时间', '得空', '趁着',
  '空闲时间', '闲暇时间', '多余时间', '富余时间', '零碎时间', '碎片时间',
  // An age said roughly ("二十出头", "五十开外", "二十郎当岁", "七十好几", "三十来岁"): the age, never a subject.
  '出头', '开外', '挂零', '来岁', '多岁', '郎当', '郎当岁', '好几', '左右',
  // Where and how, beside the slots that say it; a form's place labels ("地区：长沙", "湖南范围内", "本人位于贵州").
  '地区', '范围', '范围内', '位于', '所在地', '所在地区',
  '跟前', '外头', '外面', '外地', '本地', '当地', '附近', '周边', '这边', '那边', '城里', '乡下', '老家', '家门口', '身边',
  // Near home, said as a wish of where ("离家近点最好", "离家不远的", "就近"): where, never a subject.
  '离家近', '离家', '离家不远', '不远', '近点', '近一点', '近些', '近一些', '就近', '近便', '离得近',
  '手机上', '网上', '线上', '线下', '现场', '实体', '上堂', '上课', '听课', '看课', '去上', '能上', '能看', '能学',
  '在线', '远程', '网课', '面授', '授课', '现场授课', '免费', '公益', '收费', '不要钱', '混合', '混合式',
  // Shares of a mixed course ("有时候网上学有时候去现场", "一半网上一半现场").
  '有时候', '有时', '一半', '一部分',
  '新课', '新班', '新项目', '新东西', '新的', '新鲜',
  // How a class is held: "线下集中授课", "集中培训", "脱产" say the format, not a subject.
  '集体', '集体报名', '统一报名',
  // Asides that add a fact about the person ("顺便说下我是残疾人", "忘了说", "另外"), and the zodiac year one was born in.
  '顺便', '顺便说', '顺便说下', '顺便说一下', '顺带', '顺带一提', '另外', '忘了说', '忘说了', '附带', '对了', '哦对',
  '属鼠', '属牛', '属虎', '属兔', '属龙', '属蛇', '属马', '属羊', '属猴', '属鸡', '属狗', '属猪',
  '集中', '集中授课', '集中培训', '集中学习', '集中上课', '脱产', '半脱产', '不脱产',
  // The body and home of the speaker, and how-to words after a subject ("身子有残疾", "带娃的法子", "电脑入门").
  '身子', '身体上', '腿脚', '家里', '家中', '我家', '婆娘', '老婆', '爱人', '老的', '老人家', '爹', '娘', '爹妈', '爸妈',
  '入门', '基础入门', '零基础', '法子', '办法', '门道', '本事', '本领', '窍门', '诀窍', '讲好', '学好', '弄好', '整好', '搞好',
  '学会', '学新', '行不行', '中不中', '好使',
  // Northern "get me / do" verbs glued to a want ("想整", "要弄"): the subject follows them.
  '想整', '要整', '想弄', '要弄', '想搞', '要搞', '整点', '弄点', '学问', '要交',
  // Not decided yet: "还没想好".
  '没想', '想好', '没想好', '方向', '没方向', '没有方向', '没头绪', '没主意', '还没想好', '考虑好', '没决定', '不确定', '不知道', '不清楚',
  // "Will that do?" after a fact about the person ("我在工地干活的，能行不", "俺是种地的，成不"): a question about
  // the list on screen, never a subject (else the narrowing becomes a topic switch).
  '能行', '可行', '行得通', '成不成', '能成', '要得', '要得不', '使得', '得不得', '够格', '符合', '符不符合', '够条件', '有资格',
  '能报', '能报名', '可以报', '能不能报', '算不算', '也行', '也可以', '照样', '一样', '资格', '够资格', '门槛', '名额', '限制',
  // Asking verbs in either script's spelling (請幫我查詢 reads 查找 through OpenCC's Taiwan phrases; 座標 is 座标).
  '查询', '查找', '查一下', '查查', '帮我查', '座标', '打扰', '劳驾',
  // Where the person came from ("由乡下出嚟嘅", "从农村出来的").
  '出来', '出来的', '过来', '过来的', '岁数', '上岁数', '上了岁数', '年纪', '上年纪', '上了年纪',
  // conv-trad7: around a place ("江西一帶", "深圳嗰邊"), and asking for more choices ("再多啲選擇", "有冇其他選項").
  '一带', '周围', '嗰边', '选择', '选项', '多些选择', '多点选择',
  // Where one lives in Hong Kong, Singapore and Taiwan (公屋, 居屋, 屋邨, 屋苑, 組屋, 眷村): home, not a subject.
  '公屋', '居屋', '屋邨', '屋村', '屋苑', '组屋', '眷村', '村里',
])

/** "Learn/want" glued to a light verb by a word cutter ("学着用微信", "学当护工", "想整用微信"): the subject follows it. */
const LIGHT_VERB_GLUE = /^(学|想|要)[着当开唱做用玩打弄整搞去来讲说拍装修种养画吹拉]$|^[整弄搞][用学点个些]$|^人[骗坑]$/
/**
 * A measure word glued to the verb or demonstrative before it ("寻些课", "找点课", "来门课", "我们山东这点"): how much
 * or which, never what (no subject noun ends in 些 or 个). An adverb or modal glued to the learning verb ("咋整才学得到", "再学", "也想学"): the
 * request's own verb (才学 is a word to the cutter, never here).
 */
const MEASURE_GLUE = /^\p{Script=Han}[些个]$|^[这那哪寻找搞整弄来要拿选挑报上听看学多][点门样节堂]$/u
const ADVERB_GLUE = /^[才就再也还都又先去来要想能会得肯便可欲]{1,2}[学教练报读]$|^可[修上选]$/

/**
 * True for a measure word or an adverb the word cutter glued to the request's verb (寻些, 找点, 才学, 再学): no need,
 * and no word search must find either (search/need-words asks this too, so "咋整才学得到数字化技能" is ranked by 数字化).
 */
export function isVerbGlue(word: string): boolean {
  return MEASURE_GLUE.test(word) || ADVERB_GLUE.test(word)
}

/** Characters that, glued to another by a word cutter, make a fragment rather than a word ("我找", "教有", "请荐"; classical "之课", "有何"). */
/** Chinese characters only (compiled once: a `\p{…}` literal inside a function is a new RegExp per call once transpiled). */
const ALL_HAN = /^\p{Script=Han}+$/u
const FUNCTION_CHARS = new Set([...'我你他她它们的了吗呢吧啊呀有请找都也就还很在是给让把被和与跟又再这那哪么啥咋俺咱老总光净之何其乃'])

/**
 * True when `word` (a leftover word of a message) names something to learn.
 * False for {@link NOT_NEED_WORDS}, for function words (pronouns, adverbs,
 * locatives, particles), and for two- or three-character fragments outside
 * the dictionary that contain a function character.
 */
export function isNeedWord(word: string): boolean {
  if (NOT_NEED_WORDS.has(word) || PERSON_WORDS.has(word) || LIGHT_VERB_GLUE.test(word) || isVerbGlue(word)) return false
  if (!ALL_HAN.test(word)) return true
  const chars = [...word]
  if (chars.every((c) => FUNCTION_CHARS.has(c))) return false
  if (chars.length <= 3 && chars.some((c) => FUNCTION_CHARS.has(c)) && !isDictionaryWord(word)) return false
  return !isFunctionWord(word)
}
