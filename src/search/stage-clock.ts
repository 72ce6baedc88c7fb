/**
 * @module search/stage-clock
 * Where a search's time goes, for the profile (bench/profile-search.ts `--stages`). Each step of a search calls
 * `stageClock.mark?.(stage)` as it ends; nothing is listening in the running bot (`mark` is null), so a mark costs a
 * property read. The profile sets `mark` to note the time since the previous mark under that stage's name.
 */

/** The steps of a search, in the order they run. */
export type SearchStage =
  | 'version' | 'understanding' | 'need-words' | 'filter' | 'lexical-prep' | 'lexical' | 'embedding' | 'vector' | 'pool'
  | 'fusion' | 'floor' | 'diversify'

/** The listener of the search steps; null (the default) when no one is timing. */
export const stageClock: { mark: ((stage: SearchStage) => void) | null } = { mark: null }
