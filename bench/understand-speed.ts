/**
 * @module bench/understand-speed
 * Understanding alone, timed: how many µs one message costs the understander (plain form, dialect and
 * regional rewrites, typo repair, every reader), over a fixed set of texts, so whoever adds vocabulary or a
 * reader can check what it cost. The texts are the search bench's warm-up and first-sight texts and every
 * phrase of the spent banks (held-out banks are never read) and the scripted dialogues. The understander is
 * the search service's own, over the sample catalogue's vocabulary, with the memo off; each round asks every
 * text once, so each ask is a text the understander's per-text memos have not seen (word-level tables stay
 * warm, as in a running bot). Prints p50/p90/mean of the last round, bench texts and bank phrases apart.
 *
 * `--dump` prints instead, one JSON line per text, its plain form and its whole understanding: dumped before
 * and after a change and diffed, it shows the answers stayed the same.
 *
 * @example node bin/run-ts.js bench/understand-speed.ts --rounds 3
 * @example node bin/run-ts.js bench/understand-speed.ts --dump > /tmp/u-before.jsonl
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteCatalogueStore } from '../src/catalogue/sqlite-catalogue-store.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { readCatalogueFile } from '../src/catalogue/read-catalogue.js'
import { SAMPLE_CATALOGUE_PATH } from '../src/catalogue/sample.js'
import { createSearchService } from '../src/search/create-search-service.js'
import { plainMessage } from '../src/text/speech-noise.js'
import { percentilesOf } from './percentile.js'
import { understandTexts } from './understand-texts.js'

const { values } = parseArgs({ options: { rounds: { type: 'string' }, dump: { type: 'boolean' } } })
const taxonomy = loadTaxonomy()
const projects = (await readCatalogueFile(SAMPLE_CATALOGUE_PATH, { taxonomy })).projects
const dir = mkdtempSync(join(tmpdir(), 'lf-understand-'))
const db = openDatabase(join(dir, 'catalogue.db'))
const store = new SqliteCatalogueStore(db)
await store.applyImport(projects, { who: 'understand-speed', files: [] })
const service = await createSearchService({ db, store, taxonomy, regions: loadRegions(), rememberRecent: false, today: () => new Date('2026-06-01T08:00:00Z') })

const { benchTexts, bankTexts } = understandTexts()

if (values.dump) {
  for (const text of [...benchTexts, ...bankTexts]) {
    process.stdout.write(JSON.stringify({ text, plain: plainMessage(text), u: service.understand(text) }) + '\n')
  }
} else {
  const time = (texts: string[]) => texts.map((text) => {
    const t = performance.now()
    service.understand(text)
    return (performance.now() - t) * 1000
  })
  const stats = (us: number[]) => {
    const p = percentilesOf(us, [50, 90])
    return { texts: us.length, p50: Math.round(p[50] * 10) / 10, p90: Math.round(p[90] * 10) / 10, mean: Math.round((us.reduce((a, b) => a + b, 0) / us.length) * 10) / 10 }
  }
  let bench: number[] = []
  let phrases: number[] = []
  let cpu = 0
  for (let round = 0; round < Number(values.rounds ?? 3); round++) {
    const before = process.cpuUsage()
    bench = time(benchTexts)
    phrases = time(bankTexts)
    const used = process.cpuUsage(before)
    cpu = (used.user + used.system) / (bench.length + phrases.length)
  }
  // CPU per message (this process's user + system time over the last round): on a shared machine the wall-clock
  // percentiles include waiting for a core, this does not.
  console.log(JSON.stringify({ unit: 'µs per message', bench: stats(bench), phrases: stats(phrases), all: stats([...bench, ...phrases]), cpuMean: Math.round(cpu * 10) / 10 }))
}
service.close()
db.close()
rmSync(dir, { recursive: true, force: true })
