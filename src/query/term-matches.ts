/**
 * @module query/term-matches
 * Finds the taxonomy terms and built-in cues in a message (a trie walk for Chinese terms, the English matcher for
 * English ones, the cue patterns) and resolves their overlaps longest-first: the raw mentions the understander
 * turns into slots.
 */
import { OPEN_AUDIENCE } from '../catalogue/project.js'
import type { TaxonomyKind } from '../catalogue/taxonomy.js'
import { isDictionaryWord } from '../text/segment.js'
import { candidateIndices, globalMatches } from '../text/regex-tools.js'
import { FlatTrie, NO_NODE } from '../text/flat-trie.js'
import { COLLOQUIAL_CUES, COLLOQUIAL_PERSON_PATTERNS } from './colloquial-cues.js'
import { PERSON_CUES } from './person-cues.js'
import { VILLAGE_SCHOOL_CUES } from './person-settings.js'
import { REGIONAL_CUES } from './regional-cues.js'
import { TOPIC_TALK } from './topic-talk.js'
import { TOPIC_FRAMES } from './topic-frames.js'
import { TOPIC_HEADS, TRADE_HEAD } from './topic-heads.js'
import { CUES } from './cues.js'
import { ENGLISH_CUES } from './english-cues.js'
import type { EnglishHit } from './english-terms.js'
import type { SlotValue } from './slots.js'

/** A Chinese taxonomy term: its kind, id and normalised characters. */
export interface Term {
  kind: TaxonomyKind
  id: string
  han: string
  /** The taxonomy word this spelling says another way (query/topic-heads: 数字化技能 for 数字技能); absent when it is the word. */
  word?: string
}

/** One mention found in a message: a taxonomy term or a cue, where it sits and how strongly it speaks. */
export interface Match {
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
  /** From a cue naming a topic as a whole (Cue.general). */
  general?: boolean
  /** (A taxonomy term said another way, Term.word) the taxonomy word it says: its breadth is that word's. */
  word?: string
  /** A group said of someone or something other than the learner (query/own-groups): no group, but its words are no need. */
  aside?: boolean
}

/** The taxonomy word a mention says (its own text, or the word a variant spelling stands for): what its breadth is read from. */
export const taxonomyWord = (m: Match): string => m.word ?? m.matched

/** The built-in cues, the colloquial ones and the English ones, matched together: English ones only fire on Latin text, so they cost Chinese messages nothing. */
const ALL_CUES = [...CUES, ...VILLAGE_SCHOOL_CUES, ...COLLOQUIAL_CUES, ...PERSON_CUES, ...TOPIC_TALK, ...TOPIC_FRAMES, ...TOPIC_HEADS, ...ENGLISH_CUES, ...REGIONAL_CUES]
const PERSON_PATTERNS: ReadonlySet<RegExp> = new Set([...PERSON_CUES.map((c) => c.pattern), ...COLLOQUIAL_PERSON_PATTERNS])
/** Which cues a message's characters can start a match of: the others are not tried. */
const cueCandidates = candidateIndices(ALL_CUES.map((c) => c.pattern))
/** A Chinese character (compiled once: a `\p{…}` literal inside a function is a new RegExp per call once transpiled). */
const HAN = /\p{Script=Han}/u
const CARE = /照护|护理|照顾|看护|痴呆|认知症|care|caring|look(?:s|ing|ed)? after|nursing/
/** Words that make a topic phrase ask for a skill ("…的新技术", "…怎么教"): see findMatches. */
const SKILL_ASK = /技术|技能|本事|本领|门道|窍门|知识|方法|手艺|怎么|如何|学问|功课|经验/
/** Topics that mean "a skill for work" in general: a named subject inside their phrase ("学种养殖技术") is the request. */
const CATCH_ALL_TOPICS: ReadonlySet<string> = new Set(['vocational-skills'])
/** Words for a work qualification (上岗证, 考证, 资格证书): the certificate of whatever subject is named right before them. */
/** A trade said only by general skill heads (query/topic-heads), the whole mention. */
const WHOLE_TRADE_HEAD = new RegExp(`^(?:${TRADE_HEAD.source})$`)
/** What may link a modifier to its head: 的, or a pointer to the field ("这块的", "方面的", "这一类"), and a level ("的基本", "的基础"). */
const MODIFIER_LINK = /^(?:(?:这|那)?一?(?:块|方面|类|些))?的?(?:基本|基础|实用|相关|日常|常用|必备|简单|入门)?的?$/
/** A pause inside a mention (punctuation reads as a space between Chinese words): it runs across clauses. */
const CLAUSE_BREAK = /[，,。；;！!？?]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u
/** The taxonomy's own names for skill training in general (技能培训, 技能提升): after a subject they only say "training in it". */
const GENERAL_TRAINING = /^(?:技能培训|技能提升|技能|技术培训|技能训练)$/
const QUALIFICATION = /^(?:上岗证|操作证|考证|考个证|拿证|证书?|资格证书?|技能证书?|等级证书?|职业资格|特种作业(?:操作)?证?)$/

