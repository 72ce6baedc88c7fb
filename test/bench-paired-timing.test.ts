import { describe, expect, it } from 'vitest'
import { oursFirst, roundTexts, summarisePaired, type PairedRound } from '../bench/paired-timing.js'

const round = (ours: number[], theirs: number[], oursCpuUs = 0, theirsCpuUs = 0): PairedRound => ({ ours, theirs, oursCpuUs, theirsCpuUs })

describe('a paired timing of two engines', () => {
  it('reads the ratio as the median over rounds of the two p50s within each round', () => {
    const s = summarisePaired([
      round([1, 2, 3], [2, 4, 6], 300, 600), // 2 / 4 = 0.5
      round([9, 9, 9], [3, 3, 3], 900, 300), // 3
      round([1, 1, 1], [1, 1, 1], 100, 100), // 1
    ])
    expect(s.ratio).toBe(1)
    expect(s.ratioRange).toEqual([0.5, 3])
    expect(s.oursP50).toBe(2)
    expect(s.theirsP50).toBe(3)
    expect(s.rounds).toBe(3)
    expect(s.searchesPerRound).toBe(3)
  })

  it('is not moved by a round a burst of other work slowed for one engine', () => {
    const calm = Array.from({ length: 6 }, () => round([1, 1, 1, 1], [2, 2, 2, 2]))
    const spoiled = round([50, 50, 50, 50], [2, 2, 2, 2])
    expect(summarisePaired([...calm, spoiled]).ratio).toBe(0.5)
  })

  it('gives CPU time per search over all rounds, and its ratio', () => {
    const s = summarisePaired([round([1, 1], [1, 1], 400, 200), round([1, 1], [1, 1], 600, 200)])
    expect(s.oursCpuUs).toBe(250)
    expect(s.theirsCpuUs).toBe(100)
    expect(s.cpuRatio).toBe(2.5)
    expect(s.cpuRatioMedian).toBe(2.5)
  })

  it('gives the CPU p50 of one search when each search\'s CPU was timed, and leaves it out otherwise', () => {
    const timed = (ours: number[], theirs: number[]) => ({ ...round([1, 1, 1], [1, 1, 1]), oursCpu: ours, theirsCpu: theirs })
    const s = summarisePaired([timed([100, 300, 200], [100, 100, 400]), timed([50, 60, 70], [120, 120, 120]), timed([400, 400, 400], [200, 200, 200])])
    expect(s.cpuP50).toEqual({ ours: 200, theirs: 120, ratio: 2 })
    expect(summarisePaired([round([1], [1])]).cpuP50).toBeUndefined()
  })

  it('averages the two middle rounds when the count is even', () => {
    const s = summarisePaired([round([1], [1]), round([2], [1]), round([3], [1]), round([10], [1])])
    expect(s.ratio).toBe(2.5)
  })

  it('refuses rounds that did not time the same number of texts on both sides, or none', () => {
    expect(() => summarisePaired([round([1, 2], [1])])).toThrow(/same texts/)
    expect(() => summarisePaired([round([], [])])).toThrow(/same texts/)
    expect(() => summarisePaired([])).toThrow(/no paired rounds/)
  })

  it('alternates which engine goes first, ABBA', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(oursFirst)).toEqual([true, false, false, true, true, false, false, true])
  })

  it('slices the texts into rounds in order, wrapping round when they run out', () => {
    expect(roundTexts(['a', 'b', 'c', 'd', 'e'], 3, 2)).toEqual([['a', 'b'], ['c', 'd'], ['e', 'a']])
    expect(() => roundTexts([], 1, 1)).toThrow(/no texts/)
  })
})
