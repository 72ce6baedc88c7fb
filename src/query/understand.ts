/**
 * @module query/understand
 * Turns a learner's message into {@link Understanding}: normalised and
 * repaired text, the search terms, the language, and the slots retrieval
 * filters and boosts by. Everything is rules over the taxonomy, the regions
 * file and built-in cues: offline, deterministic and explainable.
 */
import type { Taxonomy } from '../catalogue/taxonomy.js'
import type { Regions } from '../catalogue/regions.js'
import { readPlaces } from './place-roles.js'
import { detectLang } from '../text/lang.js'
import { normalizeText } from '../text/normalize.js'
import { segment, segmentGroups } from '../text/segment.js'
import { createTextRepairer, type PreparedVocabulary } from '../text/repair.js'
import { readAsMandarin, withoutSpeechNoise } from '../text/speech-noise.js'
import { isNeedWord } from './need-filter.js'
import { examTutoring } from './colloquial-cues.js'
import { englishServiceAsks, serviceAsks } from './service-asks.js'
import { CHILD_STAGE } from './person-cues.js'
import { isFusedToTopic, isHowAgent } from './fused-audience.js'
import { withoutChildGuess, withoutKinGuess } from './kin-guess.js'
import { withoutAsker } from './asker-audience.js'
import { CARED_FOR_WORDS, CHILD_WORDS, EXPANSIONS } from './cues.js'
import { parseTimeWindow } from './time.js'
import { relatedExpansions, type RelatedWords } from './related-words.js'
import { hasAnySlot, type Slots, type SlotValue } from './slots.js'
import { englishExamTutoring } from './english-cues.js'
import { ENGLISH_COMMON_WORDS, ENGLISH_FILLER_WORDS, ENGLISH_PLAIN_WORDS } from './english-words.js'
import { createEnglishRepairer } from '../text/english-repair.js'
import { ENGLISH_STOP_WORDS } from '../text/english.js'
import { createEnglishTermMatcher, englishKeys, type EnglishTerm } from './english-terms.js'
import type { Understanding } from './types.js'
import { candidateIndices, globalMatches } from '../text/regex-tools.js'
import { QUERY_WORDS, repairWordParts } from './repair-words.js'
import { findMatches, indexTerms, taxonomyWord, toSlotValues, type Match, type Term } from './term-matches.js'
import { headVariants } from './topic-heads.js'
import { createFacetReader } from './facet-reading.js'
import { FOR_THE_CHILD, PERSON_OF_A_LIFE, subjectOnly } from './subject-rules.js'
import { personOrSubject, selfDescriptionSpans, setAgainstSelfSpans } from './person-subjects.js'
import { englishSelfSpans, unreadPerson } from './unread-person.js'
import { withoutFramedStrangers } from './inner-subjects.js'
import { insideLongerWord, isFiller, labelSpans, latinWordAt, wordSpans } from './word-spans.js'
import { kinAsPlaceSpans, withOwnedHeads } from './english-heads.js'
import { englishRequestFrameSpans } from './english-request-frames.js'

/** Audiences that are a working life: their situation words (庄稼 in 我是种庄稼的) are who they are, not a subject. */
const WORKING_LIVES: ReadonlySet<string> = new Set(['farmers', 'migrant-workers', 'employees', 'community-workers', 'veterans'])
/** A group of words that overlaps one of `spans` (a module function: a closure made per message costs a name under tsx). */
const overlapsSpan = (g: { start: number; end: number }, spans: readonly (readonly number[])[]) => g.start >= 0 && spans.some(([a, b]) => g.start < b && a < g.end)
/** A lone Chinese character or Latin letter. */
const LONE_CHARACTER = /^(\p{Script=Han}|[a-z])$/u
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
 * Builds the message → {@link Understanding} function for one taxonomy, regions file and catalogue vocabulary.
 * Building takes a few tens of ms (pinyin of the vocabulary); each call then takes well under a millisecond.
 * @example
 * const understand = createQueryUnderstander({ taxonomy, regions })
 * understand('我65了，想在网上学用手机').slots.audiences // [{ id: 'elderly', explicit: false, matched: '我65了' }]
 */
