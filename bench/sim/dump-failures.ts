/**
 * @module bench/sim/dump-failures
 * Diagnosis aid: plays N sampled conversations of one bank on one catalogue and prints every failing
 * turn with the turns before it (message, reply's first lines, problems), grouped by turn kind, so a
 * problem class is read from many examples rather than from the few shrunk ones `npm run eval` prints.
 *
 *   node bin/run-ts.js bench/sim/dump-failures.ts --bank dev --catalogue sample --count 500 [--kind more] [--catalogue-seed N]
 */
import { parseArgs } from 'node:util'
import { loadBanks, type BankName } from './bank.js'
import { openSimRig } from './rig.js'
import { runSimulation } from './simulate.js'
import { SEEDS, SIM_TODAY } from './eval-sim.js'

const { values } = parseArgs({
  options: {
    bank: { type: 'string', default: 'dev' },
    catalogue: { type: 'string', default: 'sample' },
    count: { type: 'string', default: '500' },
    kind: { type: 'string' },
    seed: { type: 'string' },
    'catalogue-seed': { type: 'string' },
  },
})
const bank = values.bank as BankName
const rig = await openSimRig(values.catalogue === 'generated' ? { kind: 'generated', rows: 1000, seed: Number(values['catalogue-seed'] ?? 1) } : { kind: 'sample' }, SIM_TODAY)
try {
  const seed = values.seed ? Number(values.seed) : SEEDS[bank]
  const r = await runSimulation({ engine: rig.engine, world: rig.world, banks: loadBanks(bank) }, Number(values.count), seed)
  const byKind = new Map<string, string[]>()
  for (const f of r.failures) {
    f.played.turns.forEach((t, i) => {
      if (!t.problems.length || (values.kind && t.kind !== values.kind)) return
      const lines = [`#${f.index} [${f.played.plan.register}]`]
      for (const u of f.played.turns.slice(0, i + 1)) {
        lines.push(`  ${u.kind.padEnd(7)} » ${u.say}`)
        lines.push(`          « ${u.reply.split('\n').slice(0, 3).join(' | ').slice(0, 200)}`)
      }
      for (const p of t.problems) lines.push(`          ✗ ${p}`)
      byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), lines.join('\n')])
    })
  }
  console.log(`${r.conversations.passed}/${r.conversations.total} pass`)
  for (const [kind, list] of byKind) {
    console.log(`\n===== ${kind}: ${list.length} failing turns\n`)
    console.log(list.join('\n\n'))
  }
} finally {
  rig.close()
}
