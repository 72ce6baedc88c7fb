/**
 * @module text/segment
 * Words for the lexical index and for query terms, Chinese and English alike.
 * Chinese is cut with jieba (@node-rs/jieba, the built-in dictionary plus our
 * domain words) in search mode, so "智能手机" yields 智能手机, 智能 and 手机 and
 * a query matches whichever the catalogue used; English is lower-cased and
 * lightly stemmed. Index and query both call this, so they always agree.
 * Chosen over Intl.Segmenter and jieba-wasm by bench/segment-compare.ts.
 */
import { fullJieba, lazyJieba, type WordCutter } from './jieba-dictionary.js'
import { normalizeText } from './normalize.js'
import { stemEnglish, ENGLISH_STOP_WORDS } from './english.js'

/** Words jieba's general dictionary lacks or splits, common in lifelong-learning catalogues. */
export const DOMAIN_WORDS: readonly string[] = [
  '乡村振兴', '人工智能', '智能手机', '短视频', '直播带货', '农村电商', '养老护理', '老年大学',
  '数字技能', '数字素养', '职业技能', '家庭教育', '乡村教师', '进城务工', '农民工', '退役军人',
  '社区工作者', '网上挂号', '预约挂号', '移动支付', '反诈', '防诈骗', '电信诈骗', '新能源',
  '光伏', '储能', '充电桩', '电工证', '低压电工', '智慧养老', '适老化', '健康管理', '中医养生',
  '非遗', '普通话', '村小', '大模型', 'ai绘画', '无人机', '电子商务', '家政服务', '育婴员',
  '养老护理员', '健康码', '网约车', '微信支付', '支付宝', '抖音', '快手', '直播',
]

/** Chinese function words that carry no need; dropped from index and query alike. */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set([
  '的', '了', '吗', '呢', '吧', '啊', '呀', '哦', '嗯', '着', '和', '与', '及', '或', '也', '都',
  '就', '还', '很', '在', '是', '我', '你', '他', '她', '它', '我们', '你们', '他们', '这', '那',
  '这个', '那个', '一个', '一些', '些', '个', '之', '其', '等', '对', '把', '被', '让', '给', '从',
  '而', '并', '又', '但', '请', '请问', '您', '哪', '吗', '么', '嘛', '啦', '哈', '呗', '得', '地',
])

/**
 * Characters that often stand alone as words; two lone characters side by
 * side are joined into a bigram (an unknown word jieba broke up, 花馍 → 花, 馍)
 * unless one of them is among these.
 */
const LONE_COMMON = new Set([
  ...'的了吗呢吧啊呀哦嗯着和与及或也都就还很在是我你他她它这那个之其等对把被让给从而并又但请您哪么嘛啦哈呗得地',
  ...'想学要能会做有看去来上下说到用多少好些点一二三四五六七八九十几每各该再才更最没不别跟向往为以于',
  ...'啥咋怎谁课班',
])

/** A configured word cutter: text in, words out. */
export type Segmenter = (text: string) => string[]

/** Options for {@link createSegmenter}. */
export interface SegmenterOptions {
  /** Extra words jieba should keep whole (taxonomy labels, catalogue keywords). */
  words?: readonly string[]
  /** Keep stop words (default false: they are dropped). */
  keepStopWords?: boolean
  /** Add the built-in {@link DOMAIN_WORDS} (default true; false only to measure what they add). */
  domainWords?: boolean
}

