/**
 * @module bench/import-bench
 * Import time and peak memory for the sample catalogue and a generated
 * 100,000-row file, each in a fresh child process (so peak RSS is that of
 * one import) running the real `learnfinder import` command.
 *
 * @example node bin/run-ts.js bench/import-bench.ts [--rows 100000] [--taxonomy PATH]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { PACKAGE_ROOT } from '../src/paths.js'
import { SAMPLE_CATALOGUE_PATH } from '../src/catalogue/sample.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { writeCatalogueCsv } from './generate-catalogue.js'

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, taxonomy: { type: 'string' } } })
const dir = mkdtempSync(join(tmpdir(), 'lf-import-bench-'))
const bin = join(PACKAGE_ROOT, 'bin/learnfinder.js')
const taxonomyArgs = values.taxonomy ? ['--taxonomy', values.taxonomy] : []

/** Runs one import in a child process, measuring wall time and (via /usr/bin/time when present) peak RSS. */
function importOnce(label: string, file: string, db: string): void {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null
  const args = [bin, 'import', file, '--db', db, ...taxonomyArgs]
  const started = process.hrtime.bigint()
  const run = timeBin
    ? spawnSync(timeBin, ['-f', 'MAXRSS_KB=%M', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr)
    throw new Error(`${label}: import failed`)
  }
  const rss = /MAXRSS_KB=(\d+)/.exec(run.stderr)?.[1]
  const size = statSync(file).size / 1e6
  console.log(`${label.padEnd(28)} ${size.toFixed(1).padStart(6)} MB  ${(ms / 1000).toFixed(2).padStart(6)} s  peak RSS ${rss ? `${Math.round(Number(rss) / 1024)} MB` : 'n/a'}`)
  console.log(`  ${run.stdout.trim().split('\n')[0]}`)
}

try {
  console.log('learnfinder import benchmark (wall time includes node + tsx start-up, ~0.5 s)')
  if (existsSync(SAMPLE_CATALOGUE_PATH)) importOnce('sample catalogue', SAMPLE_CATALOGUE_PATH, join(dir, 'sample.db'))
  else console.log('sample catalogue: knowledge/sample-catalogue.csv not found, skipped')
  const rows = Number(values.rows)
  const big = join(dir, `generated-${rows}.csv`)
  const t0 = Date.now()
  await writeCatalogueCsv(big, { rows, taxonomy: loadTaxonomy(values.taxonomy) })
  console.log(`(generated ${rows.toLocaleString('en')} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s)`)
  importOnce(`${rows.toLocaleString('en')} rows, fresh db`, big, join(dir, 'big.db'))
  importOnce(`${rows.toLocaleString('en')} rows, re-import`, big, join(dir, 'big.db'))
  const xlsx = join(dir, `generated-${rows}.xlsx`)
  const exported = spawnSync(process.execPath, [bin, 'export', '--db', join(dir, 'big.db'), '--out', xlsx, ...taxonomyArgs], { encoding: 'utf8' })
  if (exported.status !== 0) throw new Error(`export failed: ${exported.stderr}`)
  importOnce(`${rows.toLocaleString('en')} rows, XLSX, fresh db`, xlsx, join(dir, 'xlsx.db'))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
