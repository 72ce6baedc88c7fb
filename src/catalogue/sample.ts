/**
 * @module catalogue/sample
 * The sample catalogue shipped in knowledge/, loaded the first time
 * `learnfinder serve` finds an empty database, so a newcomer's `npm start`
 * has something to recommend. `import` into a new database never loads it:
 * there the database holds only what staff imported.
 */
import { join } from 'node:path'
import { KNOWLEDGE_DIR } from '../paths.js'
import type { Taxonomy } from './taxonomy.js'
import type { CatalogueStore } from './catalogue-store.js'

/** knowledge/sample-catalogue.csv: fictional but believable projects with Chinese headers. */
export const SAMPLE_CATALOGUE_PATH = join(KNOWLEDGE_DIR, 'sample-catalogue.csv')

/**
 * Imports the sample catalogue when the store holds no projects at all
 * (active or archived) and has never been written to (so a catalogue staff
 * emptied on purpose, e.g. by rolling the sample back, stays empty);
 * returns whether it did. Recorded in the history as
 * an import by "sample", so staff can roll it back.
 */
export async function ensureSampleCatalogue(store: CatalogueStore, taxonomy: Taxonomy): Promise<boolean> {
  const { active, archived } = await store.count()
  if (active + archived > 0 || (await store.history(1)).length > 0) return false
  // The readers (CSV, XLSX, YAML) load only here: a command on a filled database never needs them.
  const { readCatalogueFile } = await import('./read-catalogue.js')
  const parsed = await readCatalogueFile(SAMPLE_CATALOGUE_PATH, { taxonomy })
  await store.applyImport(parsed.projects, { who: 'sample', files: ['sample-catalogue.csv'] })
  return true
}
