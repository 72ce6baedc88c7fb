/**
 * @module search/types
 * The retrieval contract the dialogue engine, the `search` command, the eval
 * and the bench all use. The real implementation fuses slot filters, SQLite
 * FTS5 and an hnswlib vector index; callers only see this.
 */
import type { Project } from '../catalogue/project.js'
import type { Slots, Understanding } from '../query/types.js'

/** One search. */
export interface SearchRequest {
  /** The learner's words (may be empty when only slots matter). */
  text: string
  /** Use these slots instead of those understood from `text` (the engine carries slots across turns). */
  slots?: Slots
  /**
   * What the caller already understood from this same `text` (the dialogue engine understands each
   * message once per turn): used instead of understanding it again. Omit it when `text` differs.
   */
  understanding?: Understanding
  /** How many projects to return; default 3. */
  k?: number
  /** Project ids not to return (already shown: "更多"). */
  exclude?: string[]
}

/** Why a project came up: what `search --explain` prints. */
export interface HitScores {
  /** BM25 score from FTS5 (higher is better), null when it did not match lexically. */
  lexical: number | null
  /** Cosine similarity from the vector index, null when not among the vector candidates. */
  vector: number | null
  /** Boost from slots the project satisfies (implied audiences, region, time...). */
  slot: number
  /** Fused rank score that ordered the results. */
  fused: number
  /** Optional (added after the first contract): share (idf-weighted) of the query's content words the project contains. */
  coverage?: number
}

/** One ranked project. */
export interface SearchHit {
  project: Project
  score: number
  scores: HitScores
}

/** The answer to a {@link SearchRequest}. */
export interface SearchResult {
  understanding: Understanding
  hits: SearchHit[]
  /**
   * Optional (added in round 7): when nothing fits because the request names one thing no project teaches
   * ("想学拉二胡" → 二胡), that thing, so the dialogue says so by name instead of widening to the topic.
   */
  untaught?: string
}

/** Hybrid retrieval over the catalogue. */
export interface SearchService {
  /** Normalises a message and fills its slots, without searching. */
  understand(text: string): Understanding
  /** Ranked active projects fitting the request; empty when nothing fits. */
  search(request: SearchRequest): Promise<SearchResult>
  /**
   * Brings the indexes up to the catalogue's current version. Searches keep
   * being answered from the old index until the new one is swapped in.
   */
  refresh(): Promise<void>
  close(): void
}
