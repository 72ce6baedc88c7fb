import { describe, expect, it } from 'vitest'
import { rowDots } from '../src/search/exact-scan.js'

/** A deterministic pseudo-random float32 table (no Math.random: the test is the same on every run). */
function table(rows: number, d: number, seed: number): Float32Array {
  let s = seed
  return Float32Array.from({ length: rows * d }, () => {
    s = (s * 1103515245 + 12345) % 2 ** 31
    return s / 2 ** 31 - 0.5
  })
}

describe('rowDots', () => {
  it('gives every row the very number a one-row-at-a-time sum gives, whatever the row count modulo four', () => {
    const d = 128
    const q = table(1, d, 7)
    for (const rows of [1, 3, 4, 249, 250]) {
      const data = table(rows, d, rows)
      const dots = rowDots(q, data, rows, d)
      for (let r = 0; r < rows; r++) {
        let one = 0
        for (let i = 0; i < d; i++) one += q[i] * data[r * d + i]
        expect(Object.is(dots[r], one)).toBe(true)
      }
    }
  })
})
