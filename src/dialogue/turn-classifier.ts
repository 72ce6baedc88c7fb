/**
 * @module dialogue/turn-classifier
 * Which control turn a message is — "more of the same list" or "start over"
 * (with or without a new request after it) — decided by rules over a small
 * vocabulary of roles, not by a list of sentences. A message is "more" when
 * every word of it is a more-word or a filler and at least one is a real
 * more-word (再, 还有, 别的, 换, 下一, more, next, else…): so 还有没有别的,
 * 不中 再看几个, 仲有冇, 換另一批 and "anything else?" are all read, and
 * "还有线上的吗" (a content word) is not. A reset is a start-over word, after
 * nothing but fillers (不要了, 算了, actually), and whatever follows it is the
 * new request. Both read through control-text, so particles, Cantonese
 * function words, traditional characters and one IME slip are tolerated.
 */
import { containsBySlip, controlText, HAN, readWords, vocabulary, type ReadWord } from './control-text.js'
import { ENGLISH_MORE_FILLERS, ENGLISH_MORE_WORDS, ENGLISH_REACTIONS, ENGLISH_RESET_ASIDES, ENGLISH_RESET_WORDS } from './english-control-words.js'

type MoreRole = 'more' | 'filler'

/**
 * "Further on" said by its parts: an optional "towards" (往, 向, 朝), a direction (后, 下) and an optional place word
 * (头, 面, 边): 往后头, 向下边, 后面, 朝后. Every combination is one word, so 往后头 is never read as 往后 and a stray 头.
 */
const FURTHER_ON = ['', '往', '向', '朝'].flatMap((to) => ['后', '下'].flatMap((dir) => ['', '头', '面', '边'].map((place) => to + dir + place)))
  .filter((w) => w.length > 1)

/**
 * Verbs of what the learner asks the bot to do with the catalogue (找, 查, 挑, 推荐, 匹配): after a "more" word they
 * only carry the request (再挑几个, 再推荐些), after 重新 they start the search over (重新推荐, 重新挑).
 */
const ASKING_VERBS = ['找', '搜', '查', '选', '挑', '推荐', '推', '介绍', '匹配']

/** Measure words a batch of results is counted in (一批, 一拨, 一轮, 一屏): they only carry the request. */
const BATCH_MEASURES = ['些', '批', '页', '点', '组', '条', '项', '样', '种', '拨', '波', '轮', '堆', '茬', '份', '套', '屏', '串']

/** Verbs of moving through a list on a screen (翻, 拉, 滑, 刷): with a more-word, paging. */
const PAGING_VERBS = ['翻', '拉', '滑', '划', '滚', '刷', '瞄']

