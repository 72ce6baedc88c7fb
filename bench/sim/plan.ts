/**
 * @module bench/sim/plan
 * A conversation as fast-check data: a register and 1–5 abstract steps
 * (a turn kind and a few numbers that choose rows, facets and phrasings).
 * The runner turns each step into a message against the catalogue and the
 * conversation so far, so fast-check can shrink a failing conversation by
 * dropping steps and lowering numbers, and still get a valid conversation.
 */
import fc from 'fast-check'
import { REGISTERS, type Register } from './bank.js'

/** The kinds of turn a learner takes. */
export const TURN_KINDS = ['request', 'narrow', 'more', 'detail', 'switch', 'reset', 'vague', 'oos'] as const
/** One of {@link TURN_KINDS}. */
export type TurnKind = (typeof TURN_KINDS)[number]

/** One abstract turn: `a`, `b`, `c` choose rows, facets and phrases; `slip` {@link SLIP_AT} means "with an IME slip". */
export interface Step { kind: TurnKind; a: number; b: number; c: number; slip: number }

/** One abstract conversation. */
export interface Plan { register: Register; steps: Step[] }

/** How often each kind is drawn (requests and narrowing most, as in real chats). */
const WEIGHTS: Record<TurnKind, number> = { request: 3, narrow: 3, more: 2, detail: 2, switch: 1, reset: 1, vague: 1, oos: 1 }

/** One in SLIP_ONE_IN messages carries an IME slip. */
export const SLIP_ONE_IN = 8
/** The `slip` value that adds a slip: the largest, so shrinking (towards 0) removes slips. */
export const SLIP_AT = SLIP_ONE_IN - 1

const stepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.oneof(...TURN_KINDS.map((k) => ({ arbitrary: fc.constant(k), weight: WEIGHTS[k] }))),
  a: fc.nat(9999),
  b: fc.nat(9999),
  c: fc.nat(9999),
  slip: fc.nat(SLIP_ONE_IN - 1),
})

/** The conversation arbitrary; `registers` limits which registers are drawn. */
export function planArbitrary(registers: readonly Register[] = REGISTERS): fc.Arbitrary<Plan> {
  return fc.record({
    register: fc.constantFrom(...registers),
    steps: fc.array(stepArb, { minLength: 1, maxLength: 5 }),
  })
}

/** `n` plans, the same for the same seed (fast-check's own sampling, so `path` replays plan i). */
export function samplePlans(n: number, seed: number, registers?: readonly Register[]): Plan[] {
  return fc.sample(planArbitrary(registers), { seed, numRuns: n })
}

/** A small deterministic generator for phrase choices inside one step. */
export function stepRandom(step: Step, salt = 0): () => number {
  let s = (step.a * 7919 + step.b * 104_729 + step.c * 31 + salt * 2_654_435_761) >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
