/**
 * @module cli/open-catalogue-for-write
 * Staff writes from the command line (import, archive, rollback) keep the
 * FTS5 lexical index in step inside the same transaction as the catalogue
 * change, exactly as the running bot does, so search never sees one without
 * the other. The catalogue module knows nothing of search; this wiring does.
 */
import { openCatalogue, type OpenCatalogue } from '../catalogue/open-catalogue.js'
import { loadTaxonomy, type Taxonomy } from '../catalogue/taxonomy.js'
import { createLexicalIndex } from '../search/lexical-index.js'

/** Opens the catalogue at `dbPath` with the lexical index hooked into every write. */
export async function openCatalogueForWrite(dbPath: string, taxonomy: Taxonomy = loadTaxonomy()): Promise<OpenCatalogue> {
  const cat = openCatalogue(dbPath)
  try {
    const lexical = createLexicalIndex(cat.db, taxonomy)
    const version = await cat.store.version()
    if (!lexical.inStep(version)) lexical.rebuild(await cat.store.list({ status: 'active' }), version)
    cat.store.addHook(lexical.hook)
    return cat
  } catch (err) {
    cat.close()
    throw err
  }
}
