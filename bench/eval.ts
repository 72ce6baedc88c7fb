/**
 * `npm run eval`: how well learnfinder answers, on the sample catalogue.
 * 1. Retrieval: every labelled query (main and held-out sets) through our
 *    hybrid search, next to BM25 alone (minisearch) and vectors alone.
 * 2. Conversation: the scripted multi-turn dialogues through the real engine.
 * 3. Conversation simulator: generated conversations on the sample and a
 *    generated 1,000-project catalogue, dev and fresh phrase banks (bench/sim).
 * Runs on a fresh temporary database so it never touches data/.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../src/db/open-database.js'
import { SqliteCatalogueStore } from '../src/catalogue/sqlite-catalogue-store.js'
import { ensureSampleCatalogue } from '../src/catalogue/sample.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { loadRegions } from '../src/catalogue/regions.js'
import { createSearchService, vectorOnlySearch } from '../src/search/create-search-service.js'
import { createChatEngine } from '../src/dialogue/create-chat-engine.js'
import { loadPrompts } from '../src/prompts.js'
import { runRetrievalEval } from './eval/retrieval.js'
import { createMiniSearchBaseline } from './eval/baseline-minisearch.js'
import { runDialogueEval } from './eval/dialogues.js'
import { parseSimArgs, runSimulatorEval } from './sim/eval-sim.js'
import { formatMetamorphic, runMetamorphic, sampleUnderstander } from './sim/metamorphic.js'
import { spentCorpus } from './sim/phrase-corpus.js'

// Flags (all optional): --sim-only, --bank dev|fresh, --seed N, --count N, --catalogue sample|generated, --rows N, --shrink N, --today YYYY-MM-DD
const simArgs = parseSimArgs(process.argv.slice(2))

if (!simArgs.simOnly) {
  const dir = mkdtempSync(join(tmpdir(), 'lf-eval-'))
  try {
    const db = openDatabase(join(dir, 'eval.db'))
    const taxonomy = loadTaxonomy()
    const store = new SqliteCatalogueStore(db)
    await ensureSampleCatalogue(store, taxonomy)
    const search = await createSearchService({ db, store, taxonomy, regions: loadRegions() })
    const active = await store.list({ status: 'active' })
    console.log(`# learnfinder eval: sample catalogue, ${active.length} active projects\n`)

    console.log('## Retrieval\n')
    await runRetrievalEval({
      search,
      baselines: [
        createMiniSearchBaseline(active, taxonomy),
        { name: 'vectors only', search: vectorOnlySearch(search) },
      ],
    })

    console.log('\n## Conversation (scripted dialogues)\n')
    const engine = createChatEngine({ db, search, store, taxonomy, prompts: loadPrompts() })
    await runDialogueEval(engine, store)
    search.close()

    console.log('\n## Metamorphic invariants (bench/sim/metamorphic)\n')
    const corpus = spentCorpus()
    for (const line of formatMetamorphic(runMetamorphic(await sampleUnderstander(), corpus), corpus.length)) console.log(line)
    db.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

console.log('\n## Conversation simulator (bench/sim)\n')
const simStarted = performance.now()
await runSimulatorEval(simArgs)
console.log(`simulator total: ${((performance.now() - simStarted) / 1000).toFixed(1)} s`)
