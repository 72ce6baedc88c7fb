/**
 * @module test/container/container-steps
 * No container engine runs on the test machines, so this runs the
 * Dockerfile's steps — read from the Dockerfile itself — in a temp folder:
 * each stage gets a folder standing in for its WORKDIR, COPY copies from the
 * repository (or `--from` an earlier stage's folder), RUN runs in that folder
 * (apt-get lines only check that the tools they install are present), ENV is
 * applied with /app mapped to the folder, and CMD is started with
 * HTTP_ENABLED=1 until the HEALTHCHECK command passes. Before it starts, the
 * runtime folder must hold a fresh dist/ (built by `prepare` during npm ci)
 * and no dev dependencies (npm prune --omit=dev).
 *
 * Run: node bin/run-ts.js test/container/container-steps.ts   (several minutes: npm ci)
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createServer } from 'node:net'
import { PACKAGE_ROOT } from '../../src/paths.js'
import { distIsFresh, sourceFingerprint } from '../../bin/dist-stamp.js'
import { commandOf, envOf, readDockerfile, type Stage } from './dockerfile.js'

/** What a run did, for the test and the console. */
export interface ContainerStepsResult {
  steps: string[]
  health: { status: number; body: string }
}

async function freePort(): Promise<number> {
  const srv = createServer()
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
  const port = (srv.address() as { port: number }).port
  await new Promise((r) => srv.close(r))
  return port
}

/**
 * The devDependencies still in `cwd`'s node_modules that no production
 * dependency needs. esbuild, for one, stays: tsx (a production dependency,
 * bin/learnfinder.js's fallback when dist/ is stale) depends on it.
 */
export function leftoverDevDependencies(cwd: string): string[] {
  const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> }
  const r = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd, encoding: 'utf8' })
  const needed = new Set(r.stdout.split('\n').map((l) => l.trim()).filter(Boolean))
  return Object.keys(pkg.devDependencies ?? {}).filter((name) => {
    const path = join(cwd, 'node_modules', name)
    return existsSync(path) && !needed.has(path)
  })
}

function run(cmd: string[], cwd: string, env: NodeJS.ProcessEnv, log: (s: string) => void): void {
  log(`  $ ${cmd.join(' ')}`)
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`step failed (${r.status}): ${cmd.join(' ')}\n${r.stdout}\n${r.stderr}`)
}

