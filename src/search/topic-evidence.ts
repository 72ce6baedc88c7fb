/**
 * @module search/topic-evidence
 * The topic of a request whose subject the understander could not name, read
 * from the catalogue's own text: "电咋用安全", "照顧服務", "直播卖货" name no
 * taxonomy word, but the projects whose titles, summaries and tags hold the
 * message's words (or the words inside them: 学电 = 学|电) mostly share one
 * topic. No word list decides: the catalogue in hand does, so a word nobody
 * wrote down and a catalogue nobody has seen are read alike.
 *
 * The evidence is weighed like a search engine weighs terms: a word found in
 * many projects (安全, 服务, 学习) counts little (idf), a topic counts by how
 * much more often it holds the evidence than its share of the catalogue (lift),
 * and a topic is adopted only when it wins clearly. A lone character is never
 * evidence by itself ("考研" → 研 → 研修 is no topic): only beside a word.
 */
import type { Understanding } from '../query/types.js'
import type { Project } from '../catalogue/project.js'
import { isDictionaryWord, segment } from '../text/segment.js'
import { holdsRow } from '../text/substring-index.js'
import type { ProjectTable } from './project-table.js'
import { lazyEvidenceTable, type EvidenceTable } from './evidence-table.js'
import { createRegionResolver, hardFilter, hasHardFilter, type RegionResolver } from './slot-match.js'

/** A topic the catalogue's text gives a request, with the words that were its evidence. */
export interface TopicEvidence {
  id: string
  words: string[]
  /** True when every project that voted is of this topic: filtering by it drops none of the projects holding the words. */
  whole: boolean
}

/**
 * Verbs of wanting, learning or doing and the switch words that segmentation glues onto the subject when it does
 * not know the word (学电, 整明白, 那电, 换电): a closed class, stripped from the front of a word the catalogue
 * does not hold. (Not 考: 考大学 is no 大学 course.)
 */
const GLUED_VERBS = /^(?:想|要|学|整|搞|弄|会|去|来|做|用|换|那|有)+/u
/** Characters that are grammar, never a subject (measure words, particles, pronouns): no evidence alone. */
const FUNCTION_CHARS = /^[个点些下的了着么啥咋怎吗呢吧啊呀嘛哪那这俺咱我你他她它们一二两几多少也都还就才又再很太更最把被给让跟和与及或在从到向对于为是有没不]$/u
const HAN = /\p{Script=Han}/u
/** Light verbs and course words that stand alone in a request (教, 用, 课): never its subject. */
const LIGHT_CHARS = /^[教用学想要看找问报上去来做说听课班换整搞弄考会能]$/u

/** The evidence needs this share of the weighed projects for the winning topic. */
const MIN_SHARE = 0.4
/** ... and the winner this many times its share of the catalogue (a big topic wins nothing by size alone). */
const MIN_LIFT = 2
/** ... and the runner-up at most this share of the winner's weight. */
const MAX_RUNNER_UP = 0.6
/** ... from at least this many projects holding every need. */
const MIN_PROJECTS = 2

/** One unit of evidence: a catalogue word and whether it is a lone character (only evidence beside a word). */
interface Unit { word: string; single: boolean }

/**
 * The catalogue words a need-word stands for: itself when the catalogue holds it; else the word without a glued
 * learning verb; else its dictionary sub-words the catalogue holds; else, for a verb glued to one character (学电),
 * that character.
 */
function unitsOf(word: string, df: (w: string) => number): Unit[] {
  // (A glued verb first: "学电" is in "大学电脑" as a string, not as a word.)
  const bare = HAN.test(word) && !isDictionaryWord(word) ? word.replace(GLUED_VERBS, '') : word
  // English is left to its own readers: a stem is a string inside other words ("driv" of "data-driven").
  if (!HAN.test(word) || !bare) return []
  if (bare === word && df(word) > 0) return [{ word, single: [...word].length === 1 }]
  const chars = [...bare]
  if (chars.length === 1) return FUNCTION_CHARS.test(bare) || df(bare) === 0 ? [] : [{ word: bare, single: true }]
  if (bare !== word && df(bare) > 0) return [{ word: bare, single: false }]
  // A word of it the catalogue lacks is the subject nobody teaches ("考公务员的辅导班": 公务员): the words it has are then
  // only the kind of course (辅导班), no evidence of a topic, and the request stays out of scope.
  const parts = segment(bare)
  if (parts.some((w) => [...w].length >= 2 && w !== bare && isDictionaryWord(w) && df(w) === 0)) return []
  const pairs = chars.slice(1).map((c, i) => chars[i] + c).filter(isDictionaryWord)
  return [...new Set([...parts, ...pairs])]
    .filter((w) => [...w].length >= 2 && w !== bare && df(w) > 0).map((w) => ({ word: w, single: false }))
}

