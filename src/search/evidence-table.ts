/**
 * @module search/evidence-table
 * What the catalogue evidence of a topic (search/topic-evidence) reads of a catalogue, built once per catalogue
 * version: each project's text cut to what it teaches (title, summary and tags, normalised: not the provider,
 * "某某大学", nor labels, so a word of a school's name is no evidence of a subject), a substring index over it,
 * the part of it that names what a project teaches (title and tags), and each topic's share of the catalogue.
 * Every eligible message asks it which projects hold its words: with the index that is a look-up of the
 * projects that do, not a read of every project's text.
 */
import type { Project } from '../catalogue/project.js'
import { normalizeText } from '../text/normalize.js'
import { SubstringIndex } from '../text/substring-index.js'
import type { ProjectTable } from './project-table.js'

/** A catalogue as the evidence reads it; rows in the table's order. */
export interface EvidenceTable {
  /** The projects, by row. */
  projects: readonly Project[]
  /** Which rows' evidence text (title, summary, tags) contains a word. */
  index: SubstringIndex
  /** Each row's title and tags, normalised: where a project says what it teaches. */
  named: readonly string[]
  /** Per topic, how many projects it holds (a project of two topics counts half to each). */
  topicSize: ReadonlyMap<string, number>
}

/** The evidence table of `projects`. */
export function buildEvidenceTable(projects: Iterable<Project>): EvidenceTable {
  const list = [...projects]
  const topicSize = new Map<string, number>()
  for (const p of list) for (const t of p.topics) topicSize.set(t, (topicSize.get(t) ?? 0) + 1 / p.topics.length)
  return {
    projects: list,
    index: new SubstringIndex(list.map((p) => normalizeText(`${p.title} ${p.summary} ${p.tags.join(' ')}`))),
    named: list.map((p) => normalizeText(`${p.title} ${p.tags.join(' ')}`)),
    topicSize,
  }
}

/**
 * The evidence table of `table`, built at the first message that asks (not at start-up, and not while a large
 * table is still being filled: it is only used once complete), then kept for the table's life.
 */
export function lazyEvidenceTable(table: Pick<ProjectTable, 'byId'>): () => EvidenceTable {
  let built: EvidenceTable | null = null
  return () => (built ??= buildEvidenceTable(table.byId.values()))
}
