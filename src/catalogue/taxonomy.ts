/**
 * @module catalogue/taxonomy
 * The topics and audiences projects are filed under, read from
 * `knowledge/taxonomy.yaml`. The importer resolves spreadsheet labels with it
 * and the query side recognises what learners ask for with it, so both speak
 * the same vocabulary.
 */
import { z } from 'zod'
import { parseKnowledgeYaml, readKnowledgeFile } from '../knowledge-file.js'
import { fold } from '../text/fold.js'
import { KNOWLEDGE_DIR } from '../paths.js'
import { join } from 'node:path'

const entrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by "-"'),
  zh: z.string().min(1),
  en: z.string().min(1),
  synonyms: z.array(z.string().min(1)).default([]),
  /**
   * Other names of the whole topic ("外语" for 语言学习, "电脑操作" for 数字技能): matched like synonyms,
   * but a learner using one wants anything in the topic, so a catalogue that never writes the word
   * still answers with the topic. A plain synonym may be one specific skill ("叉车"): when no project
   * mentions it, nobody teaches it.
   */
  names: z.array(z.string().min(1)).optional(),
  /**
   * (topics) Everyday subjects of the topic, written from how people talk (二胡, 抢红包, 电动车维修, 失智):
   * matched like names, so the topic answers even where no project teaches the word, and the reply then
   * says so ("没有专门教“二胡”的，这些是文化艺术类的").
   */
  family: z.array(z.string().min(1)).optional(),
})

const taxonomySchema = z.object({
  topics: z.array(entrySchema).min(1),
  audiences: z.array(entrySchema).min(1),
})

/** One topic or audience: its id, labels and the words people use for it. */
export type TaxonomyEntry = z.infer<typeof entrySchema>
/** Which list of the taxonomy a label belongs to. */
export type TaxonomyKind = 'topics' | 'audiences'

/** The default taxonomy file, shipped in the package's knowledge folder. */
export const DEFAULT_TAXONOMY_PATH = join(KNOWLEDGE_DIR, 'taxonomy.yaml')

/** The loaded taxonomy with label lookup; build it with {@link loadTaxonomy}. */
export class Taxonomy {
  readonly topics: TaxonomyEntry[]
  readonly audiences: TaxonomyEntry[]
  private readonly index: Record<TaxonomyKind, Map<string, string>>
  private readonly topicNames: Set<string>
  private readonly familyWords: Set<string>
  /** Each family word's place in {@link familyWords}, and the longest one's length: see familyWordsIn. */
  private readonly familyOrder: Map<string, number>
  private readonly familyLongest: number

  constructor(data: { topics: TaxonomyEntry[]; audiences: TaxonomyEntry[] }) {
    // A name is matched like a synonym: every reader of `synonyms` sees it.
    const withNames = (e: TaxonomyEntry) => (e.names?.length || e.family?.length
      ? { ...e, synonyms: [...new Set([...e.synonyms, ...(e.names ?? []), ...(e.family ?? [])])] } : e)
    this.topics = data.topics.map(withNames)
    this.audiences = data.audiences.map(withNames)
    this.topicNames = new Set(data.topics.flatMap((e) => [e.id, e.zh, e.en, ...(e.names ?? [])].map(fold)))
    this.familyWords = new Set(data.topics.flatMap((e) => (e.family ?? []).map(fold)))
    this.familyOrder = new Map([...this.familyWords].map((w, i) => [w, i]))
    this.familyLongest = Math.max(0, ...[...this.familyWords].map((w) => w.length))
    this.index = { topics: buildIndex(this.topics), audiences: buildIndex(this.audiences) }
  }

  /** The entries of one kind. */
  entries(kind: TaxonomyKind): TaxonomyEntry[] {
    return kind === 'topics' ? this.topics : this.audiences
  }

  /** The entry with this id, if any. */
  get(kind: TaxonomyKind, id: string): TaxonomyEntry | undefined {
    return this.entries(kind).find((e) => e.id === id)
  }

  /** The id an id, label or synonym stands for (case and width ignored), or null. */
  resolve(kind: TaxonomyKind, label: string): string | null {
    return this.index[kind].get(fold(label)) ?? null
  }

  /** True when `word` is a label or one of the {@link TaxonomyEntry.names} of a topic: a name of the whole topic, never one skill in it. */
  namesWholeTopic(word: string): boolean {
    return this.topicNames.has(fold(word))
  }

  /** True when `word` is one of a topic's {@link TaxonomyEntry.family} words: an everyday subject the topic answers for. */
  isFamilyWord(word: string): boolean {
    return this.familyWords.has(fold(word))
  }

  /**
   * The family words inside `phrase` ("拉二胡" → 二胡), longest first (equal lengths in the taxonomy's order). Asked
   * during searches: the phrase's pieces up to the longest family word are looked up, rather than each of the
   * ~340 family words searched for in the phrase (0.5 against 4.9 µs for a four-character phrase).
   */
  familyWordsIn(phrase: string): string[] {
    const p = fold(phrase)
    const found: string[] = []
    for (let at = 0; at < p.length; at++) {
      for (let end = at + 1, stop = Math.min(p.length, at + this.familyLongest); end <= stop; end++) {
        const w = p.slice(at, end)
        if (this.familyWords.has(w) && !found.includes(w)) found.push(w)
      }
    }
    if (this.familyWords.has('')) found.push('')
    return found.sort((a, b) => b.length - a.length || this.familyOrder.get(a)! - this.familyOrder.get(b)!)
  }

  /** Every (folded term → id) pair of one kind: ids, both labels and all synonyms. */
  terms(kind: TaxonomyKind): ReadonlyMap<string, string> {
    return this.index[kind]
  }

  /** Up to `n` known labels closest to an unknown one, for "did you mean" messages. */
  closest(kind: TaxonomyKind, label: string, n = 3): string[] {
    const wanted = fold(label)
    const scored: { term: string; score: number }[] = []
    for (const e of this.entries(kind)) {
      for (const term of [e.zh, e.id, e.en, ...e.synonyms]) {
        scored.push({ term, score: similarity(wanted, fold(term)) })
      }
    }
    scored.sort((a, b) => b.score - a.score)
    const out: string[] = []
    for (const s of scored) {
      if (!out.includes(s.term)) out.push(s.term)
      if (out.length >= n) break
    }
    return out
  }
}

function buildIndex(entries: TaxonomyEntry[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const e of entries) {
    for (const term of [e.id, e.zh, e.en, ...e.synonyms]) {
      const key = fold(term)
      if (!map.has(key)) map.set(key, e.id)
    }
  }
  return map
}

/** 1 for equal strings, falling towards 0 with edit distance; substrings score high. */
function similarity(a: string, b: string): number {
  if (!a || !b) return 0
  if (a === b) return 1
  if (a.includes(b) || b.includes(a)) return 0.9
  const d = editDistance(a, b)
  return 1 - d / Math.max(a.length, b.length)
}

function editDistance(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i)
  for (let i = 1; i <= x.length; i++) {
    const cur = [i]
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return prev[y.length]
}

/** Parses and validates taxonomy YAML text; `source` names it in error messages. */
export function parseTaxonomy(text: string, source = 'taxonomy'): Taxonomy {
  return new Taxonomy(parseKnowledgeYaml(taxonomySchema, text, source, 'taxonomy', import.meta.url))
}

/** Reads the taxonomy file staff maintain (default `knowledge/taxonomy.yaml`). */
export function loadTaxonomy(path = DEFAULT_TAXONOMY_PATH): Taxonomy {
  return parseTaxonomy(readKnowledgeFile(path, 'taxonomy file'), path)
}
