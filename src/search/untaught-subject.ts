/**
 * @module search/untaught-subject
 * Whether the subject a request names is one the catalogue does not teach, so
 * that nothing fits however many projects share its topic: "学开叉车" (a skill
 * synonym no project mentions), "想学拉二胡" or "想学织毛衣" (one instrument or
 * one crafted thing, named by an everyday `family` word of 文化艺术), "想学做
 * 皮革手工" (a topic word narrowed by a word the catalogue never uses). The
 * catalogue decides, never a list of untaught subjects: each test asks the live
 * table whether any project teaches the word (ProjectTable.teaches, answered
 * once per word per catalogue load).
 */
import type { Understanding } from '../query/types.js'
import { isDictionaryWord, segment } from '../text/segment.js'
import { isNeedWord } from '../query/need-filter.js'
import { contentGroups, isCourseKind, type ContentGroup } from './need-words.js'
import type { ProjectTable } from './project-table.js'
import type { Tuning } from './tuning.js'

/** What the test reads of the retriever's parts (search/hybrid-retriever's RetrieverParts has them all). */
export interface SubjectParts {
  table: Pick<ProjectTable, 'teaches' | 'wordIn' | 'size'>
  lexical: { documentFrequency(term: string): number }
  isPlace?(word: string): boolean
  keepsNeed?(word: string): boolean
  topicTerm?(word: string): 'label' | 'synonym' | null
  familyWordIn?(phrase: string): string | null
}

/** What the test reads of a ranked candidate. */
interface Candidate { id: string; lexRank: number | null; vecScore: number | null; coverage: number }

/**
 * The last character of a musical instrument's name (二胡, 竹笛, 笛子, 古筝, 钢琴, 腰鼓, 洞箫, 唢呐, 琵琶, 铜锣):
 * one instrument's course never teaches another, so a sibling instrument is no evidence.
 */
const INSTRUMENT = /[胡笛琴筝鼓箫呐琶锣钹镲埙笙]子?$|[快竹]板$/
/** Verbs only ever of playing an instrument, said right before a word (吹唢呐, 弹吉他, 敲架子鼓); not 拉 or 打 (拉电线, 打工). */
const PLAYED = /(?:弹|吹|敲|奏)$/
/**
 * One kind of thing made by hand: a making verb in front (织毛衣, 编竹筐, 捏泥人, 钩针) or a carving or
 * modelling head at the end (木雕, 根雕, 泥塑, 面塑, 篆刻): the course must make that very thing.
 */
const MADE = /^(?:织|编|雕|捏|缝|钩)[\p{Script=Han}]|[\p{Script=Han}](?:雕|塑|刻)$/u

/**
 * Another instrument played or another thing sung in the same message ("拉二胡弹琴", "吹葫芦丝和唱民歌"): the
 * learner names music broadly, not one instrument.
 */
const ANOTHER_PLAYED = /(?:弹|拉|吹|敲|奏)[\p{Script=Han}]{0,2}[胡笛琴筝鼓箫呐琶锣]|唱\p{Script=Han}/u

/**
 * True when the message names more than the one thing: another word of a subject outside the thing's own words
 * ("拉二胡唱戏", "二胡和葫芦丝", "拉二胡吹笛子"), which asks for the field, not one instrument.
 */
function namesMore(normalized: string, family: string, content: ContentGroup[], parts: SubjectParts): boolean {
  const at = normalized.indexOf(family)
  const from = at > 0 && PLAYED.test(normalized[at - 1]) ? at - 1 : at
  const rest = `${normalized.slice(0, Math.max(0, from))} ${normalized.slice(at + family.length)}`
  // (A word of the subject the catalogue uses or the taxonomy knows; an unknown word beside the thing, 毛衣 of
  // 编织毛衣, is the thing's own object.)
  const another = (w: string) => [...w].length >= 2 && /\p{Script=Han}/u.test(w) && rest.includes(w) && !isCourseKind(w) && isNeedWord(w)
  return ANOTHER_PLAYED.test(rest) || (parts.familyWordIn?.(rest) ?? null) !== null ||
    content.some((g) => g.alts.some((w) => another(w) && (g.known || parts.topicTerm?.(w) != null)))
}

/**
 * True when a topic named by `word` (a `family` word, or the phrase holding one: "拉二胡") names one instrument
 * or one crafted thing rather than a field (唱歌, 扭秧歌, 毛笔字 stay the topic): `family` is the family word inside.
 */
