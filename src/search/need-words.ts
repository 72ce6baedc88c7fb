/**
 * @module search/need-words
 * Which words of a request describe a need, as opposed to a slot already
 * understood (老年人, 线上, 杭州) or a mere "I want to learn" (想学, 进修).
 * The relevance floor measures how much of the need a project covers, so
 * these must be the words a person would underline, weighted by rarity.
 */
import type { Understanding } from '../query/types.js'
import { isDictionaryWord, segment, segmentGroups } from '../text/segment.js'
import { STOP_WORDS } from './features.js'
import { CARED_FOR_WORDS } from '../query/cues.js'
import { ENGLISH_FILLER } from '../query/english-words.js'
import { isNeedWord, isVerbGlue } from '../query/need-filter.js'
import { DEFAULT_TUNING, type Tuning } from './tuning.js'

/** Words that only restate format or fee (already slots), never a need in themselves. */
export const SLOT_WORDS = new Set(['线上', '线下', '网上', '在线', '网课', '面授', '现场', '免费', '不要钱', '不收费', '混合',
  'online', 'offline', 'free', 'hybrid', 'onlin', 'offlin', 'fre', '附近', '本地', '这个月', '下个月', '下周', '暑假', '寒假'])

/** Words that only say "learn more" (进修, 研习…): a request made of them and a slot is a request for the slot. */
const STUDY_WORDS = new Set(['进修', '研习', '研修', '深造', '进阶', '提升', '提高', '充实', '了解', '东西', '本事', '干啥', '当好', '做好', '学好', '学会', '上课', '听课', '报名', '报班'])

/**
 * Words that say how hard, how long or how good, never what: "听不懂" in "听不懂广东话", "轻松点" in "轻松点的技术",
 * "一辈子" in "种了一辈子地". As need-words nothing in the catalogue covers them,
 * so they would sink every fitting project below the relevance floor.
 */
const NOT_NEEDS = new Set(['听不懂', '看不懂', '不懂', '搞不懂', '弄不懂', '学不会', '不明白', '不会', '不太会', '一辈子', '大半辈子',
  '半辈子', '这辈子', '好多年', '多年', '几十年', '十几年', '好几年', '天天', '每天', '老是', '总是', '一直', '经常', '整天', '一天到晚',
  '越来越', '越来', '越少', '越多', '急死', '着急', '头疼', '发愁', '犯愁', '烦死', '愁死', '没办法', '咋整', '咋办', '怎么办', '法子', '窍门', '新法子',
  '轻松', '轻松点', '简单', '简单点', '容易', '实用', '稳定', '靠谱', '正规', '好点', '体面', '正经',
  // "学得到", "哪里学得到": whether it can be had, never what.
  '得到'])

/**
 * Words that say what kind of course (an exam, a class, training), never its subject: a named skill
 * no project teaches ("雅思考试培训") is not made teachable by projects that merely share them.
 */
export const COURSE_KIND_WORDS: ReadonlySet<string> = new Set(['考试', '考前', '考证', '备考', '冲刺', '冲刺班', '培训', '培训班',
  '辅导', '辅导班', '补习', '补习班', '补课', '课程', '课堂', '学习班', '入门', '基础', '进阶', '速成', '证书', '资格', '考级', '认证',
  '讲座', '训练', '实训', '教学', '教练', '项目', '老师', '师傅', '私教', '老师傅', '导师', 'exam', 'test', 'train', 'training', 'cours', 'course', 'class', 'prep', 'tutor',
  'tutoring', 'lesson', 'certif', 'certificate', 'teacher', 'coach', 'instructor'])

const HAN_COURSE_KINDS = [...COURSE_KIND_WORDS].filter((k) => /\p{Script=Han}/u.test(k))
/** True when `word` only says what kind of course: one of {@link COURSE_KIND_WORDS}, or a Chinese word holding one (雅思考试班). */
export function isCourseKind(word: string): boolean {
  return COURSE_KIND_WORDS.has(word) || HAN_COURSE_KINDS.some((k) => word.includes(k))
}

/** One need-word of a query with its alternatives (a word and the words inside it: 电动车, 电动, 动车). */
export interface ContentGroup {
  alts: string[]
  /** idf of the group's most common alternative (rarest possible when the catalogue knows none). */
  weight: number
  /** True when the catalogue contains at least one alternative. */
  known: boolean
}

/** {@link isContentWord}'s answers (fixed word lists): a word-level table, asked several times per word per search. */
const contentWordAnswers = new Map<string, boolean>()

function isContentWord(t: string): boolean {
  let known = contentWordAnswers.get(t)
  if (known === undefined) {
    if (contentWordAnswers.size >= 20000) contentWordAnswers.clear()
    contentWordAnswers.set(t, (known = decideContentWord(t)))
  }
  return known
}

function decideContentWord(t: string): boolean {
  if (!t || STOP_WORDS.has(t) || SLOT_WORDS.has(t) || STUDY_WORDS.has(t) || NOT_NEEDS.has(t) || CARED_FOR_WORDS.has(t) || ENGLISH_FILLER.has(t) || /^\d+$/.test(t) || isVerbGlue(t)) return false
  return !([...t].length === 1 && /\p{Script=Han}/u.test(t))
}