/** Words that ask for more of the same (more) and words that only carry such a request (filler). */
const MORE_WORDS = vocabulary<MoreRole>([
  ['more', [
    '更多', '再', '还有', '还要', '另', '另外', '其他', '其它', '其余', '别的', '别个', '换', '下一', '下页', '继续', '接着',
    '剩下', '剩余', '新的', '后面', '往后', '往下', '多',
    'more', 'next', 'other', 'others', 'else', 'another', 'additional', 'further', 'remaining', 'continue',
    'different', 'keep going', 'carry on', 'go on', 'alternatives', 'alternative', 'extra', 'moar',
    ...ENGLISH_MORE_WORDS,
    // "Only these?" said as a complaint is a request for more (就这几个啊, 才这么点, is that all?); paging verbs (往下翻, 翻页).
    '就这几个', '就这些', '就这么几个', '就这么点', '就这么些', '就这三个', '只有这些', '只有这几个', '只有这么点', '只有三个',
    '刷新', '刷一下', '刷刷', '再刷', '换换', '换一换', 'refresh', 'reload',
    '就三个', '才三个', '才这几个', '才这些', '才这么点', '才这么几个', '翻页', '翻翻', '换一拨', '换一波', '换拨',
    // "Further on" (往后头, 下边, 朝后面; south-western and northern 下头/下面/下边还有没) and "at the bottom" (底下).
    ...FURTHER_ON, '底下',
    // Going on with the telling (接着说, 往下讲, 再唠唠): whole, since a bare 说/讲 would read 再说 ("later") and, by
    // sound, 再见 as more (conv-coll).
    '接着说', '往下说', '继续说', '接着讲', '往下讲', '继续讲', '接着念', '往下念', '再唠唠', '接着唠',
    'rest', 'is that all', 'is that it', 'only these', 'only three', 'keep them coming', 'keep em coming',
    // A question about the list itself: has it ended, is this all of it (这个列表到头了吗, 清单就这样而已, 一共就这些吗).
    '到头', '到底了', '而已', '就这样而已',
  ]],
  ['filler', [
    '来', '给', ...ASKING_VERBS, '冇', '看', '看看', '瞧瞧', '瞅瞅', '找找', '列', '发', '出', '显示', '一', '几', '两', '个',
    ...BATCH_MEASURES, ...PAGING_VERBS, '的', '吗', '呢', '吧', '呀', '啊', '哦', '嘛', '哈', '啦', '呗', '咯', '么',
    '没有', '没', '有', '不', '项目', '课', '课程', '班', '选择', '选项', '我', '咱', '俺', '帮', '请', '麻烦', '要', '能', '可以', '好',
    '嗯', '那', '那就', '行', '了', '着', '一下', '不中', '不行', '不好', '不喜欢', '不合适', '不太行', '这些', '这几个', '都', '还',
    '就', '也', '呐', '嘞', '咧', '呃', '额', '吧吧', '谢谢', '一些', '一批', '一页', '几个', '点儿', '儿', '么样', '什么',
    // Colloquial verbs that only carry the request (再整几个, 再弄俩, 还有啥, 再搞几个瞅瞅).
    '整', '弄', '搞', '拿', '俩', '啥', '啥的', '嘛的', '没得', '啥子', '些子', '要得', '嘛',
    // "Let me see" shapes (其他的也让我看看, 睇下其他 → 看下其他, 给我瞧一下别的): a verb of looking and its tail.
    '让', '让我', '让俺', '下', '看下', '瞧', '瞅', '瞧一下', '瞅一下', '看一看', '过目',
    // Discontent that only carries the request (不太满意，再换几个; 不够，再来; 唔该再俾多几个).
    // Dialect forms of 没有 (木有, 莫得, 冇得, 没得) and a refreshing verb's tail (刷新一下).
    '木有', '莫得', '冇得', '没得', '莫有', '一哈', '一下下',
    '不满意', '不太满意', '不是很满意', '不大满意', '不喜欢', '不够', '不太够', '推', '翻', '唔该', '不该', '俾', '哇', '噢',
    'show', 'me', 'us', 'give', 'get', 'any', 'some', 'a', 'few', 'couple', 'of', 'please', 'pls', 'plz', 'ones', 'one',
    'options', 'option', 'courses', 'course', 'classes', 'class', 'projects', 'project', 'results', 'programmes',
    'programs', 'page', 'got', 'have', 'has', 'do', 'does', 'you', 'is', 'are', 'there', "there's", 'anything',
    'something', 'what', "what's", 'let', 'see', 'can', 'could', 'would', 'i', 'the', 'to', 'on', 'list', 'keep',
    'going', 'stuff', 'ok', 'okay', 'thanks', 'and', 'like', 'this', 'these', 'those', 'them', 'yes', 'yeah', 'sure',
    'hmm', 'well', 'then', 'so', 'just', 'maybe', 'want', 'look', 'at', 'go', 'choices', 'suggestions', 'else',
    'u', 'ya', 'thx', 'ty', 'thank', 'cheers', 'mate', 'wat', 'whats', 'ur', 'lol', 'btw', 'tho', 'now', 'again',
    ...ENGLISH_MORE_FILLERS,
    'about', 'three', 'five', 'couple more', 'hmm', 'not', 'quite', 'really', 'great', 'good', 'those', ...ENGLISH_REACTIONS,
    // Cantonese and chat particles of a bare reaction (唔够喎, 还有咩, 就咁多啫?): tone only.
    '喎', '噃', '啫', '咩', '嘅', '喇', '啰', '罗', '哟', '哎', '唉', '诶', '欸', '呃', '喔', '咋', '吖', '嘛呢', '㖞',
    // South-western question particles (其他的喃 = 其他的呢, 再来几个撒).
    '喃', '撒',
    // Discontent with what is shown (不太合适, 一般般, 没兴趣): the learner wants other ones.
    '不太合适', '不大合适', '不太满意', '合适', '满意', '一般', '一般般', '不咋地', '不咋样', '不怎么样', '没兴趣', '不感兴趣',
    '没意思', '不太想', '不想要', '都不要', '不要这些', 'meh', 'nah', 'nope', 'not really', 'boring', 'hmm',
    // How many more, said as a number (再来三个, 再推五个, 再整仨): a count only carries the request (conv-scope).
    '三', '四', '五', '六', '十', '仨', '三个', '四个', '五个', '六个', '十个', '三条', '五条', '三项', '五项',
    // The list named as such, and "in all" (列表, 清单, 一共, 总共): they only carry a question about it.
    '列表', '清单', '名单', '单子', '一共', '总共', '这个', '整个', '全部',
  ]],
])

