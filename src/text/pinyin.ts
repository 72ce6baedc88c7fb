/**
 * @module text/pinyin
 * Toneless pinyin keys for Chinese words, in an exact and a "fuzzy" form.
 * The fuzzy form folds the sounds people mix up when typing with a pinyin
 * IME or speaking with a regional accent (zh/z, ch/c, sh/s, n/l, -ng/-n, ü/u),
 * so 乡村振心 (zhenxin) still meets 乡村振兴 (zhenxing).
 */
import { pinyin } from 'pinyin-pro'

/** Every toneless syllable of standard Mandarin (ü written v), plus lue/nue spellings. */
export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng ' +
    'cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu ' +
    'cuan cui cun cuo da dai dan dang dao de den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei ' +
    'en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang ' +
    'gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao ' +
    'jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun ' +
    'kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve ma mai ' +
    'man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian ' +
    'niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ' +
    'ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ' +
    'ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shen sheng shi shou shu shua shuai ' +
    'shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong ' +
    'tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan ' +
    'xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai ' +
    'zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui ' +
    'zun zuo lue nue'
  ).split(' '),
)

/** A string's toneless syllables read in context, and their fuzzy forms. */
export interface Reading {
  readonly syllables: readonly string[]
  readonly fuzzy: readonly string[]
  /** {@link fuzzyId} of each fuzzy form: the typo repairer's sound trie steps by these numbers, not by strings. */
  readonly fuzzyIds: readonly number[]
}

/** Recent readings: the same words and runs come back message after message; bounded, cleared when full. */
const readings = new Map<string, Reading>()
const MAX_READINGS = 20_000

/**
 * The remembered reading of a Chinese string (shared: callers only read it), with its fuzzy forms, so the typo
 * repairer, which reads every run of every message, neither copies the syllables nor folds them again.
 */
export function readingOf(han: string): Reading {
  let r = readings.get(han)
  if (!r) {
    if (readings.size >= MAX_READINGS) readings.clear()
    const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true })
    const fuzzy = syllables.map(fuzzySyllable)
    readings.set(han, (r = { syllables, fuzzy, fuzzyIds: fuzzy.map(fuzzyId) }))
  }
  return r
}

/** Toneless pinyin of each character of a Chinese string (ü as v), read in context. */
export function syllablesOf(han: string): string[] {
  return [...readingOf(han).syllables]
}

/** The number of each fuzzy form met so far, in order of first meeting (some 400 syllables, and the odd character read as itself). */
const fuzzyNumbers = new Map<string, number>()

/**
 * A small number for a fuzzy form, the same for the whole process: a trie keyed by these steps through an array or
 * a map of small integers, where string keys cost a hash and a comparison at every step.
 */
export function fuzzyId(fuzzy: string): number {
  let id = fuzzyNumbers.get(fuzzy)
  if (id === undefined) fuzzyNumbers.set(fuzzy, (id = fuzzyNumbers.size))
  return id
}

/** Every fuzzy form computed so far (there are only some 400 syllables). */
const fuzzyForms = new Map<string, string>()

/** Folds one syllable to its fuzzy form: zh→z, ch→c, sh→s, l→n, ing→in, eng→en, ang→an, v/ü→u. */
export function fuzzySyllable(syllable: string): string {
  let f = fuzzyForms.get(syllable)
  if (f === undefined) fuzzyForms.set(syllable, (f = foldSyllable(syllable)))
  return f
}

function foldSyllable(syllable: string): string {
  return syllable
    .replace(/^zh/, 'z')
    .replace(/^ch/, 'c')
    .replace(/^sh/, 's')
    .replace(/^l/, 'n')
    .replace(/ve$/, 'ue')
    .replace(/v/g, 'u')
    .replace(/ing$/, 'in')
    .replace(/eng$/, 'en')
    .replace(/ang$/, 'an')
}

/** The exact key of a syllable sequence: syllables joined by "'" (so xi'an ≠ xian). */
export function exactKey(syllables: readonly string[]): string {
  return syllables.join("'")
}

/** The fuzzy key of a syllable sequence. */
export function fuzzyKey(syllables: readonly string[]): string {
  return syllables.map(fuzzySyllable).join("'")
}

/**
 * Every way to split a run of latin letters into pinyin syllables, up to
 * `limit` ways ("xian" → [xian], [xi, an]). Empty when it is not pinyin.
 */
export function splitPinyin(letters: string, limit = 8): string[][] {
  const out: string[][] = []
  const walk = (at: number, acc: string[]): void => {
    if (out.length >= limit) return
    if (at === letters.length) {
      out.push([...acc])
      return
    }
    for (let len = Math.min(6, letters.length - at); len >= 1; len--) {
      const syl = letters.slice(at, at + len)
      if (PINYIN_SYLLABLES.has(syl)) {
        acc.push(syl)
        walk(at + len, acc)
        acc.pop()
      }
    }
  }
  walk(0, [])
  return out
}
