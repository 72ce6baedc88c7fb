/**
 * @module bench/sim/try-understand
 * Diagnosis aid: prints what the understander reads in each message given on the command line (its
 * Mandarin form, topics, audiences, need words, format, fee, out-of-scope word), so a register's
 * phrasing can be checked one message at a time.
 *
 *   node bin/run-ts.js bench/sim/try-understand.ts "俺家小子十七了 想学画画" "…"
 */
import { loadTaxonomy } from '../../src/catalogue/taxonomy.js'
import { loadRegions } from '../../src/catalogue/regions.js'
import { createQueryUnderstander } from '../../src/query/understand.js'
import { toMandarin } from '../../src/text/dialect.js'

const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
for (const text of process.argv.slice(2)) {
  const u = understand(text)
  const slot = (v: { id: string; explicit: boolean }) => `${v.id}${v.explicit ? '!' : '?'}`
  console.log(`${text} → ${toMandarin(text)}`)
  console.log(`  topics ${u.slots.topics.map(slot).join(' ') || '-'} | audiences ${u.slots.audiences.map(slot).join(' ') || '-'} | needs ${JSON.stringify(u.needs)} | region ${u.slots.region ?? "-"} | format ${u.slots.format ?? '-'} | free ${u.slots.free ?? '-'} | oos ${u.outOfScope ?? '-'}`)
}
