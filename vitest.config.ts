import { defineConfig } from 'vitest/config'

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

/** Test runner settings: two projects, `unit` and `slow`; `npm test` runs both. */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: SLOW } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
})