const RUNS = /\p{Script=Han}+|[a-z0-9+#.]+|[^\s\p{Script=Han}a-z0-9+#.]+/gu
const HAN = /^\p{Script=Han}/u

/**
 * Builds a segmenter whose jieba dictionary also holds `words`; loading the
 * dictionary takes ~0.1 s, so build one per process and reuse it.
 */
export function createSegmenter(options: SegmenterOptions = {}): Segmenter {
  return segmenterOver(fullJieba(extraWords(options.words ?? [], options.domainWords ?? true)), options)
}

function segmenterOver(jieba: WordCutter, options: SegmenterOptions): Segmenter {
  const groups = grouperOver(jieba, options)
  return (text: string): string[] => groups(text).flat()
}

/** Words in groups: each word of the text with the dictionary words inside it, sub-words first. */
function grouperOver(jieba: WordCutter, options: SegmenterOptions): (text: string) => string[][] {
  const keepStop = options.keepStopWords ?? false
  const memo = new Map<string, string[]>()
  return (text: string): string[][] => {
    const out: string[][] = []
    for (const run of normalizeText(text).match(RUNS) ?? []) {
      if (HAN.test(run)) {
        let loose: string | null = null // the previous token, when it was a lone uncommon character
        for (const word of jieba.cut(run, true)) {
          const lone = word.length === 1 && !LONE_COMMON.has(word)
          if (lone && loose) out.push([loose + word]) // 花 + 馍: an unknown word jieba broke up
          loose = lone ? word : null
          if (!keepStop && CHINESE_STOP_WORDS.has(word)) continue
          out.push(word.length > 2 ? [...subWords(jieba, word, memo), word] : [word])
        }
      } else if (/^[a-z0-9+#.]+$/.test(run)) {
        if (!keepStop && ENGLISH_STOP_WORDS.has(run)) continue
        out.push([stemEnglish(run)])
      } else {
        out.push([run])
      }
    }
    return out
  }
}

/** The extra words jieba's dictionary gets: normalised, Chinese, whole (jieba cannot hold a space). */
function extraWords(words: readonly string[], domainWords = true): string[] {
  return [...(domainWords ? DOMAIN_WORDS : []), ...words].map((w) => normalizeText(w)).filter((w) => HAN.test(w) && !/\s/.test(w))
}

/**
 * The dictionary words inside a long word (search mode), minus those that
 * straddle two others: 智能手机 gives 智能 and 手机 but not 能手.
 */
function subWords(jieba: WordCutter, word: string, memo: Map<string, string[]>): string[] {
  const known = memo.get(word)
  if (known) return known
  const spans: { text: string; start: number; end: number }[] = []
  for (const sub of jieba.cutForSearch(word, false)) {
    if (sub === word || sub.length < 2) continue
    const start = word.indexOf(sub)
    spans.push({ text: sub, start, end: start + sub.length })
  }
  const out = spans
    .filter((s) => {
      const left = spans.some((p) => p.start < s.start && s.start < p.end && p.end < s.end)
      const right = spans.some((q) => s.start < q.start && q.start < s.end && s.end < q.end)
      return !(left && right)
    })
    .map((s) => s.text)
  if (memo.size >= MEMO_LIMIT) memo.clear()
  memo.set(word, out)
  return out
}

const MEMO_LIMIT = 100_000

/** The shared grouper's last few answers (bounded: cleared when full); see sharedGroupsOf. */
const recentGroups = new Map<string, readonly (readonly string[])[]>()
const MAX_RECENT_GROUPS = 64
let sharedGroups: ((text: string) => string[][]) | undefined
let sharedJieba: WordCutter | undefined

/**
 * The one jieba with the built-in domain words that segment() and the typo repairer share. Its dictionary is
 * loaded word by word as texts need it (text/jieba-dictionary): the whole of it is ~0.2 s, a question needs a
 * few hundred words.
 */
function defaultJieba(): WordCutter {
  sharedJieba ??= lazyJieba(extraWords([]))
  return sharedJieba
}

/**
 * True when jieba's dictionary (with the domain words) holds this exact
 * string as one word. The typo repairer uses it so it never "repairs" a real
 * word into a vocabulary word that merely sounds alike.
 */
export function isDictionaryWord(text: string): boolean {
  const cut = rememberedCut(text)
  return cut.length === 1 && cut[0] === text
}

/**
 * Jieba's cut of a Chinese run using the dictionary only (no HMM guessing of
 * unknown words): the real words a typo repair must not cut through.
 */
export function dictionaryCut(text: string): string[] {
  return [...rememberedCut(text)]
}

/** The remembered cut itself (callers that only read it need no copy). */
function rememberedCut(text: string): readonly string[] {
  let cut = dictionaryCuts.get(text)
  if (!cut) {
    if (dictionaryCuts.size >= MAX_CUTS) dictionaryCuts.clear()
    dictionaryCuts.set(text, (cut = defaultJieba().cut(text, false)))
  }
  return cut
}

/** Recent dictionary cuts: the same words are asked about message after message (isDictionaryWord); bounded. */
const dictionaryCuts = new Map<string, readonly string[]>()
const MAX_CUTS = 20_000

/**
 * Words of a text for indexing and searching, with the built-in domain
 * words: normalised, Chinese cut in search mode, English stemmed, stop words
 * dropped. Deterministic and offline; the dictionary loads on first use.
 *
 * @example segment('退休老人学用智能手机') // ['退休', '老人', '学用', '智能', '手机', '智能手机']
 */
export function segment(text: string): string[] {
  return sharedGroupsOf(text).flat()
}

/**
 * The words of {@link segment}, grouped: each word of the text together with
 * the words inside it ([智能, 手机, 智能手机]). A query matches a group when it
 * matches any member, so "coverage" of a query is not halved by sub-words.
 *
 * @example segmentGroups('老人学智能手机') // [['老人'], ['学'], ['智能', '手机', '智能手机']]
 */
export function segmentGroups(text: string): string[][] {
  return sharedGroupsOf(text).map((g) => [...g])
}

/**
 * The shared grouper's answer for `text`, remembered for the last few texts: one message is segmented
 * by the understander, the query embedder and the ranking in turn, the same text each time.
 */
function sharedGroupsOf(text: string): readonly (readonly string[])[] {
  let groups = recentGroups.get(text)
  if (!groups) {
    sharedGroups ??= grouperOver(defaultJieba(), {})
    if (recentGroups.size >= MAX_RECENT_GROUPS) recentGroups.clear()
    recentGroups.set(text, (groups = sharedGroups(text)))
  }
  return groups
}

/**
 * Overlapping character n-grams of each word-run of the normalised text
 * (spaces are boundaries). Short runs give themselves. For fuzzy Chinese
 * matching and embeddings, where word cuts may disagree.
 *
 * @example charNgrams('智能手机', 2) // ['智能', '能手', '手机']
 */
export function charNgrams(text: string, n: number): string[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`)
  const out: string[] = []
  for (const run of normalizeText(text).split(' ')) {
    const chars = [...run]
    if (chars.length === 0) continue
    if (chars.length <= n) {
      out.push(run)
      continue
    }
    for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''))
  }
  return out
}

/** Jieba's part-of-speech classes of words that never name something to learn (pronouns, adverbs, particles…). */
const FUNCTION_TAGS = new Set(['r', 'rr', 'rz', 'd', 'f', 't', 'm', 'mq', 'q', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'y', 'e', 'o', 'zg'])

/**
 * True when jieba's dictionary reads `word` as one function word: a pronoun
 * (本人, 俺家), an adverb (重新), a locative (跟前, 附近), a time word (目前), a
 * numeral, a particle. Such a word is how people talk around a request, never
 * what they want to learn, whatever else the message says.
 */
export function isFunctionWord(word: string): boolean {
  return taggedAs(word, FUNCTION_TAGS, functionWords)
}

/** Jieba's part-of-speech classes of a quality said of something (不错, 便宜, 容易, 麻烦). */
const QUALITY_TAGS = new Set(['a', 'ad', 'an', 'ag'])

/**
 * True when jieba's dictionary reads `word` as one adjective: a quality ("不错", "便宜", "容易"). A quality is how
 * people react to what they were shown, never a thing they ask for (query/need-frames `isUnframedAsk`).
 */
export function isQualityWord(word: string): boolean {
  return taggedAs(word, QUALITY_TAGS, qualityWords)
}

/**
 * True when jieba's dictionary reads `word` as one word of one of `tags`, remembered in `memo` (the same words come
 * message after message; bounded like {@link dictionaryCut}'s cache).
 */
function taggedAs(word: string, tags: ReadonlySet<string>, memo: Map<string, boolean>): boolean {
  let known = memo.get(word)
  if (known === undefined) {
    const tagged = defaultJieba().tag(word, false)
    known = tagged.length === 1 && tagged[0].word === word && tags.has(tagged[0].tag)
    if (memo.size >= MAX_CUTS) memo.clear()
    memo.set(word, known)
  }
  return known
}

/** Words already tagged as qualities or not; bounded like {@link functionWords}. */
const qualityWords = new Map<string, boolean>()

/** Words already tagged (the same words come message after message, as for {@link dictionaryCut}); bounded. */
const functionWords = new Map<string, boolean>()
