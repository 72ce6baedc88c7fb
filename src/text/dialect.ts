/**
 * @module text/dialect
 * Everyday Chinese said the way people type it, brought to plain Mandarin
 * before anything is matched: Cantonese function words (有冇, 唔使, 咩, 喺,
 * 仲有, 上堂), northern colloquial pronouns and question words (俺, 咱, 啥, 咋)
 * and the sentence-final particles of chat (呗, 嘞, 哈). The taxonomy, the cues
 * and the control words are written once, in Mandarin; this is why they still
 * understand "有冇唔使錢嘅實體課" and "俺想学点啥呗". Only whole function words
 * are rewritten, never content words, so a message already in Mandarin comes
 * out unchanged apart from those particles.
 */
import { CANTONESE_REWRITES } from './cantonese-words.js'
import { MANDARIN_DIALECT_REWRITES } from './mandarin-dialect.js'
import { toMainlandWords } from './regional-words.js'
import { anyMatches, replaceEach } from './regex-tools.js'

/**
 * Cantonese (Hong Kong, Guangdong) and colloquial function words → Mandarin,
 * longest first. Patterns run on text in either script (traditional and
 * simplified forms are both listed), before simplification.
 */
const REWRITES: readonly [RegExp, string][] = [
  // Longer Cantonese phrases (唔識, 搵過, 都得, 呢個, 出年) first: src/text/cantonese-words.ts.
  ...CANTONESE_REWRITES,
  // Cantonese "is there / isn't there": 有冇, 有無, and the IME slip 有毛 (mou → 毛).
  [/有(冇|无|無|毛)(?![病笔筆衣线線巾皮数數限穷窮论論辜偿償])(?<!有[无無](?=[需須须]))/g, '有没有'],
  [/冇(得)?/g, '没有'],
  // Free: 唔使钱 / 唔洗钱 / 唔驶钱 ("no need to pay") and 免钱. (不用钱, word for word: 不要钱 after a wish, 要唔使錢嘅,
  // would read as the question 要不要钱.)
  [/唔(使|洗|驶|駛|需|用)(俾|畀|比)?(钱|錢)/g, '不用钱'],
  [/唔(使|洗|驶|駛|需|用)/g, '不用'],
  [/唔(该|該)/g, '谢谢'],
  [/唔/g, '不'],
  // Still / also: 仲有 → 还有 (not 仲裁, 仲夏).
  [/仲(?![裁夏秋春冬介])/g, '还'],
  [/(乜嘢|乜野|咩嘢|咩野|乜|咩)/g, '什么'],
  [/嚟(过|過|喇)/g, '来过'],
  [/(点样|點樣|点解|點解)/g, '怎样'],
  [/(几多|幾多)(钱|錢)?/g, '多少$2'],
  [/(几时|幾時)(?!候)/g, '什么时候'],
  [/(边度|邊度|边处|邊處)/g, '哪里'],
  [/(边个|邊個)/g, '哪个'],
  [/(上堂|上堂课|上堂課)/g, '上课'],
  [/(揾|搵)/g, '找'],
  [/(畀|俾)(我)/g, '给$2'],
  [/^(咁|噉)/g, '那'],
  // 係 is also the traditional form of 系 in 關係 / 聯係: only the copula is rewritten.
  [/(?<![關关聯联干幹體体派維维])係/g, '是'],
  // Northern colloquial: 俺 / 咱 = 我, 俺们 / 咱们 = 我们, 啥 = 什么, 咋 = 怎么.
  [/(俺|咱)们/g, '我们'],
  [/俺|咱/g, '我'],
  [/啥子/g, '什么'],
  [/啥/g, '什么'],
  [/咋(个|個|地|的)?(?=[\p{Script=Han}]|$)/gu, '怎么'],
  // Southwestern Mandarin (Sichuan, Chongqing, Guizhou) and northeastern words: 有没得 / 没得 = 有没有 / 没有,
  // a clause-final 有莫 = 有没有, 屋头 = 家里, 瞅 = 看, 好多钱 = 多少钱.
  [/有没得/g, '有没有'],
  [/没得/g, '没有'],
  [/有莫(?=[\s?？。，,!！]|$)/g, '有没有'],
  [/屋头/g, '家里'],
  // 屋里 after a person or 在 is the home too (Hunan, Jiangxi, Hubei: "我屋里养了羊", "在屋里带细伢子").
  // So is 屋里 after a verb of looking after or before 的 ("管屋里的娃娃", "照看屋里卧床的老人", "屋里头的事").
  [/(?<=我|额|我们|他|她|在|回)屋里|(?<=管|带|照看|照顾|看|顾|陪)屋里(头)?|屋里(头)?(?=的)/g, '家里'],
  // 细娃 / 细娃儿 (Sichuan, Chongqing) = a child, "the little one".
  [/细娃(儿)?/g, '孩子'],
  // 娃儿 = a child (not 娃娃, which is also a doll).
  [/娃儿/g, '孩子'],
  [/瞅/g, '看'],
  [/好多钱/g, '多少钱'],
  // Henan / Hebei "OK?": 中不中, and a bare 中不 at the end of a clause (高中, 中文 untouched).
  [/中不中/g, '行不行'],
  [/(^|\s)中不(?=[\s?？。，,!！]|$)/g, '$1行不行'],
  // "整个 / 弄个 / 搞个 …的课": a northern "get me one" before the request, not a subject (整个 as "whole" keeps 整个人).
  [/(^|\s|给我|给)(整|弄|搞)(个|点|一个)(?![人月年天星期])/g, '$1来$3'],
  // Wu, north-western, central-plains, Xiang and north-eastern function words: src/text/mandarin-dialect.ts.
  ...MANDARIN_DIALECT_REWRITES,
]

