import { defineConfig } from 'vitest/config'

/** Test runner settings: real servers on 127.0.0.1 need longer timeouts than pure units. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