export type ResetRole = 'core' | 'weak' | 'clear' | 'tail' | 'lead'

/**
 * What was said before, named by its parts: a "before" word (刚才, 刚刚, 之前, 前面, 上面, 先前, 头先, 以前, 刚) and what
 * of it (的, 说的, 讲的, 问的, 提的, 那些): 刚刚那些, 前面提的, 之前问的. With a discarding word, a reset. (Not 刚才那个:
 * one project pointed at, "刚才那个不要了" turns it down.)
 */
const SAID_BEFORE_PARTS = ['刚才', '刚刚', '之前', '前面', '上面', '先前', '头先', '以前', '刚'].flatMap((when) =>
  ['的', '说的', '讲的', '问的', '提的', '那些'].map((what) => when + what)).filter((w) => w !== '刚的')

/**
 * Start-over words (core; 重新 is weak: "重新就业" is no reset, so it needs a
 * tail word or a pause after it, and so do the clearing verbs: "清除所有条件"
 * but not "清除浏览器广告"), what may follow them (tail), and what may
 * come before them (lead: 不要了, 算了, actually).
 */
export const RESET_WORDS = vocabulary<ResetRole>([
  ['core', [
    '从头', '重来', '重头', '归零', '推倒重来', '从零开始', '重新来过', '重新开始',
    'restart', 'reset', 'start over', 'start again', 'start afresh', 'start fresh', 'begin again', 'start from scratch',
    'from scratch', 'new search', 'clear everything', 'clear all', 'clear it all', 'forget everything', 'forget all',
    'forget it all', 'wipe everything', 'start anew', '/start', '/reset',
    // "A new start" idioms: 另起炉灶, 推翻重来.
    '推翻重来', '另起炉灶', '重起炉灶', '从零来', '从零再来', '从新开始', '重新再来',
    // Cantonese 由 for 从: 由头嚟过 (→ 由头来过), 由零开始.
    '由头', '由零开始', '由零再来',
    'start all over', 'start it all over', 'start over again', 'start from the beginning', 'from the beginning', 'from the top',
    'clean slate', 'fresh start', 'new start', 'start a new search', 'a new search', 'another search', 'begin from scratch',
    'forget what i said', 'forget all that', 'forget everything i said', 'scrap all that', 'scrap everything',
    'ignore everything', 'ignore all that', 'clear the search', 'clear my search', 'clear search', 'reset everything',
    'back to square one', 'back to the start',
    ...ENGLISH_RESET_WORDS,
  ]],
  // (重 before a verb of asking the bot is 重新 said short: 算了重找, 全部清除重搜; never 重找工作, no pause after it.)
  ['weak', ['重新', '从新', '重找', '重搜', '重查', '重选', '重挑']],
  // Clearing verbs take what they clear: "清除所有条件", "清空 重来", never "清除浏览器广告".
  ['clear', ['清空', '清除', '清掉', '清零', '清光', '清一下', '全清', '重置', '删掉', '删除']],
  ['tail', [
    '开始', '开', '来', '来过', '再来', '过', ...ASKING_VERBS, '搜索', '搜寻', '查找', '弄', '问', '咨询', '说', '聊', '一遍', '一次',
    '一下', '条件', '所有', '全部', '都', '吧', '了', '啊', '呀', '哈', '吗', '把', '刚才', '之前', '前面', '那些', '这些',
    '记录', '设置', '筛选', '的', '再', '好', '开始吧',
    // For whom and how many, after the verb: 重新帮我找, 重新给推荐几个.
    '帮我', '给我', '帮俺', '给俺', '帮忙', '帮', '给', '几个', '一些',
    'everything', 'all', 'over', 'again', 'the', 'search', 'filters', 'please', 'pls', 'and', 'then', 'it', 'that',
    'of', 'please', 'from', 'scratch', 'conversation', 'chat', ...ENGLISH_RESET_ASIDES,
  ]],
  ['lead', [
    '不要了', '不要这个了', '算了', '不对', '好吧', '那', '嗯', '哎', '唉', '诶', '那个', '还是', '不行', '不中', '都不要',
    '不要', '都不要了', '这些都不要', '我要', '我想', '咱们', '我们', '让我们', '要不', '要不然', '干脆', '那就',
    // "Everything said so far" and "discard it": 全不要了, 统统不算, 刚才的都作废, 之前说的全删掉.
    '全', '全部', '全都', '统统', '通通', '一切', '所有', '都', '啥都', '什么都', '刚才的', '刚刚的', '之前的', '前面的', '上面的',
    '刚才说的', '之前说的', '前面说的', '我说的', '说的', '条件', '不算', '不算了', '作废', '删了', '忘掉', '忘了', '取消',
    '扔掉', '撤销', '换个话题', '不聊这个了', '俺', '咱', '给俺', '给我',
    // An apology or the asker before the start-over ("不好意思，我重新问一遍", "抱歉，让我从头说"); 唔计 → 不计.
    '不好意思', '抱歉', '对不起', 'sorry', '我', '让我', '我再', '不计', '不计了', '都不计', '不用管',
    // "Never mind what I said": 嫑管 / 甭管 / 别管 刚才的, Cantonese 算数 (forget it), 拉倒, 罢了.
    '嫑管', '甭管', '别管', '莫管', '不管', '嫑', '甭', '算数', '算数了', '拉倒', '罢了', '得了',
    'scrap that', 'scratch that', 'forget that', 'ignore that', 'drop that', 'cancel that', 'all of that', 'all that',
    'everything', 'wipe', 'clear', 'wipe it', 'delete that', 'cancel', 'right',
    'ok', 'okay', 'hmm', 'actually', 'no', 'nah', 'well', "let's", 'lets', 'let us', 'can we', 'could we', 'please',
    'i want to', "i'd like to", 'i wanna', 'so', 'just', 'oh', 'never mind', 'nevermind', 'forget it', 'um', 'er', ...ENGLISH_RESET_ASIDES,
    'scratch that', 'forget that', 'ignore that', 'forget about it', 'drop that', 'scrap that',
    // What was said before, named (刚说的, 之前讲的, 前面问的): with a discarding word after it, the whole reset.
    '刚说的', '刚讲的', '刚才讲的', '之前讲的', '前面讲的', '先前说的', '先前讲的', '上面说的', '刚刚说的', '刚刚讲的', '刚才问的',
    '之前问的', '前面问的', '刚问的', '以上', '以前说的', '头先说的', '头先讲的', '刚才那些', '之前那些', '前面那些', ...SAID_BEFORE_PARTS,
    '不要了吧', '都作废', '都不算', '都不算了', '不作数', '都不作数', '全不要了', '全都不要了', '清零吧',
    // "Pretend I never said it" and "I said it wrong" before a start-over: 当我没说, 就当我没问, 我说错了, 打错字了.
    '当我没说', '就当我没说', '当我没问', '就当我没问', '当没说', '当我什么都没说', '说错了', '我说错了', '打错了', '搞错了', '弄错了',
    '我搞错了', '我弄错了', '不对不对', '不是不是',
    // Discarding what was set, without a start-over word ("之前的条件都去掉", "把条件全拿掉", "要求都不用了"): with what
    // was said named before them, a reset (SAID_BEFORE, DISCARD below).
    '去掉', '都去掉', '全去掉', '去除', '拿掉', '都拿掉', '撤掉', '丢掉', '划掉', '抹掉', '不用了', '都不用了', '作罢', '免了',
    '忽略', '无视', '别理', '不理',
    '条件', '筛选条件', '这些条件', '那些条件', '要求', '设置', '把', '全部不要', '全不要', '不算数', '都不算数', '别算了', '都别算了',
  ]],
])

