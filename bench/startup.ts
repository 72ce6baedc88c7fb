/**
 * @module bench/startup
 * The start-up figure of `npm run bench`: wall time of a one-question
 * `learnfinder ask` on the sample catalogue, as a ratio to `node -e 0`
 * measured in the same run, the two started in turn (A B A B …) so a machine
 * slowing down mid-run moves both. Staff run `search`, `show` and `ask` by
 * hand: this is what they wait for. Uses the compiled dist/ when it is up to
 * date (see bin/learnfinder.js), like an installed command, timed both as
 * `node bin/learnfinder.js` (the snapshot in a second node) and as a program, the way
 * `npx learnfinder` starts it (the shell half of bin/learnfinder.js starts
 * dist/'s start-up snapshot).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PACKAGE_ROOT } from '../src/paths.js'
import { distIsFresh } from '../bin/dist-stamp.js'
import { usableSnapshot } from '../bin/snapshot-stamp.js'
import { percentilesOf } from './percentile.js'

/** Median wall times (ms) and their ratio. */
export interface StartupResult {
  /** `node bin/learnfinder.js ask …`. */
  askMs: number
  /** `bin/learnfinder.js ask …` run as a program, as `npx learnfinder` runs it. */
  programMs: number
  nodeMs: number
  ratio: number
  programRatio: number
  runs: number
  fromDist: boolean
  /** The program started from dist/'s start-up snapshot (bin/snapshot-stamp.js). */
  fromSnapshot: boolean
}

function wallMs(args: string[], env: NodeJS.ProcessEnv, program = process.execPath): number {
  const t = performance.now()
  execFileSync(program, args, { stdio: 'ignore', env })
  return performance.now() - t
}

const median = (xs: number[]) => percentilesOf(xs, [50])[50]

/** Runs `ask` and `node -e 0` `runs` times each, in turn, after one warm-up of each (which also loads the sample). */
export function measureStartup(runs = 7): StartupResult {
  const dir = mkdtempSync(join(tmpdir(), 'lf-startup-'))
  try {
    // No model, no remote embedder, no channels: the plain one-question path.
    const env: NodeJS.ProcessEnv = { ...process.env, LEARNFINDER_DB: join(dir, 'ask.db') }
    for (const k of Object.keys(env)) if (/^(LLM_|EMBEDDINGS_|TELEGRAM_|WECHAT)/.test(k)) delete env[k]
    const program = join(PACKAGE_ROOT, 'bin/learnfinder.js')
    const ask = [program, 'ask', '我想学人工智能']
    const bare = ['-e', '0']
    wallMs(ask, env)
    wallMs(ask.slice(1), env, program)
    wallMs(bare, env)
    const a: number[] = []
    const p: number[] = []
    const b: number[] = []
    for (let i = 0; i < runs; i++) {
      a.push(wallMs(ask, env))
      p.push(wallMs(ask.slice(1), env, program))
      b.push(wallMs(bare, env))
    }
    const askMs = median(a)
    const programMs = median(p)
    const nodeMs = median(b)
    const fromDist = distIsFresh(PACKAGE_ROOT)
    const fromSnapshot = fromDist && usableSnapshot(PACKAGE_ROOT, ask.slice(1), env, []) !== undefined
    return { askMs, programMs, nodeMs, ratio: askMs / nodeMs, programRatio: programMs / nodeMs, runs, fromDist, fromSnapshot }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** One Markdown section for docs/benchmarks.md and the console. */
export function formatStartup(r: StartupResult): string {
  return [
    '### Start-up: one-question `learnfinder ask` on the sample catalogue',
    '',
    '| started as | `ask "我想学人工智能"` (median wall) | `node -e 0` (median wall, same run) | ratio | runs each | runs from |',
    '|---|---|---|---|---|---|',
    `| \`node bin/learnfinder.js\` | ${Math.round(r.askMs)} ms | ${Math.round(r.nodeMs)} ms | ${r.ratio.toFixed(1)}× | ${r.runs} | ${r.fromSnapshot ? "dist/'s start-up snapshot, in a second node" : r.fromDist ? 'dist/ (compiled at install)' : 'src/ through tsx (dist/ missing or stale: npm run build)'} |`,
    `| \`npx learnfinder\` (a program) | ${Math.round(r.programMs)} ms | ${Math.round(r.nodeMs)} ms | ${r.programRatio.toFixed(1)}× | ${r.runs} | ${r.fromSnapshot ? "dist/'s start-up snapshot (built at install)" : r.fromDist ? 'dist/ (compiled at install)' : 'src/ through tsx (dist/ missing or stale: npm run build)'} |`,
  ].join('\n')
}

// `node bin/run-ts.js bench/startup.ts [runs]`: the start-up figure alone, without the search bench.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  console.log(formatStartup(measureStartup(Number(process.argv[2]) || undefined)))
}
