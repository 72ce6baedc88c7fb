/**
 * Labels the retrieval query sets against the sample catalogue, by script:
 * every active project meeting a query's structured intent is relevant
 * (see meetsIntent); only `specific` queries carry hand-picked ids, which are
 * checked to exist and be active. Writes bench/eval/labels*.json.
 *
 *   node bin/run-ts.js bench/eval/build-labels.ts [--catalogue path.csv]
 *
 * Fails, changing nothing, when an answerable query has no relevant project
 * or names an unknown id, so a catalogue change cannot silently empty a label.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { loadTaxonomy } from '../../src/catalogue/taxonomy.js'
import { loadRegions } from '../../src/catalogue/regions.js'
import { readCatalogueFile } from '../../src/catalogue/read-catalogue.js'
import { SAMPLE_CATALOGUE_PATH } from '../../src/catalogue/sample.js'
import { KINDS, SETS, meetsIntent, readQuerySet, type LabelledSet } from './query-set.js'

const argAt = process.argv.indexOf('--catalogue')
const cataloguePath = argAt > 0 ? process.argv[argAt + 1] : SAMPLE_CATALOGUE_PATH
const taxonomy = loadTaxonomy()
const regions = loadRegions()
const { projects } = await readCatalogueFile(cataloguePath, { taxonomy })
const active = projects.filter((p) => p.status === 'active')
const byId = new Map(projects.map((p) => [p.id, p]))
const sha256 = createHash('sha256').update(readFileSync(cataloguePath)).digest('hex')

const problems: string[] = []
const outputs: { path: string; set: LabelledSet }[] = []
for (const def of SETS) {
  const raw = readQuerySet(def.queries)
  const seen = new Set<string>()
  const set: LabelledSet = {
    name: def.name,
    catalogue: { file: basename(cataloguePath), sha256, active: active.length },
    queries: [],
  }
  const counters = new Map<string, number>()
  for (const q of raw) {
    const n = (counters.get(q.kind) ?? 0) + 1
    counters.set(q.kind, n)
    const id = `${def.name}-${q.kind}-${String(n).padStart(3, '0')}`
    if (seen.has(q.text)) problems.push(`${def.name}: "${q.text}" appears twice`)
    seen.add(q.text)
    let relevant: string[] = []
    if (q.ids) {
      for (const pid of q.ids) {
        const p = byId.get(pid)
        if (!p) problems.push(`${id} "${q.text}": no project ${pid}`)
        else if (p.status !== 'active') problems.push(`${id} "${q.text}": ${pid} is archived`)
      }
      relevant = q.ids
    } else if (q.intent) {
      for (const t of q.intent.topics) if (!taxonomy.get('topics', t)) problems.push(`${id}: unknown topic ${t}`)
      for (const a of q.intent.audiences) if (!taxonomy.get('audiences', a)) problems.push(`${id}: unknown audience ${a}`)
      relevant = active.filter((p) => meetsIntent(p, q.intent!, regions)).map((p) => p.id)
      if (relevant.length === 0) problems.push(`${id} "${q.text}": no active project meets ${JSON.stringify(q.intent)}`)
    }
    set.queries.push({ id, kind: q.kind, text: q.text, intent: q.intent, relevant })
  }
  outputs.push({ path: def.labels, set })
  console.log(`${def.name}: ${set.queries.length} queries`)
  for (const kind of KINDS) {
    const qs = set.queries.filter((q) => q.kind === kind)
    if (qs.length === 0) continue
    const sizes = qs.map((q) => q.relevant.length).sort((a, b) => a - b)
    const median = sizes[Math.floor(sizes.length / 2)]
    console.log(`  ${kind.padEnd(13)} ${String(qs.length).padStart(4)} queries, relevant per query: min ${sizes[0]}, median ${median}, max ${sizes[sizes.length - 1]}`)
  }
}
if (problems.length > 0) {
  console.error(`${problems.length} problem(s); no labels written:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
for (const o of outputs) writeFileSync(o.path, JSON.stringify(o.set, null, 1) + '\n')
console.log(`labelled against ${basename(cataloguePath)} (${active.length} active projects)`)
