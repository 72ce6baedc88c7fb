/**
 * @module search/hybrid-retriever
 * Ranking: explicit slots filter, implied slots boost, FTS5 BM25 and HNSW
 * vectors are fused by reciprocal rank, and a relevance floor keeps
 * unrelated projects out ("学开飞机" gets nothing rather than a random
 * course). Then at most `maxPerProvider` projects per provider, so the top
 * results are not near-copies from one university.
 */
import type { Understanding } from '../query/types.js'
import { examTutoring } from '../query/colloquial-cues.js'
import type { SearchHit } from './types.js'
import { STOP_WORDS } from './features.js'
import { contentGroups, SLOT_WORDS, type ContentGroup } from './need-words.js'
import { DEFAULT_TUNING, type Tuning } from './tuning.js'
import { isDictionaryWord } from '../text/segment.js'
import type { LexicalIndex } from './lexical-index.js'
import type { ProjectTable } from './project-table.js'
import { hasHardFilter, slotBoost, type RegionResolver } from './slot-match.js'
import { filterSet } from './filter-sets.js'
import { untaughtSkill } from './untaught-subject.js'
import type { VectorIndex } from './vector-index.js'
import { stageClock } from './stage-clock.js'

/** Re-exported: the ranking numbers live in search/tuning. */
export { DEFAULT_TUNING, type Tuning }

/** What the retriever ranks with: the live table and indexes. */
export interface RetrieverParts {
  table: ProjectTable
  lexical: LexicalIndex
  vectors: VectorIndex | null
  resolveRegion: RegionResolver
  /** False for a project archived or removed since the table was loaded. */
  isActive(id: string): boolean
  /** True for a word naming a place ("yunnan", "杭州"); such words are the region slot, not a need. */
  isPlace?(word: string): boolean
  /**
   * Whether a word is a topic's own name (数字技能, "digital skills": asking for the whole topic),
   * one of its synonyms (叉车 for 职业技能), or neither (a situation cue such as "挣钱").
   */
  topicTerm?(word: string): 'label' | 'synonym' | null
  /** The taxonomy `family` word inside a phrase that named a topic ("拉二胡" → 二胡), or null. */
  familyWordIn?(phrase: string): string | null
  /**
   * True for a word that named a topic by one thing in it (二胡, 包扎, 光伏板, 电线: a `family` word or another
   * single word), not the topic as a whole (外语, 职业技能). The topic is a signal, and the word stays a need-word
   * too, so the project that teaches that very word ranks first.
   */
  keepsNeed?(word: string): boolean
}

/** Per-candidate figures, kept for --explain and for the floor. */
export interface Candidate {
  id: string
  lexRank: number | null
  lexScore: number | null
  vecRank: number | null
  vecScore: number | null
  coverage: number
  boost: number
  fused: number
}

/** The candidates of one request and its need-words, as {@link gather} leaves them for the next steps. */
export interface Gathered {
  candidates: Candidate[]
  /** The request's need-words, grouped and weighted (see need-words). */
  content: ContentGroup[]
}

/**
 * Step 1: the candidates. Explicit slots filter; then the lexical and vector
 * lists (each at most `tuning.candidates`), and for a request of slots alone
 * a bounded pool of projects passing them. Empty when the filter admits nothing.
 */
