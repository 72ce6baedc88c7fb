/**
 * @module query/understand
 * Turns a learner's message into {@link Understanding}: normalised and
 * repaired text, the search terms, the language, and the slots retrieval
 * filters and boosts by. Everything is rules over the taxonomy, the regions
 * file and built-in cues: offline, deterministic and explainable.
 */
import type { Taxonomy, TaxonomyKind } from '../catalogue/taxonomy.js'
import type { Regions } from '../catalogue/regions.js'
import type { Format } from '../catalogue/project.js'
import { detectLang } from '../text/lang.js'
import { normalizeText } from '../text/normalize.js'
import { dictionaryCut, isDictionaryWord, segment, segmentGroups } from '../text/segment.js'
import { singularEnglish, stemEnglish } from '../text/english.js'
import { createTextRepairer, type PreparedVocabulary } from '../text/repair.js'
import { toMandarin } from '../text/dialect.js'
import { isNeedWord } from './need-filter.js'
import { COLLOQUIAL_CUES, examTutoring } from './colloquial-cues.js'
import { CHILD_STAGE, PERSON_CUES } from './person-cues.js'
import { TOPIC_TALK } from './topic-talk.js'
import { CARED_FOR_WORDS, CHILD_WORDS, CUES, EXPANSIONS, FEE_CUES, FORMAT_CUES, GENERIC_CHARS, VAGUE_WORDS } from './cues.js'
import { parseTimeWindow } from './time.js'
import { relatedExpansions, type RelatedWords } from './related-words.js'
import { hasAnySlot, type Slots, type SlotValue } from './slots.js'
import { ENGLISH_CUES, ENGLISH_FEE_CUES, ENGLISH_FORMAT_CUES, englishExamTutoring } from './english-cues.js'
import { ENGLISH_COMMON_WORDS, ENGLISH_FILLER, ENGLISH_FILLER_WORDS, ENGLISH_PLAIN_WORDS } from './english-words.js'
import { createEnglishRepairer } from '../text/english-repair.js'
import { ENGLISH_STOP_WORDS } from '../text/english.js'
import { createEnglishTermMatcher, englishKeys, type EnglishHit, type EnglishTerm } from './english-terms.js'
import type { Understanding } from './types.js'
import { candidatesOf, globalMatches } from '../text/regex-tools.js'

/** What the understander needs; all of it is loaded once at start. */
export interface UnderstandDeps {
  taxonomy: Taxonomy
  regions?: Regions
  /** Catalogue words (titles, tags, frequent summary words) that typos may be repaired towards. */
  vocabulary?: string[]
  /** The date "下个月" is counted from; defaults to the clock. */
  today?: () => Date
  /** Everyday words → the catalogue's words (knowledge/related-words.yaml); none when absent. */
  relatedWords?: RelatedWords
  /** The repairer's vocabulary prepared in a worker thread (see {@link repairWordParts}); ignored unless it matches. */
  preparedRepair?: PreparedVocabulary
}

/**
 * The typo repairer's words around the catalogue vocabulary, in order:
 * `[...before, ...vocabulary, ...after]`. Exported so the index-build worker
 * can prepare that exact vocabulary (its pinyin) off the bot's event loop.
 */
export function repairWordParts(deps: Pick<UnderstandDeps, 'taxonomy' | 'regions' | 'relatedWords'>): { before: string[]; after: string[] } {
  const taxonomyWords: string[] = []
  for (const kind of ['topics', 'audiences'] as const) {
    for (const [term] of deps.taxonomy.terms(kind)) {
      const norm = normalizeText(term)
      if (norm) taxonomyWords.push(norm)
    }
  }
  const placeWords: string[] = []
  for (const p of deps.regions?.provinces ?? []) {
    placeWords.push(p.name, ...p.aliases, p.en, ...p.cities.flatMap((c) => [c.name, ...c.aliases]))
  }
  // Everyday words of the related-words table are repair targets too ("shuaijiao" → 摔跤, then 跌倒).
  const everyday = (deps.relatedWords?.entries ?? []).flatMap((e) => e.say).filter((w) => /^\p{Script=Han}{2,}$/u.test(w))
  return { before: [...taxonomyWords, ...QUERY_WORDS, ...placeWords], after: everyday }
}

