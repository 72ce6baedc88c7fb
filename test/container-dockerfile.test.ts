/**
 * The Dockerfile and the script that mirrors it cannot drift apart: the
 * script reads the Dockerfile, and these checks fail when the Dockerfile
 * uses an instruction the script does not mirror or loses a required part
 * (toolchain, npm ci, volume, health check, the serve command).
 */
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { PACKAGE_ROOT } from '../src/paths.js'
import { MIRRORED, commandOf, envOf, readDockerfile } from './container/dockerfile.js'

const stages = readDockerfile()
const all = stages.flatMap((s) => s.steps.map((step) => ({ stage: s.name, ...step })))

describe('the Dockerfile', () => {
  it('uses only instructions the container-steps script mirrors', () => {
    for (const step of all) expect(MIRRORED as readonly string[]).toContain(step.keyword)
  })

  it('builds on node:20-bookworm with python3, make and g++, then runs on a slim image', () => {
    expect(stages.map((s) => s.image)).toEqual(['node:20-bookworm', 'node:20-bookworm-slim'])
    const apt = all.find((s) => s.keyword === 'RUN' && /apt-get install/.test(s.args))!
    for (const tool of ['python3', 'make', 'g++']) expect(apt.args.split(/\s+/)).toContain(tool)
    expect(all.some((s) => s.stage === 'build' && s.keyword === 'RUN' && /^npm ci\b/.test(s.args))).toBe(true)
  })

  it('copies every folder the running bot reads, and only files that exist', () => {
    const copied = all.filter((s) => s.keyword === 'COPY' && !s.flags.from).flatMap((s) => s.args.split(/\s+/).slice(0, -1))
    for (const path of copied) expect(existsSync(join(PACKAGE_ROOT, path)), path).toBe(true)
    for (const needed of ['package.json', 'package-lock.json', 'bin', 'src', 'prompts', 'knowledge']) expect(copied).toContain(needed)
  })

  it('runs the build: npm ci with dev dependencies after the sources are in (prepare builds dist/), then prunes them', () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    expect(pkg.scripts.prepare).toMatch(/build-dist/)
    const build = all.filter((s) => s.stage === 'build')
    const ci = build.findIndex((s) => s.keyword === 'RUN' && /^npm ci\b/.test(s.args))
    expect(build[ci].args).not.toMatch(/--omit=dev|--production|--ignore-scripts/)
    const lastCopy = build.findLastIndex((s) => s.keyword === 'COPY')
    expect(ci).toBeGreaterThan(lastCopy) // bin/build-dist.js and src/ are there when prepare runs
    const prune = build.findIndex((s) => s.keyword === 'RUN' && /^npm prune --omit=dev\b/.test(s.args))
    expect(prune).toBeGreaterThan(ci)
    const runtimeCopy = stages.at(-1)!.steps.filter((s) => s.keyword === 'COPY' && s.flags.from === 'build').map((s) => s.args)
    expect(runtimeCopy.some((a) => /^\/app(\/)? /.test(a) || (/node_modules/.test(a) && /dist/.test(a)))).toBe(true)
  })

  it('keeps the database on the /app/data volume, checks /healthz and starts serve', () => {
    const runtime = stages[stages.length - 1].steps
    expect(runtime.find((s) => s.keyword === 'VOLUME')?.args).toBe('/app/data')
    const env = Object.assign({}, ...runtime.filter((s) => s.keyword === 'ENV').map((s) => envOf(s.args)))
    expect(env.LEARNFINDER_DB).toMatch(/^\/app\/data\//)
    expect(runtime.find((s) => s.keyword === 'HEALTHCHECK')?.args).toMatch(/\/healthz/)
    expect(commandOf(runtime.find((s) => s.keyword === 'CMD')!.args)).toEqual(['node', 'bin/learnfinder.js', 'serve'])
  })
})

describe('compose.yaml', () => {
  it('runs the bot with .env, a data volume and the same health check', () => {
    const compose = parse(readFileSync(join(PACKAGE_ROOT, 'compose.yaml'), 'utf8')) as any
    const bot = compose.services.learnfinder
    expect(bot.env_file).toBe('.env')
    expect(bot.volumes).toContain('learnfinder-data:/app/data')
    expect(Object.keys(compose.volumes)).toContain('learnfinder-data')
    const dockerHealth = readDockerfile().at(-1)!.steps.find((s) => s.keyword === 'HEALTHCHECK')!.args
    expect(dockerHealth).toContain(bot.healthcheck.test.at(-1))
  })
})