export async function gather(parts: RetrieverParts, u: Understanding, exclude: ReadonlySet<string>, tuning: Tuning): Promise<Gathered> {
  const { table } = parts
  const slots = u.slots
  const filtered = hasHardFilter(slots)
  let allowed: ReadonlySet<string> | null = null
  let passes: ((id: string) => boolean) | null = null
  let source: Iterable<string> = table.byId.keys()
  const content = contentGroups(u, (t) => parts.lexical.documentFrequency(t), table.size, parts.isPlace, tuning, parts.keepsNeed)
  stageClock.mark?.('need-words')
  if (filtered) {
    const f = filterSet(table, slots, parts.resolveRegion, tuning.materializeBelow)
    source = f.source
    if (f.passing) {
      allowed = exclude.size === 0 ? f.passingSet : new Set(f.passing.filter((id) => !exclude.has(id)))
      if (allowed!.size === 0) return { candidates: [], content }
    } else {
      passes = (id) => { const p = table.byId.get(id); return p !== undefined && f.pass(p) }
    }
    stageClock.mark?.('filter')
  }
  // (With nothing excluded or filtered, as for most requests, a candidate need only still be in the table.)
  const admit = exclude.size === 0 && !allowed && !passes ? (id: string) => table.byId.has(id)
    : (id: string) => table.byId.has(id) && !exclude.has(id) && (!allowed || allowed.has(id)) && (!passes || passes(id))
  const cands = new Map<string, Candidate>()
  const get = (id: string) => {
    let c = cands.get(id)
    if (!c) cands.set(id, (c = { id, lexRank: null, lexScore: null, vecRank: null, vecScore: null, coverage: 0, boost: 0, fused: 0 }))
    return c
  }

  const lexTerms = [...new Set([...u.terms.filter((t) => !STOP_WORDS.has(t) && !SLOT_WORDS.has(t) && !/^\d+$/.test(t)),
    ...content.flatMap((g) => g.alts)])]
  if (lexTerms.length > 0) {
    const fetch = tuning.candidates * (allowed ? tuning.filteredLexicalOverfetch : tuning.lexicalOverfetch)
    // The first `candidates` admitted hits, in order (no test of the hits past them).
    let rank = 0
    for (const h of parts.lexical.search(lexTerms, fetch)) {
      if (rank >= tuning.candidates) break
      if (!admit(h.id)) continue
      const c = get(h.id)
      c.lexRank = ++rank
      c.lexScore = h.score
    }
    stageClock.mark?.('lexical')
  }
  if (parts.vectors && content.length > 0) {
    const text = u.normalized || u.text
    const q = parts.vectors.embedNow ? parts.vectors.embedNow(text) : await parts.vectors.embedQuery(text)
    stageClock.mark?.('embedding')
    if (isNonZero(q)) {
      const filter = allowed ?? (passes || exclude.size ? admit : undefined)
      const vec = parts.vectors.store.searchIds(q, tuning.candidates, filter).filter((h) => admit(h.id))
      vec.forEach((h, i) => { const c = get(h.id); c.vecRank = i + 1; c.vecScore = h.score })
      stageClock.mark?.('vector')
    }
  }
  // Slots alone ("适合老人的免费网课"): projects passing the filters (or having the implied
  // topics and audiences) are candidates, a bounded number of them in catalogue order.
  if (content.length === 0) {
    const impliedA = slots.audiences.filter((a) => !a.explicit).map((a) => a.id)
    const impliedT = slots.topics.filter((t) => !t.explicit).map((t) => t.id)
    const pool = filtered ? allowed ?? source : impliedA.length ? table.withAudiences(impliedA) : impliedT.length ? table.withTopics(impliedT) : []
    // The pool is the table's own ids (or the allowed ones, drawn from them): with nothing excluded and no test
    // left to pass, each is admitted without asking.
    const sure = exclude.size === 0 && !passes
    let n = 0
    for (const id of pool) {
      if (n >= tuning.slotPool) break
      if ((sure || admit(id)) && !cands.has(id)) { get(id); n++ }
    }
    stageClock.mark?.('pool')
  }
  return { candidates: [...cands.values()], content }
}

/**
 * Step 2: each candidate's fused score (sets `coverage`, `boost` and `fused`
 * in place): reciprocal ranks, the share of need-words it covers, a bonus for
 * using the words that named a topic, and the implied-slot boost.
 */
export function score(parts: RetrieverParts, u: Understanding, gathered: Gathered, tuning: Tuning): Candidate[] {
  const { table } = parts
  const slots = u.slots
  const { content } = gathered
  const totalWeight = content.reduce((a, g) => a + g.weight, 0)
  // The words that named a topic ("养老护理" for 健康养老) do not decide whether anything fits,
  // but within the topic a project that uses them is the closer one.
  // Only whole words the catalogue uses count ("养老护理"), not a cue's phrase ("用手机").
  const topicWords = [...new Set(slots.topics.filter((t) => !t.related).map((t) => t.matched))]
    .filter((w) => w && /\p{Script=Han}/u.test(w) && (isDictionaryWord(w) || parts.lexical.documentFrequency(w) > 0))
  // Word-in-project tests (remembered per table), one per need-word and topic word.
  const groupTests = content.map((g) => g.alts.map((t) => table.wordIn(t)))
  const topicTests = topicWords.map((w) => table.wordIn(w))
  for (const c of gathered.candidates) {
    const p = table.byId.get(c.id)!
    let wordBonus = 0
    // (Plain loops, the same additions in the same order: no closure or array made per candidate.)
    if (totalWeight > 0) {
      let covered = 0
      for (let i = 0; i < content.length; i++) covered += anyHas(groupTests[i], c.id) ? content[i].weight : 0
      c.coverage = covered / totalWeight
    }
    if (topicTests.length > 0) {
      let used = 0
      for (const has of topicTests) if (has(c.id)) used++
      wordBonus = used / topicTests.length
    }
    c.boost = slotBoost(p, slots, tuning.impliedBoost).boost
    c.fused = (c.lexRank ? tuning.lexicalWeight / (tuning.rrfK + c.lexRank) : 0) +
      (c.vecRank ? tuning.vectorWeight / (tuning.rrfK + c.vecRank) : 0) +
      tuning.coverageWeight * (c.coverage + wordBonus * tuning.topicWordBonus) + c.boost
  }
  return gathered.candidates
}

