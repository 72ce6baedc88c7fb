/**
 * @module bench/sim/eval-sim
 * The simulator part of `npm run eval`: for each catalogue (the sample and a
 * generated 1,000-project one) and each bank (dev, fresh), plays N sampled
 * conversations through the real engine and prints pass rates per register
 * and per turn type, then a few failures shrunk to their shortest form.
 */
import { parseArgs } from 'node:util'
import { BANKS, HELD_OUT, loadBanks, type BankName } from './bank.js'
import { openSimRig, type CatalogueChoice } from './rig.js'
import { formatPlayed, formatResult, runSimulation, shrinkFailure, type SimResult } from './simulate.js'

/** The date the eval pins by default (the day of the first-run figures), so later runs compare with them. */
export const SIM_TODAY = '2026-11-30'

/** The seeds the banks are run with: dev may be tuned against; fresh is held out. */
export const SEEDS: Record<BankName, number> = { dev: 20261130, fresh: 71113, fresh2: 30110, fresh3: 41207, 'probe-en': 63029, 'probe-zh': 52019, fresh4: 90412, fresh5: 73019, 'conv-trad-a': 57201, 'conv-trad-b': 57302, 'conv-coll-a': 51031, 'conv-coll-b': 51097, 'conv-en-a': 59017, 'conv-en-b': 59213, 'conv-people-a': 53101, 'conv-people-b': 53207, 'conv-topics-a': 67101, 'conv-topics-b': 67202, 'conv-dialogue-a': 61061, 'conv-dialogue-b': 61062, 'conv-trad5-a': 73101, 'conv-trad5-b': 73202, 'conv-dialogue5-a': 97501, 'conv-dialogue5-b': 97502, 'conv-robust5-a': 103051, 'conv-robust5-b': 103052, 'conv-coll5-a': 79101, 'conv-coll5-b': 79202, 'conv-people5-a': 83101, 'conv-people5-b': 83202, 'conv-facets5-a': 89101, 'conv-facets5-b': 89202, 'conv-scope5-a': 101501, 'conv-scope5-b': 101602, fresh6: 61207, 'conv-facets6-a': 131061, 'conv-facets6-b': 131062, 'conv-coll6-a': 109601, 'conv-coll6-b': 109702, 'conv-trad6-a': 113601, 'conv-trad6-b': 113702, 'conv-dialogue6-a': 97601, 'conv-dialogue6-b': 97602, 'conv-people6-a': 127101, 'conv-people6-b': 127202, 'conv-scope6-a': 109061, 'conv-scope6-b': 109062, fresh7: 71207, 'conv-people7-a': 151101, 'conv-people7-b': 151202, 'conv-trad7-a': 167701, 'conv-trad7-b': 167702, 'conv-dialect7-a': 163071, 'conv-dialect7-b': 163072, 'conv-dialogue7-a': 157701, 'conv-dialogue7-b': 157702, 'conv-en7-a': 173071, 'conv-en7-b': 173172, 'conv-scope7-a': 179071, 'conv-scope7-b': 179072, fresh8: 81208, 'conv-dialogue8-a': 227081, 'conv-dialogue8-b': 227082, 'conv-coll8-a': 211081, 'conv-coll8-b': 211082, 'conv-trad8-a': 223081, 'conv-trad8-b': 223082, 'conv-people8-a': 193081, 'conv-people8-b': 193082, 'conv-topics8-a': 229081, 'conv-topics8-b': 229082, 'conv-en8-a': 197081, 'conv-en8-b': 197082, fresh9: 91202, 'conv-dialogue9-a': 251091, 'conv-coll9-a': 257091, 'conv-en9-a': 241091, 'conv-people9-a': 239091, 'conv-evidence9-a': 233091, fresh10: 101203, 'conv-en10-a': 263101, 'conv-zh10-a': 269101, 'conv-dialogue10-a': 271101, fresh11: 111202, fresh12: 121202, fresh13: 131202, fresh14: 141203, fresh15: 151203, fresh16: 161203, fresh17: 171203, fresh18: 181203, fresh19: 191203, fresh20: 201203, fresh21: 211203, fresh22: 221203, fresh23: 231203 }

/** Options of the simulator eval (all from the command line). */
export interface SimEvalOptions {
  banks: BankName[]
  catalogues: CatalogueChoice[]
  count: number
  /** Overrides the bank's own seed. */
  seed?: number
  /** How many failures to shrink and print per run. */
  shrink: number
  /** The date the engine and the World take as today (YYYY-MM-DD). */
  today: string
  log: (line: string) => void
}

/** Parses the simulator flags: --bank dev|fresh|fresh2|fresh3, --seed N, --count N, --catalogue sample|generated, --rows N, --catalogue-seed N (a different generated catalogue), --shrink N, --today YYYY-MM-DD. */
export function parseSimArgs(argv: string[]): SimEvalOptions & { simOnly: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      'sim-only': { type: 'boolean', default: false },
      bank: { type: 'string' },
      seed: { type: 'string' },
      count: { type: 'string', default: '500' },
      catalogue: { type: 'string' },
      rows: { type: 'string', default: '1000' },
      'catalogue-seed': { type: 'string', default: '1' },
      shrink: { type: 'string', default: '3' },
      today: { type: 'string', default: SIM_TODAY },
    },
    strict: true,
  })
  const bank = values.bank
  if (bank !== undefined && !(BANKS as readonly string[]).includes(bank)) throw new Error(`--bank must be one of ${BANKS.join(', ')}`)
  const rows = Number(values.rows)
  const all: CatalogueChoice[] = [{ kind: 'sample' }, { kind: 'generated', rows, seed: Number(values['catalogue-seed']) }]
  const catalogues = values.catalogue === 'sample' ? [all[0]] : values.catalogue === 'generated' ? [all[1]] : all
  return {
    simOnly: values['sim-only'] ?? false,
    banks: bank ? [bank as BankName] : BANKS.filter((b) => !HELD_OUT.includes(b)),
    catalogues,
    count: Number(values.count),
    seed: values.seed === undefined ? undefined : Number(values.seed),
    shrink: Number(values.shrink),
    today: values.today ?? SIM_TODAY,
    log: (line) => console.log(line),
  }
}

/** Runs the simulator over every chosen catalogue and bank; returns the results in that order. */
export async function runSimulatorEval(o: SimEvalOptions): Promise<{ catalogue: string; bank: BankName; result: SimResult }[]> {
  const out: { catalogue: string; bank: BankName; result: SimResult }[] = []
  for (const choice of o.catalogues) {
    const rig = await openSimRig(choice, o.today)
    try {
      o.log(`### ${rig.name}: ${rig.world.live.length} live projects on ${o.today}\n`)
      for (const bank of o.banks) {
        const seed = o.seed ?? SEEDS[bank]
        const target = { engine: rig.engine, world: rig.world, banks: loadBanks(bank) }
        const result = await runSimulation(target, o.count, seed)
        for (const line of formatResult(`${bank} bank`, result)) o.log(line)
        for (const f of result.failures.slice(0, o.shrink)) {
          const shrunk = await shrinkFailure(target, seed, f.index)
          o.log(`  failing conversation #${f.index}, shrunk from ${f.played.turns.length} to ${shrunk?.turns.length ?? '?'} turns:`)
          for (const line of formatPlayed(shrunk ?? f.played)) o.log(line)
        }
        o.log('')
        out.push({ catalogue: rig.name, bank, result })
      }
    } finally {
      rig.close()
    }
  }
  return out
}