/** Runs every stage of the Dockerfile in `root` (a temp folder by default) and checks the health command. */
export async function runContainerSteps(options: { root?: string; log?: (s: string) => void; keep?: boolean } = {}): Promise<ContainerStepsResult> {
  const log = options.log ?? ((s: string) => console.log(s))
  const root = options.root ?? mkdtempSync(join(tmpdir(), 'lf-container-'))
  const folders = new Map<string, string>()
  const steps: string[] = []
  let env: NodeJS.ProcessEnv = { ...process.env }
  let cwd = root
  let cmd: string[] = []
  let health: string[] = []
  const mapPath = (p: string) => (p.startsWith('/') ? join(cwd, p.replace(/^\/app\/?/, '')) : resolve(cwd, p))
  try {
    for (const stage of readDockerfile() as Stage[]) {
      log(`stage ${stage.name} (FROM ${stage.image})`)
      const folder = join(root, stage.name)
      mkdirSync(folder, { recursive: true })
      folders.set(stage.name, folder)
      cwd = folder
      env = { ...process.env }
      for (const step of stage.steps) {
        steps.push(`${stage.name}: ${step.keyword} ${step.args}`)
        switch (step.keyword) {
          case 'WORKDIR':
            break // the stage folder stands for /app
          case 'COPY': {
            const parts = step.args.split(/\s+/)
            const dest = parts.pop()!
            const from = step.flags.from ? folders.get(step.flags.from) : PACKAGE_ROOT
            if (!from) throw new Error(`COPY --from=${step.flags.from}: no such stage`)
            for (const src of parts) {
              const source = step.flags.from ? join(from, src.replace(/^\/app\/?/, '')) : join(from, src)
              const target = dest.endsWith('/') ? join(mapPath(dest), src.split('/').pop()!) : mapPath(dest)
              log(`  copy ${source} -> ${target}`)
              // Between stages timestamps are kept, as Docker does, so dist/ stays fresh against src/ (bin/dist-stamp.js).
              cpSync(source, target, { recursive: true, preserveTimestamps: !!step.flags.from })
            }
            break
          }
          case 'RUN': {
            if (/apt-get install/.test(step.args)) {
              // Installing Debian packages needs root: check instead that the tools are on this machine.
              const tools = /apt-get install\s+([^&]*)/.exec(step.args)![1].split(/\s+/).filter((w) => w && !w.startsWith('-'))
              if (!tools.length) throw new Error(`cannot read the packages of: ${step.args}`)
              run(['sh', '-c', tools.map((b) => `command -v ${b}`).join(' && ')], cwd, env, log)
              break
            }
            run(['sh', '-c', step.args], cwd, env, log)
            break
          }
          case 'ENV':
            for (const [k, v] of Object.entries(envOf(step.args))) env[k] = v.startsWith('/app/') ? mapPath(v) : v
            break
          case 'VOLUME':
            mkdirSync(mapPath(step.args.trim()), { recursive: true })
            break
          case 'EXPOSE':
            break
          case 'HEALTHCHECK':
            health = commandOf(step.args.replace(/^.*?\bCMD\s+/, ''))
            break
          case 'CMD':
            cmd = commandOf(step.args)
            break
          default:
            throw new Error(`the container-steps script cannot mirror ${step.keyword}; teach it or change the Dockerfile`)
        }
      }
    }
    // The build stage's npm ci ran `prepare` (dist/ built by esbuild), then npm prune dropped the dev dependencies.
    if (!distIsFresh(cwd)) {
      const stampFile = join(cwd, 'dist', 'stamp.json')
      const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : 'no dist/stamp.json'
      throw new Error(`the runtime stage has no dist/ up to date with src/ (stamp ${stamp}, src now ${JSON.stringify(sourceFingerprint(join(cwd, 'src')))}): the build did not run`)
    }
    const leftover = leftoverDevDependencies(cwd)
    if (leftover.length) throw new Error(`the runtime stage still holds dev dependencies (${leftover.join(', ')}): npm prune --omit=dev did not run`)
    log('  runtime: dist/ is fresh, dev dependencies pruned')
    const port = await freePort()
    const runEnv: NodeJS.ProcessEnv = { ...env, HTTP_ENABLED: '1', HTTP_HOST: '127.0.0.1', HTTP_PORT: String(port) }
    for (const k of Object.keys(runEnv)) if (/^(TELEGRAM|WECHAT|LLM|EMBEDDINGS)_/.test(k)) delete runEnv[k]
    log(`start: ${cmd.join(' ')} (HTTP_PORT=${port})`)
    const bot = spawn(cmd[0], cmd.slice(1), { cwd, env: runEnv, stdio: ['pipe', 'pipe', 'pipe'] })
    let stderr = ''
    bot.stderr!.on('data', (c) => (stderr += c.toString()))
    try {
      await new Promise<void>((res, rej) => {
        const timer = setTimeout(() => rej(new Error(`the bot did not listen within 180 s:\n${stderr}`)), 180_000)
        bot.on('exit', (code) => rej(new Error(`the bot exited (${code}):\n${stderr}`)))
        bot.stderr!.on('data', () => {
          if (/http: listening on/.test(stderr)) {
            clearTimeout(timer)
            res()
          }
        })
      })
      run(health, cwd, runEnv, log)
      const res = await fetch(`http://127.0.0.1:${port}/healthz`)
      const result = { steps, health: { status: res.status, body: await res.text() } }
      log(`healthz: ${result.health.status} ${result.health.body}`)
      return result
    } finally {
      if (bot.exitCode === null && bot.signalCode === null) {
        const exited = new Promise((r) => bot.once('exit', r))
        bot.kill('SIGTERM')
        await exited
      }
    }
  } finally {
    // LF_CONTAINER_KEEP=1 leaves the folders for a look after a failure.
    if (!options.keep && process.env.LF_CONTAINER_KEEP !== '1') rmSync(root, { recursive: true, force: true })
    else log(`kept ${root}`)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(PACKAGE_ROOT, 'test/container/container-steps.ts')) {
  runContainerSteps().then(
    () => console.log('container steps: OK'),
    (err) => {
      console.error(`container steps failed: ${(err as Error).message}`)
      process.exitCode = 1
    },
  )
}
