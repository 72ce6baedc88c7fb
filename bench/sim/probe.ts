/**
 * @module bench/sim/probe
 * Diagnosis aid: says each argument as one turn of a single conversation on the sample catalogue (or a
 * generated one) and prints what the bot read (normalised text, slots, needs) and the reply's first lines,
 * so a phrasing's reading is checked without a whole simulator run.
 *
 *   node bin/run-ts.js bench/sim/probe.ts [--catalogue generated] [--catalogue-seed N] '我係打工仔' '更多'
 *   (an argument starting with "|" starts a new conversation)
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from '../../src/db/open-database.js'
import { SqliteCatalogueStore } from '../../src/catalogue/sqlite-catalogue-store.js'
import { ensureSampleCatalogue } from '../../src/catalogue/sample.js'
import { loadTaxonomy } from '../../src/catalogue/taxonomy.js'
import { loadRegions } from '../../src/catalogue/regions.js'
import { createSearchService } from '../../src/search/create-search-service.js'
import { createChatEngine } from '../../src/dialogue/create-chat-engine.js'
import { loadPrompts } from '../../src/prompts.js'
import { replyText } from '../../src/dialogue/reply-text.js'
import { generateProjects } from '../generate-catalogue.js'
import { SIM_TODAY } from './eval-sim.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { catalogue: { type: 'string', default: 'sample' }, 'catalogue-seed': { type: 'string' } },
})
const dir = mkdtempSync(join(tmpdir(), 'lf-probe-'))
const db = openDatabase(join(dir, 'probe.db'))
try {
  const taxonomy = loadTaxonomy()
  const regions = loadRegions()
  const store = new SqliteCatalogueStore(db)
  if (values.catalogue === 'generated') {
    await store.applyImport([...generateProjects({ rows: 1000, taxonomy, seed: Number(values['catalogue-seed'] ?? 1) })], { who: 'probe', files: ['generated'] })
  } else await ensureSampleCatalogue(store, taxonomy)
  const now = () => new Date(`${SIM_TODAY}T12:00:00Z`)
  const search = await createSearchService({ db, store, taxonomy, regions, today: now })
  let last: string[] = []
  const engine = createChatEngine({
    db, search, store, taxonomy, prompts: loadPrompts(), now,
    onTurn: (t) => {
      const s = t.understanding?.slots
      const v = (xs: { id: string; explicit: boolean; related: boolean; matched: string }[]) => xs.map((x) => `${x.id}${x.explicit ? '' : '?'}${x.related ? '~' : ''}(${x.matched})`).join(' ')
      last = t.understanding ? [
        `    read: ${t.understanding.normalized}`,
        `    slots: topics[${v(s!.topics)}] audiences[${v(s!.audiences)}] region=${s!.region} format=${s!.format} free=${s!.free} vague=${t.understanding.vague}`,
        `    needs: ${JSON.stringify(t.understanding.needs)}`,
      ] : []
    },
  })
  let user = 0
  for (const said of positionals) {
    const text = said.startsWith('|') ? (user++, said.slice(1)) : said
    last = []
    const reply = await engine.handle({ channel: 'probe', userId: `u${user}`, chatId: `u${user}`, text })
    console.log(`» ${text}`)
    for (const l of last) console.log(l)
    console.log(`  « ${replyText(reply).split('\n').slice(0, 4).join(' | ')}`)
  }
  search.close()
} finally {
  db.close()
  rmSync(dir, { recursive: true, force: true })
}