/**
 * Step 3: the relevance floor. A candidate stays only with evidence of fit
 * (enough need-words covered, a close vector when the catalogue knows the
 * words, or the named topic); a request whose only need is a skill nobody
 * teaches gets nothing ("学开叉车"). Returns the kept ones, best first.
 */
export function floor(parts: RetrieverParts, u: Understanding, scored: Gathered, tuning: Tuning): Candidate[] {
  const { table } = parts
  const slots = u.slots
  const { content } = scored
  const totalWeight = content.reduce((a, g) => a + g.weight, 0)
  const knownShare = totalWeight > 0 ? content.reduce((a, g) => a + (g.known ? g.weight : 0), 0) / totalWeight : 0
  // A topic inferred from an everyday word (related words) is evidence only for a project that
  // also shares some need-word with the request: "学做蛋糕" must not bring every vocational course.
  const topicIds = slots.topics.filter((t) => !t.related).map((t) => t.id)
  const relatedIds = slots.topics.filter((t) => t.related).map((t) => t.id)
  // (The project is looked up only for a candidate the figures alone do not keep.)
  const kept = scored.candidates.filter((c) => {
    if (content.length === 0 || c.coverage >= tuning.coverageFloor ||
      ((c.vecScore ?? 0) >= tuning.vectorFloor && (knownShare >= tuning.knownFloor || slots.audiences.length > 0))) return true
    if (topicIds.length === 0 && (c.coverage <= 0 || relatedIds.length === 0)) return false
    const p = table.byId.get(c.id)!
    return p.topics.some((t) => topicIds.includes(t)) || (c.coverage > 0 && p.topics.some((t) => relatedIds.includes(t)))
  })
  // A topic named only by a specific skill ("叉车", "插花": a synonym no project in the catalogue
  // mentions) is an unmet need, not a request for the whole topic: without any lexical, vector or
  // word evidence, nothing fits. Topic names (职业技能), words the catalogue uses (电商) and
  // situation cues (挣钱) still bring the topic.
  // Exam tutoring ("高考数学补习班", "考公务员的补习") that no project mentions is out of scope,
  // whatever topic or audience the rest of the message names.
  const tutoring = examTutoring(u.normalized)
  if (tutoring.length && tutoring.every((t) => { const has = table.wordIn(t.word); return ![...table.byId.keys()].some(has) })) return []
  // A subject no project teaches (a skill synonym, one instrument or crafted thing): nothing fits (search/untaught-subject).
  if (untaughtSkill(parts, u, content, kept, tuning)) return []
  return kept.sort((a, b) => b.fused - a.fused || (a.id < b.id ? -1 : 1))
}

/**
 * Step 4: the top `k` of `ranked`, at most `maxPerProvider` per provider
 * while others are left (then the deferred ones fill up), active projects only.
 */
export function diversify(ranked: Candidate[], parts: Pick<RetrieverParts, 'table' | 'isActive'>, k: number, maxPerProvider: number): Candidate[] {
  const out: Candidate[] = []
  const deferred: Candidate[] = []
  const perProvider = new Map<string, number>()
  for (const c of ranked) {
    if (out.length >= k) break
    if (!parts.isActive(c.id)) continue
    const provider = parts.table.byId.get(c.id)!.provider
    const n = perProvider.get(provider) ?? 0
    if (n >= maxPerProvider) { deferred.push(c); continue }
    perProvider.set(provider, n + 1)
    out.push(c)
  }
  for (const c of deferred) if (out.length < k) out.push(c)
  return out
}

/** Ranked hits for an understood request: gather, score, floor, diversify; empty when nothing fits. */
export async function retrieve(parts: RetrieverParts, u: Understanding, request: { k: number; exclude: string[] },
  tuning: Tuning = DEFAULT_TUNING): Promise<SearchHit[]> {
  const gathered = await gather(parts, u, new Set(request.exclude), tuning)
  if (gathered.candidates.length === 0) return []
  score(parts, u, gathered, tuning)
  stageClock.mark?.('fusion')
  const kept = floor(parts, u, gathered, tuning)
  stageClock.mark?.('floor')
  const hits = diversify(kept, parts, request.k, tuning.maxPerProvider).map((c) => ({
    project: parts.table.byId.get(c.id)!,
    score: c.fused,
    scores: { lexical: c.lexScore, vector: c.vecScore, slot: c.boost, fused: c.fused, coverage: c.coverage },
  }))
  stageClock.mark?.('diversify')
  return hits
}

/** Whether any of `tests` holds for `id` (Array.prototype.some without a closure per call). */
function anyHas(tests: readonly ((id: string) => boolean)[], id: string): boolean {
  for (const has of tests) if (has(id)) return true
  return false
}

function isNonZero(v: ArrayLike<number>): boolean {
  for (let i = 0; i < v.length; i++) if (v[i] !== 0) return true
  return false
}
