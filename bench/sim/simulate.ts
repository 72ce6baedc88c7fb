/**
 * @module bench/sim/simulate
 * Runs N sampled conversations against an engine and counts what passed,
 * per register and per turn kind; shrinks a few failures with fast-check
 * (replaying the failing sample by its path, so shrinking has full context)
 * to the shortest conversation that still fails.
 */
import fc from 'fast-check'
import type { ChatEngine } from '../../src/dialogue/types.js'
import { REGISTERS, type Bank, type Register } from './bank.js'
import { playConversation, type Played, type PlayHooks } from './conversation.js'
import { planArbitrary, samplePlans, TURN_KINDS, type Plan, type TurnKind } from './plan.js'
import type { World } from './world.js'

/** Passed/total counts. */
export interface Tally { passed: number; total: number }

/** The outcome of one simulation run. */
export interface SimResult {
  seed: number
  conversations: Tally
  turns: Tally
  byRegister: Record<Register, Tally>
  byKind: Record<TurnKind, Tally>
  /** Indexes (into the sampled plans) of the failing conversations, with what was played. */
  failures: { index: number; played: Played }[]
  ms: number
}

/** What a run needs. */
export interface SimTarget { engine: ChatEngine; world: World; banks: Record<Register, Bank>; hooks?: PlayHooks }

const tally = (): Tally => ({ passed: 0, total: 0 })
const add = (t: Tally, ok: boolean) => { t.total++; if (ok) t.passed++ }

let runCounter = 0

/** Plays `n` conversations sampled with `seed` and tallies them. */
export async function runSimulation(target: SimTarget, n: number, seed: number): Promise<SimResult> {
  const started = performance.now()
  const run = `${process.pid}-${++runCounter}`
  const result: SimResult = {
    seed, conversations: tally(), turns: tally(), failures: [], ms: 0,
    byRegister: Object.fromEntries(REGISTERS.map((r) => [r, tally()])) as Record<Register, Tally>,
    byKind: Object.fromEntries(TURN_KINDS.map((k) => [k, tally()])) as Record<TurnKind, Tally>,
  }
  for (const [index, plan] of samplePlans(n, seed).entries()) {
    const played = await playConversation(target.engine, target.world, target.banks, plan, `sim-${run}-${index}`, target.hooks)
    add(result.conversations, played.pass)
    add(result.byRegister[plan.register], played.pass)
    for (const t of played.turns) {
      add(result.turns, t.problems.length === 0)
      add(result.byKind[t.kind], t.problems.length === 0)
    }
    if (!played.pass) result.failures.push({ index, played })
  }
  result.ms = performance.now() - started
  return result
}

/** Replays failing sample `index` of `seed` and lets fast-check shrink it; returns the shortest failing conversation found. */
export async function shrinkFailure(target: SimTarget, seed: number, index: number): Promise<Played | null> {
  let last: Played | null = null
  let k = 0
  const property = fc.asyncProperty(planArbitrary(), async (plan: Plan) => {
    const played = await playConversation(target.engine, target.world, target.banks, plan, `shrink-${process.pid}-${seed}-${index}-${k++}`, target.hooks)
    if (!played.pass) last = played
    return played.pass
  })
  const out = await fc.check(property, { seed, path: String(index), maxSkipsPerRun: 0 })
  if (!out.failed || !out.counterexample) return null
  const [plan] = out.counterexample
  // The last failing run fast-check saw is its counterexample; replay it to be sure.
  const replay = await playConversation(target.engine, target.world, target.banks, plan, `shrink-${process.pid}-${seed}-${index}-final`, target.hooks)
  return replay.pass ? last : replay
}

const pct = (t: Tally) => (t.total ? `${((100 * t.passed) / t.total).toFixed(1)}%` : '–')

/** The result as printable lines: totals, per register, per turn kind. */
export function formatResult(label: string, r: SimResult): string[] {
  const lines = [
    `${label}: ${r.conversations.passed}/${r.conversations.total} conversations pass (${pct(r.conversations)}), ` +
      `turns ${r.turns.passed}/${r.turns.total} (${pct(r.turns)}), seed ${r.seed}, ${(r.ms / 1000).toFixed(1)} s`,
    `  per register:  ${REGISTERS.map((g) => `${g} ${pct(r.byRegister[g])} (${r.byRegister[g].passed}/${r.byRegister[g].total})`).join(', ')}`,
    `  per turn type: ${TURN_KINDS.map((k) => `${k} ${pct(r.byKind[k])} (${r.byKind[k].passed}/${r.byKind[k].total})`).join(', ')}`,
    `  most frequent problems: ${topProblems(r, 8).map(([p, n]) => `${p} ×${n}`).join('; ')}`,
  ]
  return lines
}

/** The kinds of problem seen most, ids and counts masked ("<kind>: X breaks audience"), with how many turns had each. */
export function topProblems(r: SimResult, k: number): [string, number][] {
  const counts = new Map<string, number>()
  for (const f of r.failures) {
    for (const t of f.played.turns) {
      const kinds = new Set(t.problems.map((p) => `${t.kind}: ${p.replace(/\b[A-Za-z]+-\d+\b/g, 'X').replace(/\d+/g, 'N').replace(/\(.*\)$/, '').replace(/"[^"]*"$/, '"…"').trim()}`))
      for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1)
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, k)
}

/** A played conversation as lines: each message, the reply's first line, and its problems. */
export function formatPlayed(p: Played): string[] {
  const lines = [`  [${p.plan.register}]`]
  for (const t of p.turns) {
    lines.push(`    ${t.kind.padEnd(7)} » ${t.say}`)
    lines.push(`            « ${t.reply.split('\n').slice(0, 3).join(' | ').slice(0, 160)}`)
    for (const pr of t.problems) lines.push(`            ✗ ${pr}`)
  }
  return lines
}
