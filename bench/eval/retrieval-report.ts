/**
 * @module bench/eval/retrieval-report
 * Prints the retrieval eval as plain-text tables: one row per query kind,
 * one column group per system, a legend saying exactly how each figure is
 * computed, and the queries our system missed, so a regression is easy to see.
 */
import type { SetResult, Scores } from './retrieval.js'
import { formatSlotAccuracy } from './slot-accuracy.js'

const f = (x: number) => x.toFixed(2)
const pct = (x: number | null) => (x === null ? '   —' : `${(x * 100).toFixed(0).padStart(3)}%`)

function cell(s: Scores | null): string {
  return s ? `${f(s.hit3)}  ${f(s.precision3)}  ${f(s.mrr)}  ${f(s.ndcg5)}` : ''
}

/** The tables, legend and misses of every set, as printed by `npm run eval`. */
export function formatReport(sets: SetResult[]): string {
  const lines: string[] = []
  for (const set of sets) {
    const names = set.systems.map((s) => s.system)
    const width = 28
    lines.push('')
    lines.push(`== ${set.set} set: ${set.queries} queries, labelled against ${set.catalogue}${set.stale ? '  (STALE: the sample catalogue changed since labelling; rerun build-labels.ts)' : ''}`)
    lines.push(`${'kind'.padEnd(14)}${'n'.padStart(4)}  ${names.map((n) => `| ${n}`.padEnd(width + 2)).join('')}`)
    lines.push(`${''.padEnd(18)}  ${names.map(() => `| ${'hit@3 P@3   MRR   nDCG@5'.padEnd(width)}`).join('')}`)
    const kinds = set.systems[0].kinds
    for (let i = 0; i < kinds.length; i++) {
      const k = kinds[i]
      const cells = set.systems.map((s) => {
        const row = s.kinds[i]
        if (row.scores) return cell(row.scores)
        if (row.kind === 'vague') return `asks back ${pct(row.asksBack)}`
        return `empty     ${pct(row.empty)}`
      })
      lines.push(`${k.kind.padEnd(14)}${String(k.n).padStart(4)}  ${cells.map((c) => `| ${c.padEnd(width)}`).join('')}`)
    }
    const overall = set.systems.map((s) => cell(s.overall))
    lines.push(`${'answerable'.padEnd(14)}${String(set.systems[0].overall.n).padStart(4)}  ${overall.map((c) => `| ${c.padEnd(width)}`).join('')}`)
    const lat = set.systems.map((s) => `p50 ${s.latencyMs.p50.toFixed(2)} ms, p99 ${s.latencyMs.p99.toFixed(2)} ms`)
    lines.push(`${'latency'.padEnd(18)}  ${lat.map((c) => `| ${c.padEnd(width)}`).join('')}`)
    lines.push('')
    lines.push(formatSlotAccuracy(set.slots))
    if (set.misses.length > 0) {
      lines.push(`${set.systems[0].system} misses (${set.misses.length}):`)
      for (const m of set.misses.slice(0, 40)) {
        lines.push(`  ${m.id} ${m.text} — ${m.why}; top: ${m.got.join(' ') || '(none)'}; relevant: ${m.relevant}`)
      }
      if (set.misses.length > 40) lines.push(`  ... and ${set.misses.length - 40} more`)
    }
  }
  lines.push('')
  lines.push('Legend: each query asks for its top 10. hit@3: share of queries with at least one relevant project in the')
  lines.push('top 3. P@3 (precision@3): relevant projects in the top 3 divided by min(3, number relevant), so a query')
  lines.push('with one relevant project scores 1 when it is in the top 3. MRR: mean of 1/rank of the first relevant')
  lines.push('project (0 if none in the top 10). nDCG@5: binary-relevance DCG of the top 5 over the ideal DCG.')
  lines.push('"answerable" averages all queries except vague and unanswerable. vague: share understood as vague')
  lines.push('(the dialogue asks back; baselines cannot, shown as —). unanswerable: share with an empty hit list.')
  lines.push('Relevance: every active project meeting the query\'s structured intent (any listed topic, any listed')
  lines.push('audience, region, format, fee 0), labelled by bench/eval/build-labels.ts from the catalogue\'s fields;')
  lines.push('hybrid counts as online and offline; a project\'s region must be 全国, the place asked for, the province')
  lines.push('containing it or a city inside it (an online project filed under one province is not open to another).')
  lines.push('Only the "specific" kind lists hand-picked ids. The held-out, probe and fresh sets are worded apart (see bench/eval/README.md).')
  return lines.join('\n')
}