/** The discarding words without 了 that also open a wish ("不要太贵", "都不要线上的"): a discard only where the clause ends. */
const BARE_DISCARD = new Set(['不要', '都不要', '全不要', '全部不要'])

/** Words naming what was said before, and words discarding it: together ("前面说的都不算了", "之前讲的唔算") they are a reset. */
const SAID_BEFORE = new Set([
  '刚才的', '刚刚的', '之前的', '前面的', '上面的', '刚才说的', '之前说的', '前面说的', '我说的', '刚说的', '刚讲的', '刚才讲的',
  '之前讲的', '前面讲的', '先前说的', '先前讲的', '上面说的', '刚刚说的', '刚刚讲的', '刚才问的', '之前问的', '前面问的', '刚问的',
  '以上', '以前说的', '头先说的', '头先讲的', '刚才那些', '之前那些', '前面那些', '全部', '所有', '一切', '全', '全都', '统统', '通通',
  ...SAID_BEFORE_PARTS,
  'all that', 'all of that', 'everything',
  // What was set, named as such: 条件 (the conditions), 筛选条件, 要求 ("把条件都去掉").
  '条件', '筛选条件', '这些条件', '那些条件', '要求',
])
const DISCARD = new Set([
  '不算', '不算了', '作废', '都作废', '都不算', '都不算了', '不作数', '都不作数', '不要了', '都不要了', '全不要了', '全都不要了',
  '不要了吧', '删了', '忘掉', '忘了', '取消', '扔掉', '撤销', '不计', '不计了', '都不计', '不用管', '嫑管', '甭管', '别管', '莫管',
  '去掉', '都去掉', '全去掉', '去除', '拿掉', '都拿掉', '撤掉', '丢掉', '划掉', '抹掉', '不用了', '都不用了', '作罢', '免了',
  '忽略', '无视', '别理', '不理',
  // A bare 不要 after what was said is named ("之前讲嘅全部唔要" → 之前讲的全部不要, "刚才那些都不要"), and "does not count" said
  // as 不算数 / 别算了: discarding without 了. Alone (no SAID_BEFORE in front) they stay leads: "不要这个了" is no reset.
  ...BARE_DISCARD, '不算数', '都不算数', '别算了', '都别算了',
])

