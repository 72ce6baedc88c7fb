/**
 * @module search/tuning
 * Every number that decides a ranking, in one object. The eval and the bench
 * run with {@link DEFAULT_TUNING}; a caller (an experiment, a test) passes a
 * partial override to createSearchService. No ranking module keeps a number
 * of its own: a knob tuned here is the knob the bot uses.
 */

/** Ranking knobs; {@link DEFAULT_TUNING} is what the eval was run with. */
export interface Tuning {
  /** Reciprocal-rank constant: smaller trusts the top ranks more. */
  rrfK: number
  lexicalWeight: number
  vectorWeight: number
  /** Weight of the share of the query's content words a project contains. */
  coverageWeight: number
  /** Share of a whole coverage that a project using all the words naming a topic ("养老护理") adds, within the coverage weight. */
  topicWordBonus: number
  /** Candidates taken from each of the lexical and vector lists. */
  candidates: number
  /** Lexical hits fetched per candidate kept, before the slot filter drops some… */
  lexicalOverfetch: number
  /** …and when a filtered set is listed up front (more of the hits fall outside it). */
  filteredLexicalOverfetch: number
  /** At most this many candidates come from slots alone, besides the lexical and vector ones. */
  slotPool: number
  /** Filtered sets smaller than this are listed up front (exact vector scan, quick "none fit"); larger ones are tested lazily. */
  materializeBelow: number
  /** A project is evidence-backed if its vector similarity reaches this… */
  vectorFloor: number
  /** …or it contains this share (idf-weighted) of the query's content words. */
  coverageFloor: number
  /** Vector similarity counts only when the catalogue knows at least this share of the query's words. */
  knownFloor: number
  /**
   * The need-word floor: a word in at least this share of the catalogue (and in more than
   * {@link Tuning.commonWordMin} projects) describes the catalogue ("面向", "教育"), not a need.
   */
  commonWordShare: number
  commonWordMin: number
  /** Lexical query words in more than this share of the catalogue (and {@link Tuning.lexicalCommonMin} projects) are left out of the FTS5 query. */
  lexicalCommonShare: number
  lexicalCommonMin: number
  /**
   * BM25 column weights, in the FTS5 column order: title, summary, tags, labels, provider, region,
   * extra, grams. Titles and tags say most about a project.
   */
  columnWeights: readonly number[]
  maxPerProvider: number
  /** Added per implied topic or audience a project has. */
  impliedBoost: number
  /** Local embedder: weight of a taxonomy concept feature (every synonym of an entry gives the same one). */
  conceptWeight: number
  /** Local embedder: weight of a Chinese character bigram relative to a word. */
  bigramWeight: number
}

/** The tuning used unless a caller passes another; the eval figures in docs/ were made with it. */
export const DEFAULT_TUNING: Readonly<Tuning> = Object.freeze({
  rrfK: 10,
  lexicalWeight: 1,
  vectorWeight: 1,
  coverageWeight: 0.15,
  topicWordBonus: 0.5,
  candidates: 50,
  lexicalOverfetch: 2,
  filteredLexicalOverfetch: 4,
  slotPool: 500,
  materializeBelow: 1000,
  vectorFloor: 0.45,
  coverageFloor: 0.5,
  knownFloor: 0.5,
  commonWordShare: 0.2,
  commonWordMin: 20,
  lexicalCommonShare: 0.05,
  lexicalCommonMin: 50,
  columnWeights: Object.freeze([4, 1.5, 3, 2, 1.5, 1, 1, 0.4]),
  maxPerProvider: 2,
  impliedBoost: 0.12,
  conceptWeight: 2,
  bigramWeight: 0.5,
})