/** How the projects holding every need vote: each topic's weight, its lift over its catalogue share, how many projects voted. */
export interface TopicVotes {
  ranked: { id: string; share: number; lift: number }[]
  projects: number
  /** How many of them name an evidence word (not a lone character) in their title or tags, where a project says what it teaches. */
  named: number
  words: string[]
  /** Per need, how many projects hold its rarest unit (how common a word of the catalogue the need is). */
  needFrequency: number[]
  /** Per topic, how many of the voting projects it holds. */
  holders: Map<string, number>
}

/**
 * The vote of the projects holding every need of `needs` (by a unit of it) for their topics, each project weighed
 * by the rarity of the words it holds (idf: 安全, 服务 count little), or null when some need has no evidence or
 * only lone characters have any. Only projects `fits` admits vote (see {@link topicFromCatalogue}).
 */
export function topicVotes(table: EvidenceTable, needs: string[][], fits: (p: Project) => boolean = () => true): TopicVotes | null {
  const { index, projects: rows } = table
  const df = (w: string) => index.count(w)
  const groups = needs.map((g) => {
    const seen = new Set<string>()
    return g.flatMap((w) => unitsOf(w, df)).filter((x) => !seen.has(x.word) && seen.add(x.word))
  })
  // Every need must have evidence, and at least one need a word: lone characters beside nothing prove nothing.
  if (!groups.length || groups.some((g) => !g.length) || !groups.some((g) => g.some((x) => !x.single))) return null
  const idf = (w: string) => Math.log(1 + index.size / (df(w) + 0.5))
  // The rows holding a unit of every need, in catalogue order (so the sums below add up in one order whatever the
  // index): the rows of the need held by fewest projects, kept where every other need has a unit.
  const held = groups.map((g) => g.map((x) => ({ rows: index.rows(x.word), weight: idf(x.word) })))
  const reach = held.map((g) => g.reduce((n, x) => n + x.rows.length, 0))
  const rarest = held[reach.indexOf(Math.min(...reach))]
  const candidates = rarest.length === 1 ? rarest[0].rows : Int32Array.from(new Set(rarest.flatMap((x) => [...x.rows]))).sort()
  /** The weight of the rarest unit of need `g` in `row`, or 0 when it holds none. */
  const weightAt = (g: typeof held[number], row: number) => {
    let best = 0
    for (const x of g) if (x.weight > best && holdsRow(x.rows, row)) best = x.weight
    return best
  }
  const mass = new Map<string, number>()
  const holders = new Map<string, number>()
  let total = 0
  let projects = 0
  let named = 0
  for (const row of candidates) {
    const p = rows[row]
    if (!p.topics.length || !fits(p)) continue
    let score = 0
    for (const g of held) {
      const w = weightAt(g, row)
      if (w === 0) { score = 0; break }
      score += w
    }
    if (score === 0) continue
    projects++
    if (groups.some((g) => g.some((x) => !x.single && table.named[row].includes(x.word)))) named++
    total += score
    for (const t of p.topics) {
      mass.set(t, (mass.get(t) ?? 0) + score / p.topics.length)
      holders.set(t, (holders.get(t) ?? 0) + 1)
    }
  }
  const ranked = [...mass.entries()].sort((a, b) => b[1] - a[1])
    .map(([id, w]) => ({ id, share: w / total, lift: (w / total) / ((table.topicSize.get(id) ?? 0) / index.size) }))
  return { ranked, projects, named, words: groups.flatMap((g) => g.map((x) => x.word)), needFrequency: groups.map((g) => Math.min(...g.map((x) => df(x.word)))), holders }
}

/**
 * The topic the catalogue's text gives `u`'s need-words when `u` names no topic, or null: the winner of
 * {@link topicVotes} when it holds a good share of the vote, well above its share of the catalogue, with no
 * close runner-up.
 */
export function topicFromCatalogue(table: EvidenceTable, u: Pick<Understanding, 'slots' | 'needs' | 'outOfScope' | 'normalized'>,
  knownTerm: (w: string) => boolean = () => false, fits: (p: Project) => boolean = () => true): TopicEvidence | null {
  if (u.slots.topics.length || !u.needs.length || u.outOfScope || table.index.size === 0) return null
  const lone = loneObjects(u.normalized, u.needs)
  const found = (lone.length ? topicOf(table, [...u.needs, ...lone.map((c) => [c])], fits) : null) ?? topicOf(table, u.needs, fits)
  // A taxonomy word among the evidence was the understander's to read: left without a topic, it was refused on
  // purpose ("孙女考大学 补英语": tutoring for an exam, not a 英语 course).
  return found && !found.words.some(knownTerm) ? found : null
}

