/**
 * @module bench/percentile
 * The one percentile every benchmark, eval and figure-printing test uses, so
 * a p99 in one table means the same as a p99 in another (the copies
 * disagreed: some took the floor index, one the nearest rank).
 */

/**
 * Nearest-rank percentile `p` (0–100) of an ascending list: the smallest
 * value with at least p % of the list at or below it. NaN for an empty list.
 */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** The percentiles `ps` of an unsorted list of numbers (sorted once). */
export function percentilesOf<P extends number>(values: number[], ps: readonly P[]): Record<P, number> {
  const sorted = [...values].sort((a, b) => a - b)
  return Object.fromEntries(ps.map((p) => [p, percentile(sorted, p)])) as Record<P, number>
}
