import { configDefaults, defineConfig } from 'vitest/config'

/**
 * Test runner settings: real servers on 127.0.0.1 need longer timeouts than pure units.
 * Two projects: `unit` (everything else) and `postgres` (test/*-postgres.test.ts), whose
 * globalSetup starts one throwaway PostgreSQL cluster only when such a file is in the run.
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
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/**/*-postgres.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['test/**/*-postgres.test.ts'],
          globalSetup: ['test/support/postgres-global-setup.ts'],
        },
      },
    ],
  },
})