/** Terms precompiled for matching: Chinese terms in a trie of their characters, the others by their own matcher. */
export interface TermIndex {
  /**
   * The Chinese terms' characters as a trie (text/flat-trie: a message's walk inside a search finds typed arrays in
   * cache far more often than a node object and a map per step). A node's value, when not 0, is one more than the
   * index in `termsAt` of the terms spelled by the path to it.
   */
  trie: FlatTrie
  termsAt: TermEntry[][]
  english: (text: string) => EnglishHit[]
}

/** A term as a trie node holds it: whether it starts or ends with a Latin letter or digit (then it must not touch another). */
type TermEntry = Term & { latinStart: boolean; latinEnd: boolean }

/**
 * Built once per understander: from each position of a message, one walk finds every term starting there. Terms are
 * keyed by code point: a message is read by UTF-16 unit (no one-character string per step), so a character outside
 * the BMP, keyed above 0xFFFF, is never reached, as when both sides were strings.
 */
export function indexTerms(terms: Term[], english: TermIndex['english']): TermIndex {
  const trie = new FlatTrie(0x10000)
  const termsAt: TermEntry[][] = []
  for (const t of terms) {
    let node = 0
    for (const unit of t.han) node = trie.add(node, unit.codePointAt(0)!)
    if (trie.value(node) === 0) trie.setValue(node, termsAt.push([]))
    termsAt[trie.value(node) - 1].push({ ...t, latinStart: /^[a-z0-9]/.test(t.han), latinEnd: /[a-z0-9]$/.test(t.han) })
  }
  return { trie, termsAt, english }
}

/** English words that open a statement about a person ("I'm a farmer growing rice", "my dad works construction", "came from the village to find work"). */
const SPEAKS_OF_A_PERSON = /^(?:i|we|he|she|they|my|our|his|her|i m|im|i am|we re|he s|she s|for my|it s for my|(?:came|come|coming|moved|migrated|relocated)(?: [a-z]+)? from)\b/