function slotWordTest(u: Understanding, isPlace: (t: string) => boolean = () => false, keepsNeed: (w: string) => boolean = () => false): (t: string) => boolean {
  // A topic inferred from an everyday word leaves that word a need ("顶嘴" still has to be covered), and so does a
  // topic named by one of its everyday subjects ("包扎", "光伏板": the project teaching that word ranks first).
  const slotWords = [...u.slots.topics, ...u.slots.audiences].filter((s) => !s.related && !keepsNeed(s.matched)).map((s) => s.matched).filter(Boolean)
  // English slot words as the need-words spell them: stemmed ("people with disabilities" holds "disability").
  const stemmed = new Set(slotWords.filter((w) => /^[a-z]/.test(w)).flatMap((w) => segment(w)))
  if (u.slots.time) slotWords.push(u.slots.time.matched)
  const region = u.slots.region ?? ''
  const regionStem = region.replace(/[省市]$/, '')
  return (t) => (region !== '' && (region.includes(t) || (regionStem.length >= 2 && t.includes(regionStem)) || isPlace(t))) ||
    slotWords.some((w) => w.includes(t) || t === w) || stemmed.has(t)
}

/**
 * The need-words of a request, grouped, weighted by rarity in the catalogue.
 * Fragments jieba glued together from unknown text ("背想配", "想学种") are
 * dropped: they are in neither the dictionary nor the catalogue, and would
 * otherwise count as an unmet need.
 */
export function contentGroups(u: Understanding, df: (term: string) => number, catalogueSize: number,
  isPlace?: (t: string) => boolean, floor: Pick<Tuning, 'commonWordShare' | 'commonWordMin'> = DEFAULT_TUNING,
  keepsNeed: (w: string) => boolean = () => false): ContentGroup[] {
  // (Beside a learner who says who they are, the topic and the person rank: the subject word stays the topic's slot.)
  if (u.slots.audiences.length) keepsNeed = () => false
  const isSlotWord = slotWordTest(u, isPlace, keepsNeed)
  const idf = (d: number) => Math.log(1 + Math.max(1, catalogueSize) / (d + 0.5))
  const out: ContentGroup[] = []
  const seen = new Set<string>()
  const said = segmentGroups(u.normalized)
  // A Chinese word the understander dropped altogether (talk about who asks or where they serve, "替辖区内的妇女咨询":
  // 辖区, 咨询) or holds to be no need (本人: query/need-filter) is never one the list must cover.
  // (Filled group by group: Array.prototype.flat is slow in V8.)
  const termed = new Set<string>()
  for (const g of u.termGroups) for (const w of g) termed.add(w)
  // (Not a word of numerals, 三七 of "想学种三七": the understander drops counts, search asks the catalogue.)
  const dropped = (g: string[]) => said.includes(g) && g.every((w) => /^\p{Script=Han}{2,}$/u.test(w) && !/^[一二三四五六七八九十百千万两零几]+$/.test(w) && (!termed.has(w) || !isNeedWord(w)))
  for (const group of withCharRuns(said)) {
    if (dropped(group)) continue
    const alts: string[] = []
    for (let t of group) {
      if (!isContentWord(t) || isSlotWord(t)) continue
      const glued = (w: string) => /^[想学要]/.test(w) && (df(w) === 0 || !isDictionaryWord(w))
      if (/\p{Script=Han}/u.test(t) && (df(t) === 0 || glued(t))) {
        // "学画" + 唐卡, "想学种" + 三七, "学点": a learning verb glued to the need.
        while (glued(t)) t = t.slice(1)
        if ([...t].length < 2 || !isContentWord(t) || (df(t) === 0 && !isDictionaryWord(t))) continue
      }
      if (!seen.has(t)) alts.push(t)
    }
    // The understander's expansions of a word are alternatives too (过年 → 春节), also of an everyday
    // word the catalogue never uses ("脑梗" → 中风, 脑卒中): then they are the whole group.
    const raw = group.some(isSlotWord) ? [] : group
    const expansions = u.termGroups.filter((e) => e.some((t) => alts.includes(t) || raw.includes(t)))
    // A word of a phrase already grouped ("半边身子" inside the 脑梗 group) is covered with that group.
    if (expansions.some((e) => e.some((t) => seen.has(t) && !group.includes(t)))) continue
    for (const expansion of expansions) {
      {
        for (const t of expansion) if (!alts.includes(t) && !seen.has(t) && !raw.includes(t) && isContentWord(t) && !isSlotWord(t)) alts.push(t)
      }
    }
    if (alts.length === 0) continue
    alts.forEach((t) => seen.add(t))
    const dfs = alts.map(df)
    // A word in a fifth of the catalogue or more ("面向", "教育") describes the catalogue, not a need.
    if (Math.min(...dfs) > Math.max(floor.commonWordMin, catalogueSize * floor.commonWordShare)) continue
    out.push({ alts, weight: idf(Math.max(...dfs)), known: dfs.some((d) => d > 0) })
  }
  return out
}

/**
 * Runs of single Chinese characters (jieba's fallback for words it does not
 * know: 花 / 馍) also give a group of their bigrams (做花, 花馍), so an
 * unknown word can still be found in a project's text.
 */
function withCharRuns(groups: string[][]): string[][] {
  const out = [...groups]
  let run: string[] = []
  const flush = () => {
    if (run.length >= 2) out.push(run.slice(1).map((c, i) => run[i] + c))
    run = []
  }
  for (const g of groups) {
    if (g.length === 1 && [...g[0]].length === 1 && /\p{Script=Han}/u.test(g[0])) run.push(g[0])
    else flush()
  }
  flush()
  return out
}
