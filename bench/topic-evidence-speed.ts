/**
 * @module bench/topic-evidence-speed
 * What the catalogue evidence of a topic (src/search/topic-evidence) costs a message as the catalogue grows:
 * for generated catalogues of 1,000, 10,000 and 100,000 projects (bench/generate-catalogue, seed 1), the time
 * to index the catalogue (once per catalogue version, at the first message that asks) and per eligible message
 * (no topic named, need-words left, in scope) the evidence alone: understanding is done beforehand and handed
 * over, so only the evidence is timed. The messages are every phrase of the spent banks and the bench texts
 * (bench/understand-texts; every eighth bank phrase) the understander leaves without a topic. Two passes: first sight (no word looked up
 * before) and again (each word's projects remembered). CPU time, not wall-clock (the machine is shared), with the
 * load average printed. Prints one line per size; `--sizes 1000,5000` to choose.
 *
 * @example node bin/run-ts.js bench/topic-evidence-speed.ts
 */
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import type { Project } from '../src/catalogue/project.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { createQueryUnderstander } from '../src/query/understand.js'
import type { Understanding } from '../src/query/types.js'
import { withCatalogueTopic } from '../src/search/topic-evidence.js'
import { generateProjects } from './generate-catalogue.js'
import { percentilesOf } from './percentile.js'
import { understandTexts } from './understand-texts.js'

/** CPU time of this process in ms: on a shared machine wall-clock time measures the neighbours. */
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000' } } })
const taxonomy = loadTaxonomy()
const understand = createQueryUnderstander({ taxonomy, regions: loadRegions() })
const { benchTexts, bankTexts } = understandTexts()
const understood = new Map<string, Understanding>()
// Every eighth bank phrase: understanding them all would take longer than the evidence it times.
for (const text of new Set([...benchTexts, ...bankTexts.filter((_, i) => i % 8 === 0)])) {
  const u = understand(text)
  if (!u.slots.topics.length && u.needs.length && !u.outOfScope) understood.set(text, u)
}
const texts = [...understood.keys()]
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${texts.length} eligible messages (of ${understood.size && benchTexts.length + Math.ceil(bankTexts.length / 8)} texts)`)

for (const rows of values.sizes.split(',').map(Number)) {
  const projects: Project[] = [...generateProjects({ rows, taxonomy, seed: 1 })].filter((p) => p.status === 'active')
  const table = { byId: new Map(projects.map((p) => [p.id, p])), size: projects.length }
  const withTopic = withCatalogueTopic(table, (text) => understood.get(text)!)
  let t = cpuMs()
  withTopic(texts[0])
  const firstMs = cpuMs() - t
  const pass = () => texts.map((text) => {
    t = cpuMs()
    withTopic(text)
    return cpuMs() - t
  })
  const first = pass()
  const again = pass()
  const show = (ms: number[]) => {
    const at = percentilesOf(ms, [50, 99])
    return `p50 ${at[50].toFixed(3)} ms, p99 ${at[99].toFixed(2)} ms, mean ${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(3)} ms`
  }
  console.log(`${rows} projects (${projects.length} active): first message (builds the index) ${firstMs.toFixed(0)} ms; ` +
    `first sight ${show(first)}; again ${show(again)}`)
}
