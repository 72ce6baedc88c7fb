/**
 * Every invariant the conversation simulator checks, as a property over
 * generated conversations on several generated catalogues (seeds no bank was
 * tuned on), with understanding held fixed: the learner speaks the canonical
 * phrasing of test/fixtures/canonical-bank.ts (each topic and audience by its
 * own label), so a failure is the dialogue's (state carried across request,
 * narrow, switch and reset; paging one stable list; widening only when nothing
 * fits; detail answers; reset leaking nothing), not a phrase's. The turn
 * sequences are the simulator's own plans (bench/sim/plan.ts) and the checks
 * its own (bench/sim/check.ts), so nothing here restates a rule; fast-check
 * shrinks a failure to the shortest conversation that still breaks one.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSimRig, type SimRig } from '../bench/sim/rig.js'
import { SIM_TODAY } from '../bench/sim/eval-sim.js'
import { planArbitrary, type Plan } from '../bench/sim/plan.js'
import { playConversation, type Played } from '../bench/sim/conversation.js'
import type { Bank, Register } from '../bench/sim/bank.js'
import { formatPlayed } from '../bench/sim/simulate.js'
import { canonicalBanks } from './fixtures/canonical-bank.js'

/** Generated catalogues the property runs on: seeds nobody tuned on, small enough for a test. */
const CATALOGUES = [{ seed: 97, rows: 300 }, { seed: 3, rows: 300 }, { seed: 29, rows: 500 }, { seed: 137, rows: 400 }]
const RUNS = 40

describe.each(CATALOGUES)('on generated catalogue seed $seed ($rows rows), canonical conversations', ({ seed, rows }) => {
  let rig: SimRig
  let banks: Partial<Record<Register, Bank>>
  beforeAll(async () => {
    rig = await openSimRig({ kind: 'generated', rows, seed }, SIM_TODAY)
    banks = canonicalBanks(rig.world.taxonomy)
  }, 120_000)
  afterAll(() => rig?.close())

  it('keep every simulator invariant at every turn', async () => {
    const registers = Object.keys(banks) as Register[]
    // Canonical wording without IME slips: the phrase is never the variable.
    const plans = planArbitrary(registers).map((p): Plan => ({ ...p, steps: p.steps.map((s) => ({ ...s, slip: 0 })) }))
    let k = 0
    let failed: Played | null = null
    await fc.assert(
      fc.asyncProperty(plans, async (plan) => {
        const played = await playConversation(rig.engine, rig.world, banks as Record<string, Bank>, plan, `canon-${seed}-${k++}`)
        if (!played.pass) failed = played
        return played.pass
      }),
      { numRuns: RUNS, seed: 20261201 + seed },
    ).catch((e: unknown) => {
      // The shrunk conversation, turn by turn, says more than fast-check's plan numbers.
      throw new Error([...(failed ? formatPlayed(failed) : []), String(e).slice(0, 400)].join('\n'))
    })
    expect(k).toBeGreaterThanOrEqual(RUNS)
  }, 300_000)
})