/** Words learners use around the slots; repair targets so "mianfei" and "xianshang" are read. */
const QUERY_WORDS = [
  '免费', '线上', '线下', '网上', '在线', '网课', '面授', '现场', '暑假', '寒假', '春节', '明年', '下个月', '这个月',
  '下周', '推荐', '课程', '学习', '培训', '报名', '老人', '想学', '退休', '打工', '种地', '孩子', '教书', '全国',
]

interface Term {
  kind: TaxonomyKind
  id: string
  han: string
}

interface Match {
  kind: TaxonomyKind
  /** Null for a cue that only claims its words (see Cue.id). */
  id: string | null
  start: number
  end: number
  explicit: boolean
  cue: boolean
  matched: string
  /** From the compositional person cues (query/person-cues): a taxonomy word inside one keeps its own weight. */
  person?: boolean
}

/** Looking on the child's behalf ("给他找", "给上中学的孩子找", "it's for my son"): the learner is the child. */
const ON_THE_CHILDS_BEHALF = /(给|帮)(他|她)(找|看看|看|报|选|挑)|给上[^，,。]{0,4}的(孩子|娃|儿子|女儿)(找|报|选|挑)|\bit'?\s?s for my (teenage |teen )?(son|daughter|kid|child)\b/

/** A course plainly for the child: "适合孩子的", "给孩子报的", "孩子学的…课". */
const FOR_THE_CHILD = /(适合|给|让|针对|面向)(我家|我的)?(孩子|小孩|儿童|小朋友)|(孩子|小孩|儿童|小朋友)(的|学|上|报|参加)[^，,。]{0,6}(课|班|营)|\b(for|suitable for) (my |our )?(kids|children|child)\b/

