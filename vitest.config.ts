import { availableParallelism } from 'node:os'
import { configDefaults, defineConfig } from 'vitest/config'

/**
 * Tests that start whole processes or the whole app on real ports (`serve`,
 * CLI spawns, the staff app): seconds each. Everything else is a fast unit
 * test, run alone with `npm run test:unit`.
 */
const SLOW = [
  'test/ask-command.test.ts',
  'test/catalogue-large.test.ts',
  'test/serve-*.test.ts',
  'test/staff-http.test.ts',
  'test/staff-notices.test.ts',
  'test/staff-serve.test.ts',
  'test/staff-upload.test.ts',
  'test/staff-upload-hostile.test.ts',
  'test/staff-admins.test.ts',
  'test/dotenv.test.ts',
  'test/channel-wechat-voice.test.ts',
  'test/simulator.test.ts',
  'test/**/*.slow.test.ts',
  'test/**/*.browser.test.ts',
]

/** Files that need PostgreSQL: their own project, whose globalSetup starts one throwaway cluster. */
const POSTGRES = ['test/**/*-postgres.test.ts']

/** The run's folder for one sample-catalogue database that test files copy instead of each building it. */
const SAMPLE_TEMPLATE = 'test/support/sample-template-setup.ts'

/**
 * Unit files do their work in their own process (a few run a short CLI or an in-process server): one on
 * every core, first in the run.
 * (Vitest's default, cores − 1, leaves one for its own main process, which only collects results: on our
 * 2-core machines that was a single worker, and every file ran one after another.)
 */
const UNIT_WORKERS = { maxWorkers: availableParallelism(), sequence: { groupOrder: 0 } }

/**
 * Slow and PostgreSQL files start whole servers, workers and browsers, and some time them (a p99 under load,
 * a lease taken over within its TTL): they run one at a time, as before, after the unit files.
 */
const ONE_AT_A_TIME = { maxWorkers: 1, sequence: { groupOrder: 1 } }

/**
 * Test runner settings: three projects, `unit`, `slow` and `postgres`; `npm test` runs all.
 * Real servers on 127.0.0.1 need longer timeouts than pure units.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SLOW, ...POSTGRES], globalSetup: [SAMPLE_TEMPLATE],
          ...UNIT_WORKERS,
        },
      },
      {
        extends: true,
        test: { name: 'slow', include: SLOW, exclude: [...configDefaults.exclude, ...POSTGRES], globalSetup: [SAMPLE_TEMPLATE], ...ONE_AT_A_TIME },
      },
      {
        extends: true,
        // Whole workers (each building its search index) on 2 shared cores: minutes, not seconds.
        test: { name: 'postgres', include: POSTGRES, globalSetup: ['test/support/postgres-global-setup.ts'], testTimeout: 120_000, ...ONE_AT_A_TIME },
      },
    ],
  },
})
