/**
 * @module bench/understand-texts
 * The fixed texts understanding is timed and dumped on (bench/understand-speed, bench/understand-stages):
 * the search bench's warm-up and first-sight texts, then every phrase of the spent banks and the scripted
 * dialogues. Held-out banks are never read (nor fresh5, held out when it was written).
 */
import { distinctBenchQueries, warmUpQueries } from './bench-queries.js'
import { spentCorpus, SPENT_BANKS } from './sim/phrase-corpus.js'
import { BANKS, HELD_OUT, type BankName } from './sim/bank.js'

/** The bench texts (1,406) and the bank phrases that are not bench texts (about 12,600), each once, in a fixed order. */
export function understandTexts(): { benchTexts: string[]; bankTexts: string[] } {
  const banks = [...new Set([...SPENT_BANKS, ...BANKS.filter((b) => b.startsWith('conv-') && !HELD_OUT.includes(b))])] as BankName[]
  const benchTexts = [...new Set([...warmUpQueries(), ...distinctBenchQueries(1106)])]
  const bench = new Set(benchTexts)
  const bankTexts = [...new Set(spentCorpus(banks).map((p) => p.text))].filter((t) => !bench.has(t))
  return { benchTexts, bankTexts }
}