const LATIN_TOKEN = /[a-z0-9+#.]+/g
/** The built-in cues, the colloquial ones and the English ones, matched together: English ones only fire on Latin text, so they cost Chinese messages nothing. */
const ALL_CUES = [...CUES, ...COLLOQUIAL_CUES, ...PERSON_CUES, ...TOPIC_TALK, ...ENGLISH_CUES]
const PERSON_PATTERNS: ReadonlySet<RegExp> = new Set(PERSON_CUES.map((c) => c.pattern))
/** Which cues a message's characters can start a match of: the others are not tried. */
const cueCandidates = candidatesOf(ALL_CUES.map((c) => c.pattern))
const CARE = /照护|护理|照顾|看护|痴呆|认知症|care|caring/
const GENERIC = new Set([...VAGUE_WORDS, ...[...VAGUE_WORDS].map(stemEnglish), ...ENGLISH_FILLER])
const NUMERAL = /^([0-9]+|[零一二三四五六七八九十百千两几多]+)$/

/** A learning verb right before a topic word: the topic is asked for, even inside a description of the learner. */
const ASKED_FOR = /(学|想|要|会|搞|弄|整|懂)(?!校)|学$/

/** A Chinese person word made of a way of life and "person" (庄稼人, 种地的, 打鱼的): the life is who they are. */
const PERSON_OF_A_LIFE = /^\p{Script=Han}+(人|的)$/u

/** The topic a role grows in: named inside the role ("在村小教数学"), it is still the request. */
const OWN_GROWTH: Readonly<Record<string, string>> = { 'rural-teachers': 'teacher-development' }

/** Topics that mean "a skill for work" in general: a named subject inside their phrase ("学种养殖技术") is the request. */
const CATCH_ALL_TOPICS: ReadonlySet<string> = new Set(['vocational-skills'])

/** The dictionary words of a text with where they sit, computed on first use. */
function wordSpans(text: string): () => [number, number][] {
  let spans: [number, number][] | null = null
  return () => {
    if (spans) return spans
    spans = []
    let at = 0
    for (const w of dictionaryCut(text)) {
      const start = text.indexOf(w, at)
      if (start < 0) continue
      spans.push([start, (at = start + w.length)])
    }
    return spans
  }
}

/** Endings that keep a word's meaning (痴呆 → 痴呆症, 骗 → 骗子): a word with one of them is still a mention. */
const SAME_WORD_ENDINGS = new Set([...'症病者人们员师课班类性化儿'])

/**
 * True when [start, end) begins a longer dictionary word of `text` that means something else
 * ("拖拉" in 拖拉机, a tractor, not dawdling): the longer word goes on past the match with more
 * than an ending that keeps the meaning (痴呆症 and 老年痴呆 still mention 痴呆).
 */
function insideLongerWord(text: string, words: [number, number][], start: number, end: number): boolean {
  return words.some(([a, b]) => a === start && end < b && !(b - end === 1 && SAME_WORD_ENDINGS.has(text[end])))
}

/** Where the Latin word whose stem or singular is `stem` sits in `text` from `from` on, or [-1, -1]. */
function latinWordAt(text: string, stem: string, from: number): [number, number] {
  for (const m of text.slice(from).matchAll(/[a-z]+/g)) {
    if (stemEnglish(m[0]) === stem || singularEnglish(m[0]) === stem) return [from + m.index!, from + m.index! + m[0].length]
  }
  return [-1, -1]
}

/** Filler: a generic word, a number, or Chinese made only of generic characters. */
function isFiller(word: string): boolean {
  if (GENERIC.has(word) || NUMERAL.test(word)) return true
  return /^\p{Script=Han}+$/u.test(word) && [...word].every((c) => GENERIC_CHARS.has(c))
}

/**
 * Builds the message → {@link Understanding} function for one taxonomy,
 * regions file and catalogue vocabulary. Building takes a few tens of ms
 * (pinyin of the vocabulary); each call then takes well under a millisecond.
 *
 * @example
 * const understand = createQueryUnderstander({ taxonomy, regions })
 * understand('我65了，想在网上学用手机').slots.audiences // [{ id: 'elderly', explicit: false, matched: '我65了' }]
 */
export function createQueryUnderstander(deps: UnderstandDeps): (text: string) => Understanding {
  const { taxonomy, regions } = deps
  const today = deps.today ?? (() => new Date())
  const terms: Term[] = []
  const englishTerms: EnglishTerm[] = []
  const taxonomyWords: string[] = []
  for (const kind of ['topics', 'audiences'] as const) {
    for (const [term, id] of taxonomy.terms(kind)) {
      const norm = normalizeText(term)
      if (!norm) continue
      if (/\p{Script=Han}/u.test(norm)) {
        terms.push({ kind, id, han: norm })
        taxonomyWords.push(norm)
      } else {
        englishTerms.push({ kind, id, keys: englishKeys(norm) })
        taxonomyWords.push(norm)
      }
    }
  }
  const taxonomyTerms = new Set(taxonomyWords)
  // Words naming a group of people say who, never what to learn ("老年人" in "老年人保健养生" for a community worker).
  const audienceWords = new Set(terms.filter((t) => t.kind === 'audiences').map((t) => t.han))
  const termIndex = indexTerms(terms, createEnglishTermMatcher(englishTerms))
  const related = relatedExpansions(deps.relatedWords ?? { entries: [] }).map((e) => ({
    ...e,
    // A catalogue word that is also a topic word ("亲子沟通") makes the topic an implied slot.
    topics: [...new Set(e.words.map((w) => taxonomy.resolve('topics', w)).filter((id): id is string => id !== null))],
  }))
  // Global copies compiled once: every message is matched against each of them.
  const expansions = [...EXPANSIONS.map((e) => ({ ...e, everyday: false })), ...related.map((e) => ({ ...e, everyday: true }))]
    .map((e) => ({ words: e.words, global: new RegExp(e.pattern.source, 'g'), everyday: e.everyday }))
  // Which of them a message's characters can start a match of: most messages can start none, and skip the loops.
  const relatedCandidates = candidatesOf(related.map((e) => e.pattern))
  const expansionCandidates = candidatesOf(expansions.map((e) => e.global))
  const words = repairWordParts(deps)
  const repairer = createTextRepairer([...words.before, ...(deps.vocabulary ?? []), ...words.after], { prepared: deps.preparedRepair })
  // English slips ("anythign", "laern") are read towards the bot's own English: everyday words first.
  const latin = (words: Iterable<string>) => [...words].filter((w) => /^[a-z][a-z '-]*$/.test(w))
  const relatedLatin = (deps.relatedWords?.entries ?? []).flatMap((e) => [...e.say, ...e.means])
  const regionLatin = (regions?.provinces ?? []).flatMap((p) => [p.pinyin, p.en, ...p.aliases, ...p.cities.flatMap((c) => c.aliases)]).map((w) => w.toLowerCase())
  const englishRepair = createEnglishRepairer([...ENGLISH_STOP_WORDS, ...ENGLISH_FILLER_WORDS, ...ENGLISH_COMMON_WORDS],
    [...latin(taxonomyWords), ...latin(relatedLatin), ...latin(regionLatin), ...latin(regions?.nationwide ?? []), ...latin(deps.vocabulary ?? [])],
    ENGLISH_PLAIN_WORDS)

  return (text: string): Understanding => {
    const repaired = repairer.repair(normalizeText(toMandarin(text)))
    // English has its own format and fee words; the built-in ones are read in every other message.
    const english = detectLang(text) === 'en'
    const formats = english ? ENGLISH_FORMAT_CUES : FORMAT_CUES
    const fees = english ? ENGLISH_FEE_CUES : FEE_CUES
    // In English, a word one slip from an English word ("changge" for change) is that word, not pinyin (唱歌).
    let base = repaired.text
    if (english) for (const r of repaired.repairs) if (r.kind === 'pinyin' && englishRepair(r.from).repairs.length) base = base.replace(r.to, r.from)
    const normalized = english ? englishRepair(base).text : repaired.text
    const found = findMatches(normalized, termIndex)
    const lifeTopics: Match[] = []
    const matches = subjectOnly(found, normalized, formats, lifeTopics)
    // "孩子" is nearly always a parent speaking: implied, unless the course is plainly for the child ("适合孩子的编程课").
    if (!FOR_THE_CHILD.test(normalized)) {
      for (const m of matches) if (m.kind === 'audiences' && !m.cue && CHILD_WORDS.has(m.matched)) m.explicit = false
    }
    const slots: Slots = {
      topics: toSlotValues(matches, 'topics'),
      audiences: toSlotValues(matches, 'audiences'),
      region: null,
      format: findFormat(normalized, formats),
      free: findFree(normalized, fees),
      time: parseTimeWindow(normalized, today()),
    }
    // A school-age child in a message about bringing children up ("娃上初中了 叛逆咋管") has a parent speaking.
    if (slots.topics.some((t) => t.id === 'family-education') && CHILD_STAGE.test(normalized)) {
      slots.audiences = slots.audiences.map((a) => (a.id === 'youth' && !a.explicit ? { ...a, id: 'parents' } : a))
        .filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i)
    }
    // A learner who names who they are ("我是残疾人") is not also a guess from their situation ("腿脚不好").
    if (slots.audiences.some((a) => a.explicit)) slots.audiences = slots.audiences.filter((a) => a.explicit)
    // Exam tutoring is its own subject: a topic or audience named inside it ("公务员考试", "补英语") is the exam's.
    const tutoring = english ? englishExamTutoring(normalized) : examTutoring(normalized)
    if (tutoring.length) {
      const inTutoring = (v: SlotValue) => {
        const at = normalized.indexOf(v.matched)
        return at >= 0 && tutoring.some((t) => t.start < at + v.matched.length && at < t.end)
      }
      slots.topics = slots.topics.filter((v) => !inTutoring(v))
      slots.audiences = slots.audiences.filter((v) => !inTutoring(v))
      for (let i = matches.length - 1; i >= 0; i--) {
        const m = matches[i]
        if (tutoring.some((t) => t.start < m.end && m.start < t.end)) matches.splice(i, 1)
      }
    }
    // Where in the text each slot was said: words inside these spans fill a slot, they are no need.
    const slotSpans: [number, number][] = matches.filter((m) => m.id !== null).map((m) => [m.start, m.end])
    if (regions) {
      const mention = regions.findIn(normalized)
      if (mention && !(mention.region === 'nationwide' && /网上|在线|online/.test(mention.matched))) {
        const r = mention.region
        slots.region = r === 'nationwide' ? '全国' : (r.city ?? r.province)
        slotSpans.push([mention.index, mention.index + mention.matched.length])
      }
    }
    // Every mention, not just the first: "远程在线", "公益免费" say the format or fee twice.
    for (const re of [...formats.map((c) => c.pattern), fees.free, fees.notFree]) {
      for (const m of globalMatches(re, normalized)) {
        if (m[0]) slotSpans.push([m.index!, m.index! + m[0].length])
      }
    }
    if (slots.time) {
      const at = normalized.indexOf(slots.time.matched)
      if (at >= 0) slotSpans.push([at, at + slots.time.matched.length])
    }
    // Everyday words the catalogue says otherwise ("顶嘴" → 亲子沟通): their topic is implied (boost only),
    // never matched to words of the text, so the everyday word stays a need-word.
    const dictWords = wordSpans(normalized)
    const personSpans = matches.filter((m) => m.kind === 'audiences' && m.id !== null && !m.cue && PERSON_OF_A_LIFE.test(m.matched)).map((m) => [m.start, m.end])
    const relatedMay = relatedCandidates(normalized)
    for (const e of related.filter((_, k) => relatedMay[k])) {
      if (e.topics.length === 0) continue
      const m = e.pattern.exec(normalized)
      if (!m || insideLongerWord(normalized, dictWords(), m.index, m.index + m[0].length)) continue
      // A word inside the words naming the learner ("庄稼" in "我是庄稼人") is who they are, not a subject.
      if (personSpans.some(([a, b]) => a <= m.index && m.index + m[0].length <= b && b - a > m[0].length)) continue
      if (tutoring.some((t) => t.start < m.index + m[0].length && m.index < t.end)) continue
      // In English a word inside a slot ("for teenagers", "via video call") says who or how, not a subject its everyday reading implies.
      if (english && slotSpans.some(([a, b]) => a <= m.index && m.index + m[0].length <= b)) continue
      for (const id of e.topics) if (!slots.topics.some((t) => t.id === id)) slots.topics.push({ id, explicit: false, matched: m[0], related: true })
    }
    // Words of an implied cue describe the learner ("我65了", "在村里教书"), not the course:
    // they leave the search terms unless they are taxonomy words themselves (退休, 打工).
    // A relative being cared for ("家里老人失智了怎么照顾") gives up only the words naming the
    // relative: the rest (失智, 照顾) is the need.
    const aboutLearner = new Set<string>()
    for (const m of matches) {
      if (!(m.cue && !m.explicit && m.kind === 'audiences')) continue
      for (const w of segment(m.matched)) if (!taxonomyTerms.has(w) && (m.id !== null || CARED_FOR_WORDS.has(w))) aboutLearner.add(w)
    }
    // Topic words dropped as the learner's life ("种田" in "在家种田的") expand to nothing.
    const situationSpans = lifeTopics.map((t) => [t.start, t.end])
    // Each group with where its word sits in the text (-1: not found verbatim, e.g. stemmed English).
    let cursor = 0
    let groups = segmentGroups(normalized).map((g) => {
      const word = g[g.length - 1]
      // Sub-words only for long compounds (智能手机 → 手机): in a three-character word
      // they mislead more than they help (挖掘机 is not 数据挖掘, 飞行员 not 银行员).
      if ([...word].length < 4) g = [word]
      let start = normalized.indexOf(word, cursor)
      let end = start + word.length
      // A stemmed English word ("disability" of "disabilities") sits where the word it came from sits.
      if (start < 0 && /^[a-z]/.test(word)) [start, end] = latinWordAt(normalized, word, cursor)
      if (start >= 0) cursor = end
      return { words: g.filter((w) => !isFiller(w) && !aboutLearner.has(w)), start, end }
    })
    const expansionMay = expansionCandidates(normalized)
    for (const e of expansions.filter((_, k) => expansionMay[k])) {
      // A phrase that is already the catalogue's own word ("数据标注") needs no translation, and merging
      // its parts (数据, 标注) into one group of alternatives would let either part alone cover it.
      const spans = globalMatches(e.global, normalized).filter((m) => !e.words.includes(m[0]))
        .map((m) => [m.index!, m.index! + m[0].length]).filter(([a, b]) => !e.everyday || !insideLongerWord(normalized, dictWords(), a, b))
        // Words inside the learner's own situation ("在家种田的") describe them, not the course.
        .filter(([a, b]) => !situationSpans.some(([x, y]) => x <= a && b <= y))
      if (spans.length === 0) continue
      // Words of the phrase itself join the expansion's group: either one covers the need.
      const inPhrase = (g: { start: number; end: number }) => g.start >= 0 && spans.some(([a, b]) => g.start < b && a < g.end)
      const at = groups.findIndex(inPhrase)
      // (English: the group sits where its phrase does, so an everyday word inside a slot, "for teenagers", is no need.)
      const [start, end] = english ? spans[0] : [-1, -1]
      const merged = { words: [...groups.filter(inPhrase).flatMap((g) => g.words), ...e.words], start, end }
      groups = groups.filter((g) => !inPhrase(g))
      groups.splice(at < 0 ? groups.length : Math.min(at, groups.length), 0, merged)
    }
    const termGroups = groups.map((g) => [...new Set(g.words)]).filter((g) => g.length > 0)
    // Overlapping is enough: the segmenter may glue a slot word to its neighbour ("有线" in "有线上的吗").
    const inSlot = (g: { start: number; end: number }) => g.start >= 0 && slotSpans.some(([a, b]) => g.start < b && a < g.end)
    // A lone Chinese character ("东" of a cut-off 东西, "撒" for 啥) says nothing to learn.
    // Words about the person or the conversation ("本人", "改主意", "跟前") are no need either.
    const needs = groups.filter((g) => !inSlot(g)).map((g) => [...new Set(g.words)].filter((w) => !/^(\p{Script=Han}|[a-z])$/u.test(w) && !audienceWords.has(w) && isNeedWord(w)))
      .filter((g) => g.length > 0)
    // A learner who only says who they are ("在家种田的 行不行") names no subject; one who goes on to
    // a need of the same life ("养鸡的农户 有没有技术培训", "种果树的 苹果卖不出去") asks about that life.
    if (lifeTopics.length && needs.length && !slots.topics.some((t) => t.explicit)) {
      for (const t of toSlotValues(lifeTopics, 'topics')) slots.topics = [t, ...slots.topics.filter((x) => x.id !== t.id)]
    }
    // The tutoring phrase is the need, first, so "nothing teaches it" names it.
    if (tutoring.length) needs.unshift(...tutoring.filter((t) => !needs.some((g) => g.includes(t.word))).map((t) => [t.word]))
    const words = [...new Set(termGroups.flat())]
    return {
      text,
      normalized,
      terms: words,
      termGroups,
      needs,
      // Pinyin the repair turned into characters reads as Chinese.
      lang: detectLang(repaired.repairs.length > 0 ? normalized : text),
      slots,
      vague: !hasAnySlot(slots) && words.length === 0,
      ...(tutoring.length && english ? { outOfScope: tutoring[0].word } : {}),
    }
  }
}

/** Terms precompiled for matching: Chinese terms in a trie of their characters, the others by their own matcher. */
interface TermIndex {
  root: TermNode
  english: (text: string) => EnglishHit[]
}

/** A trie node: the terms spelled by the path to it (in term order), and the next characters. */
interface TermNode {
  next: Map<string, TermNode>
  terms: (Term & { latinStart: boolean; latinEnd: boolean })[]
}

/** Built once per understander: from each position of a message, one walk finds every term starting there. */
function indexTerms(terms: Term[], english: TermIndex['english']): TermIndex {
  const root: TermNode = { next: new Map(), terms: [] }
  for (const t of terms) {
    let node = root
    for (const unit of t.han) {
      let child = node.next.get(unit)
      if (!child) node.next.set(unit, (child = { next: new Map(), terms: [] }))
      node = child
    }
    node.terms.push({ ...t, latinStart: /^[a-z0-9]/.test(t.han), latinEnd: /[a-z0-9]$/.test(t.han) })
  }
  return { root, english }
}

/** English words that open a statement about a person ("I'm a farmer growing rice", "my dad works construction"). */
const SPEAKS_OF_A_PERSON = /^(?:i|we|he|she|they|my|our|his|her|i m|im|i am|we re|he s|she s|for my|it s for my)\b/

/** Taxonomy terms and cues found in the text; overlaps resolved longest-first. */
function findMatches(text: string, index: TermIndex): Match[] {
  const found: Match[] = []
  for (let at = 0; at < text.length; at++) {
    let node: TermNode | undefined = index.root
    for (let end = at + 1; end <= text.length; end++) {
      node = node.next.get(text[end - 1])
      if (!node) break
      for (const t of node.terms) {
        if (t.latinStart && /[a-z0-9]/.test(text[at - 1] ?? '')) continue
        if (t.latinEnd && /[a-z0-9]/.test(text[end] ?? '')) continue
        found.push({ kind: t.kind, id: t.id, start: at, end, explicit: true, cue: false, matched: t.han })
      }
    }
  }
  // English words of the taxonomy, inflected and padded as people write them. "Adults", "the public":
  // in English everyone is an adult, so the general public only ranks ("violin lessons for adults").
  for (const h of index.english(text)) {
    found.push({ kind: h.kind, id: h.id, start: h.start, end: h.end, explicit: !(h.kind === 'audiences' && h.id === 'general-public'), cue: false, matched: h.matched })
  }
  const may = cueCandidates(text)
  for (const [k, cue] of ALL_CUES.entries()) {
    if (!may[k]) continue
    for (const m of globalMatches(cue.pattern, text)) {
      if (!m[0]) continue
      found.push({ kind: cue.kind, id: cue.id, start: m.index!, end: m.index! + m[0].length, explicit: cue.explicit, cue: true, matched: m[0].trim(), person: PERSON_PATTERNS.has(cue.pattern) })
    }
  }
  // Longest first; at equal length a cue beats a plain taxonomy word.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.cue) - Number(a.cue) || a.start - b.start)
  const kept: Match[] = []
  for (const m of found) {
    const dropped = kept.some((k) => {
      // An audience right before a care topic ("乐龄健康照护", "老人护理") is who is cared for, not who learns.
      if (k.kind === 'topics' && m.kind === 'audiences' && CARE.test(k.matched) && m.end === k.start && m.id !== null) return true
      const overlaps = k.start < m.end && m.start < k.end
      if (!overlaps) return false
      // An audience named inside a care topic ("elderly care", "失能老人照护") is who is cared for, not who learns.
      if (k.kind === 'topics' && m.kind === 'audiences' && !m.cue && CARE.test(k.matched) && k.start <= m.start && m.end <= k.end) return true

      // The same topic said twice ("孩子沉迷手机怎么办"): both stay, the explicit one wins when merged.
      // But a word inside a situation cue ("退休" in "退休了") is part of that situation: implied.
      if (k.kind === m.kind && k.id === m.id && !(k.cue && !k.person && !k.explicit && k.kind === 'audiences' && k.end - k.start > m.end - m.start)) return false
      // A skill-for-work phrase around a named subject ("学种养殖技术"): the subject is the request.
      if (k.kind === 'topics' && m.kind === 'topics' && k.cue && CATCH_ALL_TOPICS.has(k.id ?? '') && !m.cue && m.id !== k.id && m.end - m.start >= 2) return false
      // An audience word at the start of a longer topic word ("农家" in 农家乐, a farm stay) is part of that word.
      if (k.kind === 'topics' && m.kind === 'audiences' && !k.cue && !m.cue && k.start === m.start && m.end < k.end && isDictionaryWord(k.matched)) return true
      // The same kind: the longer reading wins. Another kind: a word inside a
      // situation cue ("孩子" inside "我孩子不听话") is part of that cue, not a slot.
      if (k.kind === m.kind) return true
      // A taxonomy word inside a longer taxonomy phrase of another kind ("family" in "family education",
      // "professional" in "professional development") is part of that phrase.
      const inside = k.start <= m.start && m.end <= k.end
      // (English only: Chinese compounds often name their audience on purpose, 家长课堂 is for 家长.)
      if (!k.cue && !m.cue && inside && k.end - k.start > m.end - m.start && /^[a-z]/.test(k.matched) && /^[a-z]/.test(m.matched)) return true
      // (English: a subject inside the words describing the person, "I'm a farmer growing rice", is who they are.)
      if (k.cue && !k.explicit && k.kind === 'audiences' && k.id !== null && m.kind === 'topics' && inside && SPEAKS_OF_A_PERSON.test(k.matched)) return true
      return k.cue && k.id !== null && !m.cue && inside
    })
    if (!dropped) kept.push(m)
  }
  const yields = (k: Match) => k.kind === 'topics' && k.cue && CATCH_ALL_TOPICS.has(k.id ?? '')
    && kept.some((m) => m.kind === 'topics' && !m.cue && m.id !== k.id && k.start <= m.start && m.end <= k.end && m.end - m.start >= 2)
  return kept.filter((k) => !yields(k)).sort((a, b) => a.start - b.start)
}

/**
 * Topic words that say how or who, not what: a topic word inside the format
 * phrase ("在手机上就能学": 手机 is where they learn) is dropped, and a topic
 * word inside the words describing the learner, beside a subject named
 * elsewhere ("我是种地的，想学书法"), only ranks: it says who they are, not
 * what they want to learn.
 */
function subjectOnly(matches: Match[], text: string, formats: typeof FORMAT_CUES = FORMAT_CUES, lifeTopics: Match[] = []): Match[] {
  const format = formats.map((c) => c.pattern.exec(text)).find((m) => m !== null)
  const within = (m: Match, a: number, b: number) => a <= m.start && m.end <= b
  // (A dialect verb glued in front, "整手机" of "想整手机上能学的", still ends inside the format phrase.)
  const tailIn = (m: Match, a: number, b: number) => m.start < a && a < m.end && m.end <= b && m.end - a >= 2
  let out = format ? matches.filter((m) => !(m.kind === 'topics' && (within(m, format.index, format.index + format[0].length) || tailIn(m, format.index, format.index + format[0].length)))) : matches
  const person = out.filter((m) => m.kind === 'audiences' && m.id !== null)
  const aboutPerson = (m: Match) => person.some((a) => m.start < a.end && a.start < m.end)
  const namedElsewhere = out.some((m) => m.kind === 'topics' && m.explicit && !aboutPerson(m))
  if (namedElsewhere) out = out.map((m) => (m.kind === 'topics' && m.explicit && aboutPerson(m) ? { ...m, explicit: false } : m))
  // (English: beside a learner who said who they are, a relative inside a subject, "helping my children learn", is who
  // the subject is about, not another learner.)
  const inSubject = (a: Match) => a.cue && !a.explicit && out.some((t) => t.kind === 'topics' && t.explicit && t.start <= a.start && a.end <= t.end)
  const people = out.filter((m) => m.kind === 'audiences' && m.id !== null && /^[a-z]/.test(m.matched))
  if (people.some((a) => !inSubject(a))) out = out.filter((m) => !people.includes(m) || !inSubject(m))
  // A topic word inside the words saying who the learner is ("在家种田的", "在乡下学校教娃娃的老师") is
  // their life, not their request (no topic at all, so a narrowing keeps the subject), unless a
  // learning verb stands right before it ("想学养猪").
  // (A taxonomy person word that is a topic word plus "person", "庄稼人", "种地的", is a situation too;
  // "电力职工" names a trade's workers, whose trade is still the subject.)
  const situation = out.filter((m) => m.kind === 'audiences' && m.id !== null && ((m.cue && !m.explicit) || (!m.cue && PERSON_OF_A_LIFE.test(m.matched))))
  // (A teacher's own teaching, "在村小教数学", is also what a teacher comes to improve.)
  const inSituation = (m: Match) => situation.some((a) => a.start <= m.start && m.end <= a.end && a.end - a.start > m.end - m.start && OWN_GROWTH[a.id!] !== m.id)
  const life = (m: Match) => m.kind === 'topics' && /\p{Script=Han}/u.test(m.matched) && inSituation(m) && !ASKED_FOR.test(text.slice(Math.max(0, m.start - 3), m.start))
  lifeTopics.push(...out.filter(life))
  out = out.filter((m) => !life(m))
  // An audience word naming who a topic is about ("老年人保健养生", "儿童编程") beside the learner's own
  // situation ("干社区工作的") says what the course covers, not who learns.
  const own = out.filter((m) => m.kind === 'audiences' && m.id !== null && m.cue)
  if (own.length) {
    const modifiers = new Set(out.filter((m) => m.kind === 'audiences' && !m.cue && m.id !== null && !own.some((o) => o.id === m.id)
      && out.some((t) => t.kind === 'topics' && (t.start === m.end || (text[m.end] === '的' && t.start === m.end + 1)))).map((m) => m.id))
    out = out.filter((m) => !(m.kind === 'audiences' && !m.cue && modifiers.has(m.id)))
  }
  // "给他找", "给上中学的孩子找": the course is for the child, so the learner is young, not a parent.
  if (ON_THE_CHILDS_BEHALF.test(text) && out.some((m) => m.kind === 'audiences' && m.id === 'parents' && m.cue)) {
    const at = out.find((m) => m.kind === 'audiences' && m.id === 'parents')!
    out = out.filter((m) => !(m.kind === 'audiences' && m.id === 'parents' && m.cue))
    if (!out.some((m) => m.kind === 'audiences' && m.id === 'youth')) out.push({ ...at, id: 'youth', explicit: false })
  }
  return out
}

/** One value per id, explicit if any mention was explicit, in order of appearance. */
function toSlotValues(matches: Match[], kind: TaxonomyKind): SlotValue[] {
  const out = new Map<string, SlotValue>()
  for (const m of matches) {
    if (m.kind !== kind || m.id === null) continue
    const prev = out.get(m.id)
    if (!prev) out.set(m.id, { id: m.id, explicit: m.explicit, matched: m.matched, related: false })
    else if (!prev.explicit && m.explicit) out.set(m.id, { id: m.id, explicit: true, matched: m.matched, related: false })
  }
  return [...out.values()]
}

function findFormat(text: string, formats: typeof FORMAT_CUES = FORMAT_CUES): Format | null {
  for (const cue of formats) {
    if (cue.pattern.test(text)) return cue.format === 'any' ? null : cue.format
  }
  return null
}

function findFree(text: string, fees: typeof FEE_CUES = FEE_CUES): boolean | null {
  if (fees.notFree.test(text)) return null
  return fees.free.test(text) ? true : null
}
