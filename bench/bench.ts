/**
 * @module bench/bench
 * `npm run bench`: search figures for the sample catalogue and generated
 * catalogues of 1,000, 10,000 and 100,000 projects. Each measurement runs in
 * its own process (bench/bench-search-size.ts) so peak RSS and cold start
 * belong to one system on one catalogue. Prints a table and rewrites the
 * search section of docs/benchmarks.md. Ends with the start-up figure: a
 * one-question `learnfinder ask` as a ratio to `node -e 0` (bench/startup.ts).
 * Each size is timed in the shipped build (bench-search-size compiled with
 * dist/'s esbuild options, bench/shipped-bundle.ts: what `learnfinder` runs)
 * and, for comparison, through tsx (what the eval and the tests run); Orama
 * answers in the same build each time. `--builds shipped` or `--builds tsx`
 * runs one of them. At 1,000 projects and below both engines are also timed
 * alternately in one process (bench/paired-part.ts), the ratio issue 9
 * point 7 is read on: the separate phases can meet different loads.
 *
 * @example npm run bench                      # all sizes
 * @example npm run bench -- --sizes sample,1000 --no-write
 * @example npm run bench -- --sizes sample,1000 --no-write --builds shipped
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { PACKAGE_ROOT } from '../src/paths.js'
import { SAMPLE_CATALOGUE_PATH } from '../src/catalogue/sample.js'
import { formatBenchTable, type SizeResult } from './bench-report.js'
import { formatStartup, measureStartup } from './startup.js'
import { buildShippedBundle } from './shipped-bundle.js'

const { values } = parseArgs({ options: { sizes: { type: 'string' }, 'no-write': { type: 'boolean' }, builds: { type: 'string' } } })
const sizes = (values.sizes ?? 'sample,1000,10000,100000').split(',').filter((s) => s && (s !== 'sample' || existsSync(SAMPLE_CATALOGUE_PATH)))

const wanted = (values.builds ?? 'shipped,tsx').split(',')
process.stderr.write('bench: compiling the search bench with the shipped build\'s options…')
const shippedDir = wanted.includes('shipped') ? await buildShippedBundle(['bench/bench-search-size.ts']) : null
process.stderr.write(shippedDir ? ' done\n' : ' skipped (esbuild missing or not asked for)\n')
/** The builds timed: the shipped one first (the figure that counts), tsx beside it. */
const builds = [...(shippedDir ? ['shipped' as const] : []), ...(wanted.includes('tsx') || !shippedDir ? ['tsx' as const] : [])]

function run(build: 'shipped' | 'tsx', args: string[]): Record<string, unknown> {
  const entry = build === 'shipped' ? [join(shippedDir!, 'bench-search-size.js')] : [join(PACKAGE_ROOT, 'bin/run-ts.js'), join(PACKAGE_ROOT, 'bench/bench-search-size.ts')]
  const out = execFileSync(process.execPath, [...entry, ...args], {
    encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'],
  })
  return JSON.parse(out.trim().split('\n').at(-1)!)
}

const started = Date.now()
const load = loadavg()[0]
const results: SizeResult[] = []
for (const size of sizes) {
  for (const kind of builds) {
    const dir = mkdtempSync(join(tmpdir(), 'lf-bench-'))
    try {
      process.stderr.write(`bench: ${size} projects, ${kind} build: build…`)
      const build = run(kind, ['--part', 'build', '--rows', size, '--dir', dir])
      process.stderr.write(' cold start…')
      const colds = [run(kind, ['--part', 'cold', '--dir', dir])]
      if (Number(size) <= 10000 || size === 'sample') colds.push(run(kind, ['--part', 'cold', '--dir', dir]))
      process.stderr.write(' orama…')
      const orama = run(kind, ['--part', 'orama', '--rows', size, '--dir', dir])
      // Both engines alternately in one process (bench/paired-part): the figure issue 9 point 7 is read on, at the
      // sizes it names.
      const small = size === 'sample' || Number(size) <= 1000
      if (small) process.stderr.write(' paired…')
      const paired = small ? run(kind, ['--part', 'paired', '--rows', size, '--dir', dir]) : undefined
      process.stderr.write(' done\n')
      results.push({ size, compiled: kind, build, cold: colds.reduce((a, b) => ((a.firstAnswerMs as number) <= (b.firstAnswerMs as number) ? a : b)), orama, paired } as SizeResult)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
if (shippedDir) rmSync(shippedDir, { recursive: true, force: true })

process.stderr.write('bench: start-up (ask vs node -e 0)…')
const startup = measureStartup()
process.stderr.write(' done\n')

const minutes = ((Date.now() - started) / 60000).toFixed(1)
const env = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${load.toFixed(1)} at start; ran ${minutes} min`
const table = `${formatBenchTable(results, env)}\n\n${formatStartup(startup)}`
console.log(table)

if (!values['no-write']) {
  const path = join(PACKAGE_ROOT, 'docs/benchmarks.md')
  const start = '<!-- search-bench:start -->'
  const end = '<!-- search-bench:end -->'
  const section = `${start}\n${table}\n${end}`
  let doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n'
  doc = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section) : `${doc.trimEnd()}\n\n${section}\n`
  writeFileSync(path, doc)
  console.error(`bench: figures written to ${path}`)
}
