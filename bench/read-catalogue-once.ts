/**
 * @module bench/read-catalogue-once
 * Reads one catalogue file the way `learnfinder import` does and prints one
 * JSON line: refused or read, the message, milliseconds and the process's
 * peak memory (maxRSS). Run in a child process so the peak is this file's
 * alone; the hostile-file bench and tests spawn it.
 *
 * @example node bin/run-ts.js bench/read-catalogue-once.ts bomb.xlsx [taxonomy.yaml]
 */
import { readCatalogueFile } from '../src/catalogue/read-catalogue.js'
import { CatalogueError } from '../src/catalogue/catalogue-error.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'

/** What one read printed. */
export interface ReadOutcome {
  outcome: 'read' | 'refused' | 'crashed'
  message: string
  details: string[]
  rows: number
  ms: number
  peakMB: number
}

const [path, taxonomyPath] = process.argv.slice(2)
const taxonomy = loadTaxonomy(taxonomyPath)
const started = performance.now()
let result: Omit<ReadOutcome, 'ms' | 'peakMB'>
try {
  const parsed = await readCatalogueFile(path, { taxonomy })
  result = { outcome: 'read', message: '', details: [], rows: parsed.rows }
} catch (err) {
  const e = err as Error & { details?: string[] }
  result = { outcome: err instanceof CatalogueError ? 'refused' : 'crashed', message: e.message, details: (e.details ?? [String(e.stack)]).slice(0, 5), rows: 0 }
}
const out: ReadOutcome = { ...result, ms: Math.round(performance.now() - started), peakMB: Math.round(process.resourceUsage().maxRSS / 1024) }
console.log(JSON.stringify(out))