/**
 * Single Cantonese characters and their Mandarin, letter for letter. The one
 * table of them: {@link toMandarin} applies it after the context rules above
 * (which already handled 仲, 咁 and 係 where they are function words, and left
 * them alone elsewhere), and the dialogue's control fold (dialogue/control-text)
 * reads "仲有冇" and "睇多啲" with it. conv-trad: extend here.
 */
export const CANTONESE_CHARS: Readonly<Record<string, string>> = {
  冇: '没有', 仲: '还', 咩: '什么', 乜: '什么', 啲: '些', 搵: '找', 揾: '找', 睇: '看', 嘅: '的', 嚟: '来',
  俾: '给', 畀: '给', 咁: '那', 唔: '不', 喺: '在', 咗: '了', 嘢: '东西', 係: '是', 哋: '们', 佢: '他',
}
/** Characters of {@link CANTONESE_CHARS} that are also ordinary Mandarin or traditional characters (仲裁, 咁, 關係): only the context rules rewrite them. */
const CONTEXTUAL = new Set(['仲', '咁', '係'])
const CHAR_RULE = new RegExp(`[${Object.keys(CANTONESE_CHARS).filter((c) => !CONTEXTUAL.has(c)).join('')}]`, 'g')

/**
 * Pinyin-IME slips of the everyday function words a request is built from: the
 * wrong homophone picked for 有 (又), 再 (在), 荐 (见), 吗 (马), 程 (成), 习 (系).
 * The typo repairer mends content words towards the catalogue's vocabulary;
 * these are the small words around them, which it never touches.
 */
const SLIPS: readonly [RegExp, string][] = [
  [/(还|還)又/g, '$1有'],
  [/(^|还|還|\s)又没(有)?/g, '$1有没有'],
  [/有没又/g, '有没有'],
  [/推(见|建|件|剑|间)/g, '推荐'],
  [/(^|\s)在(?=来|换|给|推荐|看看|找|多)/g, '$1再'],
  [/(别的|別的|其他的?|其它的?|还有|還有|有|的)(马|馬)(?=[\s?？]|$)/g, '$1吗'],
  [/(客|课)(成|称|呈)|客程/g, '课程'],
  [/(想|要|我|来|去)学系/g, '$1学习'],
  [/学系(?=项目|课程|班)/g, '学习'],
  [/(抱|包|宝)名/g, '报名'],
  [/(资|姿)询/g, '咨询'],
  [/(想|能|要|好|可以|我|来|去)雪(?=的|点|习|个|门|什么|$|\s)/g, '$1学'],
  [/(不收|不要|不花|不用|免|多少|花)前(?![面边头天年往进后])/g, '$1钱'],
]

/**
 * Sentence-final particles of chat (呗, 嘞, 哈, 咧, 哩, 噻, 啵, 喔, 喇, 嘛):
 * dropped at the end of a clause, where they carry tone, never meaning. 哈
 * inside a word (哈尔滨, 哈密) is kept.
 */
const FINAL_PARTICLES = /(?<=[\p{Script=Han}])(?<!唢)(呗|唄|嘞|咧|哩|噻|啵|喔|喇|哈|嘛|啦|呐|哦|噢|哒|嗷)+(?=[\s\p{P}]|$)/gu

/**
 * Where {@link FINAL_PARTICLES} stand in `text` (code-unit offsets of each particle character): control phrases
 * ("再给几个噻", "重新来过嘛") are read without them, by the same rule the understander drops them with.
 */
export function finalParticleOffsets(text: string): Set<number> {
  const at = new Set<number>()
  for (const m of text.matchAll(FINAL_PARTICLES)) for (let i = 0; i < m[0].length; i++) at.add(m.index + i)
  return at
}

/**
 * Plain Mandarin for a message in a dialect or chat register: Cantonese and
 * northern colloquial function words rewritten, chat particles dropped at the
 * end of clauses. Content words are left alone.
 *
 * @example toMandarin('有冇唔使錢嘅課') // '有没有不用钱的課'
 * @example toMandarin('俺想学点啥呗') // '我想学点什么'
 */
export function toMandarin(text: string): string {
  let out = text
  // Most messages hold none of these words: one scan says so. If none matches the text, no step changes it,
  // so none can match a later step either.
  if (anyRewrite(text)) {
    out = rewrite(out).replace(CHAR_RULE, (c) => CANTONESE_CHARS[c])
    out = slip(out)
  }
  // Taiwan / Hong Kong words typed in simplified (报读, 乐龄族, 屋企); traditional text gets them when simplified.
  return toMainlandWords(out.replace(FINAL_PARTICLES, ''), false)
}

/** The rewrites and slips in turn, each tried only where its first and needed strings occur (text/regex-tools). */
const rewrite = replaceEach(REWRITES)
const slip = replaceEach(SLIPS)

/** Whether any step of toMandarin (rewrites, Cantonese characters, slips) matches, in one or two scans. */
const anyRewrite = anyMatches([...REWRITES.map(([pattern]) => pattern), CHAR_RULE, ...SLIPS.map(([pattern]) => pattern)])
