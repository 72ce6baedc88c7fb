/**
 * @module bench/sim/rig
 * The real engine over a real SQLite file and search index, loaded with a
 * given catalogue (the sample, or a generated one), plus the simulator's
 * World for the same rows: what the simulator runs against.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../src/db/open-database.js'
import { SqliteCatalogueStore } from '../../src/catalogue/sqlite-catalogue-store.js'
import { ensureSampleCatalogue } from '../../src/catalogue/sample.js'
import { loadTaxonomy } from '../../src/catalogue/taxonomy.js'
import { loadRegions } from '../../src/catalogue/regions.js'
import { createSearchService } from '../../src/search/create-search-service.js'
import { createChatEngine } from '../../src/dialogue/create-chat-engine.js'
import { loadPrompts } from '../../src/prompts.js'
import type { ChatEngine } from '../../src/dialogue/types.js'
import { generateProjects } from '../generate-catalogue.js'
import { World } from './world.js'

/** Which catalogue to run on: the shipped sample, or `rows` generated projects. */
export type CatalogueChoice = { kind: 'sample' } | { kind: 'generated'; rows: number; seed?: number }

/** A running engine and its catalogue; `close()` removes the temp database. */
export interface SimRig { name: string; engine: ChatEngine; world: World; close(): void }

/**
 * Builds the rig: SQLite on disk in a temp folder, the real search index and dialogue engine.
 * `today` (YYYY-MM-DD) pins the date for the engine, its search and the World, so figures taken
 * on different days compare (which projects have ended, what "this month" means); default: now.
 */
export async function openSimRig(choice: CatalogueChoice, today?: string): Promise<SimRig> {
  const dir = mkdtempSync(join(tmpdir(), 'lf-sim-'))
  const db = openDatabase(join(dir, 'sim.db'))
  const taxonomy = loadTaxonomy()
  const regions = loadRegions()
  const store = new SqliteCatalogueStore(db)
  let name: string
  if (choice.kind === 'sample') {
    await ensureSampleCatalogue(store, taxonomy)
    name = 'sample catalogue'
  } else {
    const projects = [...generateProjects({ rows: choice.rows, taxonomy, seed: choice.seed ?? 1 })]
    await store.applyImport(projects, { who: 'sim', files: ['generated'] })
    name = `generated catalogue (${choice.rows} projects, seed ${choice.seed ?? 1})`
  }
  const clock = today ? { now: () => new Date(`${today}T12:00:00Z`) } : {}
  const search = await createSearchService({ db, store, taxonomy, regions, ...(clock.now ? { today: clock.now } : {}) })
  const engine = createChatEngine({ db, search, store, taxonomy, prompts: loadPrompts(), ...clock })
  const world = new World(await store.list({ status: 'active' }), taxonomy, regions, today)
  return {
    name, engine, world,
    close() {
      search.close()
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
