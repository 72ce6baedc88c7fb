/**
 * Compares Chinese word segmenters on catalogue-like text, to justify the
 * choice in src/text/segment.ts. Quality: of the domain words a learner
 * would search for (hand-listed per sentence below), how many come out as
 * tokens (recall), and how many tokens are single characters (noise).
 * Speed: characters per millisecond over the sample catalogue (or the
 * sentences repeated when it is missing), best of three passes; ours includes
 * normalisation. Prints one line per segmenter. Note: several wanted words are
 * also in DOMAIN_WORDS, so the last row is partly by construction; the row
 * without domain words shows what the engine and the sub-words alone do.
 *
 *   node bin/run-ts.js bench/segment-compare.ts
 */
import { existsSync, readFileSync } from 'node:fs'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'
import * as jiebaWasm from 'jieba-wasm'
import { SAMPLE_CATALOGUE_PATH } from '../src/catalogue/sample.js'
import { normalizeText } from '../src/text/normalize.js'
import { createSegmenter } from '../src/text/segment.js'

/** Catalogue-like sentences and the words a search for them needs as tokens. */
const GOLD: [string, string[]][] = [
  ['面向退休老人的智能手机使用培训，学会微信视频通话和预约挂号', ['退休', '老人', '智能手机', '微信', '视频', '通话', '预约', '挂号']],
  ['乡村振兴背景下的农村电商与直播带货实战', ['乡村振兴', '农村电商', '直播带货', '实战']],
  ['农民工职业技能提升：低压电工证考前培训', ['农民工', '职业技能', '低压电工', '电工证', '培训']],
  ['乡村教师人工智能素养提升研修班，学习用大模型辅助备课', ['乡村教师', '人工智能', '素养', '大模型', '备课']],
  ['分布式光伏运维与农村安全用电知识讲座', ['分布式', '光伏', '运维', '安全用电', '讲座']],
  ['养老护理员职业技能培训（初级），含失能老人照护实操', ['养老护理员', '失能', '老人', '照护', '实操']],
  ['家庭教育指导师：隔代养育与亲子沟通', ['家庭教育', '隔代', '养育', '亲子', '沟通']],
  ['防范电信诈骗与老年人金融素养公益课', ['电信诈骗', '老年人', '金融', '素养', '公益']],
  ['社区工作者数字化治理能力提升', ['社区工作者', '数字化', '治理', '能力']],
  ['退役军人创业就业指导与技能培训', ['退役军人', '创业', '就业', '技能培训']],
  ['残疾人电商客服远程就业培训', ['残疾人', '电商', '客服', '远程', '就业']],
  ['短视频拍摄与剪映剪辑入门（零基础）', ['短视频', '拍摄', '剪映', '剪辑', '入门', '零基础']],
  ['中医养生与八段锦健身课程', ['中医养生', '八段锦', '健身', '课程']],
  ['新能源汽车充电桩安装与维护', ['新能源汽车', '充电桩', '安装', '维护']],
  ['普通话水平提升与朗诵艺术', ['普通话', '朗诵', '艺术']],
  ['书法国画入门：老年大学线上课堂', ['书法', '国画', '老年大学', '线上', '课堂']],
  ['高素质农民培育：设施农业与蔬菜大棚种植技术', ['高素质农民', '设施农业', '蔬菜大棚', '种植技术']],
  ['进城务工人员劳动合同与讨薪维权法律知识', ['进城务工', '劳动合同', '讨薪', '维权', '法律知识']],
  ['宝妈灵活就业：家政服务与育婴员培训', ['宝妈', '灵活就业', '家政服务', '育婴员', '培训']],
  ['中小学教师信息化教学能力提升与微课制作', ['中小学', '教师', '信息化', '教学能力', '微课', '制作']],
]

type Cut = (text: string) => string[]

const nodeJieba = Jieba.withDict(dict)
const intl = new Intl.Segmenter('zh', { granularity: 'word' })
const ours = createSegmenter()
const oursPlain = createSegmenter({ domainWords: false })
const han = (t: string[]) => t.filter((w) => /\p{Script=Han}/u.test(w))
const candidates: [string, Cut][] = [
  ['Intl.Segmenter (ICU)', (t) => han([...intl.segment(t)].filter((s) => s.isWordLike).map((s) => s.segment))],
  ['@node-rs/jieba cut', (t) => han(nodeJieba.cut(t, true))],
  ['@node-rs/jieba cutForSearch', (t) => han(nodeJieba.cutForSearch(t, true))],
  ['jieba-wasm cut', (t) => han(jiebaWasm.cut(t, true))],
  ['jieba-wasm cut_for_search', (t) => han(jiebaWasm.cut_for_search(t, true))],
  ['ours without domain words (jieba + sub-words)', (t) => han(oursPlain(t))],
  ['ours: segment() (jieba + domain words + sub-words)', (t) => han(ours(t))],
]

let corpus: string[]
if (existsSync(SAMPLE_CATALOGUE_PATH)) {
  corpus = readFileSync(SAMPLE_CATALOGUE_PATH, 'utf8').split('\n').filter((l) => /\p{Script=Han}/u.test(l))
} else {
  corpus = Array.from({ length: 50 }, () => GOLD.map((g) => g[0])).flat()
}
corpus = corpus.map(normalizeText)
const chars = corpus.reduce((n, l) => n + l.length, 0)

console.log(`gold: ${GOLD.length} sentences, ${GOLD.reduce((n, g) => n + g[1].length, 0)} wanted words; speed corpus: ${corpus.length} lines, ${chars} chars`)
console.log(`${'segmenter'.padEnd(52)} recall  1-char tokens  tokens/sent  chars/ms  deterministic`)
for (const [name, cut] of candidates) {
  let found = 0
  let wanted = 0
  let single = 0
  let tokens = 0
  for (const [sentence, words] of GOLD) {
    const got = new Set(cut(normalizeText(sentence)))
    const list = cut(normalizeText(sentence))
    tokens += list.length
    single += list.filter((w) => [...w].length === 1).length
    wanted += words.length
    found += words.filter((w) => got.has(w)).length
  }
  let ms = Infinity // best of three passes over the corpus, the first also warming up
  for (let pass = 0; pass < 3; pass++) {
    const t = performance.now()
    for (const line of corpus) cut(line)
    ms = Math.min(ms, performance.now() - t)
  }
  const again = GOLD.every(([s]) => JSON.stringify(cut(s)) === JSON.stringify(cut(s)))
  console.log(
    `${name.padEnd(52)} ${(found / wanted).toFixed(2).padStart(6)}  ${(single / tokens).toFixed(2).padStart(13)}  ${(tokens / GOLD.length).toFixed(1).padStart(11)}  ${(chars / ms).toFixed(0).padStart(8)}  ${again ? 'yes' : 'NO'}`,
  )
}
