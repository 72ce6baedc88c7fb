/**
 * Vitest globalSetup of the `postgres` project: one throwaway PostgreSQL
 * cluster per run (via .ci/postgres.sh, the same script CI calls), handed to
 * the test files as `inject('postgres')`. A cluster CI already started
 * (TEST_DATABASE_URL) is reused; TEST_POSTGRES=0 skips; missing binaries are
 * reported to the tests, which fail with that one line.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

/** What the test files learn about the cluster. */
export type PostgresForTests = { url: string } | { skip: string } | { error: string }

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresForTests
  }
}

const SCRIPT = fileURLToPath(new URL('../../.ci/postgres.sh', import.meta.url))

/** Starts the cluster (unless skipped or given) and returns its teardown. */
export default function setup(project: TestProject): (() => void) | undefined {
  if (process.env.TEST_POSTGRES === '0') {
    project.provide('postgres', { skip: 'TEST_POSTGRES=0' })
    return undefined
  }
  if (process.env.TEST_DATABASE_URL) {
    project.provide('postgres', { url: process.env.TEST_DATABASE_URL })
    return undefined
  }
  const started = spawnSync('bash', [SCRIPT, 'start'], { encoding: 'utf8' })
  if (started.status !== 0) {
    const why = started.stderr.trim().split('\n').pop() || `postgres.sh start exited ${started.status}`
    project.provide('postgres', { error: why })
    return undefined
  }
  const vars = Object.fromEntries(
    [...started.stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1], m[2]]),
  )
  project.provide('postgres', { url: vars.TEST_DATABASE_URL })
  return () => {
    spawnSync('bash', [SCRIPT, 'stop', vars.LEARNFINDER_PG_DIR], { stdio: 'inherit' })
  }
}