/** Taxonomy terms and cues found in the text; overlaps resolved longest-first. */
export function findMatches(text: string, index: TermIndex): Match[] {
  const found: Match[] = []
  const { trie, termsAt } = index
  for (let at = 0; at < text.length; at++) {
    let node = trie.next(0, text.charCodeAt(at))
    for (let end = at + 1; node !== NO_NODE; end++) {
      const held = trie.value(node)
      if (held !== 0) for (const t of termsAt[held - 1]) {
        if (t.latinStart && /[a-z0-9]/.test(text[at - 1] ?? '')) continue
        if (t.latinEnd && /[a-z0-9]/.test(text[end] ?? '')) continue
        found.push({ kind: t.kind, id: t.id, start: at, end, explicit: true, cue: false, matched: t.han, ...(t.word ? { word: t.word } : {}) })
      }
      if (end >= text.length) break
      node = trie.next(node, text.charCodeAt(end))
    }
  }
  // English words of the taxonomy, inflected and padded as people write them. "Adults", "the public":
  // in English everyone is an adult, so the general public only ranks ("violin lessons for adults").
  for (const h of index.english(text)) {
    found.push({ kind: h.kind, id: h.id, start: h.start, end: h.end, explicit: !(h.kind === 'audiences' && h.id === OPEN_AUDIENCE), cue: false, matched: h.matched })
  }
  for (const k of cueCandidates(text)) {
    const cue = ALL_CUES[k]
    for (const m of globalMatches(cue.pattern, text)) {
      if (!m[0]) continue
      found.push({ kind: cue.kind, id: cue.id, start: m.index!, end: m.index! + m[0].length, explicit: cue.explicit, cue: true, matched: m[0].trim(), person: PERSON_PATTERNS.has(cue.pattern), ...(cue.general ? { general: true } : {}) })
    }
  }
  // Longest first; at equal length a cue beats a plain taxonomy word.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.cue) - Number(a.cue) || a.start - b.start)
  const kept: Match[] = []
  for (const m of found) {
    const dropped = kept.some((k) => {
      // An audience right before a care topic ("乐龄健康照护", "老人护理") is who is cared for, not who learns.
      if (k.kind === 'topics' && m.kind === 'audiences' && CARE.test(k.matched) && (m.end === k.start || (k.start - m.end === 1 && /^[a-z]/.test(m.matched))) && m.id !== null) return true
      const overlaps = k.start < m.end && m.start < k.end
      if (!overlaps) return false
      // A situation read across a pause ("娃的家长，想学外国话，怎么办") implies; it never swallows a word of the
      // topic said in a clause of its own: that word is what the clause names. (Who is cared for, "家里老人 想学怎么照顾",
      // is no such cue: it names nobody who learns.)
      if (k.cue && !k.explicit && k.id !== null && !m.cue && m.kind === 'topics' && CLAUSE_BREAK.test(k.matched) && !CLAUSE_BREAK.test(m.matched)) return false
      // An audience named inside a care topic ("elderly care", "失能老人照护") is who is cared for, not who learns.
      if (k.kind === 'topics' && m.kind === 'audiences' && (!m.cue || (!m.person && /^[a-z]/.test(m.matched))) && CARE.test(k.matched) && k.start <= m.start && m.end <= k.end) return true

      // The same topic said twice ("孩子沉迷手机怎么办"): both stay, the explicit one wins when merged.
      // But a word inside a situation cue ("退休" in "退休了") is part of that situation: implied.
      if (k.kind === m.kind && k.id === m.id && !(k.cue && !k.person && !k.explicit && k.kind === 'audiences' && k.end - k.start > m.end - m.start)) return false
      // A skill-for-work phrase around a named subject ("学种养殖技术"): the subject is the request.
      // (A colloquial cue naming the subject counts: "学修电的手艺" is the electrician's trade.)
      if (k.kind === 'topics' && m.kind === 'topics' && k.cue && CATCH_ALL_TOPICS.has(k.id ?? '') && (!m.cue || m.explicit) && m.id !== k.id && m.end - m.start >= 2) return false
      // An audience word at the start of a longer topic word ("农家" in 农家乐, a farm stay) is part of that word.
      if (k.kind === 'topics' && m.kind === 'audiences' && !k.cue && !m.cue && k.start === m.start && m.end < k.end && isDictionaryWord(k.matched)) return true
      // The same kind: the longer reading wins. Another kind: a word inside a
      // situation cue ("孩子" inside "我孩子不听话") is part of that cue, not a slot.
      if (k.kind === m.kind) return true
      // A taxonomy word inside a longer taxonomy phrase of another kind ("family" in "family education",
      // "professional" in "professional development") is part of that phrase.
      const inside = k.start <= m.start && m.end <= k.end
      // A situation word inside a subject phrase asking for a skill ("种地养殖的新技术", "隔代带孙子怎么教")
      // is the subject, not who the learner is: the person cues (query/person-cues) still say who they are.
      if (k.kind === 'topics' && k.cue && k.explicit && m.kind === 'audiences' && m.cue && !m.explicit && inside && k.end - k.start > m.end - m.start && SKILL_ASK.test(k.matched)) return true
      // A plain word straddling the edge of a longer plain word of another kind ("成人" across "换成|人工智能",
      // "学生" across "想学|生成式") is a segmentation accident: the longer word wins (conv-coll).
      if (!k.cue && !m.cue && !inside && k.end - k.start > m.end - m.start && HAN.test(m.matched)) return true
      // (English only: Chinese compounds often name their audience on purpose, 家长课堂 is for 家长.)
      if (!k.cue && !m.cue && inside && k.end - k.start > m.end - m.start && /^[a-z]/.test(k.matched) && /^[a-z]/.test(m.matched)) return true
      // (English: a subject inside the words describing the person, "I'm a farmer growing rice", is who they are.)
      if (k.cue && !k.explicit && k.kind === 'audiences' && k.id !== null && m.kind === 'topics' && inside && SPEAKS_OF_A_PERSON.test(k.matched)) return true
      return k.cue && k.id !== null && !m.cue && inside
    })
    if (!dropped) kept.push(m)
  }
  return kept.filter((k) => !yields(k, kept, text)).sort((a, b) => a.start - b.start)
}

