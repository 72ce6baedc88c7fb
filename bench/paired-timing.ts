/**
 * @module bench/paired-timing
 * The statistics of a paired timing: two engines timed alternately in one
 * process, in rounds of the same texts. On a shared machine the two engines'
 * separate phases of `npm run bench` can meet different loads (Orama's own p50
 * moved 0.42–0.68 ms between runs of the same code), so the ratio of their
 * p50s moved with the scheduler, not the code. Timing them round by round,
 * side by side, exposes both to the same load; the median of the rounds'
 * ratios ignores the rounds a burst of other work spoiled; CPU time per
 * search (process.cpuUsage) is not inflated by waiting for a core at all.
 * Pure functions: bench/paired-part.ts does the timing.
 */
import { percentile } from './percentile.js'

/**
 * One round: the same texts asked of both engines, wall ms per search, CPU µs over the whole round, and (when
 * measured) CPU µs of each search.
 */
export interface PairedRound {
  ours: number[]
  theirs: number[]
  oursCpuUs: number
  theirsCpuUs: number
  oursCpu?: number[]
  theirsCpu?: number[]
}

/** What a paired timing shows; `ratio` is the figure issue 9 point 7 is read on. */
export interface PairedSummary {
  rounds: number
  searchesPerRound: number
  /** Median over rounds of (our p50 ÷ their p50) within the round. */
  ratio: number
  /** The lowest and highest round ratio: how far one round's figure can stray. */
  ratioRange: [number, number]
  /** Median over rounds of each engine's per-round p50, ms. */
  oursP50: number
  theirsP50: number
  /** CPU µs per search over all rounds, and their ratio (the same searches for both). */
  oursCpuUs: number
  theirsCpuUs: number
  cpuRatio: number
  /** Median over rounds of (our CPU ÷ their CPU) within the round. */
  cpuRatioMedian: number
  /**
   * CPU time of one search, p50: median over rounds of each engine's per-round p50, and the median over rounds of
   * their ratio within a round; the p50 issue 9 asks about, without the time spent waiting for a core. Absent
   * when the rounds did not time each search's CPU.
   */
  cpuP50?: { ours: number; theirs: number; ratio: number }
}

const median = (xs: number[]): number => {
  if (!xs.length) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
const p50 = (xs: number[]): number => percentile([...xs].sort((a, b) => a - b), 50)

/**
 * Which engine goes first in round `i`: ours, theirs, theirs, ours, … (ABBA), so neither always runs right after
 * the other's garbage or always first after a pause.
 */
export function oursFirst(round: number): boolean {
  return round % 4 === 0 || round % 4 === 3
}

/** Splits `texts` into `rounds` consecutive slices of `size` (wrapping round when the list runs out). */
export function roundTexts(texts: string[], rounds: number, size: number): string[][] {
  if (!texts.length) throw new Error('no texts to time')
  return Array.from({ length: rounds }, (_, r) => Array.from({ length: size }, (_, i) => texts[(r * size + i) % texts.length]))
}

/** The summary of paired rounds; throws on rounds whose two sides are not the same number of searches. */
export function summarisePaired(rounds: PairedRound[]): PairedSummary {
  if (!rounds.length) throw new Error('no paired rounds')
  for (const r of rounds) {
    if (r.ours.length !== r.theirs.length || !r.ours.length) throw new Error('a paired round must time the same texts on both sides')
  }
  const ratios = rounds.map((r) => p50(r.ours) / p50(r.theirs))
  const searches = rounds.reduce((n, r) => n + r.ours.length, 0)
  const oursCpu = rounds.reduce((n, r) => n + r.oursCpuUs, 0) / searches
  const theirsCpu = rounds.reduce((n, r) => n + r.theirsCpuUs, 0) / searches
  return {
    rounds: rounds.length,
    searchesPerRound: rounds[0].ours.length,
    ratio: median(ratios),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    oursP50: median(rounds.map((r) => p50(r.ours))),
    theirsP50: median(rounds.map((r) => p50(r.theirs))),
    oursCpuUs: oursCpu,
    theirsCpuUs: theirsCpu,
    cpuRatio: oursCpu / theirsCpu,
    cpuRatioMedian: median(rounds.map((r) => r.oursCpuUs / r.theirsCpuUs)),
    ...(rounds.every((r) => r.oursCpu?.length && r.theirsCpu?.length) ? {
      cpuP50: {
        ours: median(rounds.map((r) => p50(r.oursCpu!))),
        theirs: median(rounds.map((r) => p50(r.theirsCpu!))),
        ratio: median(rounds.map((r) => p50(r.oursCpu!) / p50(r.theirsCpu!))),
      },
    } : {}),
  }
}
