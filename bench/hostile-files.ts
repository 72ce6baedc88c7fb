/**
 * @module bench/hostile-files
 * Time and peak memory for every hostile file of issue 12 (zip bombs, a row
 * that never closes, cells past column XFD, a 50 MB cell, JSON nested
 * 100,000 deep, ...) and for a normal 20 MB workbook written with exceljs,
 * each read in its own child process the way `learnfinder import` reads it;
 * then the normal workbook imported for real by the spawned CLI. Target:
 * every hostile file refused in under 10 s and 512 MB, the normal one read.
 *
 * @example node bin/run-ts.js bench/hostile-files.ts [--rows 115000]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { PACKAGE_ROOT } from '../src/paths.js'
import { loadTaxonomy } from '../src/catalogue/taxonomy.js'
import { exportXlsx } from '../src/catalogue/export-catalogue.js'
import { generateProjects } from './generate-catalogue.js'
import { HOSTILE_FILES } from '../test/fixtures/catalogue/hostile-files.js'
import { TAXONOMY_PATH } from '../test/fixtures/catalogue/helpers.js'
import type { ReadOutcome } from './read-catalogue-once.js'

const { values } = parseArgs({ options: { rows: { type: 'string', default: '115000' } } })
const dir = mkdtempSync(join(tmpdir(), 'lf-hostile-bench-'))
const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 3 : 1)

/** Reads `path` in a fresh process and returns what it printed. */
function readOnce(path: string, taxonomy?: string): ReadOutcome {
  const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin/run-ts.js'), join(PACKAGE_ROOT, 'bench/read-catalogue-once.ts'), path, ...(taxonomy ? [taxonomy] : [])], { encoding: 'utf8' })
  return JSON.parse(run.stdout) as ReadOutcome
}

function line(name: string, bytes: number, r: ReadOutcome): void {
  const ok = r.outcome === 'refused' ? r.ms < 10_000 && r.peakMB < 512 : r.outcome === 'read'
  console.log(`${name.padEnd(26)} ${MB(bytes).padStart(7)} MB  ${r.outcome.padEnd(8)} ${String(r.ms).padStart(6)} ms  peak ${String(r.peakMB).padStart(4)} MB  ${ok ? 'ok' : 'MISSED'}  ${(r.details[0] ?? '').slice(0, 90)}`)
}

try {
  console.log(`node ${process.version}; file, size, outcome, read time, peak RSS of the reading process`)
  for (const f of HOSTILE_FILES) {
    const path = join(dir, f.name)
    writeFileSync(path, f.build())
    line(f.name, statSync(path).size, readOnce(path, TAXONOMY_PATH))
    rmSync(path)
  }
  const taxonomy = loadTaxonomy()
  const normal = join(dir, 'normal.xlsx')
  writeFileSync(normal, await exportXlsx([...generateProjects({ rows: Number(values.rows), taxonomy })], taxonomy))
  line(`normal-${values.rows}.xlsx`, statSync(normal).size, readOnce(normal))
  const timeBin = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'MAXRSS_KB=%M'] : []
  const started = performance.now()
  const args = [process.execPath, join(PACKAGE_ROOT, 'bin/learnfinder.js'), 'import', normal, '--db', join(dir, 'normal.db')]
  const run = spawnSync(timeBin[0] ?? args[0], [...timeBin.slice(1), ...(timeBin.length ? args : args.slice(1))], { encoding: 'utf8' })
  const peak = /MAXRSS_KB=(\d+)/.exec(run.stderr)?.[1]
  console.log(`learnfinder import normal.xlsx: exit ${run.status}, ${Math.round(performance.now() - started)} ms${peak ? `, peak ${Math.round(Number(peak) / 1024)} MB` : ''}: ${run.stdout.trim().split('\n')[0]}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