/** A general work-skill mention that gives way to the subject named inside or right before it (a module function: no closure per message). */
const yields = (k: Match, kept: Match[], text: string) => k.kind === 'topics' && k.cue && CATCH_ALL_TOPICS.has(k.id ?? '')
  && kept.some((m) => m.kind === 'topics' && (!m.cue || m.explicit) && m.id !== k.id && k.start <= m.start && m.end <= k.end && m.end - m.start >= 2)
  // A qualification right after a subject ("电工上岗证", "养老护理员证书") is that subject's certificate, not a second topic.
  || (k.kind === 'topics' && CATCH_ALL_TOPICS.has(k.id ?? '') && QUALIFICATION.test(k.matched)
    && kept.some((m) => m.kind === 'topics' && m.explicit && m.id !== k.id && m.end <= k.start && k.start - m.end <= 2))
  // So does a general skill head right after a subject ("农业实用技术", "剪纸的手艺", "养老这方面的手艺"): the subject is its modifier.
  // And the taxonomy's name for training in general after a subject ("上网用电脑的基本技能培训", "茶艺的技能提升"):
  // the subject is what is trained, no second topic. (A cue's head is a trade head; a named one, a training name.)
  || (k.kind === 'topics' && CATCH_ALL_TOPICS.has(k.id ?? '') && (k.cue ? WHOLE_TRADE_HEAD : GENERAL_TRAINING).test(k.matched)
    && kept.some((m) => m.kind === 'topics' && m.explicit && m.id !== k.id && m.end <= k.start && MODIFIER_LINK.test(text.slice(m.end, k.start))))

/**
 * One value per id, explicit if any mention was explicit, in order of appearance. `breadth` says how
 * much of its topic a mention names (default: a general cue 1, anything else 0): a topic said both by
 * one skill and by a broader word ("开叉车考证": 叉车, 考证; "乌克丽丽和二胡") is asked as a whole, so the
 * broader word speaks for it and a skill nobody teaches does not empty the answer.
 */
export function toSlotValues(matches: Match[], kind: TaxonomyKind, breadth: (m: Match) => number = (m) => (m.general ? 1 : 0)): SlotValue[] {
  const out = new Map<string, SlotValue>()
  const chosen = new Map<string, { w: number; start: number; end: number }>()
  for (const m of matches) {
    if (m.kind !== kind || m.id === null) continue
    const prev = out.get(m.id)
    const w = kind === 'topics' ? breadth(m) : 0
    const c = chosen.get(m.id)
    // (A word inside the chosen one, 电工 of 电工证, is the same mention read shorter: the longer stays.)
    const broader = prev?.explicit === m.explicit && c !== undefined && w > c.w && (m.end <= c.start || c.end <= m.start)
    if (!prev || (!prev.explicit && m.explicit) || broader) {
      out.set(m.id, { id: m.id, explicit: prev?.explicit || m.explicit, matched: m.matched, related: false })
      chosen.set(m.id, { w, start: m.start, end: m.end })
    }
  }
  return [...out.values()]
}
