/**
 * @module bench/sim/try-facets
 * Diagnosis aid: reads every topic phrase, audience clause, format and fee modifier and request frame of
 * one register across banks through the understander, and prints those not read as the bank meant (wrong
 * slot, or left-over need words), so a register's misreadings are seen as one list of phrasings.
 *
 *   node bin/run-ts.js bench/sim/try-facets.ts --register traditional [--bank conv-trad6-a]
 */
import { parseArgs } from 'node:util'
import { loadTaxonomy } from '../../src/catalogue/taxonomy.js'
import { loadRegions } from '../../src/catalogue/regions.js'
import { createQueryUnderstander } from '../../src/query/understand.js'
import { BANKS, HELD_OUT, loadBanks, type BankName, type Register } from './bank.js'

const { values } = parseArgs({ options: { bank: { type: 'string' }, register: { type: 'string', default: 'traditional' } } })
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
const register = values.register as Register
const banks = values.bank ? [values.bank as BankName] : BANKS.filter((b) => !HELD_OUT.includes(b))
let bad = 0
let all = 0
const seen = new Set<string>()
function check(text: string, ok: (u: ReturnType<typeof understand>) => boolean, label: string): void {
  if (seen.has(text)) return
  seen.add(text)
  all++
  const u = understand(text)
  if (ok(u)) return
  bad++
  const s = u.slots
  console.log(`${label}: ${text} → topics ${s.topics.map((t) => t.id).join(' ') || '-'} | aud ${s.audiences.map((a) => a.id).join(' ') || '-'} | fmt ${s.format ?? '-'} | free ${s.free ?? '-'} | needs ${JSON.stringify(u.needs)} | oos ${u.outOfScope ?? '-'}`)
}
for (const name of banks) {
  const bank = loadBanks(name)[register]
  const fill = (t: string, topic: string, mods: string) => t.replace('{topic}', topic).replace('{mods}', mods)
  const topic0 = Object.values(bank.topics)[0]![0]!
  for (const [id, phrases] of Object.entries(bank.topics)) for (const p of phrases) {
    check(fill(bank.request[0]!, p, ''), (u) => u.slots.topics.some((t) => t.id === id) && u.needs.length === 0 && !u.outOfScope, `${name} topic ${id}`)
  }
  for (const [id, clauses] of Object.entries(bank.audiences)) for (const c of clauses) {
    check([c, fill(bank.request[0]!, topic0, '')].join(bank.joiner), (u) => u.slots.audiences.some((a) => a.id === id) && u.needs.length === 0, `${name} audience ${id}`)
  }
  for (const [fmt, mods] of Object.entries(bank.format)) for (const m of mods) for (const t of bank.request) {
    check(fill(t, topic0, m), (u) => u.slots.format === fmt && u.needs.length === 0, `${name} format ${fmt}`)
  }
  for (const m of bank.free) for (const t of bank.request) check(fill(t, topic0, m), (u) => u.slots.free === true && u.needs.length === 0, `${name} free`)
  for (const t of bank.request_no_topic) check(fill(t, '', bank.free[0]!), (u) => u.slots.free === true && u.slots.topics.length === 0 && u.needs.length === 0, `${name} no-topic`)
}
console.log(`${all - bad}/${all} phrases read as meant (${register})`)