/** Discarding words that name what they discard, "all of it" (全不要了, 全都不要了, 全部不要, 全去掉): named and discarded at once. */
const namesAll = (word: string) => DISCARD.has(word) && /^(全|统统|通通|一切|所有)/.test(word)

/** A control turn read by the rules: more, or a reset with the new request said after it (`rest`, possibly empty). */
export type ControlTurn = { kind: 'more' } | { kind: 'reset'; rest: string }

/**
 * True when `words` (all more-words or fillers) hold a more-word typed as it is:
 * a slip may blur a filler (还又没有别的, 還有別的馬) but never make the request
 * ("在吗" must not become "再吗", nor "您好" "另好"); an English one may carry a
 * one-letter slip ("any mroe?").
 */
function isMore(words: ReadWord<MoreRole>[]): boolean {
  return words.some((w) => w.role === 'more' && (!w.slip || /^[a-z]/.test(w.word)))
}

const JOINERS = new Set(['and', 'then', 'so'])

/**
 * A start-over word of six letters or more typed with a slip of typing ("restar", "restrat" for restart): a letter
 * dropped, added, swapped or struck on a neighbouring key leaves a long word itself; shorter words and sound-alike
 * readings stay letter for letter ("rest" is more, "reste" no reset). A phrase ("strat over") is read with one typing slip only.
 */
const typedLongWord = (w: ReadWord<ResetRole>) => (/^[a-z]{6,}$/.test(w.word) && containsBySlip(w.typed, w.word, true)) || / /.test(w.word)

/**
 * Reads a reset at the start: leads (and tails naming what goes), then a core (a weak core followed by a
 * tail or a pause), then tails. Returns where the new request starts, or null.
 */
