/**
 * @module bench/sim/try-metamorphic
 * Diagnosis aid and figure: runs the metamorphic invariants over the spent banks and the scripted
 * dialogues, prints the pass rate per rewrite class, then (with --show N) N broken rewrites of each
 * class, with the fields that changed.
 *
 *   node bin/run-ts.js bench/sim/try-metamorphic.ts [--show 5] [--class 'final particle'] [--field needs]
 */
import { parseArgs } from 'node:util'
import { formatMetamorphic, runMetamorphic, sampleUnderstander } from './metamorphic.js'
import { spentCorpus } from './phrase-corpus.js'

const { values } = parseArgs({ options: { show: { type: 'string', default: '0' }, class: { type: 'string' }, field: { type: 'string' }, seed: { type: 'string', default: '103' } } })
const understand = await sampleUnderstander()
const corpus = spentCorpus()
const started = performance.now()
const r = runMetamorphic(understand, corpus, Number(values.seed))
for (const line of formatMetamorphic(r, corpus.length)) console.log(line)
console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`)
const show = Number(values.show)
const byClass = new Map<string, number>()
for (const b of r.broken) {
  if (values.class && b.rewrite !== values.class) continue
  if (values.field && !b.fields.includes(values.field)) continue
  const n = byClass.get(b.rewrite) ?? 0
  if (n >= show) continue
  byClass.set(b.rewrite, n + 1)
  const d = b.fields.map((f) => `${f}: ${b.before[f] ?? '-'} → ${b.after[f] ?? '-'}`).join('; ')
  console.log(`[${b.rewrite}] ${b.source}\n  ${b.original}\n  ${b.rewritten}\n  ${d}`)
}