export function createQueryUnderstander(deps: UnderstandDeps): (text: string) => Understanding {
  const { taxonomy, regions } = deps
  const today = deps.today ?? (() => new Date())
  const terms: Term[] = []
  // English taxonomy words: their keys are made at the first message with Latin letters (query/english-terms).
  const englishWords: { kind: EnglishTerm['kind']; id: string; norm: string }[] = []
  const taxonomyWords: string[] = []
  for (const kind of ['topics', 'audiences'] as const) {
    for (const [term, id] of taxonomy.terms(kind)) {
      const norm = normalizeText(term)
      if (!norm) continue
      taxonomyWords.push(norm)
      // (A topic word is also said by construction, "数字化技能", "建设咱农村": query/topic-heads.)
      if (/\p{Script=Han}/u.test(norm)) terms.push({ kind, id, han: norm }, ...(kind === 'topics' ? headVariants(norm).map((v) => ({ kind, id, han: v, word: norm })) : []))
      else englishWords.push({ kind, id, norm })
    }
  }
  const taxonomyTerms = new Set(taxonomyWords)
  // How much of its topic a mention names: a phrase (cue) or a name of the whole topic, an everyday subject, one skill.
  const topicBreadth = (m: Match) => (m.cue || taxonomy.namesWholeTopic(taxonomyWord(m)) ? 2 : taxonomy.isFamilyWord(taxonomyWord(m)) ? 1 : 0)
  // Words naming a group of people say who, never what to learn ("老年人" in "老年人保健养生" for a community worker).
  const audienceWords = new Set(terms.filter((t) => t.kind === 'audiences').map((t) => t.han))
  const termIndex = indexTerms(terms, createEnglishTermMatcher(() => englishWords.map(({ kind, id, norm }) => ({ kind, id, keys: englishKeys(norm) }))))
  const related = relatedExpansions(deps.relatedWords ?? { entries: [] }).map((e) => ({
    ...e,
    // A catalogue word that is also a topic word ("亲子沟通") makes the topic an implied slot.
    topics: [...new Set(e.words.map((w) => taxonomy.resolve('topics', w)).filter((id): id is string => id !== null))],
  }))
  // Global copies compiled once: every message is matched against each of them.
  const expansions = [...EXPANSIONS.map((e) => ({ ...e, everyday: false })), ...related.map((e) => ({ ...e, everyday: true }))]
    .map((e) => ({ words: e.words, global: new RegExp(e.pattern.source, 'g'), everyday: e.everyday }))
  // Which of them a message's characters can start a match of: most messages can start none, and skip the loops.
  const relatedCandidates = candidateIndices(related.map((e) => e.pattern))
  const expansionCandidates = candidateIndices(expansions.map((e) => e.global))
  const words = repairWordParts(deps)
  const repairer = createTextRepairer([...words.before, ...(deps.vocabulary ?? []), ...words.after], { prepared: deps.preparedRepair, frameWords: QUERY_WORDS })
  // English slips ("anythign", "laern") are read towards the bot's own English: everyday words first.
  const latin = (words: Iterable<string>) => [...words].filter((w) => /^[a-z][a-z '-]*$/.test(w))
  const relatedLatin = (deps.relatedWords?.entries ?? []).flatMap((e) => [...e.say, ...e.means])
  const regionLatin = (regions?.provinces ?? []).flatMap((p) => [p.pinyin, p.en, ...p.aliases, ...p.cities.flatMap((c) => c.aliases)]).map((w) => w.toLowerCase())
  const englishRepair = createEnglishRepairer([...ENGLISH_STOP_WORDS, ...ENGLISH_FILLER_WORDS, ...ENGLISH_COMMON_WORDS],
    [...latin(taxonomyWords), ...latin(relatedLatin), ...latin(regionLatin), ...latin(regions?.nationwide ?? []), ...latin(deps.vocabulary ?? [])],
    ENGLISH_PLAIN_WORDS)

  // How and at what cost: read once per message, every user takes it from this reading (query/facet-reading).
  const readFacets = createFacetReader()
  // (Not a subject of its own inside a work-skill frame, "考个潜水证": inner-subjects; a colloquial cue naming another topic counts.)
  const known = (t: string, topic: string) => findMatches(t, termIndex).some((m) => m.id !== null
    && (!m.cue || (m.kind === 'topics' && m.explicit && m.id !== topic))
    && (m.kind !== 'topics' || m.id !== topic || taxonomy.namesWholeTopic(taxonomyWord(m)) || taxonomy.isFamilyWord(taxonomyWord(m))))

  return (said: string): Understanding => {
    // How it was said (fillers, politeness, particles, doubled punctuation) is no part of what it asks.
    const text = withoutSpeechNoise(said)
    const repaired = repairer.repair(normalizeText(readAsMandarin(text)))
    // English has its own format and fee words; the built-in ones are read in every other message.
    const english = detectLang(text) === 'en'
    // In English, an English word ("mama", "papa") or a word one slip from one ("changge" for change) is that word, not pinyin (妈妈, 唱歌).
    let base = repaired.text
    if (english) for (const r of repaired.repairs) if (r.kind === 'pinyin' && (englishRepair.knows(r.from) || englishRepair(r.from).repairs.length)) base = base.replace(r.to, r.from)
    // "Teach me poker", "can you teach us to swim", "what do you guys teach": the learner asks to learn, and teaching is no subject.
    // Code-mixed Chinese ("有咩onlinecourse"): English words typed without their space are read apart.
    const normalized = english ? englishRepair(base).text.replace(/\bteach (?:me|us|myself)\b|(?<=\b(?:you|ye|ya|yall|guys|all|folks) )teach(?:es)?\b/g, 'learn') : /[a-z]{5}/.test(repaired.text) ? englishRepair.splitGlued(repaired.text) : repaired.text
    const facets = readFacets(normalized, english)
    const found = findMatches(normalized, termIndex)
    const lifeTopics: Match[] = []
    // (Someone set against the learner, "工人姐姐湊緊仔，我自己想學…"; in English the speaker's job, a relative's place: english-heads.)
    const [others, englishOwn] = english ? [[], [...kinAsPlaceSpans(normalized), ...englishSelfSpans(normalized)]] : [setAgainstSelfSpans(normalized), []]
    const matches = personOrSubject(subjectOnly(withoutFramedStrangers(english ? withOwnedHeads(found, normalized) : found, known, normalized), normalized, facets.formatSpans, lifeTopics), normalized).filter((m) => !overlapsSpan(m, others))
    // "孩子" is nearly always a parent speaking: implied, unless the course is plainly for the child ("适合孩子的编程课").
    if (!FOR_THE_CHILD.test(normalized)) {
      for (const m of matches) if (m.kind === 'audiences' && !m.cue && CHILD_WORDS.has(m.matched)) m.explicit = false
    }
    const slots: Slots = {
      topics: toSlotValues(matches, 'topics', topicBreadth),
      audiences: toSlotValues(matches, 'audiences'),
      region: null,
      format: facets.format,
      free: facets.free,
      time: parseTimeWindow(normalized, today),
    }
    // A bare child beside bringing children up ("育儿孩子", "教养娃") is the one raised: the topic says it, no learner.
    if (slots.topics.some((t) => t.id === 'family-education' && t.explicit)) slots.audiences = slots.audiences.filter((a) => a.explicit || !CHILD_WORDS.has(a.matched))
    // A school-age child in a message about bringing children up ("娃上初中了 叛逆咋管") has a parent speaking.
    if (slots.topics.some((t) => t.id === 'family-education') && CHILD_STAGE.test(normalized)) {
      slots.audiences = slots.audiences.map((a) => (a.id === 'youth' && !a.explicit ? { ...a, id: 'parents' } : a))
        .filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i)
    }
    // A learner who names who they are ("我是残疾人") is not also a guess from their situation ("腿脚不好").
    // (A group fused onto the topic's phrase, "health for older people", names the course: the situation said beside it stays.)
    // (Nor a group inside a programme's own name, "家长课堂", or acting in a how-question, "家长怎么做好家庭教育": query/fused-audience.)
    // (Nor the asker's own group when asking for another: query/asker-audience.)
    const named = (a: SlotValue) => slots.topics.some((t) => t.explicit && t.matched.length > a.matched.length && t.matched.includes(a.matched))
    slots.audiences = withoutAsker(normalized, withoutChildGuess(normalized, withoutKinGuess(slots.audiences)))
    if (slots.audiences.some((a) => a.explicit && !isFusedToTopic(normalized, a, slots.topics) && !isHowAgent(normalized, a, slots.topics) && !named(a))) slots.audiences = slots.audiences.filter((a) => a.explicit)
    // Exam tutoring is its own subject: a topic or audience named inside it ("公务员考试", "补英语") is the exam's.
    // So is a service (hiring, buying, where a job is done: query/service-asks); a place in one (买去广州的机票) is not the learner's.
    const service = english ? englishServiceAsks(normalized) : serviceAsks(normalized)
    const tutoring = [...(english ? englishExamTutoring(normalized) : examTutoring(normalized)), ...service]
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
    // (The learner's place, and the places they came from, no need either: query/place-roles.)
    const places = regions ? readPlaces(regions, normalized) : { mention: null, away: [] }
    const slotSpans: [number, number][] = [...matches.filter((m) => m.id !== null || m.aside).map((m): [number, number] => [m.start, m.end]), ...places.away]
    const mention = places.mention
    if (mention && !service.some((t) => t.start < mention.index + mention.matched.length && mention.index < t.end) && !(mention.region === 'nationwide' && /网上|在线|online/.test(mention.matched))) {
      slots.region = mention.region === 'nationwide' ? '全国' : (mention.region.city ?? mention.region.province)
      slotSpans.push([mention.index, mention.index + mention.matched.length])
    }
    // Every format and fee mention, not just the first ("远程在线", "公益免费"), the frames that say how ("亲身去上课",
    // "通过网络上课") and refused ones too: none of it is a need.
    slotSpans.push(...facets.spans)
    if (slots.time) {
      const at = normalized.indexOf(slots.time.matched)
      if (at >= 0) slotSpans.push([at, at + slots.time.matched.length])
    }
    // Who the learner is, said in words no reader knows ("我係揸小巴嘅，車行僱員"): the dialogue prefers what is open to all.
    const unread = slots.audiences.length ? null : unreadPerson(normalized, english, [...slotSpans, ...service.map((t) => [t.start, t.end])])
    // Everyday words the catalogue says otherwise ("顶嘴" → 亲子沟通): their topic is implied (boost only),
    // never matched to words of the text, so the everyday word stays a need-word.
    const dictWords = wordSpans(normalized)
    // (A person word of a life, "庄稼人", or a working life said as a situation, "我是农村种庄稼的".)
    const personSpans = matches.filter((m) => m.kind === 'audiences' && m.id !== null && (m.cue ? !m.explicit && WORKING_LIVES.has(m.id) : PERSON_OF_A_LIFE.test(m.matched))).map((m) => [m.start, m.end])
    for (const k of relatedCandidates(normalized)) {
      const e = related[k]
      if (e.topics.length === 0) continue
      const m = e.pattern.exec(normalized)
      if (!m || insideLongerWord(normalized, dictWords(), m.index, m.index + m[0].length) || overlapsSpan({ start: m.index, end: m.index + m[0].length }, others)) continue
      // A word inside the words naming the learner ("庄稼" in "我是庄稼人") is who they are, not a subject.
      if (personSpans.some(([a, b]) => a <= m.index && m.index + m[0].length <= b && b - a > m[0].length)) continue
      if (tutoring.some((t) => t.start < m.index + m[0].length && m.index < t.end)) continue
      // In English a word inside a slot ("for teenagers") or the speaker's own job or life ("i work as a chef") is no subject.
      if (english && [...slotSpans, ...englishOwn].some(([a, b]) => a <= m.index && m.index + m[0].length <= b)) continue
      for (const id of e.topics) if (!slots.topics.some((t) => t.id === id)) slots.topics.push({ id, explicit: false, matched: m[0], related: true })
    }
    // Words of an implied cue describe the learner ("我65了", "在村里教书"), not the course:
    // they leave the search terms unless they are taxonomy words themselves (退休, 打工).
    // A relative being cared for ("家里老人失智了怎么照顾") gives up only the words naming the relative: the rest (失智, 照顾) is the need.
    const aboutLearner = new Set<string>()
    for (const m of matches) {
      if (!(m.cue && !m.explicit && m.kind === 'audiences')) continue
      for (const w of segment(m.matched)) if (!taxonomyTerms.has(w) && (m.id !== null || CARED_FOR_WORDS.has(w))) aboutLearner.add(w)
    }
    // Topic words dropped as the learner's life ("种田" in "在家种田的") expand to nothing.
    const situationSpans = lifeTopics.map((t) => [t.start, t.end])
    // Each group with where its word sits in the text (-1: not found verbatim, e.g. stemmed English).
    let cursor = 0
    const frames = english ? englishRequestFrameSpans(normalized) : [] // ("may i ask about", "if exists": no need, no term.)
    let groups = segmentGroups(normalized).map((g) => {
      const word = g[g.length - 1]
      // Sub-words only for long compounds (智能手机 → 手机): in a three-character word they mislead more than they help (挖掘机 is not 数据挖掘, 飞行员 not 银行员).
      if ([...word].length < 4) g = [word]
      let start = normalized.indexOf(word, cursor)
      let end = start + word.length
      // A stemmed English word ("disability" of "disabilities") sits where the word it came from sits.
      if (start < 0 && /^[a-z]/.test(word)) [start, end] = latinWordAt(normalized, word, cursor)
      if (start >= 0) cursor = end
      const framed = start >= 0 && frames.some(([a, b]) => a <= start && end <= b)
      return { words: framed ? [] : g.filter((w) => !isFiller(w) && !aboutLearner.has(w)), start, end }
    })
    for (const k of expansionCandidates(normalized)) {
      const e = expansions[k]
      // A phrase that is already the catalogue's own word ("数据标注") needs no translation, and merging
      // its parts (数据, 标注) into one group of alternatives would let either part alone cover it.
      const spans = globalMatches(e.global, normalized).filter((m) => !e.words.includes(m[0]))
        .map((m) => [m.index!, m.index! + m[0].length]).filter(([a, b]) => !e.everyday || !insideLongerWord(normalized, dictWords(), a, b))
        // Words inside the learner's own situation ("在家种田的") describe them, not the course.
        .filter(([a, b]) => !situationSpans.some(([x, y]) => x <= a && b <= y))
      // (A say-word that is one of the catalogue's words too, "防疫" beside 疫病防控: its own whole word gains the others.)
      for (const m of globalMatches(e.global, normalized)) {
        const own = e.words.includes(m[0]) ? groups.find((g) => g.start === m.index && g.words.includes(m[0])) : undefined
        // (Not words said beside it, "穴位和艾灸": each stays a need of its own.)
        if (own) own.words = [...own.words, ...e.words.filter((w) => !own.words.includes(w) && !normalized.includes(w))]
      }
      if (spans.length === 0) continue
      // Words of the phrase itself join the expansion's group: either one covers the need.
      const at = groups.findIndex((g) => overlapsSpan(g, spans))
      // (English: the group sits where its phrase does, so an everyday word inside a slot, "for teenagers", is no need.)
      const [start, end] = english ? spans[0] : [-1, -1]
      const merged = { words: [...groups.filter((g) => overlapsSpan(g, spans)).flatMap((g) => g.words), ...e.words], start, end }
      groups = groups.filter((g) => !overlapsSpan(g, spans))
      groups.splice(at < 0 ? groups.length : Math.min(at, groups.length), 0, merged)
    }
    const termGroups = groups.map((g) => [...new Set(g.words)]).filter((g) => g.length > 0)
    // No need: words overlapping a slot (the segmenter may glue one to its neighbour: "有线" in "有线上的吗"), a lone
    // character ("东" of a cut-off 东西), words about the person or the talk ("本人", "改主意"), a self-clause's words.
    const selfSpans = [...(english ? englishOwn : selfDescriptionSpans(normalized)), ...labelSpans(said, normalized)] // (a form's labels, 补充地点：, too)
    const needs = groups.filter((g) => !overlapsSpan(g, slotSpans) && !(g.start >= 0 && selfSpans.some(([a, b]) => a <= g.start && g.end <= b)))
      .map((g) => [...new Set(g.words)].filter((w) => !LONE_CHARACTER.test(w) && !audienceWords.has(w) && isNeedWord(w)))
      .filter((g) => g.length > 0)
    // Who only says who they are ("在家种田的 行不行") names no subject; going on to a need of that life asks about it.
    if (lifeTopics.length && needs.length && !slots.topics.some((t) => t.explicit)) {
      for (const t of toSlotValues(lifeTopics, 'topics')) slots.topics = [t, ...slots.topics.filter((x) => x.id !== t.id)]
    }
    // The tutoring phrase is the need, first, so "nothing teaches it" names it.
    if (tutoring.length) needs.unshift(...tutoring.filter((t) => !needs.some((g) => g.includes(t.word))).map((t) => [t.word]))
    const wordSet = new Set<string>() // (filled group by group: Array.prototype.flat is slow in V8)
    for (const g of termGroups) for (const w of g) wordSet.add(w)
    const words = [...wordSet]
    return {
      text: said, normalized,
      terms: words,
      termGroups,
      needs,
      // Pinyin the repair turned into characters reads as Chinese.
      lang: detectLang(repaired.repairs.length > 0 ? normalized : text),
      slots, topicSource: 'words',
      vague: !hasAnySlot(slots) && words.length === 0 && !unread,
      ...(unread && !service.length ? { unreadPerson: unread } : {}),
      ...((tutoring.length && english) || service.length ? { outOfScope: (service[0] ?? tutoring[0]).word } : {}),
    }
  }
}