function readReset(words: ReadWord<ResetRole>[], formLength: number): number | null {
  let i = 0
  // Before the core: leads, tails that say what is dropped ("全部清除", "都清掉", "所有条件重置"), and a joining
  // word between them ("scratch that and start over").
  while (i < words.length && (words[i].role === 'lead' || words[i].role === 'tail' || (i > 0 && JOINERS.has(words[i].word)))) i++
  // No start-over word, but what was said is named and discarded ("前面说的都不算了，我想学电工"): a reset ending there.
  const named = words.findIndex((w, j) => j < i && !w.slip && (SAID_BEFORE.has(w.word) || namesAll(w.word)))
  const dropped = named < 0 ? -1
    : words.findIndex((w, j) => (j > named || (j === named && namesAll(w.word))) && j < i && !w.slip && DISCARD.has(w.word))
  let discarded: number | null = null
  if (dropped >= 0) {
    // (Particles after the discarding word go with it: "前面那些条件划掉吧".)
    let j = dropped
    while (j + 1 < i && words[j + 1].role === 'tail' && !words[j + 1].slip) j++
    // A bare 不要 discards only at a pause or the end: "条件不要太高" asks for easy conditions, it drops nothing.
    if (!BARE_DISCARD.has(words[dropped].word) || words[j].spaceAfter || words[j].end >= formLength) discarded = words[j].end
  } else if (named >= 0 && words.some((w, j) => j < named && !w.slip && DISCARD.has(w.word))) {
    // The discarding verb first ("忽略之前的", "不算刚才说的", "删掉前面那些条件"): what was said must end the clause.
    let j = named
    while (j + 1 < i && (words[j + 1].role === 'tail' || SAID_BEFORE.has(words[j + 1].word)) && !words[j + 1].slip) j++
    if (words[j].spaceAfter || words[j].end >= formLength) discarded = words[j].end
  }
  // With what was said discarded, a start-over word after it ("刚才的不算，重来") goes with the reset; anything else is
  // the new request.
  if (discarded !== null && (!words[i] || words[i].role === 'lead' || words[i].role === 'tail')) return discarded
  const core = words[i]
  // A Chinese start-over read by its sound counts as a clause of its own (全都不要了 从来), never inside one (我从来没学过).
  const soundAlone = (w: ReadWord<ResetRole>) => w.role === 'core' && HAN.test(w.word) &&
    (i === 0 || words[i - 1].spaceAfter) && (w.spaceAfter || w.end >= formLength)
  if (!core || core.role === 'tail' || core.role === 'lead' || (core.slip && !typedLongWord(core) && !soundAlone(core))) return discarded
  const next = words[i + 1]?.role
  // (A clearing verb may name what it clears with a lead word: "清除之前的条件", "重置所有条件".)
  const followed = next === 'tail' || next === 'core' || next === 'weak' || next === 'clear' || (next === 'lead' && SAID_BEFORE.has(words[i + 1].word))
  if ((core.role === 'weak' || core.role === 'clear') && !followed && !core.spaceAfter && core.end < formLength) return discarded
  let end = core.end
  // A tail read only by its sound ends the reset: 农 (nóng) in "重新开始，农业方面" is the new request, not 弄.
  // (What a clearing verb clears, named with lead words, goes with it: "清除之前的条件".)
  const cleared = (w: ReadWord<ResetRole>) => w.role !== 'lead' || (core.role === 'clear' && (SAID_BEFORE.has(w.word) || DISCARD.has(w.word)))
  for (let j = i + 1; j < words.length && cleared(words[j]) && !words[j].slip; j++) end = words[j].end
  return end
}

/**
 * True when every word of `text` is one a "more" turn is made of (fillers,
 * particles, discontent, paging words) and nothing else: with a list on the
 * screen such a turn ("唔够喎", "and?", "不太合适") asks for the rest of it even
 * without a paging word; the engine decides that, this only reads.
 */
export function onlyMoreVocabulary(text: string): boolean {
  const ct = controlText(text)
  if (!ct.form) return false
  // Letter for letter only: a word read through a slip may be a subject ("boxing" is no filler).
  const more = readWords(ct.form, MORE_WORDS, 0)
  return !more.rest && more.words.length > 0 && more.words.every((w) => !w.slip)
}

/**
 * The control turn `text` is, by the rules above, or null (then it is a
 * number, a follow-up or a request, decided elsewhere).
 */
export function classifyControl(text: string): ControlTurn | null {
  const ct = controlText(text)
  if (!ct.form) return null
  const reset = readWords(ct.form, RESET_WORDS)
  const chars = [...ct.form].length
  const end = readReset(reset.words, chars)
  const more = readWords(ct.form, MORE_WORDS)
  // A start-over word typed letter for letter wins over "more" read through a slip ("reset" is not "rest").
  const exactReset = end !== null && !reset.words.some((w) => w.slip && w.end <= end)
  if (!more.rest && isMore(more.words) && !(exactReset && more.words.some((w) => w.slip))) return { kind: 'more' }
  if (end === null) return null
  // The new request is the rest of the message as typed (simplified), punctuation and all.
  const from = end >= chars ? ct.source.length : ct.at[end]
  const rest = ct.source.slice(from).replace(/^[\s,，。.!！:：;；、~～…]+/, '').trim()
  return { kind: 'reset', rest }
}