/**
 * Characters the message says alone as an object ("有没有电怎么用安全", "那电怎么用安全": 电), which the need-words
 * leave out as too short to be a need: segmentation's lone Han tokens (or a token that is a glued verb and one
 * character), minus grammar and light verbs, and minus characters a need-word already holds.
 */
function loneObjects(normalized: string, needs: string[][]): string[] {
  const out: string[] = []
  for (const token of segment(normalized)) {
    if (!HAN.test(token)) continue
    const bare = [...token].length === 1 || isDictionaryWord(token) ? token : token.replace(GLUED_VERBS, '')
    if ([...bare].length !== 1 || FUNCTION_CHARS.test(bare) || LIGHT_CHARS.test(bare) || out.includes(bare)) continue
    if (!needs.some((g) => g.some((w) => w.includes(bare)))) out.push(bare)
  }
  return out
}

/** {@link topicFromCatalogue} for these needs. */
function topicOf(table: EvidenceTable, needs: string[][], fits: (p: Project) => boolean): TopicEvidence | null {
  const votes = topicVotes(table, needs, fits)
  if (!votes) return null
  // Too few projects hold every need: the commonest need (服务 of 照顾服务) is the one let go, while a word remains.
  if (votes.projects < MIN_PROJECTS) {
    if (needs.length < 2) return null
    const common = votes.needFrequency.indexOf(Math.max(...votes.needFrequency))
    return topicOf(table, needs.filter((_, i) => i !== common), fits)
  }
  // Words found only in summaries are context ("突发情况", "身体情况"), not a subject: some voting project must name
  // one in its title or tags, where it says what it teaches ("想了解一下情况" stays a vague opener).
  if (votes.named === 0) return null
  const [first, second] = votes.ranked
  if (first.share < MIN_SHARE || first.lift < MIN_LIFT || (second?.share ?? 0) > MAX_RUNNER_UP * first.share) return null
  return { id: first.id, words: votes.words, whole: votes.holders.get(first.id) === votes.projects }
}

/**
 * {@link topicFromCatalogue} read where the learner can look: only projects fitting what the message states (a
 * group, place, format, fee or dates: the filters it sets) vote, so the topic never contradicts what was said
 * ("怎么申请残疾人补贴" is asked of the projects for disabled people, not of the catalogue's many training subsidies).
 * When no fitting project holds any need-word at all, the words name nothing there, and the whole catalogue says
 * what they mean ("福建的农民技术培训": 技术, in no Fujian farmers' project, is farming technique in this catalogue).
 */
export function statedTopicFromCatalogue(table: EvidenceTable, u: Understanding, knownTerm: (w: string) => boolean,
  resolveRegion: RegionResolver): TopicEvidence | null {
  const stated = { ...u.slots, topics: [] }
  if (!hasHardFilter(stated)) return topicFromCatalogue(table, u, knownTerm)
  const fits = hardFilter(stated, resolveRegion)
  const found = topicFromCatalogue(table, u, knownTerm, fits)
  if (found) return found
  const reached = u.needs.some((g) => g.some((w) => table.index.rows(w).some((row) => fits(table.projects[row]))))
  return reached ? null : topicFromCatalogue(table, u, knownTerm)
}

/**
 * `understand` with {@link statedTopicFromCatalogue} applied (`knownTerm`: whether a word is the taxonomy's own): a
 * message naming no topic but needs the catalogue's text gives one clear topic gets it, `matched` by its evidence
 * words. It filters (the dialogue records its source as `catalogue`) only when every project that voted is of it,
 * so filtering drops none of the projects holding the learner's words; otherwise it only ranks, like a topic
 * implied by a cue (issue 10: what is inferred ranks, what is stated filters; the topic is the catalogue's reading,
 * the words are the learner's). The catalogue is indexed once, at the first message that asks.
 */
export function withCatalogueTopic(projects: Pick<ProjectTable, 'byId'>, understand: (text: string) => Understanding,
  knownTerm: (w: string) => boolean = () => false, resolveRegion: RegionResolver = createRegionResolver()): (text: string) => Understanding {
  const table = lazyEvidenceTable(projects)
  return (text) => {
    const u = understand(text)
    if (u.slots.topics.length || !u.needs.length || u.outOfScope) return u
    const found = statedTopicFromCatalogue(table(), u, knownTerm, resolveRegion)
    if (!found) return u
    return { ...u, topicSource: 'catalogue', slots: { ...u.slots, topics: [{ id: found.id, explicit: found.whole, related: false, matched: found.words.join('') }] } }
  }
}