function namesOneThing(normalized: string, phrase: string, family: string): boolean {
  const at = normalized.indexOf(family)
  return INSTRUMENT.test(family) || MADE.test(family) || (at > 0 && PLAYED.test(normalized.slice(Math.max(0, at - 1), at))) ||
    (phrase !== family && PLAYED.test(phrase.slice(0, phrase.indexOf(family))))
}

/**
 * The one instrument or crafted thing the request names by a `family` word ("想学拉二胡" → 二胡, "有没有教木雕的"
 * → 木雕) when no project teaches it and the message names nothing more: then nothing fits, and the learner is
 * told so by that word (search's `untaught`), never shown the topic's other courses as if they taught it.
 */
export function untaughtThing(parts: SubjectParts, u: Understanding, content: ContentGroup[]): string | null {
  const named = u.slots.topics.filter((t) => t.explicit && !t.related)
  let thing: string | null = null
  for (const t of named) {
    const family = /\p{Script=Han}/u.test(t.matched) ? parts.familyWordIn?.(t.matched) ?? null : null
    if (!family || !namesOneThing(u.normalized, t.matched, family) || parts.table.teaches(family) ||
      namesMore(u.normalized, family, content, parts)) return null
    thing ??= family
  }
  return thing
}

/** {@link untaughtThing} for a request whose search found nothing (its need-words grouped as ranking groups them). */
export function untaughtOf(parts: SubjectParts, u: Understanding, tuning: Pick<Tuning, 'commonWordShare' | 'commonWordMin'>): string | null {
  if (!u.slots.topics.some((t) => t.explicit && !t.related)) return null
  return untaughtThing(parts, u, contentGroups(u, (t) => parts.lexical.documentFrequency(t), parts.table.size, parts.isPlace, tuning, parts.keepsNeed))
}

/**
 * True when the request's named topics all come from subjects no project teaches, so nothing fits:
 * - a Chinese skill synonym the catalogue never uses, backed by no word of its subject in any kept project
 *   (words that only say what kind of course, 考试/培训/老师, prove nothing);
 * - a family word naming one instrument or crafted thing that no project teaches (its siblings, 葫芦丝 for
 *   二胡, are the topic's other courses, offered by the menu, not this subject).
 * English taxonomy words are translations of the topic ("eldercare"), never taken for an unmet skill.
 */
export function untaughtSkill(parts: SubjectParts, u: Understanding, content: ContentGroup[], kept: Candidate[], tuning: Pick<Tuning, 'vectorFloor'>): boolean {
  const { table } = parts
  const named = u.slots.topics.filter((t) => t.explicit && !t.related)
  if (!named.length) return false
  if (untaughtThing(parts, u, content)) return true
  // A paraphrase sharing a word with the catalogue ("办公技能": 办公) names the topic, not a specific skill.
  const df = (w: string) => parts.lexical.documentFrequency(w)
  // (Words of two characters or more: a lone 舞 of 舞狮, or a 克里 inside 尤克里里, is no word the catalogue shares.)
  const pairs = (w: string) => [...segment(w), ...[...w].slice(1).map((c, i) => [...w][i] + c).filter(isDictionaryWord)]
    .filter((p) => p !== w && [...p].length >= 2)
  const unmetSkill = named.every((t) => !/^[a-z]/.test(t.matched) &&
    parts.topicTerm?.(t.matched) === 'synonym' && df(t.matched) === 0 && !(/\p{Script=Han}/u.test(t.matched) && pairs(t.matched).some((p) => df(p) > 0)))
  if (!unmetSkill || named.some((t) => namesMore(u.normalized, t.matched, content, parts))) return false
  // A Chinese skill word must be backed by a word of its subject: words that only say what kind of course
  // ("雅思考试培训": 考试, 培训; "吉他老师": 老师), and vectors built from them, prove nothing. (English keeps any
  // evidence: its synonyms are matched by stems, which df of the surface word does not see.)
  const han = named.some((t) => /\p{Script=Han}/u.test(t.matched))
  // The skill word's own expansions ("唱歌" → 声乐, 合唱) are words of its subject.
  const expanded = u.termGroups.filter((g) => named.some((t) => g.includes(t.matched))).flat()
  const subject = [...content.flatMap((g) => g.alts), ...expanded].filter((t) => !isCourseKind(t))
  const subjectTests = subject.map((t) => table.wordIn(t))
  const evidence = (c: Candidate) => han ? subjectTests.some((has) => has(c.id))
    : c.lexRank !== null || c.coverage > 0 || (c.vecScore ?? 0) >= tuning.vectorFloor
  return !kept.some(evidence)
}
