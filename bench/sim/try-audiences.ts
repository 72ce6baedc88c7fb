/**
 * @module bench/sim/try-audiences
 * Diagnosis aid: reads every audience clause of a bank (each register) through the understander, alone and
 * inside a request, and prints the clauses whose audience is not read as the bank meant, so "X breaks
 * audience" is read as a list of phrasings rather than from shrunk conversations one by one.
 *
 *   node bin/run-ts.js bench/sim/try-audiences.ts --bank conv-people5-a
 */
import { parseArgs } from 'node:util'
import { loadTaxonomy } from '../../src/catalogue/taxonomy.js'
import { loadRegions } from '../../src/catalogue/regions.js'
import { createQueryUnderstander } from '../../src/query/understand.js'
import { loadBanks, REGISTERS, type BankName } from './bank.js'

const { values } = parseArgs({ options: { bank: { type: 'string', default: 'dev' } } })
const understand = createQueryUnderstander({ taxonomy: loadTaxonomy(), regions: loadRegions() })
const banks = loadBanks(values.bank as BankName)
let bad = 0
let all = 0
for (const register of REGISTERS) {
  const bank = banks[register]
  const topic = Object.values(bank.topics)[0]![0]!
  for (const [id, clauses] of Object.entries(bank.audiences)) {
    for (const clause of clauses) {
      for (const text of [clause, [clause, bank.request[0]!.replace('{topic}', topic).replace('{mods}', '')].join(bank.joiner)]) {
        all++
        const u = understand(text)
        const got = u.slots.audiences.map((a) => `${a.id}${a.explicit ? '!' : '?'}`)
        const ok = u.slots.audiences.some((a) => a.id === id) && u.slots.audiences.length === 1 && u.needs.length === 0 && !u.outOfScope
        if (!ok) {
          bad++
          console.log(`${register} ${id}: ${text} → ${got.join(' ') || '-'} needs ${JSON.stringify(u.needs)} oos ${u.outOfScope ?? '-'} topics ${u.slots.topics.map((t) => t.id).join(' ')}`)
        }
      }
    }
  }
}
console.log(`${all - bad}/${all} audience clauses read as meant`)
